/**
 * The chain: genesis, block building through the runtime's `Executive`, atomic persistence in lmdb
 * and restart from the last committed block.
 *
 * Block flow: initialize -> the timestamp inherent (extrinsic 0) -> apply extrinsics (an
 * `InvalidTransaction` drops the extrinsic from the block) -> finalize -> write System.Events/EventCount
 * -> stage the state changes (memory + trie) -> header (state root, extrinsics root = ordered trie root V0) -> ONE lmdb transaction with the
 * state diff, header, body, events, indexes and the head pointer -> notify listeners.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode, T, type TypeDef } from '@tensorium/primitives';
import type { Preset } from '@tensorium/params';
import { Executive, InvalidTransaction, type ApplyOutcome, type Extrinsic } from '@tensorium/runtime/executive';
import type { AccountId, BlockEnv } from '@tensorium/runtime/frame/pallet';
import { buildGenesis, type GenesisConfig } from '@tensorium/runtime/genesis';
import { createRuntime, executiveOptions } from '@tensorium/runtime/runtimeDefinition';
import type { Runtime } from '@tensorium/runtime/runtime';
import { storage as systemStorage } from '@tensorium/runtime/pallets/system/index';
import { nextTimestamp, setCall as timestampCall, storage as timestampStorage } from '@tensorium/runtime/pallets/timestamp/index';
import { encodeUnsignedExtrinsic } from '../extrinsic/codec.js';
import { State, type ChangeSet, type RuntimeEvent } from '@tensorium/runtime/state/state';
import { LmdbBackend, type StateDiff } from '../storage/backend.js';
import { buf, NodeDb, u32be } from '../storage/db.js';
import { blake2_256, fromHex, initHashing, toHex } from '../storage/hashing.js';
import { storageKeys } from '../storage/keys.js';
import { orderedTrieRoot } from '../storage/trie.js';
import { SPEC_NAME, SPEC_VERSION } from '../metadata/version.js';
import { devAccounts } from './devAccounts.js';
import { decodeHeader, encodeHeader, headerHash, type Header } from './header.js';
import { HistoricalState } from './historicalState.js';

export const DEV_BALANCE = 1_000_000n * 1_000_000_000n;
const HISTORY = 256;
const ARCHIVE_DELETED = Buffer.of(0);
const ARCHIVE_SET = Buffer.of(1);
const BodyType: TypeDef = T.vec(T.bytes);

/** Encodes the events of a block as the SCALE value of System.Events (Vec<EventRecord>). */
export type EventEncoder = (events: readonly RuntimeEvent[]) => Uint8Array;

export interface ChainOptions {
  readonly preset: Preset;
  /** Database directory; undefined = a fresh temporary directory removed on close. */
  readonly basePath?: string;
  /** Genesis accounts and sudo; default: //Alice … //Ferdie with 1,000,000 TAO each, Alice sudo. */
  readonly genesis?: GenesisConfig;
  /** Block author (receives fees and tips); default none. */
  readonly author?: AccountId;
  readonly encodeEvents?: EventEncoder;
  readonly noSync?: boolean;
  /**
   * Keep the state of every block (`--state-pruning archive`): each block's writes also go to the
   * history table, so storage queries at any block are answered. Otherwise, as Substrate's default
   * pruning, only the last 256 blocks' state is kept.
   */
  readonly archive?: boolean;
}

export interface BlockCandidate {
  readonly bytes: Uint8Array;
  readonly xt: Extrinsic;
}

export interface BlockOptions {
  /**
   * The author's clock (ms since the Unix epoch) for the timestamp inherent; the block's time is this,
   * but at least the parent's time + MinimumPeriod. Undefined: the parent's time + the preset's block
   * time (blocks produced without waiting, e.g. `dev_jumpBlocks`, advance the chain's time a slot each).
   */
  readonly now?: number;
  /** The block's author (fees and tips go to it); default: the chain's `author` option. */
  readonly author?: AccountId;
}

export interface BlockInfo {
  readonly number: number;
  /** Hex without 0x. */
  readonly hash: string;
  readonly header: Header;
}

export interface BuiltBlock extends BlockInfo {
  /** Indices (into the candidates) of the extrinsics included, in block order. */
  readonly included: readonly number[];
  readonly outcomes: readonly ApplyOutcome[];
  /** Candidates that could not be included, with the reason. */
  readonly rejected: readonly { readonly index: number; readonly error: Error }[];
  readonly events: readonly RuntimeEvent[];
  /** Storage keys written (hex with 0x) and their new values (hex or null). */
  readonly changes: ReadonlyMap<string, string | null>;
}

/** A block executed and staged in memory, written by `persist()` (see `Chain.stageBlock`). */
export interface StagedBlock {
  readonly block: BuiltBlock;
  readonly persist: () => void;
}

interface HistoryEntry {
  readonly number: number;
  readonly hash: string;
  readonly previous: ReadonlyMap<string, Uint8Array | undefined>;
}

/** The well-known storage key `:code`. */
export const CODE_KEY = new TextEncoder().encode(':code');

/**
 * The value stored under `:code`. Substrate keeps the runtime's wasm there; Tensorium's runtime is
 * native TypeScript, so the key holds a deterministic descriptor of the runtime instead. Clients such
 * as polkadot-api identify a runtime by the hash of this value (chainHead_v1_storage type "hash").
 */
export function runtimeCodeBlob(): Uint8Array {
  return new TextEncoder().encode(`\0tensorium-runtime\0${SPEC_NAME}\0${SPEC_VERSION}`);
}

export function defaultGenesis(): GenesisConfig {
  const accts = devAccounts();
  return { balances: accts.map((a) => [a, DEV_BALANCE] as const), sudo: accts[0] };
}

export class Chain {
  readonly runtime: Runtime;
  readonly executive: Executive;
  readonly backend: LmdbBackend;
  readonly keys = storageKeys();
  genesisHash = '';
  head!: BlockInfo;
  finalized!: BlockInfo;
  private readonly history: HistoryEntry[] = [];
  private readonly listeners = new Set<(b: BuiltBlock) => void>();
  private closed = false;
  private staging = false;
  /**
   * While a block is staged (executed, not yet persisted) the trie already holds its state: the
   * values it replaced, so reads at committed blocks do not see it.
   */
  private stagedPrevious: ReadonlyMap<string, Uint8Array | undefined> | undefined;

  private constructor(
    readonly opts: ChainOptions,
    readonly db: NodeDb,
    private readonly tmpDir: string | undefined,
  ) {
    this.runtime = createRuntime(opts.preset);
    this.executive = new Executive(this.runtime, executiveOptions());
    this.backend = new LmdbBackend(db, this.keys);
  }

  /** Open (or create) a chain: a fresh genesis, or the last committed block of `basePath`. */
  static async open(opts: ChainOptions): Promise<Chain> {
    await initHashing();
    const tmpDir = opts.basePath === undefined ? mkdtempSync(join(tmpdir(), 'tensorium-')) : undefined;
    const db = new NodeDb(opts.basePath ?? tmpDir!, { noSync: opts.noSync ?? tmpDir !== undefined });
    const chain = new Chain(opts, db, tmpDir);
    try {
      const head = db.meta.get('head');
      if (head) chain.resume(toHex(head).slice(2));
      else chain.initGenesis();
    } catch (e) {
      await chain.close();
      throw e;
    }
    return chain;
  }

  get preset(): Preset {
    return this.opts.preset;
  }

  private initGenesis(): void {
    const s = State.over(this.backend);
    buildGenesis(s, this.opts.genesis ?? defaultGenesis(), this.opts.preset);
    systemStorage.BlockHash.set(s, 0, '45'.repeat(32));
    const { changes } = s.takeChanges();
    const pallets = this.backend.stage(changes);
    const raw = this.backend.stageRaw([{ key: CODE_KEY, value: runtimeCodeBlob() }]);
    const diff: StateDiff = { writes: [...pallets.writes, ...raw.writes], previous: new Map([...pallets.previous, ...raw.previous]) };
    const header: Header = {
      parentHash: '00'.repeat(32),
      number: 0,
      stateRoot: toHex(this.backend.stateRoot()).slice(2),
      extrinsicsRoot: toHex(orderedTrieRoot([])).slice(2),
      digest: [],
    };
    const hash = headerHash(header);
    this.commit({ number: 0, hash, header }, diff, [], new Uint8Array([0]));
    this.db.transaction(() => this.db.meta.putSync('genesis', buf(fromHex(hash))));
    this.genesisHash = hash;
  }

  private resume(headHash: string): void {
    const hb = this.db.headers.get(buf(fromHex(headHash)));
    if (!hb) throw new Error(`database corrupt: head ${headHash} has no header`);
    const header = decodeHeader(new Uint8Array(hb));
    this.backend.load();
    const root = toHex(this.backend.stateRoot()).slice(2);
    if (root !== header.stateRoot) throw new Error(`database corrupt: state root ${root} != head state root ${header.stateRoot}`);
    const g = this.db.meta.get('genesis');
    if (!g) throw new Error('database corrupt: no genesis hash');
    this.genesisHash = toHex(g).slice(2);
    this.head = this.finalized = { number: header.number, hash: headerHash(header), header };
  }

  /** Build, execute and commit the next block from these candidates. */
  buildBlock(candidates: readonly BlockCandidate[] = [], opts: BlockOptions = {}): BuiltBlock {
    const staged = this.stageBlock(candidates, opts);
    staged.persist();
    return staged.block;
  }

  /**
   * Build and execute the next block, its state staged in memory, without writing it: `persist()`
   * writes it in one lmdb transaction, makes it the head and notifies listeners (external consensus:
   * FinalizeBlock executes, Commit persists). No other block can be staged before `persist()`.
   */
  stageBlock(candidates: readonly BlockCandidate[] = [], opts: BlockOptions = {}): StagedBlock {
    if (this.closed) throw new Error('chain closed');
    if (this.staging) throw new Error('a staged block is not persisted yet');
    const parent = this.head;
    const number = parent.number + 1;
    const env: BlockEnv = { preset: this.opts.preset, number: BigInt(number), parentHash: parent.hash, author: opts.author ?? this.opts.author };
    const s = State.over(this.backend);
    this.executive.initializeBlock(s, env);
    // the inherent first: the block's time (extrinsic 0 of every block, as in Substrate)
    const preset = this.opts.preset;
    const now = opts.now === undefined ? timestampStorage.Now.get(s) + BigInt(preset.blockTimeMs) : nextTimestamp(s, preset.minimumPeriodMs, opts.now);
    const inherent = timestampCall(now);
    this.executive.applyInherent(s, env, inherent, 0);
    const inherents = [encodeUnsignedExtrinsic(inherent)];
    const included: number[] = [];
    const outcomes: ApplyOutcome[] = [];
    const rejected: { index: number; error: Error }[] = [];
    candidates.forEach((c, i) => {
      try {
        outcomes.push(this.executive.applyExtrinsic(s, env, c.xt, inherents.length + included.length));
        included.push(i);
      } catch (e) {
        rejected.push({ index: i, error: e instanceof Error ? e : new Error(String(e)) });
      }
    });
    this.executive.finalizeBlock(s, env);
    const events = [...s.pendingEvents()];
    const eventBytes = this.opts.encodeEvents ? this.opts.encodeEvents(events) : undefined;
    if (eventBytes && events.length > 0) {
      s.write('System.Events', '', '', eventBytes);
      s.write('System.EventCount', '', '', encode(T.u32, events.length));
    } else {
      s.remove('System.Events', '', '');
      s.remove('System.EventCount', '', '');
    }
    const { changes } = s.takeChanges();
    // the trie takes the block now (its root goes in the header); the runtime values, `view` and
    // `validate` keep the committed head's state until `persist`
    const diff = this.backend.stage(changes, false);
    this.stagedPrevious = diff.previous;
    const bodies = [...inherents, ...included.map((i) => candidates[i].bytes)];
    const header: Header = {
      parentHash: parent.hash,
      number,
      stateRoot: toHex(this.backend.stateRoot()).slice(2),
      extrinsicsRoot: toHex(orderedTrieRoot(bodies)).slice(2),
      digest: [],
    };
    const hash = headerHash(header);
    const info: BlockInfo = { number, hash, header };
    const changeMap = new Map<string, string | null>();
    for (const w of diff.writes) changeMap.set(toHex(w.key), w.value === undefined ? null : toHex(w.value));
    const built: BuiltBlock = { ...info, included, outcomes, rejected, events, changes: changeMap };
    this.staging = true;
    let persisted = false;
    const persist = (): void => {
      if (persisted) return;
      persisted = true;
      this.staging = false;
      this.stagedPrevious = undefined;
      this.backend.applyMemory(changes);
      this.commit(info, diff, bodies, eventBytes ?? new Uint8Array([0]));
      for (const l of this.listeners) {
        try {
          l(built);
        } catch {
          // a listener's failure never affects the chain
        }
      }
    };
    return { block: built, persist };
  }

  private commit(info: BlockInfo, diff: StateDiff, bodies: readonly Uint8Array[], eventBytes: Uint8Array): void {
    const hashBuf = buf(fromHex(info.hash));
    this.db.transaction(() => {
      this.backend.persist(diff);
      this.db.headers.putSync(hashBuf, buf(encodeHeader(info.header)));
      this.db.bodies.putSync(hashBuf, buf(encode(BodyType, bodies)));
      this.db.events.putSync(hashBuf, buf(eventBytes));
      this.db.numbers.putSync(u32be(info.number), hashBuf);
      bodies.forEach((b, i) => {
        const v = Buffer.alloc(36);
        hashBuf.copy(v, 0);
        v.writeUInt32LE(i, 32);
        this.db.txs.putSync(buf(blake2_256(b)), v);
      });
      this.db.meta.putSync('head', hashBuf);
      this.db.meta.putSync('finalized', hashBuf);
      if (this.opts.archive) {
        const n = u32be(info.number);
        for (const w of diff.writes) this.db.history.putSync(Buffer.concat([buf(w.key), n]), w.value === undefined ? ARCHIVE_DELETED : Buffer.concat([ARCHIVE_SET, buf(w.value)]));
      }
    });
    this.head = this.finalized = info;
    this.history.push({ number: info.number, hash: info.hash, previous: diff.previous });
    if (this.history.length > HISTORY) this.history.shift();
  }

  /** Subscribe to committed blocks; returns the unsubscribe function. */
  onBlock(fn: (b: BuiltBlock) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  blockHash(number: number): string | undefined {
    if (!Number.isInteger(number) || number < 0 || number > this.head.number) return undefined;
    const h = this.db.numbers.get(u32be(number));
    return h ? toHex(h).slice(2) : undefined;
  }

  header(hash: string): Header | undefined {
    if (hash === this.head.hash) return this.head.header;
    const b = this.db.headers.get(buf(fromHex(hash)));
    return b ? decodeHeader(new Uint8Array(b)) : undefined;
  }

  body(hash: string): Uint8Array[] | undefined {
    const b = this.db.bodies.get(buf(fromHex(hash)));
    if (!b) return undefined;
    return decodeBody(new Uint8Array(b));
  }

  /** SCALE System.Events of a block (from the index). */
  blockEvents(hash: string): Uint8Array | undefined {
    const b = this.db.events.get(buf(fromHex(hash)));
    return b ? new Uint8Array(b) : undefined;
  }

  /** Where an extrinsic (by blake2 hash) was included. */
  findExtrinsic(xtHash: Uint8Array): { blockHash: string; index: number } | undefined {
    const v = this.db.txs.get(buf(xtHash));
    return v ? { blockHash: toHex(v.subarray(0, 32)).slice(2), index: v.readUInt32LE(32) } : undefined;
  }

  /**
   * SCALE value at a storage key in the state after block `at` (default: head). Throws
   * `StateUnavailable` for blocks outside the recent history.
   */
  storageAt(key: Uint8Array, at?: string): Uint8Array | undefined {
    if (at === undefined || at === this.head.hash) return this.committedValue(key, toHex(key));
    const idx = this.history.findIndex((h) => h.hash === at);
    if (idx < 0) {
      const hdr = this.header(at);
      if (!hdr) throw new StateUnavailable(`Header was not found in the database: 0x${at}`, 4001);
      // System.Events of any block comes from the index
      const hex = toHex(key);
      if (hex === toHex(this.keys.itemPrefix('System.Events'))) {
        const ev = this.blockEvents(at);
        return ev && !(ev.length === 1 && ev[0] === 0) ? ev : undefined;
      }
      if (this.opts.archive) return this.archivedValue(key, hdr.number);
      throw new StateUnavailable(`State already discarded for 0x${at}`, 4003);
    }
    const hex = toHex(key);
    for (let i = idx + 1; i < this.history.length; i++) {
      const p = this.history[i].previous;
      if (p.has(hex)) return p.get(hex);
    }
    return this.committedValue(key, hex);
  }

  /** The head's value of `key` (a staged block's writes are not committed yet). */
  private committedValue(key: Uint8Array, hex: string): Uint8Array | undefined {
    const staged = this.stagedPrevious;
    if (staged?.has(hex)) return staged.get(hex);
    return this.backend.getStorage(key);
  }

  /**
   * Keys starting with `prefix` in the state after block `at` (default: head), in key order. Blocks
   * older than the recent history throw `StateUnavailable` (as `storageAt`).
   */
  keysWithPrefixAt(prefix: Uint8Array, at?: string): Uint8Array[] {
    const head = this.backend.keysPaged(prefix, Number.MAX_SAFE_INTEGER);
    if (at === undefined || at === this.head.hash) return head;
    const idx = this.history.findIndex((h) => h.hash === at);
    if (idx < 0) {
      const hdr = this.header(at);
      if (!hdr) throw new StateUnavailable(`Header was not found in the database: 0x${at}`, 4001);
      if (this.opts.archive) return this.archivedKeys(prefix, hdr.number);
      throw new StateUnavailable(`State already discarded for 0x${at}`, 4003);
    }
    // candidates: keys now, plus keys changed by the later blocks (they may have existed at `at`)
    const prefixHex = toHex(prefix);
    const candidates = new Map<string, Uint8Array>();
    for (const k of head) candidates.set(toHex(k), k);
    for (let i = idx + 1; i < this.history.length; i++) {
      for (const hex of this.history[i].previous.keys()) if (hex.startsWith(prefixHex) && !candidates.has(hex)) candidates.set(hex, fromHex(hex));
    }
    return [...candidates.entries()]
      .filter(([, k]) => this.storageAt(k, at) !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, k]) => k);
  }

  /** Archive: the value of `key` after block `number` (the last write at or before it). */
  private archivedValue(key: Uint8Array, number: number): Uint8Array | undefined {
    const k = buf(key);
    const start = Buffer.concat([k, u32be(number)]);
    // walk back from (key, number); entries of longer keys sharing the prefix are skipped
    for (const { key: hk, value } of this.db.history.getRange({ start, end: k, reverse: true })) {
      const h = hk as Buffer;
      if (h.length !== k.length + 4 || !h.subarray(0, k.length).equals(k)) continue;
      const v = value as Buffer;
      return v[0] === 0 ? undefined : new Uint8Array(v.subarray(1));
    }
    return undefined;
  }

  /** Archive: keys with `prefix` present after block `number`, in key order. */
  private archivedKeys(prefix: Uint8Array, number: number): Uint8Array[] {
    const p = buf(prefix);
    const seen = new Set<string>();
    const out: Uint8Array[] = [];
    for (const hk of this.db.history.getKeys({ start: p })) {
      const h = hk as Buffer;
      if (h.length < p.length || !h.subarray(0, p.length).equals(p)) break;
      const key = h.subarray(0, h.length - 4);
      const hex = key.toString('hex');
      if (seen.has(hex)) continue;
      seen.add(hex);
      if (this.archivedValue(key, number) !== undefined) out.push(new Uint8Array(key));
    }
    return out;
  }

  /** A read-only runtime view of the head state (writes are discarded). */
  view<R>(fn: (s: State) => R): R {
    const s = State.over(this.backend);
    return fn(s);
  }

  /**
   * A read-only runtime view of the state after block `at` (hex without 0x; the head = `view`):
   * runtime API calls at a past block. Throws `StateUnavailable` (4001 unknown block, 4003 state
   * discarded) when the chain has no state for it, as `storageAt`.
   */
  viewAt<R>(at: string, fn: (s: State) => R): R {
    if (at === this.head.hash) return this.view(fn);
    if (!this.history.some((h) => h.hash === at)) {
      if (!this.header(at)) throw new StateUnavailable(`Header was not found in the database: 0x${at}`, 4001);
      if (!this.opts.archive) throw new StateUnavailable(`State already discarded for 0x${at}`, 4003);
    }
    return fn(State.over(new HistoricalState(this, at)));
  }

  /** Validate an extrinsic against the head state for the next block (throws InvalidTransaction). */
  validate(xt: Extrinsic): { fee: bigint; priority: bigint } {
    const env: BlockEnv = { preset: this.opts.preset, number: BigInt(this.head.number + 1), parentHash: this.head.hash, author: this.opts.author };
    return this.executive.validate(State.over(this.backend), env, xt);
  }

  /** Apply a raw change set outside a block (dev tools); included in the next block's root. */
  applyChanges(changes: ChangeSet): void {
    if (this.staging) throw new Error('a staged block is not persisted yet');
    this.backend.apply(changes);
  }

  /** A dev snapshot: the head and a copy of the flat state. */
  snapshot(): ChainSnapshot {
    if (this.staging) throw new Error('a staged block is not persisted yet');
    const entries = new Map<string, Uint8Array>();
    for (const [k, v] of this.backend.trie.entries()) entries.set(toHex(k), v);
    return { head: this.head, entries };
  }

  /**
   * Revert to a snapshot (dev): the state becomes the snapshot's, the head its block; blocks after
   * it are forgotten (their numbers are reused by the next blocks).
   */
  restore(snap: ChainSnapshot): void {
    if (this.staging) throw new Error('a staged block is not persisted yet');
    const writes: { key: Uint8Array; value: Uint8Array | undefined }[] = [];
    for (const [k] of this.backend.trie.entries()) if (!snap.entries.has(toHex(k))) writes.push({ key: k, value: undefined });
    for (const [hex, v] of snap.entries) {
      const k = fromHex(hex);
      const cur = this.backend.trie.get(k);
      if (!cur || toHex(cur) !== toHex(v)) writes.push({ key: k, value: v });
    }
    for (const w of writes) {
      if (w.value === undefined) this.backend.trie.remove(w.key);
      else this.backend.trie.insert(w.key, w.value);
    }
    const from = this.head.number;
    this.db.transaction(() => {
      this.backend.persist({ writes, previous: new Map() });
      for (let n = snap.head.number + 1; n <= from; n++) this.db.numbers.removeSync(u32be(n));
      if (this.opts.archive) {
        // the reverted blocks' archived writes: exactly the keys that differ from the snapshot
        for (const w of writes) {
          const k = buf(w.key);
          for (const hk of this.db.history.getKeys({ start: Buffer.concat([k, u32be(snap.head.number + 1)]), end: Buffer.concat([k, u32be(from + 1)]) })) this.db.history.removeSync(hk as Buffer);
        }
      }
      this.db.meta.putSync('head', buf(fromHex(snap.head.hash)));
      this.db.meta.putSync('finalized', buf(fromHex(snap.head.hash)));
    });
    this.backend.mem.single.clear();
    this.backend.mem.multi.clear();
    this.backend.reloadMemory();
    this.head = this.finalized = snap.head;
    this.history.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    await this.db.close();
    if (this.tmpDir) rmSync(this.tmpDir, { recursive: true, force: true });
  }
}

export interface ChainSnapshot {
  readonly head: BlockInfo;
  /** storage key hex -> SCALE value */
  readonly entries: ReadonlyMap<string, Uint8Array>;
}

export class StateUnavailable extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'StateUnavailable';
  }
}

function decodeBody(b: Uint8Array): Uint8Array[] {
  // Vec<Bytes>: compact count then compact-prefixed items
  const out: Uint8Array[] = [];
  let o = 0;
  const compact = (): number => {
    const b0 = b[o];
    const mode = b0 & 3;
    if (mode === 0) {
      o += 1;
      return b0 >> 2;
    }
    if (mode === 1) {
      const v = (b0 | (b[o + 1] << 8)) >> 2;
      o += 2;
      return v;
    }
    if (mode === 2) {
      const v = (b0 | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 2 ** 24;
      o += 4;
      return Math.floor(v / 4);
    }
    throw new Error('body too large');
  };
  const n = compact();
  for (let i = 0; i < n; i++) {
    const len = compact();
    out.push(b.slice(o, o + len));
    o += len;
  }
  return out;
}

export { InvalidTransaction };
