/** Small conversions shared by actions. */
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { u8aToHex, hexToU8a } from '@polkadot/util';
import type { Codec } from '@polkadot/types/types';
import { ParameterError } from './errors.js';

/** Hex account id (with or without 0x) → SS58 (format 42). */
export function ss58(hexAccount: string): string {
  return encodeAddress(hexToU8a(hexAccount.startsWith('0x') ? hexAccount : `0x${hexAccount}`), 42);
}

/** SS58 or 0x-hex → 0x-hex public key; throws a ParameterError naming the field. */
export function accountHex(address: string, field = 'address'): string {
  try {
    return u8aToHex(decodeAddress(address));
  } catch (e) {
    throw new ParameterError(`${field} "${address}" is not an SS58 address or 32-byte hex key`, { [field]: address });
  }
}

/** Validates an SS58/hex address and returns it as SS58. */
export function toSs58(address: string, field = 'address'): string {
  return ss58(accountHex(address, field));
}

export function assertNetuid(netuid: number): void {
  if (!Number.isInteger(netuid) || netuid < 0 || netuid > 65_535) throw new ParameterError(`netuid ${netuid} is not a u16`, { netuid });
}

export function assertAmount(amount: bigint, field = 'amount'): void {
  if (typeof amount !== 'bigint' || amount < 0n || amount >= 1n << 64n) throw new ParameterError(`${field} must be a u64 rao amount`, { [field]: String(amount) });
}

/** An integer codec → bigint. */
export function big(c: Codec): bigint {
  const v = c as Codec & { toBigInt?: () => bigint };
  if (typeof v.toBigInt === 'function') return v.toBigInt();
  return BigInt(c.toString());
}

export function num(c: Codec): number {
  return Number(big(c));
}
