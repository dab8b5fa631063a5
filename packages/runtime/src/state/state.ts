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

/** item -> k1 -> rest -> value or TOMBSTONE */
export type ChangeSet = Map<string, Map<string, Map<string, Slot>>>;

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

/** An in-memory backend: the committed state as nested maps. */
export class MemoryBackend implements Backend {
  readonly items = new Map<string, Map<string, Map<string, unknown>>>();

  read(item: string, k1: string, rest: string): unknown {
    return this.items.get(item)?.get(k1)?.get(rest);
  }

  *scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const m = this.items.get(item)?.get(k1);
    if (m) yield* m;
  }

  scanFirstKeys(item: string): Iterable<string> {
    return this.items.get(item)?.keys() ?? [];
  }

  apply(changes: ChangeSet): void {
    for (const [item, byK1] of changes) {
      let im = this.items.get(item);
      if (!im) {
        im = new Map();
        this.items.set(item, im);
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
      if (im.size === 0) this.items.delete(item);
    }
  }

  /** Number of stored entries (for diagnostics and tests). */
  size(): number {
    let n = 0;
    for (const im of this.items.values()) for (const km of im.values()) n += km.size;
    return n;
  }

  /** Every entry in deterministic order: (item, k1, rest) ascending. */
  *entries(): Iterable<readonly [string, string, string, unknown]> {
    for (const item of [...this.items.keys()].sort()) {
      const im = this.items.get(item)!;
      for (const k1 of [...im.keys()].sort()) {
        const km = im.get(k1)!;
        for (const rest of [...km.keys()].sort()) yield [item, k1, rest, km.get(rest)];
      }
    }
  }
}

/** One overlay layer. */
export class State implements StateReader {
  private changes: ChangeSet = new Map();
  private events: RuntimeEvent[] = [];
  private closed = false;

  constructor(private readonly parent: StateReader, private readonly parentLayer?: State) {}

  /** A new top-level layer over a backend. */
  static over(backend: Backend): State {
    return new State(backend);
  }

  read(item: string, k1: string, rest: string): unknown {
    const s = this.changes.get(item)?.get(k1)?.get(rest);
    if (s !== undefined) return s === TOMBSTONE ? undefined : s;
    return this.parent.read(item, k1, rest);
  }

  /** Like read, but exposes tombstones so a child layer can stop looking. */
  private slot(item: string, k1: string, rest: string): Slot | undefined {
    return this.changes.get(item)?.get(k1)?.get(rest);
  }

  write(item: string, k1: string, rest: string, value: unknown): void {
    if (this.closed) throw new Error('state layer already committed or discarded');
    let im = this.changes.get(item);
    if (!im) {
      im = new Map();
      this.changes.set(item, im);
    }
    let km = im.get(k1);
    if (!km) {
      km = new Map();
      im.set(k1, km);
    }
    km.set(rest, value === undefined ? TOMBSTONE : value);
  }

  remove(item: string, k1: string, rest: string): void {
    this.write(item, k1, rest, undefined);
  }

  *scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const mine = this.changes.get(item)?.get(k1);
    if (!mine || mine.size === 0) {
      yield* this.parent.scanPrefix(item, k1);
      return;
    }
    for (const [rest, v] of this.parent.scanPrefix(item, k1)) {
      if (!mine.has(rest)) yield [rest, v];
    }
    for (const [rest, v] of mine) {
      if (v !== TOMBSTONE) yield [rest, v];
    }
  }

  *scanFirstKeys(item: string): Iterable<string> {
    const mine = this.changes.get(item);
    const seen = new Set<string>();
    if (mine) for (const k of mine.keys()) seen.add(k);
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
    for (const [item, byK1] of changes) {
      let im = this.changes.get(item);
      if (!im) {
        this.changes.set(item, byK1);
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
    return this.changes.size > 0 || this.events.length > 0;
  }

  /** Slot lookup used by tests to check isolation. */
  hasOwnWrite(item: string, k1: string, rest: string): boolean {
    return this.slot(item, k1, rest) !== undefined;
  }
}
