/**
 * The Tensorium ABCI 2.0 application: CometBFT orders and finalizes, the Tensorium runtime executes.
 *
 * - CheckTx: the dev pool's validation (decode + signature + era via the node's decoder, then
 *   `executive.validate`: call, nonce, fees) against the last committed state; a sender's later
 *   nonces are accepted within a window (they may arrive before the ones they follow).
 * - PrepareProposal: decodable transactions, each sender's in nonce order, dry-run through a block
 *   on the committed state; whatever would not apply is left out.
 * - ProcessProposal: rejects a proposal holding an undecodable, badly signed, expired or
 *   inapplicable extrinsic (the same dry run).
 * - FinalizeBlock: `Chain.buildBlock` at number = CometBFT height (coinbase, epochs, events, state
 *   root, Substrate header): every node builds the same block, so block hashes agree. The app hash
 *   is the state root. Nothing reads the local clock: the block's time is CometBFT's BFT time. The
 *   block author (fees and tips go to it, as subtensor pays the Aura author) is the proposer's ed25519
 *   consensus key as an account, found among the genesis validators and `Consensus.ValidatorPower`.
 * - Commit: writes the block FinalizeBlock staged in ONE lmdb transaction (state diff, header, body,
 *   events, head); a crash before it leaves the previous block, and CometBFT replays this one.
 * - Info: height and app hash of the last block, so CometBFT replays whatever the app lacks.
 */
import { createHash } from 'node:crypto';
import type { MessageInitShape } from '@bufbuild/protobuf';
import type { DecodedExtrinsic, PoolTx, BlockCandidate, BuiltBlock } from '@tensorium/node';
import type { TensoriumNode } from '@tensorium/node/node/node';
import { blake2_256, fromHex, toHex } from '@tensorium/node/storage/hashing';
import type { Logger } from '@tensorium/node/node/logger';
import { InvalidTransaction, UnknownTransaction } from '@tensorium/runtime/executive';
import { BlockBudget } from '@tensorium/node/txpool/blockBudget';
import type { BlockEnv } from '@tensorium/runtime/frame/pallet';
import { State, type RuntimeEvent } from '@tensorium/runtime/state/state';
import { storage as consensusStorage } from '@tensorium/runtime/pallets/consensus/index';

import type { AbciApplication } from './abci/server.js';
import {
  CheckTxType,
  ResponseProcessProposal_ProposalStatus,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInfo,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type ExecTxResultSchema,
  type ValidatorUpdateSchema,
  type ResponseCheckTxSchema,
  type ResponseCommitSchema,
  type ResponseFinalizeBlockSchema,
  type ResponseInfoSchema,
  type ResponseInitChainSchema,
  type ResponsePrepareProposalSchema,
  type ResponseProcessProposalSchema,
  type ResponseQuerySchema,
} from './gen/tendermint/abci/types_pb.js';

export const APP_VERSION = 1n;
/** ABCI result codes of this application. */
export const TxCode = { Ok: 0, BadFormat: 1, Invalid: 2, NonceGap: 3, Expired: 4, NotIncluded: 5 } as const;

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

interface Decoded {
  readonly hash: string;
  readonly bytes: Uint8Array;
  readonly d: DecodedExtrinsic;
}

const DECODE_CACHE = 20_000;
/** Node-database meta key of the genesis validators' ed25519 keys (JSON array of hex). */
const GENESIS_VALIDATORS = 'cometbft-genesis-validators';
/** How far ahead of a sender's next nonce CheckTx accepts a transaction. */
export const FUTURE_NONCE_WINDOW = 64;

export class TensoriumAbciApp implements AbciApplication {
  /** Decoded, signature-checked extrinsics by hash: CheckTx, proposals and FinalizeBlock share them. */
  private readonly decoded = new Map<string, DecodedExtrinsic>();
  /** Nonces per sender in the mempool (reset at Commit; CometBFT rechecks what remains). */
  private readonly mempoolNonces = new Map<string, Set<number>>();
  /** Parent and extrinsics of the last proposal this node prepared (all of them applied in the dry run). */
  private preparedKey: string | undefined;
  /** ed25519 public key (hex, no 0x) → its CometBFT validator address (hex, sha256(pubkey)[..20]). */
  private readonly keyAddresses = new Map<string, string>();
  private genesisValidators: readonly string[] | undefined;
  /** The block FinalizeBlock executed, written at Commit. */
  private staged: { readonly persist: () => void; readonly poolTxs: PoolTx[]; readonly block: BuiltBlock } | undefined;

  constructor(
    readonly node: TensoriumNode,
    private readonly log: Logger,
    /** Called when the app cannot go on without a restart (e.g. exit so a supervisor restarts it). */
    private readonly onFatal?: (e: Error) => void,
  ) {}

  get chain(): TensoriumNode['chain'] {
    return this.node.chain;
  }

  private decode(bytes: Uint8Array): Decoded {
    const hash = toHex(blake2_256(bytes));
    let d = this.decoded.get(hash);
    if (!d) {
      d = this.node.pool.decode(bytes);
      if (this.decoded.size >= DECODE_CACHE) this.decoded.clear();
      this.decoded.set(hash, d);
    }
    const next = this.chain.head.number + 1;
    if (d.mortality && (next >= d.mortality.death || next < d.mortality.birth)) {
      throw new AppError('TX_EXPIRED', 'Transaction has an ancient birth block', { hash, death: d.mortality.death, block: next });
    }
    return { hash, bytes, d };
  }

  private env(): BlockEnv {
    const head = this.chain.head;
    return { preset: this.chain.preset, number: BigInt(head.number + 1), parentHash: head.hash, author: this.chain.opts.author };
  }

  info(req: RequestInfo): MessageInitShape<typeof ResponseInfoSchema> {
    if (this.staged) {
      // CometBFT reconnected after FinalizeBlock without Commit: the staged state cannot be
      // rolled back in memory, only by restarting from the database
      const e = new AppError('UNCOMMITTED_BLOCK', 'CometBFT reconnected with a block executed but not committed: restart the app', { number: this.staged.block.number });
      this.log.error({ number: this.staged.block.number }, e.message);
      this.onFatal?.(e);
      throw e;
    }
    const head = this.chain.head;
    this.log.debug({ cometVersion: req.version, height: head.number }, 'abci info');
    return {
      data: 'tensorium',
      version: '0.1.0',
      appVersion: APP_VERSION,
      lastBlockHeight: BigInt(head.number),
      lastBlockAppHash: head.number === 0 ? new Uint8Array(0) : fromHex(head.header.stateRoot),
    };
  }

  initChain(req: RequestInitChain): MessageInitShape<typeof ResponseInitChainSchema> {
    if (req.initialHeight !== 1n) throw new AppError('BAD_GENESIS', 'initial_height must be 1 (Tensorium block n = CometBFT height n)', { initialHeight: req.initialHeight.toString() });
    if (this.chain.head.number !== 0) throw new AppError('BAD_GENESIS', 'InitChain on a chain that already has blocks', { head: this.chain.head.number });
    // the genesis validators are not in the runtime state: kept beside it (InitChain comes once, before block 1,
    // with the same list on every node) so a restarted app still knows who may author blocks
    const keys = req.validators.flatMap((v) => (v.pubKey?.sum.case === 'ed25519' ? [toHex(v.pubKey.sum.value).slice(2)] : []));
    this.chain.db.meta.putSync(GENESIS_VALIDATORS, Buffer.from(JSON.stringify(keys)));
    this.genesisValidators = keys;
    this.log.info({ chainId: req.chainId, validators: req.validators.length, stateRoot: '0x' + this.chain.head.header.stateRoot }, 'abci init chain');
    return { appHash: fromHex(this.chain.head.header.stateRoot) };
  }

  query(req: RequestQuery): MessageInitShape<typeof ResponseQuerySchema> {
    const head = this.chain.head;
    if (req.path === '/head') {
      const value = new TextEncoder().encode(JSON.stringify({ number: head.number, hash: '0x' + head.hash, stateRoot: '0x' + head.header.stateRoot }));
      return { code: 0, value, height: BigInt(head.number) };
    }
    return { code: 1, log: `unknown query path ${req.path} (supported: /head)`, height: BigInt(head.number) };
  }

  checkTx(req: RequestCheckTx): MessageInitShape<typeof ResponseCheckTxSchema> {
    const r = this.checkTxInner(req);
    if (r.code !== TxCode.Ok) this.log.debug({ recheck: req.type === CheckTxType.RECHECK, code: r.code, log: r.log }, 'CheckTx rejected');
    return r;
  }

  private checkTxInner(req: RequestCheckTx): { code: number; log?: string; gasWanted?: bigint } {
    let x: Decoded;
    try {
      x = this.decode(req.tx);
    } catch (e) {
      return { code: e instanceof AppError ? TxCode.Expired : TxCode.BadFormat, log: errorText(e) };
    }
    const xt = x.d.xt;
    try {
      this.chain.validate(xt);
    } catch (e) {
      return { code: TxCode.Invalid, log: errorText(e) };
    }
    if (xt.signer !== undefined) {
      let pending = this.mempoolNonces.get(xt.signer);
      let next = this.node.pool.chainNonce(xt.signer);
      while (pending?.has(next)) next++;
      const nonce = xt.nonce ?? next;
      // a later nonce may reach this node before the ones it follows (sent through another node):
      // accept a bounded window; proposals only take each sender's consecutive nonces
      if (nonce > next + FUTURE_NONCE_WINDOW) return { code: TxCode.NonceGap, log: `nonce ${nonce} is too far ahead (next is ${next})` };
      if (!pending) this.mempoolNonces.set(xt.signer, (pending = new Set()));
      pending.add(nonce);
    }
    if (req.type === CheckTxType.RECHECK) return { code: TxCode.Ok };
    return { code: TxCode.Ok, gasWanted: 1n };
  }

  /** Orders decodable transactions (each sender's by nonce) and keeps those a dry run applies. */
  prepareProposal(req: RequestPrepareProposal): MessageInitShape<typeof ResponsePrepareProposalSchema> {
    const items: Decoded[] = [];
    let bytes = 0n;
    for (const tx of req.txs) {
      if (bytes + BigInt(tx.length) > req.maxTxBytes) break;
      try {
        items.push(this.decode(tx));
        bytes += BigInt(tx.length);
      } catch {
        // undecodable or expired: left out
      }
    }
    // within subtensor's block weight and length (a sender whose extrinsic does not fit waits, with its later nonces)
    const budget = new BlockBudget();
    const stopped = new Set<string>();
    const ordered = orderBySender(items).filter((x) => {
      const who = x.d.xt.signer ?? '';
      if (stopped.has(who)) return false;
      let info;
      try {
        info = this.chain.runtime.callInfo(x.d.xt.call);
      } catch {
        return true; // the dry run refuses it
      }
      if (budget.tryAdd(info.weight, info.dispatchClass, x.bytes.length)) return true;
      if (who) stopped.add(who);
      return false;
    });
    const applied = this.dryRun(ordered);
    const chosen = ordered.filter((_, i) => applied[i] === undefined);
    // this node's ProcessProposal of its own proposal need not run the block again
    this.preparedKey = proposalKey(this.chain.head.hash, chosen.map((x) => x.hash));
    return { txs: chosen.map((x) => x.bytes) };
  }

  processProposal(req: RequestProcessProposal): MessageInitShape<typeof ResponseProcessProposalSchema> {
    const items: Decoded[] = [];
    for (const tx of req.txs) {
      try {
        items.push(this.decode(tx));
      } catch (e) {
        this.log.warn({ height: Number(req.height), err: errorText(e) }, 'proposal rejected: undecodable extrinsic');
        return { status: ResponseProcessProposal_ProposalStatus.REJECT };
      }
    }
    if (this.preparedKey !== undefined && this.preparedKey === proposalKey(this.chain.head.hash, items.map((x) => x.hash))) return { status: ResponseProcessProposal_ProposalStatus.ACCEPT };
    const errors = this.dryRun(items);
    const bad = errors.findIndex((e) => e !== undefined);
    if (bad >= 0) {
      this.log.warn({ height: Number(req.height), index: bad, err: errorText(errors[bad]) }, 'proposal rejected: invalid extrinsic');
      return { status: ResponseProcessProposal_ProposalStatus.REJECT };
    }
    return { status: ResponseProcessProposal_ProposalStatus.ACCEPT };
  }

  /** Applies the extrinsics in a throw-away block on the committed state; per extrinsic: the error or undefined. */
  private dryRun(items: readonly Decoded[]): (Error | undefined)[] {
    if (items.length === 0) return [];
    const env = this.env();
    const s = State.over(this.chain.backend);
    const ex = this.chain.executive;
    ex.initializeBlock(s, env);
    let applied = 0;
    return items.map((x) => {
      try {
        ex.applyExtrinsic(s, env, x.d.xt, applied);
        applied++;
        return undefined;
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    });
  }

  finalizeBlock(req: RequestFinalizeBlock): MessageInitShape<typeof ResponseFinalizeBlockSchema> {
    const expected = this.chain.head.number + 1;
    if (req.height !== BigInt(expected)) {
      throw new AppError('HEIGHT_MISMATCH', `FinalizeBlock for height ${req.height}, but the next block is ${expected}`, { height: req.height.toString(), head: this.chain.head.number });
    }
    const candidates: BlockCandidate[] = [];
    const candidateOf: number[] = [];
    const results: MessageInitShape<typeof ExecTxResultSchema>[] = [];
    const inPool = new Map<string, PoolTx>();
    for (const t of this.node.pool.pending()) inPool.set(t.hash, t);
    const poolTxs: PoolTx[] = [];
    req.txs.forEach((tx, i) => {
      try {
        const x = this.decode(tx);
        const p = inPool.get(x.hash);
        if (p) poolTxs[candidates.length] = p;
        candidateOf[i] = candidates.length;
        candidates.push({ bytes: x.bytes, xt: x.d.xt });
        results.push({ code: TxCode.Ok });
      } catch (e) {
        candidateOf[i] = -1;
        results.push({ code: TxCode.BadFormat, log: errorText(e) });
      }
    });
    const t0 = performance.now();
    // the block's time: CometBFT's BFT time of the block (the same on every node), in ms
    const now = req.time ? Number(req.time.seconds) * 1000 + Math.floor(req.time.nanos / 1_000_000) : undefined;
    const staged = this.chain.stageBlock(candidates, { now, author: this.authorOf(req.proposerAddress) });
    const block = staged.block;
    for (const r of block.rejected) {
      const i = candidateOf.indexOf(r.index);
      if (i >= 0) results[i] = { code: TxCode.NotIncluded, log: errorText(r.error) };
    }
    this.staged = { persist: staged.persist, poolTxs, block };
    const validatorUpdates = this.validatorUpdates(block.events);
    this.log.info(
      { number: block.number, hash: '0x' + block.hash, extrinsics: block.included.length, rejected: block.rejected.length, stateRoot: '0x' + block.header.stateRoot, ms: Number((performance.now() - t0).toFixed(2)) },
      'block executed',
    );
    if (validatorUpdates.length) this.log.info({ number: block.number, updates: validatorUpdates.map((u) => ({ power: u.power?.toString() })) }, 'validator set updates');
    return { txResults: results, appHash: fromHex(block.header.stateRoot), validatorUpdates };
  }

  /**
   * Validator set changes: the runtime's `Consensus.ValidatorUpdateScheduled` events of the block
   * (deposited by root's `Consensus.set_validator`, e.g. through sudo), in event order.
   */
  /**
   * The account of the block's proposer: its ed25519 consensus key (an AccountId32, as Substrate derives
   * one from an ed25519 signer). Validators are the genesis set and those `Consensus.set_validator` gave
   * a power (the parent's state, the same on every node). Unknown: no author, fees are burned.
   */
  private authorOf(proposer: Uint8Array): string | undefined {
    if (proposer.length !== 20) return undefined;
    const want = Buffer.from(proposer).toString('hex');
    if (!this.genesisValidators) {
      const stored = this.chain.db.meta.get(GENESIS_VALIDATORS);
      this.genesisValidators = stored ? (JSON.parse(stored.toString()) as string[]) : [];
    }
    // looked up in the set as it is now on every node (no memory of earlier sets: a restarted node agrees)
    const set = this.chain.view((s) => consensusStorage.ValidatorPower.keysOf(s));
    for (const key of [...this.genesisValidators, ...set]) {
      const hex = key.replace(/^0x/, '').toLowerCase();
      let address = this.keyAddresses.get(hex);
      if (address === undefined) {
        address = createHash('sha256').update(Buffer.from(hex, 'hex')).digest().subarray(0, 20).toString('hex');
        this.keyAddresses.set(hex, address);
      }
      if (address === want) return hex;
    }
    return undefined;
  }

  private validatorUpdates(events: readonly RuntimeEvent[]): MessageInitShape<typeof ValidatorUpdateSchema>[] {
    const out: MessageInitShape<typeof ValidatorUpdateSchema>[] = [];
    for (const ev of events) {
      if (ev.pallet !== 'Consensus' || ev.name !== 'ValidatorUpdateScheduled') continue;
      const [pubKey, power] = ev.fields as [string, bigint];
      out.push({ pubKey: { sum: { case: 'ed25519', value: fromHex(pubKey) } }, power });
    }
    return out;
  }

  commit(): MessageInitShape<typeof ResponseCommitSchema> {
    const staged = this.staged;
    if (!staged) throw new AppError('NOTHING_TO_COMMIT', 'Commit without a finalized block');
    this.staged = undefined;
    // one lmdb transaction: state diff, header, body, events, head pointer; then RPC listeners and
    // the pool's watchers (inBlock/finalized) see the block
    staged.persist();
    this.node.pool.blockBuilt(staged.poolTxs, staged.block);
    this.log.info({ number: staged.block.number, hash: '0x' + staged.block.hash }, 'block committed');
    this.mempoolNonces.clear();
    return { retainHeight: 0n };
  }
}

function proposalKey(parent: string, hashes: readonly string[]): string {
  return `${parent}:${hashes.join(',')}`;
}

/** Unsigned first, then senders in order of first appearance, each sender's extrinsics by nonce. */
function orderBySender(items: readonly Decoded[]): Decoded[] {
  const unsigned: Decoded[] = [];
  const bySender = new Map<string, Decoded[]>();
  for (const x of items) {
    const who = x.d.xt.signer;
    if (who === undefined) unsigned.push(x);
    else {
      let l = bySender.get(who);
      if (!l) bySender.set(who, (l = []));
      l.push(x);
    }
  }
  const out = [...unsigned];
  for (const l of bySender.values()) out.push(...[...l].sort((a, b) => (a.d.xt.nonce ?? 0) - (b.d.xt.nonce ?? 0)));
  return out;
}

function errorText(e: unknown): string {
  if (e instanceof InvalidTransaction) return `InvalidTransaction: ${e.reason}`;
  if (e instanceof UnknownTransaction) return `UnknownTransaction: ${e.reason}`;
  if (e instanceof Error) return `${e.name}: ${e.message}${'data' in e && typeof e.data === 'string' ? ` (${e.data})` : ''}`;
  return String(e);
}
