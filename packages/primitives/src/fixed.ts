/**
 * Binary fixed-point numbers exactly as the `substrate-fixed` crate (v0.6.0) computes them
 * (spec/epoch.md §2, spec/economics.md §0).
 *
 * A fixed value is carried as its raw integer `r` (value = r / 2^frac) in a `bigint`; a
 * `FixedPoint` instance describes one type (I32F32, U64F64, ...) and implements the operations
 * with the crate's rounding:
 *   - multiplication: full-width product, then arithmetic right shift (floor, toward -inf);
 *   - division: (a << frac) / b truncated toward zero;
 *   - `checked*` return `undefined` on overflow or division by zero, `saturating*` clamp,
 *     `safeDiv` returns 0 on division by zero or overflow (subtensor's `safe_div`);
 *   - conversion to an integer floors; between fixed types surplus fraction bits are dropped (floor)
 *     and the integer part saturates.
 * Keeping raw integers (rather than wrapper objects) keeps hot loops allocation-free.
 */
export class FixedPoint {
  readonly totalBits: number;
  /** Raw value of 1.0. */
  readonly ONE: bigint;
  readonly MIN: bigint;
  readonly MAX: bigint;
  /** 2^frac as a bigint shift amount. */
  readonly shift: bigint;

  constructor(
    readonly name: string,
    readonly intBits: number,
    readonly fracBits: number,
    readonly signed: boolean,
  ) {
    this.totalBits = intBits + fracBits;
    this.shift = BigInt(fracBits);
    this.ONE = 1n << this.shift;
    if (signed) {
      this.MIN = -(1n << BigInt(this.totalBits - 1));
      this.MAX = (1n << BigInt(this.totalBits - 1)) - 1n;
    } else {
      this.MIN = 0n;
      this.MAX = (1n << BigInt(this.totalBits)) - 1n;
    }
  }

  inRange(raw: bigint): boolean {
    return raw >= this.MIN && raw <= this.MAX;
  }

  saturate(raw: bigint): bigint {
    return raw < this.MIN ? this.MIN : raw > this.MAX ? this.MAX : raw;
  }

  /** `saturating_from_num(integer)`. */
  fromInt(n: bigint | number): bigint {
    return this.saturate(BigInt(n) << this.shift);
  }

  /** `checked_from_num(integer)`. */
  checkedFromInt(n: bigint | number): bigint | undefined {
    const r = BigInt(n) << this.shift;
    return this.inRange(r) ? r : undefined;
  }

  /** Integer part, rounding toward -inf (`to_num::<iN>()`). */
  floor(raw: bigint): bigint {
    return raw >> this.shift;
  }

  /** `saturating_to_num::<u64>()`: floor, clamped to [0, 2^64 - 1]. */
  toU64(raw: bigint): bigint {
    const v = raw >> this.shift;
    return v < 0n ? 0n : v > U64_MAX ? U64_MAX : v;
  }

  /** `saturating_to_num::<u16>()`. */
  toU16(raw: bigint): number {
    const v = raw >> this.shift;
    return v < 0n ? 0 : v > 65535n ? 65535 : Number(v);
  }

  /** Conversion from another fixed type (`saturating_from_num(other)`): floor, saturating. */
  from(src: FixedPoint, raw: bigint): bigint {
    const d = this.fracBits - src.fracBits;
    const r = d >= 0 ? raw << BigInt(d) : raw >> BigInt(-d);
    return this.saturate(r);
  }

  /** `checked_from_num(other)`. */
  checkedFrom(src: FixedPoint, raw: bigint): bigint | undefined {
    const d = this.fracBits - src.fracBits;
    const r = d >= 0 ? raw << BigInt(d) : raw >> BigInt(-d);
    return this.inRange(r) ? r : undefined;
  }

  saturatingAdd(a: bigint, b: bigint): bigint {
    return this.saturate(a + b);
  }

  saturatingSub(a: bigint, b: bigint): bigint {
    return this.saturate(a - b);
  }

  checkedAdd(a: bigint, b: bigint): bigint | undefined {
    const r = a + b;
    return this.inRange(r) ? r : undefined;
  }

  checkedSub(a: bigint, b: bigint): bigint | undefined {
    const r = a - b;
    return this.inRange(r) ? r : undefined;
  }

  /** `saturating_mul`: floor((a*b) >> frac), clamped. */
  mul(a: bigint, b: bigint): bigint {
    return this.saturate((a * b) >> this.shift);
  }

  checkedMul(a: bigint, b: bigint): bigint | undefined {
    const r = (a * b) >> this.shift;
    return this.inRange(r) ? r : undefined;
  }

  /** `checked_div`: trunc((a << frac) / b); undefined on b = 0 or overflow. */
  checkedDiv(a: bigint, b: bigint): bigint | undefined {
    if (b === 0n) return undefined;
    const r = (a << this.shift) / b;
    return this.inRange(r) ? r : undefined;
  }

  /** subtensor `safe_div`: 0 on division by zero or overflow. */
  safeDiv(a: bigint, b: bigint): bigint {
    if (b === 0n) return 0n;
    const r = (a << this.shift) / b;
    return this.inRange(r) ? r : 0n;
  }

  /** `saturating_div`: clamps on overflow; division by zero saturates by the sign of a. */
  saturatingDiv(a: bigint, b: bigint): bigint {
    if (b === 0n) return a === 0n ? 0n : a > 0n ? this.MAX : this.MIN;
    return this.saturate((a << this.shift) / b);
  }

  /** `safe_div_or(a, b, default)`. */
  safeDivOr(a: bigint, b: bigint, fallback: bigint): bigint {
    if (b === 0n) return fallback;
    const r = (a << this.shift) / b;
    return this.inRange(r) ? r : fallback;
  }

  min(a: bigint, b: bigint): bigint {
    return a < b ? a : b;
  }

  max(a: bigint, b: bigint): bigint {
    return a > b ? a : b;
  }

  /** Value of an IEEE-754 double rounded to nearest, ties to even (`from_num(f64)`), saturating.
   * Only for turning documented literals into raw constants; consensus code never sees a float. */
  fromF64Bits(bits: bigint): bigint {
    return this.saturate(roundF64BitsToFixed(bits, this.fracBits));
  }
}

export const U64_MAX = (1n << 64n) - 1n;
export const U128_MAX = (1n << 128n) - 1n;
export const I128_MAX = (1n << 127n) - 1n;
export const I64_MAX = (1n << 63n) - 1n;
export const U32_MAX = (1n << 32n) - 1n;

export const I32F32 = new FixedPoint('I32F32', 32, 32, true);
export const I64F64 = new FixedPoint('I64F64', 64, 64, true);
export const U64F64 = new FixedPoint('U64F64', 64, 64, false);
export const U96F32 = new FixedPoint('U96F32', 96, 32, false);
export const I96F32 = new FixedPoint('I96F32', 96, 32, true);
export const I110F18 = new FixedPoint('I110F18', 110, 18, true);

/**
 * Exact conversion of a double (given by its 64 IEEE bits) to a fixed raw value with `frac`
 * fraction bits, rounding to nearest with ties to even. Integer arithmetic only.
 */
export function roundF64BitsToFixed(bits: bigint, frac: number): bigint {
  const sign = (bits >> 63n) & 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0x7ff) throw new RangeError('not a finite number');
  let e: number;
  if (exp === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  // value = mant * 2^e ; raw = value * 2^frac = mant * 2^(e+frac)
  const s = e + frac;
  let raw: bigint;
  if (s >= 0) {
    raw = mant << BigInt(s);
  } else {
    const sh = BigInt(-s);
    const q = mant >> sh;
    const rem = mant - (q << sh);
    const half = 1n << (sh - 1n);
    raw = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
  }
  return sign === 1n ? -raw : raw;
}

// ---------------------------------------------------------------------------------------------
// Integer helpers with Rust's saturating semantics for the unsigned types the chain uses.

export function satAddU64(a: bigint, b: bigint): bigint {
  const r = a + b;
  return r > U64_MAX ? U64_MAX : r;
}

export function satSubU64(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

export function satMulU64(a: bigint, b: bigint): bigint {
  const r = a * b;
  return r > U64_MAX ? U64_MAX : r;
}

export function satAddU128(a: bigint, b: bigint): bigint {
  const r = a + b;
  return r > U128_MAX ? U128_MAX : r;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

export function clampBig(v: bigint, lo: bigint, hi: bigint): bigint {
  return v < lo ? lo : v > hi ? hi : v;
}
