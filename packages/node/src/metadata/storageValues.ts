/** SCALE codecs of storage values as clients read them (`state_getStorage`). */
import { decode, encode } from '@tensorium/primitives';
import type { StorageMeta } from '@tensorium/runtime/frame/storage';
import { storageDefaultBytes } from './build.js';

export interface StorageValueCodec {
  /** SCALE of a stored value (the runtime's value shape). */
  encode(v: unknown): Uint8Array;
  decode(bytes: Uint8Array): unknown;
  /** Metadata default: SCALE of the ValueQuery default, `0x00` for OptionQuery. */
  readonly defaultBytes: Uint8Array;
}

const cache = new WeakMap<StorageMeta, StorageValueCodec>();

export function storageValueCodec(item: StorageMeta): StorageValueCodec {
  let c = cache.get(item);
  if (!c) {
    const t = item.value;
    c = {
      encode: (v) => encode(t, v),
      decode: (b) => decode(t, b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : b.slice()),
      defaultBytes: storageDefaultBytes(item),
    };
    cache.set(item, c);
  }
  return c;
}
