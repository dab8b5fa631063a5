/**
 * Substrate storage keys for the runtime's state keys, and back.
 *
 * A state entry (item "Pallet.Item", k1, rest) lives at
 *   twox128(pallet) ++ twox128(item) ++ hasher_1(SCALE(key_1)) ++ … ++ hasher_n(SCALE(key_n))
 * and its value is the SCALE encoding of the item's value type (OptionQuery items store the inner
 * type, like FRAME). Every hasher the runtime uses is reversible (Identity, Blake2_128Concat,
 * Twox64Concat), so a storage key maps back to its state key by skipping the hash and decoding the
 * key part: that is how the node reloads its state and answers prefix queries.
 *
 * "Raw" items are storage the node writes itself with already-encoded bytes (System.Events): their
 * state value is a Uint8Array holding the SCALE bytes.
 */
import { decode, decodePrefix, encode } from '@tensorium/primitives';
import { storageRegistry, type StorageMeta } from '@tensorium/runtime/frame/storage';
import { concatBytes, hashKeyPart, hasherPrefixLength, toHex, twox128 } from './hashing.js';

/** A state key: the storage item id, the first key part and the remaining ones ("/"-joined). */
export interface StateKey {
  readonly item: string;
  readonly k1: string;
  readonly rest: string;
}

/** Items the node writes with raw SCALE bytes (not declared by a pallet). */
export const RAW_ITEMS: readonly (readonly [string, string])[] = [
  ['System', 'Events'],
  ['System', 'EventCount'],
];

interface ItemInfo {
  readonly id: string;
  readonly prefix: Uint8Array;
  readonly meta?: StorageMeta;
  /** Per key part: memo of key string -> hashed bytes (bounded). */
  readonly memo: Map<string, Uint8Array>[];
}

const MEMO_LIMIT = 50_000;

export class StorageKeys {
  private readonly byId = new Map<string, ItemInfo>();
  private readonly byPrefix = new Map<string, ItemInfo>();

  constructor(metas: readonly StorageMeta[] = storageRegistry, raw: readonly (readonly [string, string])[] = RAW_ITEMS) {
    for (const m of metas) this.add(m.pallet, m.name, m);
    for (const [p, n] of raw) if (!this.byId.has(`${p}.${n}`)) this.add(p, n, undefined);
  }

  private add(pallet: string, name: string, meta: StorageMeta | undefined): void {
    const prefix = concatBytes(twox128(pallet), twox128(name));
    const info: ItemInfo = { id: `${pallet}.${name}`, prefix, meta, memo: (meta?.keys ?? []).map(() => new Map()) };
    this.byId.set(info.id, info);
    this.byPrefix.set(toHex(prefix), info);
  }

  has(item: string): boolean {
    return this.byId.has(item);
  }

  meta(item: string): StorageMeta | undefined {
    return this.byId.get(item)?.meta;
  }

  /** twox128(pallet) ++ twox128(item). */
  itemPrefix(item: string): Uint8Array {
    const info = this.byId.get(item);
    if (!info) throw new Error(`unknown storage item ${item}`);
    return info.prefix;
  }

  private part(info: ItemInfo, i: number, s: string): Uint8Array {
    const memo = info.memo[i];
    let h = memo.get(s);
    if (h === undefined) {
      const meta = info.meta!;
      const spec = meta.keys[i];
      h = hashKeyPart(spec.hasher, encode(spec.type, meta.parseKey(i, s)));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(s, h);
    }
    return h;
  }

  /** The substrate storage key of a state key. */
  storageKey(item: string, k1: string, rest: string): Uint8Array {
    const info = this.byId.get(item);
    if (!info) throw new Error(`unknown storage item ${item}`);
    const meta = info.meta;
    if (!meta || meta.keys.length === 0) return info.prefix;
    const parts: Uint8Array[] = [info.prefix, this.part(info, 0, k1)];
    if (meta.keys.length === 2) parts.push(this.part(info, 1, rest));
    else if (meta.keys.length > 2) {
      const rs = rest.split('/');
      for (let i = 1; i < meta.keys.length; i++) parts.push(this.part(info, i, rs[i - 1]));
    }
    return concatBytes(...parts);
  }

  /** The state key of a storage key, or undefined when it is not one of ours or malformed. */
  parseStorageKey(key: Uint8Array): StateKey | undefined {
    if (key.length < 32) return undefined;
    const info = this.byPrefix.get(toHex(key.subarray(0, 32)));
    if (!info) return undefined;
    const meta = info.meta;
    if (!meta || meta.keys.length === 0) return key.length === 32 ? { item: info.id, k1: '', rest: '' } : undefined;
    let o = 32;
    const strs: string[] = [];
    try {
      for (let i = 0; i < meta.keys.length; i++) {
        const skip = hasherPrefixLength(meta.keys[i].hasher);
        if (skip === undefined) return undefined;
        o += skip;
        if (o > key.length) return undefined;
        // copy: decodePrefix misreads subarray views (primitives bug)
        const [v, used] = decodePrefix(meta.keys[i].type, key.slice(o));
        o += used;
        strs.push(meta.keyString(i, v));
      }
    } catch {
      return undefined;
    }
    if (o !== key.length) return undefined;
    return { item: info.id, k1: strs[0], rest: strs.slice(1).join('/') };
  }

  /** SCALE bytes of a state value. */
  encodeValue(item: string, value: unknown): Uint8Array {
    const info = this.byId.get(item);
    if (!info) throw new Error(`unknown storage item ${item}`);
    if (!info.meta) {
      if (!(value instanceof Uint8Array)) throw new TypeError(`${item}: raw item needs bytes`);
      return value;
    }
    return encode(info.meta.value, value);
  }

  /** The state value of SCALE bytes. */
  decodeValue(item: string, bytes: Uint8Array): unknown {
    const info = this.byId.get(item);
    if (!info) throw new Error(`unknown storage item ${item}`);
    if (!info.meta) return bytes;
    return decode(info.meta.value, bytes);
  }

  /** Every item id (for diagnostics). */
  items(): string[] {
    return [...this.byId.keys()];
  }
}

let shared: StorageKeys | undefined;
/** The keys of the runtime's registry (built on first use, after every pallet module loaded). */
export function storageKeys(): StorageKeys {
  if (!shared) shared = new StorageKeys();
  return shared;
}
