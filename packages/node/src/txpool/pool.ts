/**
 * The transaction pool: decode + verify (the extrinsic module), validate against the head state
 * (`executive.validate`: call, nonce, fees, extension checks), then queue as ready (nonce equals
 * the account's next nonce, counting pooled transactions) or future (a later nonce). Block
 * building takes ready transactions by priority (fee + tip), nonce order per sender. Rejections
 * carry Substrate's author RPC error codes.
 */
import { InvalidTransaction, UnknownTransaction, type Extrinsic } from '@tensorium/runtime/executive';
import { storage as systemStorage } from '@tensorium/runtime/pallets/system/index';
import type { BlockCandidate, BuiltBlock, Chain } from '../chain/chain.js';
import type { SignatureProof } from '../extrinsic/codec.js';
import type { SignatureVerifier } from '../extrinsic/verifier.js';
import { blake2_256, toHex } from '../storage/hashing.js';
import { BlockBudget, maxNormalExtrinsicWeight, SUBTENSOR_BLOCK_LIMITS, type BlockLimits } from './blockBudget.js';

/** A decoded, signature-checked extrinsic. */
export interface DecodedExtrinsic {
  readonly xt: Extrinsic;
  /** First block at which a mortal transaction is valid and the first at which it is not. */
  readonly mortality?: { readonly birth: number; readonly death: number };
  /** Only with `{ deferVerify: true }`: the signature check still to be made. */
  readonly proof?: SignatureProof;
}

export interface DecodeOptions {
  /** The signature was already verified (skip it). */
  readonly verified?: boolean;
  /** Do not verify; return the check as `proof`. */
  readonly deferVerify?: boolean;
}

/** Decodes and verifies extrinsic bytes; throws `PoolError` (or any error = bad format). */
export type ExtrinsicDecoder = (bytes: Uint8Array, opts?: DecodeOptions) => DecodedExtrinsic;

/** Substrate's author RPC error codes. */
export const PoolErrorCode = {
  BadFormat: 1001,
  Verification: 1002,
  Invalid: 1010,
  Unknown: 1011,
  TemporarilyBanned: 1012,
  AlreadyImported: 1013,
  TooLowPriority: 1014,
  CycleDetected: 1015,
  ImmediatelyDropped: 1016,
} as const;

export class PoolError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
  ) {
    super(message);
    this.name = 'PoolError';
  }
}

const INVALID_TEXT: Record<InvalidTransaction['reason'], string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadSigner: 'Transaction has a bad signature',
  Custom: 'Custom error',
  ExhaustsResources: 'Transaction would exhaust the block limits',
};

const UNKNOWN_TEXT: Record<UnknownTransaction['reason'], string> = {
  CannotLookup: 'Could not lookup information required to validate the transaction',
  NoUnsignedValidator: 'Could not find an unsigned validator for the unsigned transaction',
  Custom: 'UnknownTransaction custom error',
};

/** The pool error for an `InvalidTransaction` (code 1010 with Substrate's wording). */
export function invalidToPoolError(e: InvalidTransaction): PoolError {
  const data = e.reason === 'Custom' ? `Custom error: ${e.custom ?? 0}` : INVALID_TEXT[e.reason];
  return new PoolError(PoolErrorCode.Invalid, 'Invalid Transaction', data);
}

export type TxStatus =
  | 'future'
  | 'ready'
  | { readonly inBlock: string }
  | { readonly finalized: string }
  | 'invalid'
  | 'dropped'
  | { readonly usurped: string };

export interface PoolTx {
  /** 0x-hex blake2-256 of the bytes. */
  readonly hash: string;
  readonly bytes: Uint8Array;
  readonly xt: Extrinsic;
  readonly priority: bigint;
  readonly mortality?: { readonly birth: number; readonly death: number };
  state: 'ready' | 'future';
  readonly seq: number;
}

export interface TxPoolOptions {
  readonly maxSize?: number;
  readonly maxPerBlock?: number;
  /** Block weight and length limits (default subtensor's: 4 s ref time, 10 MiB, 75 % Normal). */
  readonly blockLimits?: BlockLimits;
  /** How long an invalid transaction stays banned (ms). */
  readonly banMs?: number;
  readonly maxExtrinsicBytes?: number;
  /** Verifies signatures off the main thread for `submitAsync`; without it, `submitAsync` = `submit`. */
  readonly verifier?: SignatureVerifier;
}

/** Delay between a dev block's `inBlock` and `finalized` transaction notifications. */
export const FINALIZED_NOTIFY_DELAY_MS = 50;

export class TxPool {
  private readonly txs = new Map<string, PoolTx>();
  private readonly bySender = new Map<string, Map<number, PoolTx>>();
  private readonly banned = new Map<string, number>();
  private readonly watchers = new Map<string, Set<(s: TxStatus) => void>>();
  private readonly readyListeners = new Set<() => void>();
  /** Hashes whose signature a verifier checked, awaiting `submit`. */
  private readonly preVerified = new Set<string>();
  /** Hashes being verified by `submitAsync` (a second copy is already imported). */
  private readonly verifying = new Set<string>();
  private seq = 0;

  constructor(
    readonly chain: Chain,
    readonly decode: ExtrinsicDecoder,
    readonly opts: TxPoolOptions = {},
  ) {}

  get size(): number {
    return this.txs.size;
  }

  /** Called whenever a transaction becomes ready (instant sealing). */
  onReady(fn: () => void): () => void {
    this.readyListeners.add(fn);
    return () => this.readyListeners.delete(fn);
  }

  /** Size, ban, duplicate and capacity checks; returns the transaction hash. */
  private admit(bytes: Uint8Array): string {
    if (bytes.length > (this.opts.maxExtrinsicBytes ?? 5 * 1024 * 1024)) throw new PoolError(PoolErrorCode.Invalid, 'Invalid Transaction', INVALID_TEXT.ExhaustsResources);
    const hash = toHex(blake2_256(bytes));
    const until = this.banned.get(hash);
    if (until !== undefined) {
      if (until > Date.now()) throw new PoolError(PoolErrorCode.TemporarilyBanned, 'Transaction is temporarily banned');
      this.banned.delete(hash);
    }
    if (this.txs.has(hash)) throw new PoolError(PoolErrorCode.AlreadyImported, 'Transaction Already Imported');
    if (this.txs.size + this.verifying.size >= (this.opts.maxSize ?? 50_000)) throw new PoolError(PoolErrorCode.ImmediatelyDropped, 'Immediately Dropped', 'The transaction couldn\'t enter the pool because of the limit');
    return hash;
  }

  private decodeOrThrow(bytes: Uint8Array, opts?: DecodeOptions): DecodedExtrinsic {
    try {
      return this.decode(bytes, opts);
    } catch (e) {
      if (e instanceof PoolError) throw e;
      if (e instanceof InvalidTransaction) throw invalidToPoolError(e);
      throw new PoolError(PoolErrorCode.BadFormat, 'Extrinsic has invalid format', (e as Error).message);
    }
  }

  /**
   * As `submit`, with the signature checked by the verifier's worker threads first (the main thread
   * stays free to build blocks). Rejections are the same `PoolError`s as `submit`'s.
   */
  async submitAsync(bytes: Uint8Array, watcher?: (s: TxStatus) => void): Promise<PoolTx> {
    const verifier = this.opts.verifier;
    if (!verifier) return this.submit(bytes, watcher);
    const hash = this.admit(bytes);
    if (this.verifying.has(hash)) throw new PoolError(PoolErrorCode.AlreadyImported, 'Transaction Already Imported');
    const { proof } = this.decodeOrThrow(bytes, { deferVerify: true });
    if (proof) {
      this.verifying.add(hash);
      let ok: boolean;
      try {
        ok = await verifier.verify(proof);
      } finally {
        this.verifying.delete(hash);
      }
      if (!ok) throw new PoolError(PoolErrorCode.Invalid, 'Invalid Transaction', INVALID_TEXT.BadSigner);
      this.preVerified.add(hash);
    }
    try {
      return this.submit(bytes, watcher);
    } finally {
      this.preVerified.delete(hash);
    }
  }

  /** Validate and add; returns the pooled transaction or throws a `PoolError`. */
  submit(bytes: Uint8Array, watcher?: (s: TxStatus) => void): PoolTx {
    const hash = this.admit(bytes);
    const decoded = this.decodeOrThrow(bytes, this.preVerified.has(hash) ? { verified: true } : undefined);
    const { xt } = decoded;
    const head = this.chain.head.number;
    if (decoded.mortality && (head + 1 >= decoded.mortality.death || head + 1 < decoded.mortality.birth)) {
      throw new PoolError(PoolErrorCode.Invalid, 'Invalid Transaction', 'Transaction has an ancient birth block');
    }
    const info = this.callInfoOf(xt);
    // CheckWeight: a Normal call heavier than `max_extrinsic` never fits a block
    if (info && info.dispatchClass === 'Normal' && info.weight > maxNormalExtrinsicWeight(this.opts.blockLimits ?? SUBTENSOR_BLOCK_LIMITS)) {
      throw new PoolError(PoolErrorCode.Invalid, 'Invalid Transaction', INVALID_TEXT.ExhaustsResources);
    }
    let priority: bigint;
    try {
      priority = this.chain.validate(xt).priority;
    } catch (e) {
      if (e instanceof InvalidTransaction) throw invalidToPoolError(e);
      if (e instanceof UnknownTransaction) throw new PoolError(PoolErrorCode.Unknown, 'Unknown Transaction Validity', UNKNOWN_TEXT[e.reason]);
      throw new PoolError(PoolErrorCode.Unknown, 'Unknown Transaction Validity', (e as Error).message);
    }
    const tx: PoolTx = { hash, bytes, xt, priority, mortality: decoded.mortality, state: 'future', seq: this.seq++ };
    if (xt.signer !== undefined) {
      const nonce = xt.nonce ?? this.accountNonce(xt.signer);
      let q = this.bySender.get(xt.signer);
      const existing = q?.get(nonce);
      if (existing) {
        if (existing.priority >= priority) throw new PoolError(PoolErrorCode.TooLowPriority, `Priority is too low: (${existing.priority} vs ${priority})`, 'The transaction has too low priority to replace another transaction already in the pool.');
        this.drop(existing, { usurped: hash });
      }
      if (!q) this.bySender.set(xt.signer, (q = new Map()));
      q.set(nonce, tx);
    }
    this.txs.set(hash, tx);
    if (watcher) this.watch(hash, watcher);
    this.promote(xt.signer);
    if (tx.state === 'future') this.notify(hash, 'future');
    return tx;
  }

  /** Follow a transaction's status; returns the unsubscribe function. */
  watch(hash: string, fn: (s: TxStatus) => void): () => void {
    let set = this.watchers.get(hash);
    if (!set) this.watchers.set(hash, (set = new Set()));
    set.add(fn);
    return () => {
      set!.delete(fn);
      if (set!.size === 0) this.watchers.delete(hash);
    };
  }

  private notify(hash: string, s: TxStatus): void {
    const set = this.watchers.get(hash);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        fn(s);
      } catch {
        // ignore watcher failures
      }
    }
  }

  private final(hash: string, s: TxStatus): void {
    this.notify(hash, s);
    this.watchers.delete(hash);
  }

  /** On-chain nonce of an account. */
  chainNonce(who: string): number {
    return this.chain.view((s) => systemStorage.Account.get(s, who).nonce);
  }

  /** Next nonce for an account: on-chain nonce plus its consecutive pooled transactions. */
  accountNonce(who: string): number {
    let n = this.chainNonce(who);
    const q = this.bySender.get(who);
    while (q?.has(n)) n++;
    return n;
  }

  /** Mark a sender's consecutive transactions from its on-chain nonce ready. */
  private promote(who: string | undefined): void {
    let becameReady = false;
    if (who === undefined) {
      for (const tx of this.txs.values()) if (tx.xt.signer === undefined && tx.state !== 'ready') {
        tx.state = 'ready';
        this.notify(tx.hash, 'ready');
        becameReady = true;
      }
    } else {
      const q = this.bySender.get(who);
      if (!q) return;
      let n = this.chainNonce(who);
      for (const [nonce, tx] of [...q]) if (nonce < n) this.drop(tx, 'invalid');
      while (q.has(n)) {
        const tx = q.get(n)!;
        if (tx.state !== 'ready') {
          tx.state = 'ready';
          this.notify(tx.hash, 'ready');
          becameReady = true;
        }
        n++;
      }
    }
    if (becameReady) for (const l of this.readyListeners) l();
  }

  private drop(tx: PoolTx, status: TxStatus, ban = false): void {
    if (!this.txs.delete(tx.hash)) return;
    const who = tx.xt.signer;
    if (who !== undefined) {
      const q = this.bySender.get(who);
      if (q) {
        for (const [n, t] of q) if (t === tx) q.delete(n);
        if (q.size === 0) this.bySender.delete(who);
      }
    }
    if (ban) this.banned.set(tx.hash, Date.now() + (this.opts.banMs ?? 30_000));
    this.final(tx.hash, status);
  }

  hasReady(): boolean {
    for (const tx of this.txs.values()) if (tx.state === 'ready') return true;
    return false;
  }

  /** The call's weight and class, or undefined for a call the runtime does not know (validate refuses it). */
  private callInfoOf(xt: Extrinsic): { weight: bigint; dispatchClass: 'Normal' | 'Operational' | 'Mandatory' } | undefined {
    try {
      return this.chain.runtime.callInfo(xt.call);
    } catch {
      return undefined;
    }
  }

  /**
   * Ready transactions for the next block: priority order, nonce order per sender, while they fit the
   * block's weight and length (a sender whose next transaction does not fit waits for the next block).
   */
  readyForBlock(): PoolTx[] {
    const limit = this.opts.maxPerBlock ?? 4_000;
    const budget = new BlockBudget(this.opts.blockLimits ?? SUBTENSOR_BLOCK_LIMITS);
    const fits = (tx: PoolTx): boolean => {
      const info = this.callInfoOf(tx.xt);
      return info === undefined || budget.tryAdd(info.weight, info.dispatchClass, tx.bytes.length);
    };
    const heads: PoolTx[][] = [];
    const unsigned: PoolTx[] = [];
    for (const tx of this.txs.values()) if (tx.state === 'ready' && tx.xt.signer === undefined) unsigned.push(tx);
    for (const q of this.bySender.values()) {
      const list = [...q.entries()].filter(([, t]) => t.state === 'ready').sort((a, b) => a[0] - b[0]).map(([, t]) => t);
      if (list.length) heads.push(list);
    }
    const out: PoolTx[] = unsigned.filter(fits);
    const cmp = (a: PoolTx, b: PoolTx): number => (a.priority > b.priority ? -1 : a.priority < b.priority ? 1 : a.seq - b.seq);
    const idx = heads.map(() => 0);
    while (out.length < limit) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) {
        if (idx[i] >= heads[i].length) continue;
        if (best < 0 || cmp(heads[i][idx[i]], heads[best][idx[best]]) < 0) best = i;
      }
      if (best < 0) break;
      const tx = heads[best][idx[best]];
      if (fits(tx)) {
        out.push(tx);
        idx[best]++;
      } else {
        idx[best] = heads[best].length; // the sender's later nonces wait too
      }
    }
    return out.slice(0, limit);
  }

  candidates(): { txs: PoolTx[]; candidates: BlockCandidate[] } {
    const txs = this.readyForBlock();
    return { txs, candidates: txs.map((t) => ({ bytes: t.bytes, xt: t.xt })) };
  }

  /** Update the pool after a block built from `txs`. */
  blockBuilt(txs: readonly PoolTx[], block: BuiltBlock): void {
    for (const i of block.included) {
      const tx = txs[i];
      if (!tx) continue;
      this.notify(tx.hash, { inBlock: '0x' + block.hash });
      // Dev blocks are final at once, but clients (polkadot.js' switchMap over statuses) cancel the
      // in-block event lookup when `finalized` arrives in the same tick: announce it a moment later.
      const watchers = this.watchers.get(tx.hash);
      this.watchers.delete(tx.hash);
      this.drop(tx, { finalized: '0x' + block.hash });
      if (watchers) {
        const finalized: TxStatus = { finalized: '0x' + block.hash };
        const t = setTimeout(() => {
          for (const fn of watchers) {
            try {
              fn(finalized);
            } catch {
              // ignore watcher failures
            }
          }
        }, FINALIZED_NOTIFY_DELAY_MS);
        t.unref?.();
      }
    }
    for (const r of block.rejected) {
      const tx = txs[r.index];
      if (!tx) continue;
      if (r.error instanceof InvalidTransaction && r.error.reason === 'Future') {
        tx.state = 'future';
        continue;
      }
      this.drop(tx, 'invalid', true);
    }
    // expire mortal transactions and promote senders whose nonce advanced
    for (const tx of [...this.txs.values()]) if (tx.mortality && block.number + 1 >= tx.mortality.death) this.drop(tx, 'invalid');
    for (const who of [...this.bySender.keys()]) this.promote(who);
  }

  pending(): PoolTx[] {
    return [...this.txs.values()].sort((a, b) => a.seq - b.seq);
  }

  /**
   * Remove a transaction (author_removeExtrinsic): like Substrate's `remove_invalid`, watchers see
   * `invalid` and the hash is temporarily banned (resubmitting it gives 1012).
   */
  remove(hash: string): boolean {
    const tx = this.txs.get(hash);
    if (!tx) return false;
    this.drop(tx, 'invalid', true);
    return true;
  }

  clear(): void {
    for (const tx of [...this.txs.values()]) this.drop(tx, 'dropped');
  }
}
