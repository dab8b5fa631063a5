/**
 * The runtime's key-value state with nested overlays.
 *
 * Keys are three strings: the storage item's id ("Pallet.Item"), the first key of the item
 * (`k1`, "" for plain values) and the remaining keys joined by "/" (`rest`, "" for single maps).
 * Grouping by (item, k1) makes prefix operations on the first key (all UIDs of a netuid, all
 * stakers of a hotkey) proportional to the prefix, not to the whole item.
 *
 * Values are immutable JS values (see primitives/scale.ts for the conventions). A `State` is a
 * layer over a parent (another layer or a `Backend`); writes stay in the layer until `commit()`
 * merges them into the parent, or are dropped by `discard()`. `transactional(fn)` runs `fn` in a
 * child layer that commits when `fn` returns and is dropped when it throws: one extrinsic, one
 * batch item or one simulated swap changes nothing unless it succeeds.
 *
 * Iteration is always in ascending key order (JavaScript string order), never in insertion order,
 * so two nodes with the same state iterate identically whatever their history.
 */

export const TOMBSTONE: unique symbol = Symbol('deleted');
type Slot = unknown | typeof TOMBSTONE;

/** Read access shared by layers and backends. */
export interface StateReader {
  /** The value at (item, k1, rest), or undefined when absent. */
  read(item: string, k1: string, rest: string): unknown;
  /** Every (rest, value) under (item, k1), in any order (callers sort). */
  scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]>;
  /** Every k1 that may have entries under item, in any order (callers verify). */
  scanFirstKeys(item: string): Iterable<string>;
}

/** The bottom of a layer stack: the committed state (in memory here; the node persists it). */
export interface Backend extends StateReader {
  /** Apply a committed change set. */
  apply(changes: ChangeSet): void;
}

/**
 * A set of writes. Entries whose `rest` is empty (plain values and single-key maps, most of the
 * chain's items) live in `single` with one map level less, which keeps reads fast; entries of
 * multi-key maps live in `multi`, grouped by their first key for prefix operations.
 */
export interface ChangeSet {
  /** item -> k1 -> value or TOMBSTONE */
  readonly single: Map<string, Map<string, Slot>>;
  /** item -> k1 -> rest -> value or TOMBSTONE */
  readonly multi: Map<string, Map<string, Map<string, Slot>>>;
}

export function emptyChangeSet(): ChangeSet {
  return { single: new Map(), multi: new Map() };
}

/** A runtime event as deposited by a pallet: pallet, event name and its field values. */
export interface RuntimeEvent {
  readonly pallet: string;
  readonly name: string;
  /** Field values in declaration order. */
  readonly fields: readonly unknown[];
  /** Index of the extrinsic that emitted it, `undefined` for block hooks (initialization/finalization). */
  phase?: EventPhase;
}

export type EventPhase = { readonly kind: 'initialization' } | { readonly kind: 'applyExtrinsic'; readonly index: number } | { readonly kind: 'finalization' };

/** An in-memory backend: the committed state. */
export class MemoryBackend implements Backend {
  readonly single = new Map<string, Map<string, unknown>>();
  readonly multi = new Map<string, Map<string, Map<string, unknown>>>();

  read(item: string, k1: string, rest: string): unknown {
    if (rest === '') return this.single.get(item)?.get(k1);
    return this.multi.get(item)?.get(k1)?.get(rest);
  }

  *scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const m = this.multi.get(item)?.get(k1);
    if (m) yield* m;
    const v = this.single.get(item)?.get(k1);
    if (v !== undefined) yield ['', v];
  }

  *scanFirstKeys(item: string): Iterable<string> {
    const a = this.single.get(item);
    if (a) yield* a.keys();
    const b = this.multi.get(item);
    if (b) yield* b.keys();
  }

  // Map.forEach rather than for-of over entries: no [key, value] pair is allocated per entry, and
  // a block commits hundreds of entries (every subnet's coinbase items).
  apply(changes: ChangeSet): void {
    changes.single.forEach((byK1, item) => {
      let im = this.single.get(item);
      if (!im) {
        im = new Map();
        this.single.set(item, im);
      }
      const target = im;
      byK1.forEach((v, k1) => {
        if (v === TOMBSTONE) target.delete(k1);
        else target.set(k1, v);
      });
      if (im.size === 0) this.single.delete(item);
    });
    changes.multi.forEach((byK1, item) => {
      let im = this.multi.get(item);
      if (!im) {
        im = new Map();
        this.multi.set(item, im);
      }
      const target = im;
      byK1.forEach((byRest, k1) => {
        let km = target.get(k1);
        byRest.forEach((v, rest) => {
          if (v === TOMBSTONE) {
            if (km) km.delete(rest);
          } else {
            if (!km) {
              km = new Map();
              target.set(k1, km);
            }
            km.set(rest, v);
          }
        });
        if (km && km.size === 0) target.delete(k1);
      });
      if (im.size === 0) this.multi.delete(item);
    });
  }

  /** Number of stored entries (for diagnostics and tests). */
  size(): number {
    let n = 0;
    for (const im of this.single.values()) n += im.size;
    for (const im of this.multi.values()) for (const km of im.values()) n += km.size;
    return n;
  }

  /** Every entry in deterministic order: (item, k1, rest) ascending. */
  *entries(): Iterable<readonly [string, string, string, unknown]> {
    const items = [...new Set([...this.single.keys(), ...this.multi.keys()])].sort();
    for (const item of items) {
      const rows: [string, string, unknown][] = [];
      for (const [k1, v] of this.single.get(item) ?? []) rows.push([k1, '', v]);
      for (const [k1, km] of this.multi.get(item) ?? []) for (const [rest, v] of km) rows.push([k1, rest, v]);
      rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      for (const [k1, rest, v] of rows) yield [item, k1, rest, v];
    }
  }
}

/** A journal entry: the overlay slot a write replaced (`undefined` = the key was not in the overlay). */
interface JournalEntry {
  readonly item: string;
  readonly k1: string;
  readonly rest: string;
  readonly prev: Slot | undefined;
}

/** The write set of a stack of layers over one parent reader: an overlay plus an undo journal. */
class Store {
  readonly changes: ChangeSet = emptyChangeSet();
  readonly journal: JournalEntry[] = [];
  readonly events: RuntimeEvent[] = [];
  /** Layers currently open below the top-level one (0 = no journal needed). */
  open = 0;
  /** The innermost open layer: the only one that may be written. */
  innermost: State | undefined;

  constructor(readonly parent: StateReader) {}

  slot(item: string, k1: string, rest: string): Slot | undefined {
    return rest === '' ? this.changes.single.get(item)?.get(k1) : this.changes.multi.get(item)?.get(k1)?.get(rest);
  }

  set(item: string, k1: string, rest: string, slot: Slot | undefined): void {
    if (rest === '') {
      let im = this.changes.single.get(item);
      if (!im) {
        if (slot === undefined) return;
        im = new Map();
        this.changes.single.set(item, im);
      }
      if (slot === undefined) im.delete(k1);
      else im.set(k1, slot);
      return;
    }
    let im = this.changes.multi.get(item);
    if (!im) {
      if (slot === undefined) return;
      im = new Map();
      this.changes.multi.set(item, im);
    }
    let km = im.get(k1);
    if (!km) {
      if (slot === undefined) return;
      km = new Map();
      im.set(k1, km);
    }
    if (slot === undefined) km.delete(rest);
    else km.set(rest, slot);
  }
}

/**
 * A layer of the state. All layers of one stack share a `Store` (an overlay map over the parent
 * reader and an undo journal): reads are one overlay lookup then the parent; a child layer records
 * what each write replaced so `discard()` can restore it and `commit()` is free. Layers nest
 * strictly: only the innermost open layer may be written.
 */
export class State implements StateReader {
  private closed = false;
  private readonly journalMark: number;
  private readonly eventsMark: number;

  private constructor(
    private readonly store: Store,
    private readonly parentLayer: State | undefined,
  ) {
    this.journalMark = store.journal.length;
    this.eventsMark = store.events.length;
  }

  /** A new top-level layer over a backend (or any reader, e.g. another state). */
  static over(backend: StateReader): State {
    const st = new State(new Store(backend), undefined);
    st.store.innermost = st;
    return st;
  }

  read(item: string, k1: string, rest: string): unknown {
    const s = this.store.slot(item, k1, rest);
    if (s !== undefined) return s === TOMBSTONE ? undefined : s;
    return this.store.parent.read(item, k1, rest);
  }

  private ensureWritable(): void {
    if (this.closed) throw new Error('state layer already committed or discarded');
    if (this.store.innermost !== this) throw new Error('state layer written while a child layer is open');
  }

  write(item: string, k1: string, rest: string, value: unknown): void {
    this.ensureWritable();
    const store = this.store;
    if (store.open > 0) store.journal.push({ item, k1, rest, prev: store.slot(item, k1, rest) });
    store.set(item, k1, rest, value === undefined ? TOMBSTONE : value);
  }

  remove(item: string, k1: string, rest: string): void {
    this.write(item, k1, rest, undefined);
  }

  *scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const mine = this.store.changes.multi.get(item)?.get(k1);
    const single = this.store.changes.single.get(item)?.get(k1);
    if ((!mine || mine.size === 0) && single === undefined) {
      yield* this.store.parent.scanPrefix(item, k1);
      return;
    }
    for (const [rest, v] of this.store.parent.scanPrefix(item, k1)) {
      if (rest === '' ? single === undefined : !mine?.has(rest)) yield [rest, v];
    }
    if (mine) for (const [rest, v] of [...mine]) if (v !== TOMBSTONE) yield [rest, v];
    if (single !== undefined && single !== TOMBSTONE) yield ['', single];
  }

  *scanFirstKeys(item: string): Iterable<string> {
    const seen = new Set<string>();
    const a = this.store.changes.single.get(item);
    if (a) for (const k of a.keys()) seen.add(k);
    const b = this.store.changes.multi.get(item);
    if (b) for (const k of b.keys()) seen.add(k);
    for (const k of this.store.parent.scanFirstKeys(item)) if (!seen.has(k)) yield k;
    yield* seen;
  }

  /** Entries under (item, k1) sorted by `rest`. */
  prefixEntries(item: string, k1: string): [string, unknown][] {
    const out = [...this.scanPrefix(item, k1)] as [string, unknown][];
    out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return out;
  }

  /** First keys under item that currently hold at least one entry, sorted. */
  firstKeys(item: string): string[] {
    const out: string[] = [];
    for (const k1 of new Set(this.scanFirstKeys(item))) {
      // A plain value or single-key map entry is one lookup; only multi-key prefixes need the scan.
      if (this.read(item, k1, '') !== undefined) {
        out.push(k1);
        continue;
      }
      const it = this.scanPrefix(item, k1)[Symbol.iterator]();
      if (!it.next().done) out.push(k1);
    }
    return out.sort();
  }

  /** Remove every entry under (item, k1). */
  clearPrefix(item: string, k1: string): number {
    const keys = [...this.scanPrefix(item, k1)].map(([r]) => r);
    for (const r of keys) this.write(item, k1, r, undefined);
    return keys.length;
  }

  deposit(event: RuntimeEvent): void {
    this.ensureWritable();
    this.store.events.push(event);
  }

  /** Events deposited in this layer (and its committed children) that its parent has not seen. */
  pendingEvents(): readonly RuntimeEvent[] {
    return this.store.events.slice(this.eventsMark);
  }

  /** A child layer: its writes are undone if it is discarded. */
  child(): State {
    this.ensureWritable();
    const c = new State(this.store, this);
    this.store.open++;
    this.store.innermost = c;
    return c;
  }

  /** Keep this layer's writes and events (they now belong to the parent layer). */
  commit(): void {
    if (this.closed) throw new Error('state layer already committed or discarded');
    if (!this.parentLayer) throw new Error('top-level layer: use takeChanges()');
    if (this.store.innermost !== this) throw new Error('a child layer is still open');
    this.closed = true;
    this.store.open--;
    this.store.innermost = this.parentLayer;
    if (this.store.open === 0) this.store.journal.length = 0;
  }

  /** Undo this layer's writes and events. */
  discard(): void {
    if (this.closed) return;
    if (!this.parentLayer) {
      this.closed = true;
      return;
    }
    if (this.store.innermost !== this) throw new Error('a child layer is still open');
    this.closed = true;
    const j = this.store.journal;
    for (let i = j.length - 1; i >= this.journalMark; i--) {
      const e = j[i];
      this.store.set(e.item, e.k1, e.rest, e.prev);
    }
    j.length = this.journalMark;
    this.store.events.length = this.eventsMark;
    this.store.open--;
    this.store.innermost = this.parentLayer;
  }

  /** For a top-level layer: hand over the change set and events (the layer is closed). */
  takeChanges(): { changes: ChangeSet; events: RuntimeEvent[] } {
    if (this.closed) throw new Error('state layer already committed or discarded');
    if (this.parentLayer) throw new Error('only the top-level layer hands over its changes');
    if (this.store.open > 0) throw new Error('a child layer is still open');
    this.closed = true;
    return { changes: this.store.changes, events: this.store.events };
  }

  /** Run `fn` in a child layer: commit on return, discard on throw (and rethrow). */
  transactional<R>(fn: (s: State) => R): R {
    const c = this.child();
    let r: R;
    try {
      r = fn(c);
    } catch (e) {
      c.discard();
      throw e;
    }
    c.commit();
    return r;
  }

  /** Run `fn` in a child layer that is always discarded (simulation, dry runs). */
  simulate<R>(fn: (s: State) => R): R {
    const c = this.child();
    try {
      return fn(c);
    } finally {
      c.discard();
    }
  }

  /** Whether this layer has writes or events its parent has not seen. */
  isDirty(): boolean {
    if (!this.parentLayer) return this.store.changes.single.size > 0 || this.store.changes.multi.size > 0 || this.store.events.length > 0;
    return this.store.journal.length > this.journalMark || this.store.events.length > this.eventsMark;
  }

  /** Whether this layer (or a committed child) wrote the key. */
  hasOwnWrite(item: string, k1: string, rest: string): boolean {
    if (!this.parentLayer) return this.store.slot(item, k1, rest) !== undefined;
    const j = this.store.journal;
    for (let i = this.journalMark; i < j.length; i++) if (j[i].item === item && j[i].k1 === k1 && j[i].rest === rest) return true;
    return false;
  }
}
