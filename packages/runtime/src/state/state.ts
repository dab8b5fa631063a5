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

  apply(changes: ChangeSet): void {
    for (const [item, byK1] of changes.single) {
      let im = this.single.get(item);
      if (!im) {
        im = new Map();
        this.single.set(item, im);
      }
      for (const [k1, v] of byK1) {
        if (v === TOMBSTONE) im.delete(k1);
        else im.set(k1, v);
      }
      if (im.size === 0) this.single.delete(item);
    }
    for (const [item, byK1] of changes.multi) {
      let im = this.multi.get(item);
      if (!im) {
        im = new Map();
        this.multi.set(item, im);
      }
      for (const [k1, byRest] of byK1) {
        let km = im.get(k1);
        for (const [rest, v] of byRest) {
          if (v === TOMBSTONE) {
            if (km) km.delete(rest);
          } else {
            if (!km) {
              km = new Map();
              im.set(k1, km);
            }
            km.set(rest, v);
          }
        }
        if (km && km.size === 0) im.delete(k1);
      }
      if (im.size === 0) this.multi.delete(item);
    }
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

/** One overlay layer. */
export class State implements StateReader {
  private changes: ChangeSet = emptyChangeSet();
  private events: RuntimeEvent[] = [];
  private closed = false;

  constructor(private readonly parent: StateReader, private readonly parentLayer?: State) {}

  /** A new top-level layer over a backend. */
  static over(backend: Backend): State {
    return new State(backend);
  }

  read(item: string, k1: string, rest: string): unknown {
    const s = rest === '' ? this.changes.single.get(item)?.get(k1) : this.changes.multi.get(item)?.get(k1)?.get(rest);
    if (s !== undefined) return s === TOMBSTONE ? undefined : s;
    return this.parent.read(item, k1, rest);
  }

  /** Like read, but exposes tombstones so a child layer can stop looking. */
  private slot(item: string, k1: string, rest: string): Slot | undefined {
    return rest === '' ? this.changes.single.get(item)?.get(k1) : this.changes.multi.get(item)?.get(k1)?.get(rest);
  }

  write(item: string, k1: string, rest: string, value: unknown): void {
    if (this.closed) throw new Error('state layer already committed or discarded');
    const slot = value === undefined ? TOMBSTONE : value;
    if (rest === '') {
      let im = this.changes.single.get(item);
      if (!im) {
        im = new Map();
        this.changes.single.set(item, im);
      }
      im.set(k1, slot);
      return;
    }
    let im = this.changes.multi.get(item);
    if (!im) {
      im = new Map();
      this.changes.multi.set(item, im);
    }
    let km = im.get(k1);
    if (!km) {
      km = new Map();
      im.set(k1, km);
    }
    km.set(rest, slot);
  }

  remove(item: string, k1: string, rest: string): void {
    this.write(item, k1, rest, undefined);
  }

  *scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const mine = this.changes.multi.get(item)?.get(k1);
    const single = this.changes.single.get(item)?.get(k1);
    if ((!mine || mine.size === 0) && single === undefined) {
      yield* this.parent.scanPrefix(item, k1);
      return;
    }
    for (const [rest, v] of this.parent.scanPrefix(item, k1)) {
      if (rest === '' ? single === undefined : !mine?.has(rest)) yield [rest, v];
    }
    if (mine) for (const [rest, v] of mine) if (v !== TOMBSTONE) yield [rest, v];
    if (single !== undefined && single !== TOMBSTONE) yield ['', single];
  }

  *scanFirstKeys(item: string): Iterable<string> {
    const seen = new Set<string>();
    const a = this.changes.single.get(item);
    if (a) for (const k of a.keys()) seen.add(k);
    const b = this.changes.multi.get(item);
    if (b) for (const k of b.keys()) seen.add(k);
    for (const k of this.parent.scanFirstKeys(item)) if (!seen.has(k)) yield k;
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
    if (this.closed) throw new Error('state layer already committed or discarded');
    this.events.push(event);
  }

  /** Events deposited in this layer (not yet committed to the parent). */
  pendingEvents(): readonly RuntimeEvent[] {
    return this.events;
  }

  /** A child layer whose writes are invisible to this one until committed. */
  child(): State {
    return new State(this, this);
  }

  /** Merge this layer's writes and events into its parent layer (or backend if top-level and asked). */
  commit(): void {
    if (this.closed) throw new Error('state layer already committed or discarded');
    this.closed = true;
    const p = this.parentLayer;
    if (!p) throw new Error('top-level layer: use commitTo(backend) or takeChanges()');
    p.absorb(this.changes, this.events);
  }

  discard(): void {
    this.closed = true;
  }

  private absorb(changes: ChangeSet, events: RuntimeEvent[]): void {
    for (const [item, byK1] of changes.single) {
      const im = this.changes.single.get(item);
      if (!im) {
        this.changes.single.set(item, byK1);
        continue;
      }
      for (const [k1, v] of byK1) im.set(k1, v);
    }
    for (const [item, byK1] of changes.multi) {
      const im = this.changes.multi.get(item);
      if (!im) {
        this.changes.multi.set(item, byK1);
        continue;
      }
      for (const [k1, byRest] of byK1) {
        const km = im.get(k1);
        if (!km) {
          im.set(k1, byRest);
          continue;
        }
        for (const [rest, v] of byRest) km.set(rest, v);
      }
    }
    for (const e of events) this.events.push(e);
  }

  /** For a top-level layer: hand over the change set and events (the layer is closed). */
  takeChanges(): { changes: ChangeSet; events: RuntimeEvent[] } {
    if (this.closed) throw new Error('state layer already committed or discarded');
    this.closed = true;
    return { changes: this.changes, events: this.events };
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

  /** Whether this layer has uncommitted writes. */
  isDirty(): boolean {
    return this.changes.single.size > 0 || this.changes.multi.size > 0 || this.events.length > 0;
  }

  /** Slot lookup used by tests to check isolation. */
  hasOwnWrite(item: string, k1: string, rest: string): boolean {
    return this.slot(item, k1, rest) !== undefined;
  }
}
