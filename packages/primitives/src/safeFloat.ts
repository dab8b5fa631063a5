/**
 * `SafeFloat` of subtensor's `primitives/share-pool` (spec/economics.md §6.1): a decimal float with
 * a u128 mantissa and an i64 base-10 exponent, value = mantissa · 10^exponent, kept normalised so
 * that 1e20 < mantissa <= 1e21 (or mantissa = exponent = 0 for zero).
 *
 * It stores stake shares (`AlphaV2`) and share denominators (`TotalHotkeySharesV2`). Every
 * operation reproduces the Rust code bit for bit, including its precision loss:
 *   - `add`/`sub` align to the larger exponent by integer division of the other mantissa by
 *     10^diff (10^diff capped at 1e22, which zeroes any mantissa anyway);
 *   - `mulDiv(a, b)` = norm(self.m · a.m / b.m, self.e + a.e - b.e) with one truncating division;
 *   - `div(a)` = norm(self.m · 1e21 / a.m, self.e - a.e - 21);
 *   - conversion to u64 floors (and saturates).
 * Operations that the Rust code makes fallible (`Option`) return `undefined` here.
 */

/** Maximum normalised mantissa, 1e21 (`SAFE_FLOAT_MAX`). */
export const SAFE_FLOAT_MAX = 1_000_000_000_000_000_000_000n;
/** `SAFE_FLOAT_MAX_EXP`. */
export const SAFE_FLOAT_MAX_EXP = 21n;
const SAFE_FLOAT_MIN = SAFE_FLOAT_MAX / 10n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;
const U256_MAX = (1n << 256n) - 1n;

function inI64(e: bigint): boolean {
  return e >= I64_MIN && e <= I64_MAX;
}

/** `cappow10(e)`: 10^e for e <= 22, else 1e22. */
function cappow10(e: bigint): bigint {
  if (e > SAFE_FLOAT_MAX_EXP + 1n) return SAFE_FLOAT_MAX * 10n;
  return 10n ** e;
}

/**
 * Normalise (mantissa, exponent) into (1e20, 1e21] as `SafeFloat::normalize`; `undefined` when the
 * exponent leaves the i64 range on the way.
 */
function normalize(mantissa: bigint, exponent: bigint): SafeFloat | undefined {
  if (mantissa === 0n) return SafeFloat.ZERO;
  let m = mantissa;
  let e = exponent;
  while (m > SAFE_FLOAT_MAX) {
    m /= 10n;
    e += 1n;
    if (e > I64_MAX) return undefined;
  }
  while (m <= SAFE_FLOAT_MIN) {
    m *= 10n;
    e -= 1n;
    if (e < I64_MIN) return undefined;
  }
  return SafeFloat.raw(m, e);
}

export class SafeFloat {
  /** Zero: mantissa 0, exponent 0 (also the `Default`). */
  static readonly ZERO: SafeFloat = new SafeFloat(0n, 0n);

  private constructor(
    /** u128 mantissa, normalised into (1e20, 1e21] unless zero. */
    readonly mantissa: bigint,
    /** i64 base-10 exponent. */
    readonly exponent: bigint,
  ) {}

  /** Rebuild a value from already-normalised parts (e.g. decoded from storage); no checks. */
  static raw(mantissa: bigint, exponent: bigint): SafeFloat {
    return mantissa === 0n ? SafeFloat.ZERO : new SafeFloat(mantissa, exponent);
  }

  /** `SafeFloat::new(mantissa, exponent)`: `undefined` if mantissa > 1e21 or the exponent overflows. */
  static new(mantissa: bigint, exponent: bigint): SafeFloat | undefined {
    if (mantissa < 0n || mantissa > SAFE_FLOAT_MAX || !inI64(exponent)) return undefined;
    return normalize(mantissa, exponent);
  }

  /** `From<u64>`: exact (a u64 has at most 20 digits). */
  static fromU64(value: bigint): SafeFloat {
    return SafeFloat.new(value, 0n) ?? SafeFloat.ZERO;
  }

  /** `From<U64F64>` (used when migrating legacy `Alpha` shares): int + frac / 2^64. */
  static fromU64F64(bits: bigint): SafeFloat {
    if (bits === 0n) return SafeFloat.ZERO;
    const int = bits >> 64n;
    const frac = bits & U64_MAX;
    const safeInt = SafeFloat.new(int, 0n) ?? SafeFloat.ZERO;
    const safeFracNum = SafeFloat.new(frac, 0n) ?? SafeFloat.ZERO;
    const safeTwo64 = SafeFloat.new(1n << 64n, 0n) ?? SafeFloat.ZERO;
    const safeFrac = safeFracNum.div(safeTwo64) ?? SafeFloat.ZERO;
    return safeInt.add(safeFrac) ?? SafeFloat.ZERO;
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  equals(other: SafeFloat): boolean {
    return this.mantissa === other.mantissa && this.exponent === other.exponent;
  }

  /** self / a keeping 21 digits: norm(self.m · 1e21 / a.m, self.e - a.e - 21). */
  div(a: SafeFloat): SafeFloat | undefined {
    const e = this.exponent - a.exponent - SAFE_FLOAT_MAX_EXP;
    if (!inI64(e)) return undefined;
    if (a.mantissa === 0n) return undefined;
    return normalize((this.mantissa * SAFE_FLOAT_MAX) / a.mantissa, e);
  }

  /** self + a, aligned to the larger exponent (the smaller operand's low digits are dropped). */
  add(a: SafeFloat): SafeFloat | undefined {
    if (this.isZero()) return a;
    if (a.isZero()) return this;
    if (this.exponent >= a.exponent) {
      const m2 = a.mantissa / cappow10(this.exponent - a.exponent);
      return normalize(satU256(this.mantissa + m2), this.exponent);
    }
    const m1 = this.mantissa / cappow10(a.exponent - this.exponent);
    return normalize(satU256(m1 + a.mantissa), a.exponent);
  }

  /** self - a (saturating at 0 after alignment); `undefined` for 0 - nonzero. */
  sub(a: SafeFloat): SafeFloat | undefined {
    if (this.isZero() && a.isZero()) return SafeFloat.ZERO;
    if (this.isZero()) return undefined;
    if (a.isZero()) return this;
    if (this.exponent >= a.exponent) {
      const m2 = a.mantissa / cappow10(this.exponent - a.exponent);
      return normalize(this.mantissa > m2 ? this.mantissa - m2 : 0n, this.exponent);
    }
    const m1 = this.mantissa / cappow10(a.exponent - this.exponent);
    return normalize(m1 > a.mantissa ? m1 - a.mantissa : 0n, a.exponent);
  }

  /** self · a / b with one truncating division of the mantissa product. */
  mulDiv(a: SafeFloat, b: SafeFloat): SafeFloat | undefined {
    if (b.mantissa === 0n) return undefined;
    const ea = this.exponent + a.exponent;
    if (!inI64(ea)) return undefined;
    const e = ea - b.exponent;
    if (!inI64(e)) return undefined;
    return normalize((this.mantissa * a.mantissa) / b.mantissa, e);
  }

  /** self > a, for normalised values. */
  gt(a: SafeFloat): boolean {
    if (this.exponent === a.exponent) return this.mantissa > a.mantissa;
    if (this.exponent > a.exponent) {
      if (this.exponent - a.exponent > 1n) return true;
      return 10n * this.mantissa > a.mantissa;
    }
    if (a.exponent - this.exponent > 1n) return false;
    return this.mantissa > 10n * a.mantissa;
  }

  /** `u64::from(&SafeFloat)`: floor(m · 10^e), saturating at u64::MAX. */
  toU64(): bigint {
    if (this.exponent === 0n) return this.mantissa > U64_MAX ? U64_MAX : this.mantissa;
    const abs = this.exponent < 0n ? -this.exponent : this.exponent;
    const scale = cappow10(abs);
    const q = this.exponent > 0n ? satU256(this.mantissa * scale) : this.mantissa / scale;
    return q > U64_MAX ? U64_MAX : q;
  }

  toString(): string {
    return `${this.mantissa}e${this.exponent}`;
  }
}

function satU256(v: bigint): bigint {
  return v > U256_MAX ? U256_MAX : v;
}
