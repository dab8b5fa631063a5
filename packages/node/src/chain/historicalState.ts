/**
 * A read-only runtime `Backend` over the state after a past block: what `state_call` at a block
 * hash runs the runtime APIs against (`Chain.viewAt`).
 *
 * The runtime reads state keys (item, k1, rest); this maps each read to the block's storage key and
 * value through the chain's own historical reads (`Chain.storageAt` / `Chain.keysWithPrefixAt`: the
 * recent in-memory history, or the archive), then decodes the value. Prefix scans list the block's
 * storage keys under the item (or item ++ first key) and map them back to state keys, which needs
 * every key hasher of the item to be reversible (Identity, Blake2_128Concat, Twox64Concat — all the
 * runtime declares; the node's restart relies on the same property). An item with another hasher
 * can still be read by exact key, but scanning it throws.
 *
 * Decoded values are cached per instance: a past block's state never changes, and one runtime API
 * call reads the same entries many times. An instance lives for one call.
 */
import { encode } from '@tensorium/primitives';
import type { Backend, ChangeSet } from '@tensorium/runtime/state/state';
import { concatBytes, hashKeyPart, hasherPrefixLength } from '../storage/hashing.js';
import type { StorageKeys } from '../storage/keys.js';

/** The historical reads of the chain this backend needs (`Chain` provides them). */
export interface HistoricalReader {
  readonly keys: StorageKeys;
  /** SCALE value at `key` after block `at`; throws `StateUnavailable` when the block has no state. */
  storageAt(key: Uint8Array, at: string): Uint8Array | undefined;
  /** Storage keys starting with `prefix` after block `at`, in key order. */
  keysWithPrefixAt(prefix: Uint8Array, at: string): Uint8Array[];
}

export class HistoricalStateError extends Error {
  constructor(
    readonly code: 'READ_ONLY' | 'NOT_SCANNABLE',
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HistoricalStateError';
  }
}

export class HistoricalState implements Backend {
  private readonly values = new Map<string, unknown>();
  private readonly scans = new Map<string, readonly (readonly [string, unknown])[]>();
  private readonly firstKeys = new Map<string, readonly string[]>();

  /** `at`: the block hash (hex without 0x) whose post-state is read. */
  constructor(
    private readonly chain: HistoricalReader,
    readonly at: string,
  ) {}

  read(item: string, k1: string, rest: string): unknown {
    const id = `${item}\0${k1}\0${rest}`;
    if (this.values.has(id)) return this.values.get(id);
    const keys = this.chain.keys;
    let v: unknown;
    const arity = keys.meta(item)?.keys.length ?? 0;
    // entries live at (item, "", "") for plain values, (item, k1, "") for single-key maps and
    // (item, k1, rest) with a non-empty rest for the others: any other shape holds nothing (as in
    // the in-memory backend, which `State.firstKeys` relies on when probing (item, k1, ""))
    const shapeOk = arity === 0 ? k1 === '' && rest === '' : arity === 1 ? rest === '' : rest !== '';
    if (keys.has(item) && shapeOk) {
      const bytes = this.chain.storageAt(keys.storageKey(item, k1, rest), this.at);
      v = bytes === undefined ? undefined : keys.decodeValue(item, bytes);
    }
    this.values.set(id, v);
    return v;
  }

  scanPrefix(item: string, k1: string): Iterable<readonly [string, unknown]> {
    const id = `${item}\0${k1}`;
    let out = this.scans.get(id);
    if (out) return out;
    const meta = this.chain.keys.meta(item);
    if (!meta || meta.keys.length < 2) {
      // a plain value or a single-key map: at most the one entry (item, k1, "")
      const v = this.read(item, k1, '');
      out = v === undefined ? [] : [['', v]];
    } else {
      this.checkScannable(item);
      const first = meta.keys[0];
      const prefix = concatBytes(this.chain.keys.itemPrefix(item), hashKeyPart(first.hasher, encode(first.type, meta.parseKey(0, k1))));
      out = this.entriesUnder(prefix).filter(([, sk]) => sk.item === item).map(([v, sk]) => [sk.rest, v] as const);
    }
    this.scans.set(id, out);
    return out;
  }

  scanFirstKeys(item: string): Iterable<string> {
    let out = this.firstKeys.get(item);
    if (out) return out;
    const keys = this.chain.keys;
    if (!keys.has(item)) out = [];
    else if ((keys.meta(item)?.keys.length ?? 0) === 0) out = this.read(item, '', '') === undefined ? [] : [''];
    else {
      this.checkScannable(item);
      out = [...new Set(this.entriesUnder(keys.itemPrefix(item)).map(([, sk]) => sk.k1))];
    }
    this.firstKeys.set(item, out);
    return out;
  }

  /** A past block's state is immutable. */
  apply(changes: ChangeSet): void {
    void changes;
    throw new HistoricalStateError('READ_ONLY', `the state of block 0x${this.at} is read-only`, { at: this.at });
  }

  /** Decoded values and state keys of the block's storage keys under `prefix` (values cached). */
  private entriesUnder(prefix: Uint8Array): [unknown, { item: string; k1: string; rest: string }][] {
    const keys = this.chain.keys;
    const out: [unknown, { item: string; k1: string; rest: string }][] = [];
    for (const key of this.chain.keysWithPrefixAt(prefix, this.at)) {
      const sk = keys.parseStorageKey(key);
      if (!sk) continue;
      const id = `${sk.item}\0${sk.k1}\0${sk.rest}`;
      let v = this.values.get(id);
      if (v === undefined) {
        const bytes = this.chain.storageAt(key, this.at);
        if (bytes === undefined) continue;
        v = keys.decodeValue(sk.item, bytes);
        this.values.set(id, v);
      }
      out.push([v, sk]);
    }
    return out;
  }

  private checkScannable(item: string): void {
    const meta = this.chain.keys.meta(item);
    const bad = meta?.keys.find((k) => hasherPrefixLength(k.hasher) === undefined);
    if (bad) {
      throw new HistoricalStateError('NOT_SCANNABLE', `${item}: its ${bad.hasher} key hasher is not reversible, so its entries at a past block cannot be listed`, {
        item,
        hasher: bad.hasher,
        at: this.at,
      });
    }
  }
}
