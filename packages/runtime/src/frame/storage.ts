/**
 * Declarative storage items. One declaration gives the pallet's typed accessors, the key layout in
 * the runtime's `State`, and everything the node needs to persist the item and to describe it in
 * metadata (pallet, name, key types with hashers, value type, default).
 *
 * Key parts become strings that sort like the values they encode (fixed-width decimal for integers,
 * hex for account ids and other byte arrays, hex SCALE for anything else), so iteration order is
 * the natural order of the keys.
 */
import { encode, bytesToHex, decode, hexToBytes, type TypeDef } from '@tensorium/primitives';
import type { State, StateReader } from '../state/state.js';

export type Hasher = 'Identity' | 'Blake2_128Concat' | 'Twox64Concat' | 'Blake2_128' | 'Blake2_256' | 'Twox128' | 'Twox256';

export interface KeySpec {
  readonly type: TypeDef;
  readonly hasher: Hasher;
}

export type QueryKind = 'value' | 'option';

export interface StorageMeta {
  readonly pallet: string;
  readonly name: string;
  /** "Pallet.Item": the item's id in the state. */
  readonly id: string;
  readonly keys: readonly KeySpec[];
  readonly value: TypeDef;
  /** ValueQuery: the value returned when absent. OptionQuery: undefined. */
  readonly defaultValue: unknown;
  readonly query: QueryKind;
  readonly docs: string;
  /** Convert a key part to its state string. */
  keyString(i: number, v: unknown): string;
  /** Inverse of keyString (used by the node to rebuild storage keys). */
  parseKey(i: number, s: string): unknown;
}

const INT_WIDTH: Record<string, number> = { u8: 3, u16: 5, u32: 10, u64: 20, u128: 39 };

function keyEncoder(t: TypeDef): [(v: unknown) => string, (s: string) => unknown] {
  if (t.kind === 'primitive' && (t.prim === 'u8' || t.prim === 'u16')) {
    // netuids and uids: reuse one string per value (no allocation, the string's hash is cached)
    const w = INT_WIDTH[t.prim];
    const max = t.prim === 'u8' ? 255 : 65535;
    const table: string[] = [];
    return [
      (v) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) badKey(t, v);
        return (table[v as number] ??= String(v).padStart(w, '0'));
      },
      (s) => Number(s),
    ];
  }
  if (t.kind === 'primitive' && t.prim in INT_WIDTH) {
    const w = INT_WIDTH[t.prim];
    const small = w <= 10;
    return [
      (v) => {
        const s = typeof v === 'number' ? String(v) : typeof v === 'bigint' ? v.toString() : badKey(t, v);
        if (s.startsWith('-')) badKey(t, v);
        return s.length >= w ? s : '0'.repeat(w - s.length) + s;
      },
      (s) => (small ? Number(s) : BigInt(s)),
    ];
  }
  if (t.kind === 'primitive' && t.prim === 'bool') return [(v) => (v ? '1' : '0'), (s) => s === '1'];
  if (t.kind === 'byteArray') {
    return [
      (v) => {
        if (typeof v !== 'string' || v.length !== t.len * 2) badKey(t, v);
        return v as string;
      },
      (s) => s,
    ];
  }
  return [(v) => bytesToHex(encode(t, v)), (s) => decode(t, hexToBytes(s))];
}

function badKey(t: TypeDef, v: unknown): never {
  throw new TypeError(`invalid storage key ${String(v)} for ${t.name ?? t.kind}`);
}

/** Every declared storage item, in declaration order (for metadata and the node). */
export const storageRegistry: StorageMeta[] = [];

interface DeclOptions<V> {
  docs?: string;
  /** ValueQuery default. Omit for OptionQuery items. */
  default?: V;
  /** OptionQuery (absent = undefined) instead of ValueQuery. */
  optional?: boolean;
}

abstract class Item<V> implements StorageMeta {
  readonly id: string;
  readonly defaultValue: unknown;
  readonly query: QueryKind;
  readonly docs: string;
  private readonly enc: ((v: unknown) => string)[];
  private readonly dec: ((s: string) => unknown)[];

  constructor(
    readonly pallet: string,
    readonly name: string,
    readonly keys: readonly KeySpec[],
    readonly value: TypeDef,
    opts: DeclOptions<V>,
  ) {
    this.id = `${pallet}.${name}`;
    this.query = opts.optional ? 'option' : 'value';
    this.defaultValue = opts.optional ? undefined : opts.default;
    if (!opts.optional && opts.default === undefined) throw new Error(`${this.id}: ValueQuery needs a default`);
    this.docs = opts.docs ?? '';
    const pairs = keys.map((k) => keyEncoder(k.type));
    this.enc = pairs.map((p) => p[0]);
    this.dec = pairs.map((p) => p[1]);
    storageRegistry.push(this);
  }

  keyString(i: number, v: unknown): string {
    return this.enc[i](v);
  }

  parseKey(i: number, s: string): unknown {
    return this.dec[i](s);
  }

  protected restOf(parts: readonly unknown[]): string {
    if (parts.length === 0) return '';
    if (parts.length === 1) return this.enc[1](parts[0]);
    let s = this.enc[1](parts[0]);
    for (let i = 1; i < parts.length; i++) s += '/' + this.enc[i + 1](parts[i]);
    return s;
  }

  protected parseRest(rest: string, from: number): unknown[] {
    if (this.keys.length <= from) return [];
    const parts = this.keys.length - from === 1 ? [rest] : rest.split('/');
    return parts.map((p, i) => this.dec[from + i](p));
  }

  protected out(v: unknown): V {
    return (v === undefined ? this.defaultValue : v) as V;
  }
}

/** A single value (`StorageValue`). */
export class StorageValue<V> extends Item<V> {
  get(s: StateReader): V {
    return this.out(s.read(this.id, '', ''));
  }
  /** The stored value, undefined when absent (even for ValueQuery). */
  raw(s: StateReader): V | undefined {
    return s.read(this.id, '', '') as V | undefined;
  }
  set(s: State, v: V): void {
    s.write(this.id, '', '', v);
  }
  remove(s: State): void {
    s.remove(this.id, '', '');
  }
  exists(s: StateReader): boolean {
    return s.read(this.id, '', '') !== undefined;
  }
  mutate(s: State, f: (v: V) => V): V {
    const n = f(this.get(s));
    this.set(s, n);
    return n;
  }
}

/** A map with one key (`StorageMap`). */
export class StorageMap<K, V> extends Item<V> {
  get(s: StateReader, k: K): V {
    return this.out(s.read(this.id, this.keyString(0, k), ''));
  }
  raw(s: StateReader, k: K): V | undefined {
    return s.read(this.id, this.keyString(0, k), '') as V | undefined;
  }
  set(s: State, k: K, v: V): void {
    s.write(this.id, this.keyString(0, k), '', v);
  }
  remove(s: State, k: K): void {
    s.remove(this.id, this.keyString(0, k), '');
  }
  contains(s: StateReader, k: K): boolean {
    return s.read(this.id, this.keyString(0, k), '') !== undefined;
  }
  mutate(s: State, k: K, f: (v: V) => V): V {
    const ks = this.keyString(0, k);
    const n = f(this.out(s.read(this.id, ks, '')));
    s.write(this.id, ks, '', n);
    return n;
  }
  /** Every (key, value) in key order. */
  entries(s: State): [K, V][] {
    return s.firstKeys(this.id).map((k1) => [this.parseKey(0, k1) as K, s.read(this.id, k1, '') as V]);
  }
  keysOf(s: State): K[] {
    return s.firstKeys(this.id).map((k1) => this.parseKey(0, k1) as K);
  }
}

/** A map with two keys (`StorageDoubleMap`). */
export class StorageDoubleMap<K1, K2, V> extends Item<V> {
  get(s: StateReader, k1: K1, k2: K2): V {
    return this.out(s.read(this.id, this.keyString(0, k1), this.keyString(1, k2)));
  }
  raw(s: StateReader, k1: K1, k2: K2): V | undefined {
    return s.read(this.id, this.keyString(0, k1), this.keyString(1, k2)) as V | undefined;
  }
  set(s: State, k1: K1, k2: K2, v: V): void {
    s.write(this.id, this.keyString(0, k1), this.keyString(1, k2), v);
  }
  remove(s: State, k1: K1, k2: K2): void {
    s.remove(this.id, this.keyString(0, k1), this.keyString(1, k2));
  }
  contains(s: StateReader, k1: K1, k2: K2): boolean {
    return s.read(this.id, this.keyString(0, k1), this.keyString(1, k2)) !== undefined;
  }
  mutate(s: State, k1: K1, k2: K2, f: (v: V) => V): V {
    const a = this.keyString(0, k1);
    const b = this.keyString(1, k2);
    const n = f(this.out(s.read(this.id, a, b)));
    s.write(this.id, a, b, n);
    return n;
  }
  /** Entries with first key k1, in second-key order. */
  prefix(s: State, k1: K1): [K2, V][] {
    return s.prefixEntries(this.id, this.keyString(0, k1)).map(([r, v]) => [this.parseKey(1, r) as K2, v as V]);
  }
  clearPrefix(s: State, k1: K1): number {
    return s.clearPrefix(this.id, this.keyString(0, k1));
  }
  /**
   * The values with first key k1 in no particular order: for order-independent uses, without the
   * sort and key parsing of {@link prefix}.
   */
  *prefixValues(s: State, k1: K1): Iterable<V> {
    for (const [, v] of s.scanPrefix(this.id, this.keyString(0, k1))) yield v as V;
  }
  /** Every entry in key order. */
  entries(s: State): [K1, K2, V][] {
    const out: [K1, K2, V][] = [];
    for (const k1s of s.firstKeys(this.id)) {
      const k1 = this.parseKey(0, k1s) as K1;
      for (const [r, v] of s.prefixEntries(this.id, k1s)) out.push([k1, this.parseKey(1, r) as K2, v as V]);
    }
    return out;
  }
  firstKeys(s: State): K1[] {
    return s.firstKeys(this.id).map((k) => this.parseKey(0, k) as K1);
  }
}

/** A map with three keys (`StorageNMap`); prefix operations work on the first key. */
export class StorageNMap3<K1, K2, K3, V> extends Item<V> {
  private rest(k2: K2, k3: K3): string {
    return this.keyString(1, k2) + '/' + this.keyString(2, k3);
  }
  get(s: StateReader, k1: K1, k2: K2, k3: K3): V {
    return this.out(s.read(this.id, this.keyString(0, k1), this.rest(k2, k3)));
  }
  raw(s: StateReader, k1: K1, k2: K2, k3: K3): V | undefined {
    return s.read(this.id, this.keyString(0, k1), this.rest(k2, k3)) as V | undefined;
  }
  set(s: State, k1: K1, k2: K2, k3: K3, v: V): void {
    s.write(this.id, this.keyString(0, k1), this.rest(k2, k3), v);
  }
  remove(s: State, k1: K1, k2: K2, k3: K3): void {
    s.remove(this.id, this.keyString(0, k1), this.rest(k2, k3));
  }
  contains(s: StateReader, k1: K1, k2: K2, k3: K3): boolean {
    return s.read(this.id, this.keyString(0, k1), this.rest(k2, k3)) !== undefined;
  }
  mutate(s: State, k1: K1, k2: K2, k3: K3, f: (v: V) => V): V {
    const a = this.keyString(0, k1);
    const b = this.rest(k2, k3);
    const n = f(this.out(s.read(this.id, a, b)));
    s.write(this.id, a, b, n);
    return n;
  }
  /** Entries with first key k1: [k2, k3, value], in key order. */
  prefix(s: State, k1: K1): [K2, K3, V][] {
    return s.prefixEntries(this.id, this.keyString(0, k1)).map(([r, v]) => {
      const [a, b] = this.parseRest(r, 1);
      return [a as K2, b as K3, v as V];
    });
  }
  clearPrefix(s: State, k1: K1): number {
    return s.clearPrefix(this.id, this.keyString(0, k1));
  }
  entries(s: State): [K1, K2, K3, V][] {
    const out: [K1, K2, K3, V][] = [];
    for (const k1s of s.firstKeys(this.id)) {
      const k1 = this.parseKey(0, k1s) as K1;
      for (const [r, v] of s.prefixEntries(this.id, k1s)) {
        const [a, b] = this.parseRest(r, 1);
        out.push([k1, a as K2, b as K3, v as V]);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Declaration helpers, bound to a pallet name.

export interface PalletStorage {
  value<V>(name: string, type: TypeDef, opts: DeclOptions<V>): StorageValue<V>;
  map<K, V>(name: string, key: KeySpec, type: TypeDef, opts: DeclOptions<V>): StorageMap<K, V>;
  doubleMap<K1, K2, V>(name: string, k1: KeySpec, k2: KeySpec, type: TypeDef, opts: DeclOptions<V>): StorageDoubleMap<K1, K2, V>;
  nmap3<K1, K2, K3, V>(name: string, k1: KeySpec, k2: KeySpec, k3: KeySpec, type: TypeDef, opts: DeclOptions<V>): StorageNMap3<K1, K2, K3, V>;
}

export function palletStorage(pallet: string): PalletStorage {
  return {
    value: (name, type, opts) => new StorageValue(pallet, name, [], type, opts),
    map: (name, key, type, opts) => new StorageMap(pallet, name, [key], type, opts),
    doubleMap: (name, k1, k2, type, opts) => new StorageDoubleMap(pallet, name, [k1, k2], type, opts),
    nmap3: (name, k1, k2, k3, type, opts) => new StorageNMap3(pallet, name, [k1, k2, k3], type, opts),
  };
}

/** Key spec shorthands. */
export const key = {
  identity: (type: TypeDef): KeySpec => ({ type, hasher: 'Identity' }),
  blake2: (type: TypeDef): KeySpec => ({ type, hasher: 'Blake2_128Concat' }),
  twox64: (type: TypeDef): KeySpec => ({ type, hasher: 'Twox64Concat' }),
};
