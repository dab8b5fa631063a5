/**
 * The persistent state backend: the runtime's `Backend` over lmdb.
 *
 * The committed state is kept three ways, always in step:
 *   - runtime values in a `MemoryBackend` (reads by the runtime never touch the disk or decode),
 *   - the Merkle trie over (storage key -> SCALE value) in memory, updated incrementally,
 *   - the flat (storage key -> SCALE value) table in lmdb, written in the block's transaction.
 * On start the table is read once: every key is mapped back to its state key, every value decoded,
 * and the trie rebuilt; the caller checks the root against the head block's state root.
 *
 * A short in-memory history (the values each recent block overwrote) answers storage queries at
 * recent block hashes.
 */
import { MemoryBackend, TOMBSTONE, type Backend, type ChangeSet } from '@tensorium/runtime/state/state';
import { buf, type NodeDb } from './db.js';
import { compareBytes, toHex } from './hashing.js';
import type { StorageKeys } from './keys.js';
import { Trie } from './trie.js';

/** One storage write: the key and its new SCALE value (undefined = deleted). */
export interface StorageWrite {
  readonly key: Uint8Array;
  readonly value: Uint8Array | undefined;
}

/** The storage writes of one block, with the values they replaced (for history and reverts). */
export interface StateDiff {
  readonly writes: readonly StorageWrite[];
  /** key hex -> the value before the block (undefined = absent). */
  readonly previous: ReadonlyMap<string, Uint8Array | undefined>;
}

export class LmdbBackend implements Backend {
  readonly mem = new MemoryBackend();
  readonly trie = new Trie(1);
  /** Keys in the table that are not ours (kept in the trie, invisible to the runtime). */
  unknownKeys = 0;

  constructor(
    readonly db: NodeDb,
    readonly keys: StorageKeys,
  ) {}

  /** Load the persisted state into memory and rebuild the trie; returns the number of entries. */
  load(): number {
    let n = 0;
    for (const { key, value } of this.db.state.getRange({})) {
      const k = new Uint8Array(key);
      const v = new Uint8Array(value);
      this.trie.insert(k, v);
      const sk = this.keys.parseStorageKey(k);
      if (!sk) {
        this.unknownKeys++;
        continue;
      }
      this.memSet(sk.item, sk.k1, sk.rest, this.keys.decodeValue(sk.item, v));
      n++;
    }
    return n;
  }

  /** Rebuild the runtime values from the trie (after a bulk rewrite of the state). */
  reloadMemory(): void {
    for (const [k, v] of this.trie.entries()) {
      const sk = this.keys.parseStorageKey(k);
      if (sk) this.memSet(sk.item, sk.k1, sk.rest, this.keys.decodeValue(sk.item, v));
    }
  }

  private memSet(item: string, k1: string, rest: string, v: unknown): void {
    if (rest === '') {
      let m = this.mem.single.get(item);
      if (!m) this.mem.single.set(item, (m = new Map()));
      m.set(k1, v);
    } else {
      let m = this.mem.multi.get(item);
      if (!m) this.mem.multi.set(item, (m = new Map()));
      let km = m.get(k1);
      if (!km) m.set(k1, (km = new Map()));
      km.set(rest, v);
    }
  }

  read(item: string, k1: string, rest: string): unknown {
    return this.mem.read(item, k1, rest);
  }

  scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    return this.mem.scanPrefix(item, k1);
  }

  scanFirstKeys(item: string): Iterable<string> {
    return this.mem.scanFirstKeys(item);
  }

  /** Apply and persist a change set on its own (genesis, dev tools). Blocks use `stage` + `persist`. */
  apply(changes: ChangeSet): void {
    const diff = this.stage(changes);
    this.db.transaction(() => this.persist(diff));
  }

  /**
   * Apply a change set to the trie (and, unless `memory` is false, to the runtime values) and return
   * the storage writes; the caller must `persist` them inside its lmdb transaction. With `memory`
   * false the runtime keeps reading the committed values until the caller runs `applyMemory`.
   */
  stage(changes: ChangeSet, memory = true): StateDiff {
    const writes: StorageWrite[] = [];
    const previous = new Map<string, Uint8Array | undefined>();
    const one = (item: string, k1: string, rest: string, v: unknown): void => {
      const key = this.keys.storageKey(item, k1, rest);
      const hex = toHex(key);
      if (!previous.has(hex)) previous.set(hex, this.trie.get(key));
      if (v === TOMBSTONE) {
        this.trie.remove(key);
        writes.push({ key, value: undefined });
      } else {
        const value = this.keys.encodeValue(item, v);
        this.trie.insert(key, value);
        writes.push({ key, value });
      }
    };
    for (const [item, byK1] of changes.single) for (const [k1, v] of byK1) one(item, k1, '', v);
    for (const [item, byK1] of changes.multi) for (const [k1, byRest] of byK1) for (const [rest, v] of byRest) one(item, k1, rest, v);
    if (memory) this.mem.apply(changes);
    return { writes, previous };
  }

  /** Apply a change set staged with `stage(changes, false)` to the runtime values. */
  applyMemory(changes: ChangeSet): void {
    this.mem.apply(changes);
  }

  /**
   * Stage raw writes to well-known keys outside any pallet (e.g. `:code`): they live in the trie and
   * the table, never in the runtime's values. Returns the diff to persist.
   */
  stageRaw(entries: readonly StorageWrite[]): StateDiff {
    const previous = new Map<string, Uint8Array | undefined>();
    for (const { key, value } of entries) {
      const hex = toHex(key);
      if (!previous.has(hex)) previous.set(hex, this.trie.get(key));
      if (value === undefined) this.trie.remove(key);
      else this.trie.insert(key, value);
    }
    return { writes: entries, previous };
  }

  /** Write staged storage writes (call inside `db.transaction`). */
  persist(diff: StateDiff): void {
    for (const w of diff.writes) {
      if (w.value === undefined) this.db.state.removeSync(buf(w.key));
      else this.db.state.putSync(buf(w.key), buf(w.value));
    }
  }

  /** The state root (blake2-256 Merkle-Patricia, layout V1). */
  stateRoot(): Uint8Array {
    return this.trie.root();
  }

  /** SCALE value at a storage key. */
  getStorage(key: Uint8Array): Uint8Array | undefined {
    return this.trie.get(key);
  }

  /** Up to `count` keys with `prefix`, strictly after `startKey` when given, in key order. */
  keysPaged(prefix: Uint8Array, count: number, startKey?: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    const start = startKey && compareBytes(startKey, prefix) > 0 ? startKey : prefix;
    for (const key of this.db.state.getKeys({ start: buf(start) })) {
      const k = new Uint8Array(key);
      if (k.length < prefix.length || compareBytes(k.subarray(0, prefix.length), prefix) !== 0) break;
      if (startKey && compareBytes(k, startKey) <= 0) continue;
      out.push(k);
      if (out.length >= count) break;
    }
    return out;
  }
}
