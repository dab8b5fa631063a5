/**
 * Substrate block headers: parentHash H256, number Compact<u32>, stateRoot H256, extrinsicsRoot
 * H256, digest Vec<DigestItem>; the block hash is blake2-256 of the SCALE encoding.
 */
import { decode, encode, T, type TypeDef } from '@tensorium/primitives';
import { blake2_256, fromHex, toHex } from '../storage/hashing.js';

export type DigestItem =
  | { readonly type: 'PreRuntime' | 'Consensus' | 'Seal'; readonly value: readonly [string, Uint8Array] }
  | { readonly type: 'Other'; readonly value: Uint8Array }
  | { readonly type: 'RuntimeEnvironmentUpdated' };

export interface Header {
  /** Hex without 0x (runtime convention). */
  readonly parentHash: string;
  readonly number: number;
  readonly stateRoot: string;
  readonly extrinsicsRoot: string;
  readonly digest: readonly DigestItem[];
}

const engineId = T.byteArray(4, 'ConsensusEngineId');
export const DigestItemType: TypeDef = T.enum('DigestItem', [
  { name: 'Other', index: 0, fields: [T.bytes] },
  { name: 'Consensus', index: 4, fields: [engineId, T.bytes] },
  { name: 'Seal', index: 5, fields: [engineId, T.bytes] },
  { name: 'PreRuntime', index: 6, fields: [engineId, T.bytes] },
  { name: 'RuntimeEnvironmentUpdated', index: 8 },
]);

export const HeaderType: TypeDef = T.struct('Header', {
  parentHash: T.h256,
  number: T.compact(T.u32),
  stateRoot: T.h256,
  extrinsicsRoot: T.h256,
  digest: T.vec(DigestItemType),
});

export function encodeHeader(h: Header): Uint8Array {
  return encode(HeaderType, h);
}

export function decodeHeader(bytes: Uint8Array): Header {
  return decode(HeaderType, bytes) as Header;
}

/** Block hash (hex without 0x). */
export function headerHash(h: Header | Uint8Array): string {
  return toHex(blake2_256(h instanceof Uint8Array ? h : encodeHeader(h))).slice(2);
}

/** The JSON-RPC shape of a header. */
export interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: string[] };
}

export function headerToJson(h: Header): HeaderJson {
  return {
    parentHash: '0x' + h.parentHash,
    number: '0x' + h.number.toString(16),
    stateRoot: '0x' + h.stateRoot,
    extrinsicsRoot: '0x' + h.extrinsicsRoot,
    digest: { logs: h.digest.map((d) => toHex(encode(DigestItemType, d))) },
  };
}

export function hexNo0x(hex: string): string {
  return toHex(fromHex(hex)).slice(2);
}
