/** Small conversions from @polkadot/api codecs and fixed-point bits to the API's JSON values. */
import type { Codec } from '@polkadot/types/types';

interface BigCodec {
  toBigInt(): bigint;
}
interface OptionCodec {
  isSome: boolean;
  isNone: boolean;
  unwrap(): Codec;
}

function isOption(c: Codec): c is Codec & OptionCodec {
  return typeof (c as unknown as OptionCodec).unwrap === 'function' && typeof (c as unknown as OptionCodec).isNone === 'boolean';
}

/** An integer codec (u8…u128, Compact, Option<int> → 0 when None) as bigint. */
export function big(c: Codec): bigint {
  if (isOption(c)) return c.isNone ? 0n : big(c.unwrap());
  const b = c as unknown as Partial<BigCodec>;
  if (typeof b.toBigInt === 'function') return b.toBigInt();
  const p = c.toPrimitive();
  if (typeof p === 'number' || typeof p === 'string') return BigInt(p);
  if (typeof p === 'boolean') return p ? 1n : 0n;
  throw new TypeError(`not an integer codec: ${c.toRawType()}`);
}

export const num = (c: Codec): number => Number(big(c));
export const bool = (c: Codec): boolean => c.toPrimitive() === true;

/** Unwraps an Option (undefined when None); other codecs are returned as they are. */
export function opt(c: Codec): Codec | undefined {
  if (isOption(c)) return c.isNone ? undefined : c.unwrap();
  return c;
}

/** JSON-safe value: numbers beyond 2^53 and all 64/128-bit integers as decimal strings. */
export function json(c: Codec): unknown {
  const raw = c.toRawType();
  if (/^(Compact<)?[ui](64|128|256)>?$/.test(raw)) return c.toString();
  return normalise(c.toPrimitive());
}

function normalise(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = normalise(x);
    return o;
  }
  return v;
}

/** A Vec<u8>/Bytes codec as UTF-8 text. */
export function text(c: Codec): string {
  const u8 = c.toU8a(true);
  return new TextDecoder().decode(u8);
}

/** Fixed-point bits (`frac` fractional bits) as a decimal string with `decimals` digits, rounded down. */
export function fixedToDecimal(bits: bigint, frac: number, decimals = 9): string {
  const neg = bits < 0n;
  const a = neg ? -bits : bits;
  const scaled = (a * 10n ** BigInt(decimals)) >> BigInt(frac);
  return (neg && scaled > 0n ? '-' : '') + ratioDecimal(scaled, 10n ** BigInt(decimals), decimals);
}

/** `n / d` as a decimal string with `decimals` digits (rounded down); n, d ≥ 0. */
export function ratioDecimal(n: bigint, d: bigint, decimals = 9): string {
  if (d === 0n) return '0';
  const scale = 10n ** BigInt(decimals);
  const v = (n * scale) / d;
  const int = v / scale;
  const frac = (v % scale).toString().padStart(decimals, '0');
  return decimals === 0 ? int.toString() : `${int}.${frac}`;
}

/** u16 fraction (0..65535) as a decimal string 0..1. */
export const u16Ratio = (v: number | bigint): string => ratioDecimal(BigInt(v), 65535n);
