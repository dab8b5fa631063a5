/**
 * `exp_safe` exactly as subtensor computes it (spec/epoch.md §2.1): the input is clamped to
 * [-20, 20] and fed to substrate_fixed's truncated 31-term Taylor series in I32F32 (floor on every
 * multiplication, truncation on every division), with the reciprocal taken for negative inputs.
 * Two implementations: `expSafe` on bigint raws (the reference) and `expSafeNumber`, which does the
 * same integer arithmetic on doubles and is exact whenever every intermediate stays below 2^53.
 */

const ONE = 1n << 32n;
const MIN_INPUT = -20n << 32n;
const MAX_INPUT = 20n << 32n;
/** `consts::E` as I9F23 (raw 22802600) widened to I32F32: returned verbatim for x == 1. */
export const EXP_ONE_RAW = 22802600n << 9n;
const I32F32_MAX = (1n << 63n) - 1n;

/** substrate_fixed `exp::<I32F32, I32F32>` on a raw value; undefined where the crate returns Err. */
export function expRaw(x: bigint): bigint | undefined {
  if (x === 0n) return ONE;
  if (x === ONE) return EXP_ONE_RAW;
  const neg = x < 0n;
  const y = neg ? -x : x;
  if (y > I32F32_MAX) return undefined; // negation of MIN overflows
  let result = y + ONE;
  if (result > I32F32_MAX) return undefined;
  let term = y;
  for (let i = 2n; i <= 31n; i++) {
    term = (term * y) >> 32n;
    if (term > I32F32_MAX) return undefined;
    term = term / i;
    result += term;
    if (result > I32F32_MAX) return undefined;
  }
  if (neg) {
    // 1 / result, truncating (result >= 1 so this never overflows).
    return (ONE << 32n) / result;
  }
  return result;
}

/** `exp_safe`: clamp to [-20, 20], then `expRaw`; an Err maps to 0 (x <= 0) or I32F32::MAX. */
export function expSafe(x: bigint): bigint {
  const c = x < MIN_INPUT ? MIN_INPUT : x > MAX_INPUT ? MAX_INPUT : x;
  const r = expRaw(c);
  if (r !== undefined) return r;
  return c <= 0n ? 0n : I32F32_MAX;
}

const TWO32 = 4294967296;
/** |x| below which every term and partial sum of the series is < 2^53 (e^14 * 2^32 < 2^53). */
const FAST_LIMIT = 14 * TWO32;

/**
 * `floor(t * y / (i * 2^32))` for integers 0 <= t < 2^53, 0 <= y < 2^36, 1 <= i <= 31, exact when
 * the result is < 2^53: the product is split into 27/26-bit and 18-bit limbs so that every partial
 * product and sum is an exactly representable integer.
 */
export function termStep(t: number, y: number, i: number): number {
  const prod = t * y;
  if (prod < 9007199254740992) {
    // t*y exact: floor(floor(t*y / 2^32) / i) == floor(t*y / (i*2^32)).
    // Math.floor(a / b) is exact for integers 0 <= a < 2^53, b >= 1 (the rounding error of the
    // quotient is below the distance 1/b to the next integer).
    return Math.floor(Math.floor(prod / TWO32) / i);
  }
  const t1 = Math.floor(t / 67108864); // 2^26
  const t0 = t - t1 * 67108864;
  const y1 = Math.floor(y / 262144); // 2^18
  const y0 = y - y1 * 262144;
  // t*y = t1*y1*2^44 + t1*y0*2^26 + t0*y1*2^18 + t0*y0
  const u = t1 * y0;
  const v = t0 * y1;
  const w = t0 * y0;
  const s = v + Math.floor(w / 262144);
  const uq = Math.floor(u / 64);
  const ur = u - uq * 64;
  // floor(t*y / 2^32) = t1*y1*2^12 + uq + floor((ur*256 + s) / 2^14)
  const uqh = Math.floor(uq / 4096);
  const uql = uq - uqh * 4096;
  const hi = t1 * y1 + uqh; // P = hi * 2^12 + lo
  const lo = uql + Math.floor((ur * 256 + s) / 16384);
  const qh = Math.floor(hi / i);
  const rh = hi - qh * i;
  const rest = rh * 4096 + lo;
  return qh * 4096 + Math.floor(rest / i);
}

/**
 * `exp_safe` on a raw I32F32 carried in a double (|x| < 2^53). Uses exact double arithmetic for
 * |x| < 14 and falls back to the bigint reference otherwise; the result is exact whenever it is
 * below 2^53 (always for x < 14.5, so callers with larger inputs must use `expSafe`).
 */
export function expSafeNumber(x: number): number {
  if (x === 0) return TWO32;
  if (x === TWO32) return 11674931200;
  const y = x < 0 ? -x : x;
  if (y >= FAST_LIMIT) return Number(expSafe(BigInt(x)));
  let result = y + TWO32;
  let term = y;
  for (let i = 2; i <= 31; i++) {
    term = termStep(term, y, i);
    if (term === 0) break; // every later term is 0 as well
    result += term;
  }
  if (x < 0) {
    // trunc(2^64 / result) with 2^32 <= result < 2^53: the remainder is exact (fmod), and the
    // quotient (< 2^32) is recovered by rounding a division whose error is far below 0.5.
    const r = 18446744073709551616 % result;
    return Math.round((18446744073709551616 - r) / result);
  }
  return result;
}
