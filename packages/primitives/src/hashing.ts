/** Hash functions of the chain (Substrate's BlakeTwo256 and friends), from @noble/hashes. */
import { blake2b } from '@noble/hashes/blake2.js';

export function blake2_256(data: Uint8Array): Uint8Array {
  return blake2b(data, { dkLen: 32 });
}

export function blake2_128(data: Uint8Array): Uint8Array {
  return blake2b(data, { dkLen: 16 });
}
