/**
 * The indexer: follows the node block by block and writes normalised history to SQL.
 *
 * Each block is read over JSON-RPC with @polkadot/api (block body, System.Events and storage at the
 * block hash, decoded with the connection's metadata; the RPC reads of the next PREFETCH blocks run
 * ahead), turned into rows, and written in ONE database transaction together with `meta.indexed_block`.
 * When catching up, consecutive blocks share a transaction (up to BATCH_BLOCKS blocks or BATCH_MS);
 * at the head every block commits on its own. Either way a kill at any moment leaves every block either
 * complete or absent and a restart resumes at `indexed_block + 1`; `status().indexedBlock`, `waitFor`
 * and `onBlock` report committed blocks only. Lost connections are retried with
 * exponential backoff; the in-memory caches (last written values, used to write history rows only
 * on change) are reloaded from the database after every error.
 *
 * State older than the node's recent history (256 blocks) cannot be read; such blocks are still
 * indexed (header, extrinsics, events, transfers) with `has_state = 0`.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import type { BlockHash, SignedBlock } from '@polkadot/types/interfaces';
import { SafeFloat, U64F64 } from '@tensorium/primitives';
import { SharePool, InMemorySharePoolStorage } from '@tensorium/runtime/pallets/subtensor/staking/sharePool';
import { currentPrice } from '@tensorium/runtime/swap/calculatePrice';
import { big, bool, fixedToDecimal, json, num, opt, ratioDecimal, text, u16Ratio } from './chain/codec.js';
import type { Db, SqlValue, Statement } from './db/db.js';
import { migrate } from './db/schema.js';
import { IndexerError } from './errors.js';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';

export interface IndexerOptions {
  readonly nodeUrl: string;
  readonly db: Db;
  readonly logger?: Logger;
  /** Stop after this block (tests, one-off backfills); default: follow the head forever. */
  readonly untilBlock?: number;
  /** Block-processing hook for tests (e.g. a crash test exits the process here). */
  readonly afterBlock?: (n: number) => void;
}

export interface IndexedBlockEvent {
  readonly blockNumber: number;
  readonly hash: string;
  /** Subnets whose epoch ran in this block (a new metagraph snapshot). */
  readonly epochs: readonly number[];
}

export interface IndexerStatus {
  readonly indexedBlock: number;
  readonly nodeHead: number;
  readonly nodeFinalized: number;
  readonly genesisHash: string | null;
  readonly connected: boolean;
}

type Listener = (e: IndexedBlockEvent) => void;

const ROOT = 0;
/** Hyperparameters recorded per subnet (API name → SubtensorModule storage item). */
const HYPERPARAMETERS: readonly (readonly [string, string])[] = [
  ['rho', 'rho'],
  ['kappa', 'kappa'],
  ['immunity_period', 'immunityPeriod'],
  ['min_allowed_weights', 'minAllowedWeights'],
  ['max_weights_limit', 'maxWeightsLimit'],
  ['tempo', 'tempo'],
  ['weights_version', 'weightsVersionKey'],
  ['weights_rate_limit', 'weightsSetRateLimit'],
  ['activity_cutoff', 'activityCutoff'],
  ['max_validators', 'maxAllowedValidators'],
  ['max_n', 'maxAllowedUids'],
  ['min_burn', 'minBurn'],
  ['max_burn', 'maxBurn'],
  ['difficulty', 'difficulty'],
  ['min_difficulty', 'minDifficulty'],
  ['max_difficulty', 'maxDifficulty'],
  ['adjustment_alpha', 'adjustmentAlpha'],
  ['adjustment_interval', 'adjustmentInterval'],
  ['target_regs_per_interval', 'targetRegistrationsPerInterval'],
  ['max_regs_per_block', 'maxRegistrationsPerBlock'],
  ['serving_rate_limit', 'servingRateLimit'],
  ['registration_allowed', 'networkRegistrationAllowed'],
  ['commit_reveal_weights_enabled', 'commitRevealWeightsEnabled'],
  ['commit_reveal_period', 'revealPeriodEpochs'],
  ['liquid_alpha_enabled', 'liquidAlphaOn'],
  ['alpha_values', 'alphaValues'],
  ['bonds_moving_avg', 'bondsMovingAverage'],
  ['yuma3_enabled', 'yuma3On'],
];

const HYPER_REFRESH = 100;
/** SubtensorModule calls that never change hyperparameters. */
const ROUTINE_CALLS = /^(set_weights|batch_set_weights|set_mechanism_weights|commit_|reveal_|batch_commit|batch_reveal|add_stake|remove_stake|unstake_all|move_stake|transfer_stake|swap_stake|burned_register|register$|serve_axon|serve_prometheus|claim_root|set_children|schedule_swap)/;

/** Per-subnet storage items read every block. */
const SUBNET_ITEMS = [
  'subnetTAO', 'subnetAlphaIn', 'subnetAlphaOut', 'subnetMovingPrice', 'subnetMechanism', 'tempo', 'lastMechansimStepBlock',
  'burn', 'subnetTaoInEmission', 'subnetAlphaInEmission', 'subnetAlphaOutEmission', 'subnetworkN', 'maxAllowedUids',
  'subnetOwner', 'subnetOwnerHotkey', 'tokenSymbol', 'subnetIdentitiesV3', 'networkRegisteredAt', 'subnetEmissionEnabled',
] as const;

interface SubnetCache {
  lastStep: bigint;
  burn: bigint;
  active: boolean;
  hyper: Map<string, string>;
  /** uid → hotkey of the latest snapshot (for deregistrations). */
  uids: Map<number, string>;
}
interface BalanceCache {
  free: string;
  reserved: string;
  nonce: number;
}
const posKey = (coldkey: string, hotkey: string, netuid: number): string => `${coldkey}|${hotkey}|${netuid}`;

export class Indexer {
  private api: ApiPromise | undefined;
  private provider: WsProvider | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly log: Logger;
  private indexed = -1;
  private head = 0;
  private finalized = 0;
  private genesis: string | null = null;
  private connected = false;
  // caches (reloaded from the DB after every error)
  private subnets = new Map<number, SubnetCache>();
  private balances = new Map<string, BalanceCache>();
  private stakes = new Map<string, string>();
  private positions = new Map<string, { coldkey: string; hotkey: string; netuid: number }>();
  private palletNames = new Map<number, string>();
  private timestamps: { n: number; t: number } | undefined;
  /** Set on (re)connect: enumerate the stake positions at the head once. */
  private needDiscovery = true;

  constructor(private readonly opts: IndexerOptions) {
    this.log = opts.logger ?? silentLogger;
  }

  get db(): Db {
    return this.opts.db;
  }

  /** Subscribe to indexed blocks (after their transaction committed). */
  onBlock(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  status(): IndexerStatus {
    return { indexedBlock: this.committed, nodeHead: this.head, nodeFinalized: this.finalized, genesisHash: this.genesis, connected: this.connected };
  }

  /** Creates the schema and starts following the node (returns at once). */
  async start(): Promise<void> {
    await migrate(this.db);
    await this.loadCaches();
    this.running = this.loop();
  }

  /** Resolves when `untilBlock` is reached (or the indexer stops). */
  async done(): Promise<void> {
    await this.running;
  }

  /** Waits until block `n` is indexed. */
  async waitFor(n: number, timeoutMs = 60_000): Promise<void> {
    if (this.committed >= n) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new IndexerError('NODE_UNAVAILABLE', `block ${n} not indexed within ${timeoutMs} ms`, { indexed: this.committed }));
      }, timeoutMs);
      const off = this.onBlock((e) => {
        if (e.blockNumber >= n) {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    // let an in-flight block finish (its RPCs would otherwise fail noisily), then disconnect
    await Promise.race([this.running?.catch(() => undefined), new Promise((r) => setTimeout(r, 5000).unref())]);
    await this.disconnect();
    await Promise.race([this.running?.catch(() => undefined), new Promise((r) => setTimeout(r, 5000).unref())]);
  }

  // ------------------------------------------------------------------------------------------
  // The follow loop

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      try {
        const api = await this.connect();
        attempt = 0;
        await this.checkGenesis(api);
        for (;;) {
          if (this.stopped) return;
          if (this.opts.untilBlock !== undefined && this.indexed >= this.opts.untilBlock) return;
          const [head, fin] = await Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getFinalizedHead()]);
          this.head = head.number.toNumber();
          if (fin.toHex() !== head.hash.toHex()) this.finalized = (await api.rpc.chain.getHeader(fin)).number.toNumber();
          else this.finalized = this.head;
          if (this.indexed < this.head) {
            const target = this.opts.untilBlock === undefined ? this.head : Math.min(this.head, this.opts.untilBlock);
            // catch-up: many blocks per transaction (flushed at the target, every BATCH_BLOCKS blocks or
            // BATCH_MS); at the head (target reached after one block) every block commits on its own
            while (this.indexed < target && !this.stopped) {
              await this.indexBlock(api, this.indexed + 1, target);
              const p = this.pending;
              if (p && (this.indexed >= target || p.blocks.length >= Indexer.BATCH_BLOCKS || performance.now() - p.since >= Indexer.BATCH_MS)) await this.flush();
            }
            await this.flush();
            continue;
          }
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, 1000).unref();
          });
        }
      } catch (e) {
        if (this.stopped) return;
        if (e instanceof IndexerError && e.code === 'GENESIS_MISMATCH') {
          this.log.error({ ...e.details }, e.message);
          throw e;
        }
        // blocks processed but not committed are dropped; the caches are reloaded from the database below
        this.pending = undefined;
        attempt++;
        const delay = Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
        this.log.warn({ err: (e as Error)?.message ?? String(e), retryInMs: delay, indexed: this.indexed }, 'indexer: error, reconnecting');
        await this.disconnect();
        this.prefetched.clear();
        await this.loadCaches().catch(() => undefined);
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, delay).unref();
        });
      }
    }
  }

  private async connect(): Promise<ApiPromise> {
    if (this.api?.isConnected) return this.api;
    await this.disconnect();
    const provider = new WsProvider(this.opts.nodeUrl, false);
    this.provider = provider;
    provider.on('error', () => undefined);
    provider.on('disconnected', () => {
      this.connected = false;
      this.wake?.();
    });
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        const offs: (() => void)[] = [];
        const done = (err?: unknown): void => {
          for (const off of offs) off();
          if (err) reject(err instanceof Error ? err : new Error(`cannot connect to ${this.opts.nodeUrl}`));
          else resolve();
        };
        offs.push(provider.on('connected', () => done()));
        offs.push(provider.on('error', (e: unknown) => done(e ?? new Error('connection error'))));
        provider.connect().catch(done);
      }),
      10_000,
      `connecting to ${this.opts.nodeUrl}`,
    );
    const api = await withTimeout(ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true }), 30_000, 'initialising @polkadot/api');
    this.api = api;
    this.connected = true;
    this.needDiscovery = true;
    this.palletNames = new Map(api.runtimeMetadata.asLatest.pallets.map((p) => [p.index.toNumber(), p.name.toString()]));
    // new heads wake the follow loop at once (the subscription ends with the connection)
    await api.rpc.chain.subscribeNewHeads((h) => {
      this.head = h.number.toNumber();
      this.wake?.();
    });
    this.log.info({ url: this.opts.nodeUrl, indexed: this.indexed }, 'indexer: connected');
    return api;
  }

  private async disconnect(): Promise<void> {
    const api = this.api;
    const provider = this.provider;
    this.api = undefined;
    this.provider = undefined;
    this.connected = false;
    if (api) await api.disconnect().catch(() => undefined);
    else if (provider) await provider.disconnect().catch(() => undefined);
  }

  private async checkGenesis(api: ApiPromise): Promise<void> {
    const g = api.genesisHash.toHex();
    const row = await this.db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', ['genesis_hash']);
    if (row && row.value !== g) {
      throw new IndexerError('GENESIS_MISMATCH', 'the database indexes a different chain', { database: row.value, node: g });
    }
    if (!row) await this.db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', ['genesis_hash', g]);
    this.genesis = g;
  }

  // ------------------------------------------------------------------------------------------
  // Caches

  private async loadCaches(): Promise<void> {
    const db = this.db;
    const m = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', ['indexed_block']);
    this.indexed = m ? Number(m.value) : -1;
    this.committed = this.indexed;
    this.pending = undefined;
    const g = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', ['genesis_hash']);
    this.genesis = g?.value ?? null;
    this.balances = new Map();
    for (const r of await db.all<{ address: string; free: string; reserved: string; nonce: number }>('SELECT address, free, reserved, nonce FROM accounts')) {
      this.balances.set(r.address, { free: r.free, reserved: r.reserved, nonce: Number(r.nonce) });
    }
    this.stakes = new Map();
    this.positions = new Map();
    for (const r of await db.all<{ coldkey: string; hotkey: string; netuid: number; alpha: string }>('SELECT coldkey, hotkey, netuid, alpha FROM stakes')) {
      const k = posKey(r.coldkey, r.hotkey, r.netuid);
      this.stakes.set(k, r.alpha);
      this.positions.set(k, { coldkey: r.coldkey, hotkey: r.hotkey, netuid: r.netuid });
    }
    this.subnets = new Map();
    for (const r of await db.all<{ netuid: number; last_step: number; burn: string; active: number }>('SELECT netuid, last_step, burn, active FROM subnets')) {
      this.subnets.set(r.netuid, { lastStep: BigInt(r.last_step), burn: BigInt(r.burn), active: r.active === 1, hyper: new Map(), uids: new Map() });
    }
    for (const r of await db.all<{ netuid: number; name: string; value: string }>('SELECT netuid, name, value FROM hyperparameters')) {
      this.subnets.get(r.netuid)?.hyper.set(r.name, r.value);
    }
    const latest = await db.all<{ netuid: number; uid: number; hotkey: string }>(
      'SELECT n.netuid, n.uid, n.hotkey FROM neurons n JOIN (SELECT netuid, MAX(block_number) AS b FROM metagraph_snapshots GROUP BY netuid) s ON n.netuid = s.netuid AND n.block_number = s.b',
    );
    for (const r of latest) this.subnets.get(r.netuid)?.uids.set(r.uid, r.hotkey);
    const t = await db.get<{ block_number: number; timestamp: number; hash: string }>('SELECT block_number, timestamp, hash FROM blocks ORDER BY block_number DESC LIMIT 1');
    this.timestamps = t ? { n: Number(t.block_number), t: Number(t.timestamp) } : undefined;
    this.lastHash = t ? { n: Number(t.block_number), hash: t.hash } : undefined;
  }

  // ------------------------------------------------------------------------------------------
  // One block

  private palletOf(index: number): string {
    return this.palletNames.get(index) ?? `Pallet${index}`;
  }

  /** Block data that does not depend on the indexer's caches: fetched a few blocks ahead. */
  private fetchRaw(api: ApiPromise, n: number): Promise<RawBlock> {
    const go = async (): Promise<RawBlock> => {
      const hash = await api.rpc.chain.getBlockHash(n);
      // storage is decoded with the connection's metadata (no `api.at(hash)`: it re-decorates the whole
      // metadata for every block, the indexer's largest cost); a runtime upgrade reconnects (see indexBlock)
      const at: BlockView = { query: api.query, hash, api };
      const signed = await api.rpc.chain.getBlock(hash);
      // one state_queryStorageAt for the events, TotalNetworks and Timestamp.Now
      const now = (at.query as unknown as Record<string, Record<string, StorageFn | undefined> | undefined>).timestamp?.now;
      const items: Query[] = [[at.query.system.events], [at.query.subtensorModule.totalNetworks]];
      if (now) items.push([now]);
      const res = this.multi(at, items);
      const totalNetworks = res.then((r) => num(r[1]));
      totalNetworks.catch(() => undefined);
      try {
        const r = await res;
        const records = r[0] as unknown as readonly EventRecordLike[];
        const chainTime = now ? Math.floor(Number(big(r[2])) / 1000) : undefined;
        return { hashHex: hash.toHex(), signed, at, records, totalNetworks, chainTime, discarded: false };
      } catch (e) {
        // state discarded: the node still serves System.Events of every block (indexed without state)
        if (!isStateDiscarded(e)) throw e;
        const records = (await api.query.system.events.at(hash)) as unknown as readonly EventRecordLike[];
        return { hashHex: hash.toHex(), signed, at, records, totalNetworks, chainTime: undefined, discarded: true };
      }
    };
    const p = go();
    p.catch(() => undefined);
    return p;
  }

  private readonly prefetched = new Map<number, Promise<RawBlock>>();
  /** Blocks whose RPC reads run ahead of the block being written. */
  private static readonly PREFETCH = 16;
  /** Catch-up: at most this many blocks, or this long, per database transaction. */
  private static readonly BATCH_BLOCKS = 200;
  private static readonly BATCH_MS = 1000;
  /** Last block whose rows are committed (status, waitFor); `indexed` is the last one processed. */
  private committed = -1;
  /** Hash of the last processed block (re-organisation check without a database read). */
  private lastHash: { n: number; hash: string } | undefined;
  /** Processed blocks not yet committed (catch-up batch). */
  private pending: { statements: Statement[]; blocks: { n: number; event: IndexedBlockEvent }[]; since: number } | undefined;

  /** Commits the pending blocks in one transaction (with `meta.indexed_block` of the last), then notifies. */
  private async flush(): Promise<void> {
    const p = this.pending;
    if (!p || p.blocks.length === 0) return;
    // on failure the caches are ahead of the database: the error path reloads them
    await this.db.batch(p.statements);
    this.pending = undefined;
    for (const { n, event } of p.blocks) {
      this.committed = n;
      this.opts.afterBlock?.(n);
      for (const l of this.listeners) {
        try {
          l(event);
        } catch (err) {
          this.log.warn({ err: (err as Error).message }, 'indexer: block listener failed');
        }
      }
    }
  }

  private async indexBlock(api: ApiPromise, n: number, target: number): Promise<void> {
    for (let k = n; k <= Math.min(n + Indexer.PREFETCH, target); k++) {
      if (!this.prefetched.has(k)) this.prefetched.set(k, this.fetchRaw(api, k));
    }
    for (const k of this.prefetched.keys()) if (k < n) this.prefetched.delete(k);
    let raw: RawBlock;
    try {
      raw = await (this.prefetched.get(n) ?? this.fetchRaw(api, n));
    } finally {
      this.prefetched.delete(n);
    }
    const { hashHex, signed, at, records } = raw;
    this.totalNetworks = raw.totalNetworks;
    const block = signed.block;
    const header = block.header;
    if (n > 0 && this.indexed === n - 1) {
      const prev = this.lastHash?.n === n - 1 ? this.lastHash : undefined;
      if (prev && prev.hash !== header.parentHash.toHex()) {
        // a re-organisation below us: drop the stale block and index the canonical one again
        this.log.warn({ block: n - 1 }, 'indexer: parent hash mismatch, re-indexing the previous block');
        this.prefetched.clear();
        await this.flush();
        await this.deleteFrom(n - 1);
        return;
      }
    }
    const timestamp = raw.chainTime ?? this.wallTime(n);
    if (!this.pending) this.pending = { statements: [], blocks: [], since: performance.now() };
    const st = this.pending.statements;
    const put = (sql: string, params: readonly SqlValue[]): void => {
      st.push({ sql, params });
    };

    // ---- extrinsics and events
    interface XtOutcome {
      success: boolean;
      error: { module: string; name: string } | null;
      fee: bigint;
      tip: bigint;
    }
    const outcomes = new Map<number, XtOutcome>();
    const touched = new Set<string>();
    const touchedPositions: { coldkey: string; hotkey: string; netuid: number }[] = [];
    const registrations: { netuid: number; uid: number; hotkey: string; eventIndex: number }[] = [];
    const removedNets: number[] = [];
    const addedNets: number[] = [];
    const weightsSet: { netuidIndex: number; uid: number }[] = [];
    const takes: { hotkey: string; owner: string; take: number }[] = [];
    const volume = new Map<number, { vol: bigint; flow: bigint }>();
    const transfers: { eventIndex: number; xt: number | null; from: string; to: string; amount: bigint }[] = [];
    records.forEach((rec, i) => {
      const ev = rec.event;
      const pallet = this.palletOf(ev.index[0]);
      const name = ev.method;
      const xt = rec.phase.isApplyExtrinsic ? rec.phase.asApplyExtrinsic.toNumber() : null;
      const data = ev.data.map((d) => json(d));
      put('INSERT INTO events (block_number, idx, extrinsic_index, pallet, name, data, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)', [n, i, xt, pallet, name, JSON.stringify(data), timestamp]);
      for (const d of ev.data) {
        const raw = d.toRawType();
        if (raw === 'AccountId32' || raw === 'AccountId') touched.add(d.toString());
      }
      const arg = (k: number): Codec => ev.data[k];
      const s = (k: number): string => arg(k).toString();
      if (xt !== null) {
        const o = outcomes.get(xt) ?? { success: true, error: null, fee: 0n, tip: 0n };
        outcomes.set(xt, o);
        if (pallet === 'System' && name === 'ExtrinsicFailed') {
          o.success = false;
          o.error = this.dispatchError(api, arg(0));
        } else if (pallet === 'TransactionPayment' && name === 'TransactionFeePaid') {
          o.fee = big(arg(1));
          o.tip = big(arg(2));
        }
      }
      if (pallet === 'Balances' && name === 'Transfer') transfers.push({ eventIndex: i, xt, from: s(0), to: s(1), amount: big(arg(2)) });
      if (pallet !== 'SubtensorModule') return;
      switch (name) {
        case 'StakeAdded':
        case 'StakeRemoved': {
          const netuid = num(arg(4));
          touchedPositions.push({ coldkey: s(0), hotkey: s(1), netuid });
          const tao = big(arg(2));
          const v = volume.get(netuid) ?? { vol: 0n, flow: 0n };
          v.vol += tao;
          v.flow += name === 'StakeAdded' ? tao : -tao;
          volume.set(netuid, v);
          break;
        }
        case 'StakeMoved':
          touchedPositions.push({ coldkey: s(0), hotkey: s(1), netuid: num(arg(2)) }, { coldkey: s(0), hotkey: s(3), netuid: num(arg(4)) });
          break;
        case 'StakeTransferred':
          touchedPositions.push({ coldkey: s(0), hotkey: s(2), netuid: num(arg(3)) }, { coldkey: s(1), hotkey: s(2), netuid: num(arg(4)) });
          break;
        case 'StakeSwapped':
          touchedPositions.push({ coldkey: s(0), hotkey: s(1), netuid: num(arg(2)) }, { coldkey: s(0), hotkey: s(1), netuid: num(arg(3)) });
          break;
        case 'NeuronRegistered':
          registrations.push({ netuid: num(arg(0)), uid: num(arg(1)), hotkey: s(2), eventIndex: i });
          break;
        case 'NetworkAdded':
          addedNets.push(num(arg(0)));
          break;
        case 'NetworkRemoved':
          removedNets.push(num(arg(0)));
          break;
        case 'WeightsSet':
          weightsSet.push({ netuidIndex: num(arg(0)), uid: num(arg(1)) });
          break;
        case 'DelegateAdded':
        case 'TakeIncreased':
        case 'TakeDecreased':
          // (coldkey, hotkey, take)
          takes.push({ owner: s(0), hotkey: s(1), take: num(arg(2)) });
          break;
        default:
          break;
      }
    });

    const xtIds: string[] = [];
    block.extrinsics.forEach((ex, i) => {
      const o = outcomes.get(i) ?? { success: true, error: null, fee: 0n, tip: 0n };
      const meta = ex.method.meta;
      const args: Record<string, unknown> = {};
      // argument names as in the metadata (snake_case); @polkadot/api's `meta.args` are camelCased
      const fields = (meta as unknown as { fields?: readonly { name: { isSome: boolean; unwrap(): { toString(): string } } }[] }).fields;
      ex.method.args.forEach((a, k) => {
        const f = fields?.[k];
        args[f?.name.isSome ? f.name.unwrap().toString() : (meta.args[k]?.name.toString() ?? String(k))] = json(a);
      });
      const signer = ex.isSigned ? ex.signer.toString() : null;
      if (signer) touched.add(signer);
      const tip = ex.isSigned ? big(ex.tip) : 0n;
      put(
        'INSERT INTO extrinsics (block_number, idx, hash, signer, call_module, call_name, args, success, error_module, error_name, fee, tip, nonce, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [n, i, ex.hash.toHex(), signer, this.palletOf(ex.method.callIndex[0]), meta.name.toString(), JSON.stringify(args), o.success ? 1 : 0, o.error?.module ?? null, o.error?.name ?? null, o.fee.toString(), (o.tip > tip ? o.tip : tip).toString(), ex.isSigned ? ex.nonce.toNumber() : null, timestamp],
      );
      xtIds.push(`${n}-${i}`);
    });
    for (const t of transfers) {
      const fee = t.xt !== null ? (outcomes.get(t.xt)?.fee ?? 0n) : 0n;
      put('INSERT INTO transfers (block_number, event_index, extrinsic_index, from_address, to_address, amount, fee, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [n, t.eventIndex, t.xt, t.from, t.to, t.amount.toString(), fee.toString(), timestamp]);
    }

    // ---- state at this block
    const hyperHint =
      records.some((r) => r.event.method.endsWith('Set') && r.event.method !== 'WeightsSet') ||
      block.extrinsics.some((ex) => {
        const pallet = this.palletOf(ex.method.callIndex[0]);
        const call = ex.method.meta.name.toString();
        return pallet !== 'Balances' && !(pallet === 'SubtensorModule' && ROUTINE_CALLS.test(call));
      });
    let hasState = true;
    let stats: { totalIssuance: bigint; totalStake: bigint; rootStake: bigint; alphaStakeTao: bigint; subnetCount: number; blockEmission: bigint } | undefined;
    const epochs: number[] = [];
    try {
      // (state already found discarded by the prefetch: skip the state reads that would fail the same way)
      if (raw.discarded) throw new IndexerError('NODE_UNAVAILABLE', 'State already discarded', { block: n });
      stats = await this.indexState(api, at, n, timestamp, put, {
        touched,
        touchedPositions,
        registrations,
        addedNets,
        removedNets,
        weightsSet,
        takes,
        volume,
        epochs,
        hyperHint,
      });
    } catch (e) {
      if (!isStateDiscarded(e)) throw e;
      hasState = false;
      this.log.warn({ block: n }, 'indexer: state of this block is no longer available on the node; indexing without state');
    }

    put(
      'INSERT INTO blocks (block_number, hash, parent_hash, state_root, extrinsics_root, timestamp, extrinsic_count, event_count, total_issuance, total_stake, root_stake, alpha_stake_tao, subnet_count, block_emission, has_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        n, hashHex, header.parentHash.toHex(), header.stateRoot.toHex(), header.extrinsicsRoot.toHex(), timestamp, block.extrinsics.length, records.length,
        stats?.totalIssuance.toString() ?? null, stats?.totalStake.toString() ?? null, stats?.rootStake.toString() ?? null, stats?.alphaStakeTao.toString() ?? null,
        stats?.subnetCount ?? null, stats?.blockEmission.toString() ?? null, hasState ? 1 : 0,
      ],
    );
    put('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', ['indexed_block', String(n)]);
    // committed by `flush` (alone at the head, with the rest of the batch when catching up)
    this.pending.blocks.push({ n, event: { blockNumber: n, hash: hashHex, epochs } });
    this.indexed = n;
    this.lastHash = { n, hash: hashHex };
    this.timestamps = { n, t: timestamp };
    if (records.some((r) => r.event.section === 'system' && r.event.method === 'CodeUpdated')) {
      // new runtime: commit, then reconnect so later blocks are decoded with the new metadata
      await this.flush();
      throw new IndexerError('NODE_UNAVAILABLE', 'runtime upgraded: reconnecting for the new metadata', { block: n });
    }
  }

  /** Block time without Timestamp.Now: the wall clock when first indexed (never going backwards). */
  private wallTime(n: number): number {
    const wall = Math.floor(Date.now() / 1000);
    if (this.timestamps && this.timestamps.n < n && this.timestamps.t > wall) return this.timestamps.t;
    return wall;
  }

  private dispatchError(api: ApiPromise, c: Codec): { module: string; name: string } {
    const e = c as unknown as { isModule: boolean; asModule: { index: Codec; error: Codec }; type: string };
    if (e.isModule) {
      try {
        const meta = api.registry.findMetaError(e.asModule as unknown as Parameters<typeof api.registry.findMetaError>[0]);
        return { module: this.palletOf(num(e.asModule.index)), name: meta.name };
      } catch {
        return { module: this.palletOf(num(e.asModule.index)), name: 'Unknown' };
      }
    }
    return { module: 'DispatchError', name: e.type };
  }

  private async deleteFrom(n: number): Promise<void> {
    const tables = ['blocks', 'extrinsics', 'events', 'transfers', 'balance_history', 'stake_history', 'subnet_blocks', 'hyperparameter_history', 'metagraph_snapshots', 'neurons', 'registrations', 'weights'];
    const st: Statement[] = tables.map((t) => ({ sql: `DELETE FROM ${t} WHERE block_number >= ?`, params: [n] }));
    st.push({ sql: 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', params: ['indexed_block', String(n - 1)] });
    await this.db.batch(st);
    await this.loadCaches();
  }

  // ------------------------------------------------------------------------------------------
  // State: subnets, pools, balances, stakes, metagraph snapshots

  private async indexState(
    api: ApiPromise,
    at: BlockView,
    n: number,
    timestamp: number,
    put: (sql: string, params: readonly SqlValue[]) => void,
    x: {
      touched: Set<string>;
      touchedPositions: { coldkey: string; hotkey: string; netuid: number }[];
      registrations: { netuid: number; uid: number; hotkey: string; eventIndex: number }[];
      addedNets: number[];
      removedNets: number[];
      weightsSet: { netuidIndex: number; uid: number }[];
      takes: { hotkey: string; owner: string; take: number }[];
      volume: Map<number, { vol: bigint; flow: bigint }>;
      epochs: number[];
      hyperHint: boolean;
    },
  ): Promise<{ totalIssuance: bigint; totalStake: bigint; rootStake: bigint; alphaStakeTao: bigint; subnetCount: number; blockEmission: bigint }> {
    const sm = at.query.subtensorModule;
    // a new database: seed every account that exists at the head (genesis endowments have no events) once
    // the first block with readable state is indexed
    const fresh = this.balances.size === 0;
    if (this.needDiscovery) {
      await this.discoverPositions(api);
      this.needDiscovery = false;
    }
    if (fresh) for (const k of await api.query.system.account.keys()) x.touched.add(k.args[0].toString());

    // round 1: globals and which netuids exist
    const candidates = new Set<number>([...this.subnets.keys(), ...x.addedNets, ...x.removedNets]);
    const totalNetworks = await (this.totalNetworks ?? sm.totalNetworks().then((c) => num(c)));
    const maxKnown = Math.max(0, ...candidates);
    for (let i = 0; i <= Math.max(maxKnown, totalNetworks) + 2; i++) candidates.add(i);
    const nets = [...candidates].sort((a, b) => a - b);
    const r1 = await this.multi(at, [
      [at.query.balances.totalIssuance],
      [sm.totalStake],
      [sm.blockEmission],
      ...nets.map((u): Query => [sm.networksAdded, u]),
    ]);
    const totalIssuance = big(r1[0]);
    const totalStake = big(r1[1]);
    const blockEmission = big(r1[2]);
    const live = nets.filter((_, i) => bool(r1[3 + i]));

    // round 2: per subnet, balances, stake positions, weights, owners of registered hotkeys
    for (const p of x.touchedPositions) this.positions.set(posKey(p.coldkey, p.hotkey, p.netuid), p);
    const positions = [...this.positions.values()];
    const pools = [...new Map(positions.map((p) => [`${p.hotkey}|${p.netuid}`, p])).values()];
    // pallet ("modl…") accounts move TAO without naming themselves in events: re-read them every block
    for (const u of live) x.touched.add(api.registry.createType('AccountId32', subnetAccount(u)).toString());
    for (const a of this.balances.keys()) if (this.isModuleAccount(api, a)) x.touched.add(a);
    const accounts = [...x.touched];
    // hyperparameters change only through admin/owner calls: read them for new subnets, in blocks with
    // such calls or `…Set` events, and every HYPER_REFRESH blocks as a safety net
    const readHyper = new Set(live.filter((u) => x.hyperHint || n % HYPER_REFRESH === 0 || !this.subnets.get(u)?.hyper.size));
    const q2: Query[] = [];
    for (const u of live) {
      for (const item of SUBNET_ITEMS) q2.push([sm[item], u]);
      q2.push([at.query.swap.swapBalancer, u]);
      if (readHyper.has(u)) for (const [, item] of HYPERPARAMETERS) q2.push([sm[item], u]);
    }
    for (const a of accounts) q2.push([at.query.system.account, a]);
    for (const p of positions) q2.push([sm.alphaV2, [p.hotkey, p.coldkey, p.netuid]]);
    for (const p of pools) q2.push([sm.totalHotkeyAlpha, [p.hotkey, p.netuid]], [sm.totalHotkeySharesV2, [p.hotkey, p.netuid]]);
    for (const w of x.weightsSet) q2.push([sm.weights, [w.netuidIndex, w.uid]]);
    for (const r of x.registrations) q2.push([sm.owner, r.hotkey]);
    for (const t of x.takes) q2.push([sm.delegates, t.hotkey]);
    const r2 = await this.multi(at, q2);
    let k = 0;
    const next = (): Codec => r2[k++];

    // subnets and pools
    interface Net {
      netuid: number;
      taoIn: bigint;
      alphaIn: bigint;
      alphaOut: bigint;
      emaBits: bigint;
      priceBits: bigint;
      mechanism: number;
      tempo: number;
      lastStep: bigint;
      burn: bigint;
      taoInEmission: bigint;
      alphaInEmission: bigint;
      alphaOutEmission: bigint;
      n: number;
      maxN: number;
      owner: string;
      ownerHotkey: string;
      symbol: string;
      identity: unknown;
      registeredAt: bigint;
      emissionEnabled: boolean;
      hyper: Map<string, string>;
    }
    const netInfo: Net[] = [];
    for (const u of live) {
      const v: Record<string, Codec> = {};
      for (const item of SUBNET_ITEMS) v[item] = next();
      const balancer = next();
      const hyper = new Map<string, string>();
      if (readHyper.has(u)) for (const [name] of HYPERPARAMETERS) hyper.set(name, JSON.stringify(json(next())));
      else for (const [name, value] of this.subnets.get(u)?.hyper ?? []) hyper.set(name, value);
      const taoIn = big(v.subnetTAO);
      const alphaIn = big(v.subnetAlphaIn);
      const mechanism = num(v.subnetMechanism);
      const bp = balancer.toPrimitive() as { quote?: number | string } | number | string | null;
      const quote = bp !== null && typeof bp === 'object' ? BigInt(bp.quote ?? 0) : BigInt(bp ?? 0);
      const priceBits = mechanism !== 1 ? U64F64.ONE : currentPrice(quote, alphaIn, taoIn);
      const identity = opt(v.subnetIdentitiesV3);
      netInfo.push({
        netuid: u,
        taoIn,
        alphaIn,
        alphaOut: big(v.subnetAlphaOut),
        emaBits: rawBits(v.subnetMovingPrice),
        priceBits,
        mechanism,
        tempo: num(v.tempo),
        lastStep: big(v.lastMechansimStepBlock),
        burn: big(v.burn),
        taoInEmission: big(v.subnetTaoInEmission),
        alphaInEmission: big(v.subnetAlphaInEmission),
        alphaOutEmission: big(v.subnetAlphaOutEmission),
        n: num(v.subnetworkN),
        maxN: num(v.maxAllowedUids),
        owner: v.subnetOwner.toString(),
        ownerHotkey: v.subnetOwnerHotkey.toString(),
        symbol: text(v.tokenSymbol),
        identity: identity ? identityJson(identity) : null,
        registeredAt: big(v.networkRegisteredAt),
        emissionEnabled: bool(v.subnetEmissionEnabled),
        hyper,
      });
    }
    const priceOf = new Map(netInfo.map((s) => [s.netuid, s.priceBits]));
    const emaSum = netInfo.filter((s) => s.netuid !== ROOT).reduce((a, s) => a + (s.emaBits > 0n ? s.emaBits : 0n), 0n);
    for (const s of netInfo) {
      const cache = this.subnets.get(s.netuid);
      const name = s.identity && typeof (s.identity as { subnet_name?: unknown }).subnet_name === 'string' && (s.identity as { subnet_name: string }).subnet_name ? (s.identity as { subnet_name: string }).subnet_name : subnetName(s.netuid);
      put(
        'INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at_block, mechanism, tempo, n, max_n, burn, last_step, identity, active, block_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ' +
          'ON CONFLICT (netuid) DO UPDATE SET name = excluded.name, symbol = excluded.symbol, owner_coldkey = excluded.owner_coldkey, owner_hotkey = excluded.owner_hotkey, registered_at_block = excluded.registered_at_block, mechanism = excluded.mechanism, tempo = excluded.tempo, n = excluded.n, max_n = excluded.max_n, burn = excluded.burn, last_step = excluded.last_step, identity = excluded.identity, active = 1, block_number = excluded.block_number',
        [s.netuid, name, s.symbol, s.owner, s.ownerHotkey, Number(s.registeredAt), s.mechanism, s.tempo, s.n, s.maxN, s.burn.toString(), Number(s.lastStep), s.identity ? JSON.stringify(s.identity) : null, n],
      );
      const vol = x.volume.get(s.netuid) ?? { vol: 0n, flow: 0n };
      const share = s.netuid === ROOT || emaSum === 0n ? '0' : ratioDecimal(s.emaBits > 0n ? s.emaBits : 0n, emaSum);
      put(
        'INSERT INTO subnet_blocks (netuid, block_number, timestamp, tao_in, alpha_in, alpha_out, price, ema_price, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, tao_volume, tao_flow, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [s.netuid, n, timestamp, s.taoIn.toString(), s.alphaIn.toString(), s.alphaOut.toString(), fixedToDecimal(s.priceBits, 64), fixedToDecimal(s.emaBits, 32), s.taoInEmission.toString(), s.alphaInEmission.toString(), s.alphaOutEmission.toString(), share, vol.vol.toString(), vol.flow.toString(), s.burn.toString()],
      );
      const hyper = cache?.hyper ?? new Map<string, string>();
      for (const [name, value] of s.hyper) {
        if (hyper.get(name) === value) continue;
        put('INSERT INTO hyperparameters (netuid, name, value, block_number) VALUES (?, ?, ?, ?) ON CONFLICT (netuid, name) DO UPDATE SET value = excluded.value, block_number = excluded.block_number', [s.netuid, name, value, n]);
        put('INSERT INTO hyperparameter_history (netuid, block_number, name, value) VALUES (?, ?, ?, ?)', [s.netuid, n, name, value]);
      }
    }
    for (const u of x.removedNets) {
      if (live.includes(u)) continue;
      put('UPDATE subnets SET active = 0, n = 0, block_number = ? WHERE netuid = ?', [n, u]);
    }

    // balances
    for (const a of accounts) {
      const info = next() as unknown as { nonce: Codec; data: { free: Codec; reserved: Codec } };
      const free = big(info.data.free).toString();
      const reserved = big(info.data.reserved).toString();
      const nonce = num(info.nonce);
      const prev = this.balances.get(a);
      if (prev && prev.free === free && prev.reserved === reserved && prev.nonce === nonce) continue;
      if (!prev && free === '0' && reserved === '0' && nonce === 0) continue; // does not exist (yet)
      this.balances.set(a, { free, reserved, nonce });
      const total = (BigInt(free) + BigInt(reserved)).toString();
      put('INSERT INTO accounts (address, free, reserved, total, nonce, block_number) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET free = excluded.free, reserved = excluded.reserved, total = excluded.total, nonce = excluded.nonce, block_number = excluded.block_number', [a, free, reserved, total, nonce, n]);
      if (!prev || prev.free !== free || prev.reserved !== reserved) {
        put('INSERT INTO balance_history (address, block_number, free, reserved, total, timestamp) VALUES (?, ?, ?, ?, ?, ?)', [a, n, free, reserved, total, timestamp]);
      }
    }

    // stakes: value = share-pool value of the coldkey's shares (SafeFloat arithmetic as on chain)
    const shareOf = positions.map(() => safeFloatOf(next()));
    const poolState = new Map<string, { value: bigint; denominator: SafeFloat }>();
    for (const p of pools) {
      const value = big(next());
      poolState.set(`${p.hotkey}|${p.netuid}`, { value, denominator: safeFloatOf(next()) });
    }
    positions.forEach((p, i) => {
      const pool = poolState.get(`${p.hotkey}|${p.netuid}`)!;
      const storage = new InMemorySharePoolStorage<string>();
      storage.sharedValue = pool.value;
      storage.denominator = pool.denominator;
      storage.shares.set(p.coldkey, shareOf[i]);
      const alpha = shareOf[i].isZero() ? 0n : new SharePool(storage).getValue(p.coldkey);
      const key = posKey(p.coldkey, p.hotkey, p.netuid);
      const prev = this.stakes.get(key);
      const a = alpha.toString();
      if (prev === a || (prev === undefined && alpha === 0n)) return;
      const price = p.netuid === ROOT ? U64F64.ONE : (priceOf.get(p.netuid) ?? 0n);
      const tao = U64F64.toU64(U64F64.mul(U64F64.fromInt(alpha), price)).toString();
      if (alpha === 0n) this.stakes.delete(key);
      else this.stakes.set(key, a);
      if (alpha === 0n) put('DELETE FROM stakes WHERE coldkey = ? AND hotkey = ? AND netuid = ?', [p.coldkey, p.hotkey, p.netuid]);
      else put('INSERT INTO stakes (coldkey, hotkey, netuid, alpha, tao_value, block_number) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (coldkey, hotkey, netuid) DO UPDATE SET alpha = excluded.alpha, tao_value = excluded.tao_value, block_number = excluded.block_number', [p.coldkey, p.hotkey, p.netuid, a, tao, n]);
      put('INSERT INTO stake_history (coldkey, hotkey, netuid, block_number, alpha, tao_value, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)', [p.coldkey, p.hotkey, p.netuid, n, a, tao, timestamp]);
    });

    // weights
    for (const w of x.weightsSet) {
      const ws = (next().toPrimitive() as [number, number][] | null) ?? [];
      put('INSERT INTO weights (netuid, block_number, uid, weights) VALUES (?, ?, ?, ?) ON CONFLICT (netuid, block_number, uid) DO UPDATE SET weights = excluded.weights', [w.netuidIndex, n, w.uid, JSON.stringify(ws)]);
    }

    // registrations and deregistrations
    const snapshotReasons = new Map<number, string>();
    for (const r of x.registrations) {
      const coldkey = next().toString();
      const cache = this.subnets.get(r.netuid);
      const old = cache?.uids.get(r.uid);
      if (old !== undefined && old !== r.hotkey) {
        put('INSERT INTO registrations (netuid, block_number, event_index, kind, uid, hotkey, coldkey, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [r.netuid, n, r.eventIndex, 'deregistered', r.uid, old, null, null]);
      }
      const burn = r.netuid === ROOT ? null : (cache?.burn ?? netInfo.find((s) => s.netuid === r.netuid)?.burn ?? 0n).toString();
      put('INSERT INTO registrations (netuid, block_number, event_index, kind, uid, hotkey, coldkey, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [r.netuid, n, r.eventIndex, 'registered', r.uid, r.hotkey, coldkey, burn]);
      this.positions.set(posKey(coldkey, r.hotkey, r.netuid), { coldkey, hotkey: r.hotkey, netuid: r.netuid });
      snapshotReasons.set(r.netuid, 'registration');
    }
    for (const u of x.removedNets) {
      const cache = this.subnets.get(u);
      if (!cache || live.includes(u)) continue;
      for (const [uid, hotkey] of cache.uids) put('INSERT INTO registrations (netuid, block_number, event_index, kind, uid, hotkey, coldkey, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [u, n, -1, 'deregistered', uid, hotkey, null, null]);
    }
    for (const t of x.takes) {
      const take = num(next());
      put('INSERT INTO validators (hotkey, owner, take, block_number) VALUES (?, ?, ?, ?) ON CONFLICT (hotkey) DO UPDATE SET owner = excluded.owner, take = excluded.take, block_number = excluded.block_number', [t.hotkey, t.owner, take, n]);
    }

    // metagraph snapshots: at each epoch (LastMechansimStepBlock moved), on registrations and for new subnets
    for (const s of netInfo) {
      const cache = this.subnets.get(s.netuid);
      if (!cache) snapshotReasons.set(s.netuid, snapshotReasons.get(s.netuid) ?? 'new');
      else if (cache.lastStep !== s.lastStep) {
        snapshotReasons.set(s.netuid, 'epoch');
        x.epochs.push(s.netuid);
      }
    }
    const snapshotUids = new Map<number, Map<number, string>>();
    for (const s of netInfo) {
      const reason = snapshotReasons.get(s.netuid);
      if (!reason) continue;
      const uids = await this.snapshot(at, n, s.netuid, s.n, reason, s.hyper, put);
      snapshotUids.set(s.netuid, uids);
      // registrations without a NeuronRegistered event (e.g. the owner hotkey of a new subnet)
      const before = this.subnets.get(s.netuid)?.uids ?? new Map<number, string>();
      const byEvent = new Set(x.registrations.filter((r) => r.netuid === s.netuid).map((r) => r.uid));
      for (const [uid, hotkey] of uids) {
        if (byEvent.has(uid) || before.get(uid) === hotkey) continue;
        const old = before.get(uid);
        if (old !== undefined) put('INSERT INTO registrations (netuid, block_number, event_index, kind, uid, hotkey, coldkey, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [s.netuid, n, -1, 'deregistered', uid, old, null, null]);
        put('INSERT INTO registrations (netuid, block_number, event_index, kind, uid, hotkey, coldkey, burn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [s.netuid, n, -1, 'registered', uid, hotkey, this.lastColdkeys.get(hotkey) ?? null, null]);
      }
    }

    // caches (the transaction commits right after; any failure reloads them)
    for (const s of netInfo) {
      const prev = this.subnets.get(s.netuid);
      this.subnets.set(s.netuid, { lastStep: s.lastStep, burn: s.burn, active: true, hyper: s.hyper, uids: snapshotUids.get(s.netuid) ?? prev?.uids ?? new Map() });
    }
    for (const u of x.removedNets) if (!live.includes(u)) this.subnets.delete(u);

    let rootStake = 0n;
    let alphaStakeTao = 0n;
    for (const s of netInfo) {
      if (s.netuid === ROOT) rootStake = s.taoIn;
      else alphaStakeTao += U64F64.toU64(U64F64.mul(U64F64.fromInt(s.alphaOut), s.priceBits));
    }
    return { totalIssuance, totalStake, rootStake, alphaStakeTao, subnetCount: live.filter((u) => u !== ROOT).length, blockEmission };
  }

  private totalNetworks: Promise<number> | undefined;
  private readonly moduleAccounts = new Map<string, boolean>();
  /** hotkey → coldkey of the snapshot being written. */
  private readonly lastColdkeys = new Map<string, string>();
  private isModuleAccount(api: ApiPromise, a: string): boolean {
    let v = this.moduleAccounts.get(a);
    if (v === undefined) {
      v = api.registry.createType('AccountId32', a).toHex().startsWith('0x6d6f646c');
      this.moduleAccounts.set(a, v);
    }
    return v;
  }

  /** Reads the metagraph of `netuid` at this block and writes a snapshot; returns uid → hotkey. */
  private async snapshot(
    at: BlockView,
    n: number,
    netuid: number,
    count: number,
    reason: string,
    hyper: Map<string, string>,
    put: (sql: string, params: readonly SqlValue[]) => void,
  ): Promise<Map<number, string>> {
    const sm = at.query.subtensorModule;
    const uids = [...Array(count).keys()];
    const r1 = await this.multi(at, [
      ...uids.map((u): Query => [sm.keys, [netuid, u]]),
      ...uids.map((u): Query => [sm.blockAtRegistration, [netuid, u]]),
      [sm.active, netuid],
      [sm.validatorPermit, netuid],
      [sm.validatorTrust, netuid],
      [sm.consensus, netuid],
      [sm.incentive, netuid],
      [sm.dividends, netuid],
      [sm.emission, netuid],
      [sm.lastUpdate, netuid],
    ]);
    const hotkeys = uids.map((u) => r1[u].toString());
    const regAt = uids.map((u) => big(r1[count + u]));
    const vec = (i: number): unknown[] => (r1[2 * count + i].toPrimitive() as unknown[] | null) ?? [];
    const [active, permit, vtrust, consensus, incentive, dividends, emission, lastUpdate] = [0, 1, 2, 3, 4, 5, 6, 7].map(vec);
    const r2 = await this.multi(at, [
      ...hotkeys.map((h): Query => [sm.owner, h]),
      ...hotkeys.map((h): Query => [sm.axons, [netuid, h]]),
      ...hotkeys.map((h): Query => [sm.totalHotkeyAlpha, [h, netuid]]),
      ...hotkeys.map((h): Query => [sm.delegates, h]),
    ]);
    const immunity = Number(JSON.parse(hyper.get('immunity_period') ?? '0'));
    const stakes = uids.map((u) => big(r2[2 * count + u]));
    const totalStake = stakes.reduce((a, b) => a + b, 0n);
    const out = new Map<number, string>();
    put('INSERT INTO metagraph_snapshots (netuid, block_number, reason, n) VALUES (?, ?, ?, ?)', [netuid, n, reason, count]);
    for (const u of uids) {
      const coldkey = r2[u].toString();
      const axon = opt(r2[count + u]);
      const axonJson = axon ? axonOf(axon) : null;
      const permitted = permit[u] === true;
      const at16 = (a: unknown[]): string => u16Ratio(Number(a[u] ?? 0));
      put(
        'INSERT INTO neurons (netuid, block_number, uid, hotkey, coldkey, active, validator_permit, stake, stake_weight, rank, trust, validator_trust, consensus, incentive, dividends, emission, last_update, registered_at_block, is_immune, axon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          netuid, n, u, hotkeys[u], coldkey, active[u] === true ? 1 : 0, permitted ? 1 : 0, stakes[u].toString(), ratioDecimal(stakes[u], totalStake),
          '0', '0', at16(vtrust), at16(consensus), at16(incentive), at16(dividends), String(emission[u] ?? 0), Number(lastUpdate[u] ?? 0), Number(regAt[u]),
          BigInt(n) - regAt[u] < BigInt(immunity) ? 1 : 0, axonJson ? JSON.stringify(axonJson) : null,
        ],
      );
      out.set(u, hotkeys[u]);
      this.lastColdkeys.set(hotkeys[u], coldkey);
      this.positions.set(posKey(coldkey, hotkeys[u], netuid), { coldkey, hotkey: hotkeys[u], netuid });
      if (permitted) {
        put('INSERT INTO validators (hotkey, owner, take, block_number) VALUES (?, ?, ?, ?) ON CONFLICT (hotkey) DO UPDATE SET owner = excluded.owner, take = excluded.take, block_number = excluded.block_number', [hotkeys[u], coldkey, num(r2[3 * count + u]), n]);
      }
    }
    return out;
  }

  /** Every stake position at the node's head (AlphaV2 keys), to follow from now on. */
  private async discoverPositions(api: ApiPromise): Promise<void> {
    const keys = await api.query.subtensorModule.alphaV2.keys();
    for (const k of keys) {
      const [hotkey, coldkey, netuid] = k.args;
      const p = { coldkey: coldkey.toString(), hotkey: hotkey.toString(), netuid: num(netuid) };
      this.positions.set(posKey(p.coldkey, p.hotkey, p.netuid), p);
    }
  }

  /** One `state_queryStorageAt` for many items (chunked by the node's 1000-key limit). */
  private async multi(at: BlockView, queries: readonly Query[]): Promise<Codec[]> {
    const out: Codec[] = [];
    for (let i = 0; i < queries.length; i += 900) {
      const chunk = queries.slice(i, i + 900);
      // as `api.at(hash).queryMulti`: [entry, args] pairs keep the entry's metadata for decoding
      const keys = chunk.map((q) => (q.length === 1 ? [q[0].creator, []] : [q[0].creator, Array.isArray(q[1]) ? q[1] : [q[1]]]));
      const res = (await at.api.rpc.state.queryStorageAt(keys as unknown as Parameters<ApiPromise['rpc']['state']['queryStorageAt']>[0], at.hash)) as unknown as Codec[];
      out.push(...res);
    }
    return out;
  }
}

interface RawBlock {
  readonly hashHex: string;
  readonly signed: SignedBlock;
  readonly at: BlockView;
  readonly records: readonly EventRecordLike[];
  readonly totalNetworks: Promise<number>;
  /** Timestamp.Now in seconds, when the runtime has the Timestamp pallet. */
  readonly chainTime: number | undefined;
  /** The node no longer has this block's state (only its body and events). */
  readonly discarded: boolean;
}

type StorageFn = ApiPromise['query'][string][string];
/** Storage of one block: the connection's decorated entries read at `hash`. */
interface BlockView {
  readonly query: ApiPromise['query'];
  readonly hash: BlockHash;
  readonly api: ApiPromise;
}
type Query = readonly [StorageFn] | readonly [StorageFn, unknown];

interface EventRecordLike {
  readonly phase: { isApplyExtrinsic: boolean; asApplyExtrinsic: { toNumber(): number } };
  readonly event: { index: Uint8Array; method: string; section: string; data: Codec[] & { map<T>(fn: (c: Codec) => T): T[] } };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new IndexerError('NODE_UNAVAILABLE', `timed out ${what}`, { timeoutMs: ms })), ms);
    t.unref();
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e as Error);
      },
    );
  });
}

function isStateDiscarded(e: unknown): boolean {
  const m = (e as Error)?.message ?? '';
  return /State already discarded|4003/.test(m);
}

function safeFloatOf(c: Codec): SafeFloat {
  const v = c.toPrimitive() as { mantissa?: number | string; exponent?: number | string } | null;
  if (!v || v.mantissa === undefined) return SafeFloat.ZERO;
  return SafeFloat.raw(BigInt(v.mantissa), BigInt(v.exponent ?? 0));
}

/** Raw bits of a substrate-fixed codec (`{ bits }` struct or a plain integer). */
function rawBits(c: Codec): bigint {
  const p = c.toPrimitive() as { bits?: number | string } | number | string | null;
  if (p === null) return 0n;
  if (typeof p === 'object') return BigInt(p.bits ?? 0);
  return BigInt(p);
}

function identityJson(c: Codec): Record<string, string> {
  const o = c.toPrimitive() as Record<string, unknown>;
  const out: Record<string, string> = {};
  const h = c.toHuman() as Record<string, unknown>;
  for (const k of Object.keys(o)) out[k] = typeof h[k] === 'string' ? (h[k] as string) : String(o[k] ?? '');
  return out;
}

function axonOf(c: Codec): { ip: string; port: number; protocol: number; version: number; ip_type: number } {
  const a = c.toPrimitive() as { ip: number | string; port: number; protocol: number; version: number; ip_type: number; ipType?: number };
  const ipType = Number(a.ip_type ?? a.ipType ?? 4);
  const ipNum = BigInt(a.ip);
  let ip: string;
  if (ipType === 4) ip = [24n, 16n, 8n, 0n].map((s) => String((ipNum >> s) & 255n)).join('.');
  else ip = [...Array(8).keys()].map((i) => ((ipNum >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
  return { ip, port: Number(a.port), protocol: Number(a.protocol), version: Number(a.version), ip_type: ipType };
}

/** The subnet's pallet account: "modl" ++ "subtensr" ++ netuid (u16 LE), zero-padded (`get_subnet_account_id`). */
function subnetAccount(netuid: number): Uint8Array {
  const out = new Uint8Array(32);
  out.set(new TextEncoder().encode('modlsubtensr'), 0);
  out[12] = netuid & 0xff;
  out[13] = netuid >> 8;
  return out;
}

/** Subtensor's built-in subnet names (`get_name_for_subnet` without identity), first entries. */
function subnetName(netuid: number): string {
  const names = ['root', 'apex', 'omron', 'templar', 'targon', 'kaito', 'infinite', 'subvortex', 'ptn', 'pretrain', 'sturdy', 'dippy', 'horde', 'dataverse', 'palaidn', 'deval', 'bitads', '3gen', 'cortex', 'inference', 'bitagent'];
  return names[netuid] ?? `subnet ${netuid}`;
}

