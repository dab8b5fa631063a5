/** `sp_runtime::generic::Era`: immortal, or mortal with a power-of-two period and a phase. */

export type Era = { readonly kind: 'immortal' } | { readonly kind: 'mortal'; readonly period: bigint; readonly phase: bigint };

export const IMMORTAL: Era = Object.freeze({ kind: 'immortal' });

/** Substrate's `Era::mortal(period, current)`: period rounded to a power of two in [4, 65536]. */
export function mortalEra(period: number | bigint, current: number | bigint): Era {
  let p = 1n;
  const want = BigInt(period);
  while (p < want) p <<= 1n;
  if (p < 4n) p = 4n;
  if (p > 65536n) p = 65536n;
  const phase = BigInt(current) % p;
  const q = p >> 12n > 1n ? p >> 12n : 1n;
  return { kind: 'mortal', period: p, phase: (phase / q) * q };
}

function trailingZeros(x: bigint): number {
  let n = 0;
  while (x > 0n && (x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

export function encodeEra(era: Era): Uint8Array {
  if (era.kind === 'immortal') return Uint8Array.of(0);
  const q = era.period >> 12n > 1n ? era.period >> 12n : 1n;
  const low = Math.min(Math.max(trailingZeros(era.period) - 1, 1), 15);
  const v = low | (Number(era.phase / q) << 4);
  return Uint8Array.of(v & 0xff, v >> 8);
}

/** Decode from `bytes[offset]`; returns the era and the bytes used, or throws a message. */
export function decodeEra(bytes: Uint8Array, offset: number): [Era, number] {
  if (offset >= bytes.length) throw new Error('unexpected end of input');
  const first = bytes[offset];
  if (first === 0) return [IMMORTAL, 1];
  if (offset + 1 >= bytes.length) throw new Error('unexpected end of input');
  const encoded = first + (bytes[offset + 1] << 8);
  const period = 2n << BigInt(encoded % 16);
  const q = period >> 12n > 1n ? period >> 12n : 1n;
  const phase = BigInt(encoded >> 4) * q;
  if (period < 4n || phase >= period) throw new Error(`invalid mortal era (period ${period}, phase ${phase})`);
  return [{ kind: 'mortal', period, phase }, 2];
}

/** The first block of the era's window that contains `current`. */
export function eraBirth(era: Era, current: bigint): bigint {
  if (era.kind === 'immortal') return 0n;
  const base = current > era.phase ? current : era.phase;
  return ((base - era.phase) / era.period) * era.period + era.phase;
}

/** The first block at which the transaction is no longer valid (immortal: never). */
export function eraDeath(era: Era, current: bigint): bigint | undefined {
  if (era.kind === 'immortal') return undefined;
  return eraBirth(era, current) + era.period;
}
