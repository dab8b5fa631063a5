/**
 * Arbitrary-precision integer math of the `safe-bigmath` crate (sam0x17/safe-bigmath@013c4998,
 * the revision subtensor pins), used by the swap pool for its weighted powers
 * (spec/economics.md §5.3, §15.3).
 *
 * `powRatioScaled` must agree bit for bit with `SafeInt::pow_ratio_scaled`: it reduces the
 * exponent by its gcd, takes an exact integer n-th root when both reduced exponent parts are at
 * most 1024, and otherwise runs the crate's binary fixed-point ln/exp Taylor series with 24 guard
 * bits, its iteration cap and its early-stop rule. Integer (`bigint`) arithmetic only.
 */

/** Largest reduced exponent numerator/denominator handled by the exact root path. */
export const MAX_EXACT_EXPONENT = 1024n;
/** `DEFAULT_MAX_ITERS`: iteration cap of the series fallback. */
export const DEFAULT_MAX_ITERS = 4096;
const GUARD_BITS = 24;

/** Floor division (toward -inf), as num-bigint's `div_floor`. `d` must be non-zero. */
export function divFloor(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d !== 0n && (n < 0n) !== (d < 0n)) ? q - 1n : q;
}

/** Number of significant bits (`BigUint::bits`): 0 for 0. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}

/** Greatest common divisor of two non-negative integers (Euclid, gcd(a, 0) = a). */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/**
 * floor((num / den)^(1/q)) for num >= 0, den > 0, q >= 1: the largest r with r^q · den <= num
 * (safe-bigmath `nth_root_ratio_floor`; 0 when q = 0). The floor root is unique, so any exact
 * method gives the crate's result; since r^q is an integer, it is also floor(floor(num/den)^(1/q)).
 */
export function nthRootRatioFloor(num: bigint, den: bigint, q: number): bigint {
  if (q === 0) return 0n;
  if (num < 0n || den <= 0n) throw new RangeError('nthRootRatioFloor: num >= 0 and den > 0 required');
  return integerNthRoot(num / den, q);
}

/** Roots of at most this many bits are found by bisection; larger ones by Newton's method. */
const BISECTION_ROOT_BITS = 16;

/**
 * floor(value^(1/n)) for value >= 0, n >= 1. Bisection for short roots; otherwise the root of
 * value >> (n·t) (t low bits dropped) gives a start just above the root, from which integer
 * Newton steps descend monotonically to the floor root.
 */
export function integerNthRoot(value: bigint, n: number): bigint {
  if (n < 1) throw new RangeError('integerNthRoot: n >= 1 required');
  if (value < 0n) throw new RangeError('integerNthRoot: value >= 0 required');
  if (value < 2n || n === 1) return value;
  const nn = BigInt(n);
  const up = bitLength(value) + n - 1;
  const rootBits = (up - (up % n)) / n; // ceil(bits / n), exact integer division; root < 2^rootBits
  if (rootBits <= BISECTION_ROOT_BITS) {
    let low = 1n;
    let high = (1n << BigInt(rootBits)) - 1n;
    while (low < high) {
      const mid = (low + high + 1n) >> 1n;
      if (mid ** nn <= value) low = mid;
      else high = mid - 1n;
    }
    return low;
  }
  const t = BigInt(rootBits - BISECTION_ROOT_BITS + 2);
  // (r_hi + 1)^n > value >> (n·t) implies ((r_hi + 1) << t)^n > value: x starts above the root.
  let x = (integerNthRoot(value >> (nn * t), n) + 1n) << t;
  for (;;) {
    const y = ((nn - 1n) * x + value / x ** (nn - 1n)) / nn;
    if (y >= x) return x;
    x = y;
  }
}

/** `round_to_precision`: value / guard rounded half away from zero. */
function roundToPrecision(value: bigint, guard: bigint): bigint {
  let truncated = value / guard;
  const rem = value % guard;
  if (rem !== 0n) {
    const absRem = rem < 0n ? -rem : rem;
    if (absRem << 1n >= guard) truncated += rem < 0n ? -1n : 1n;
  }
  return truncated;
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);

/** `ln1p_fixed`: ln(1 + x) by its Taylor series in fixed point with `scale` = 1.0. */
function ln1pFixed(x: bigint, scale: bigint, guard: bigint, maxIters: number): bigint {
  let term = x;
  let result = term;
  let prevRounded = roundToPrecision(result, guard);
  for (let n = 2; n <= maxIters; n++) {
    term = divFloor(term * x, scale);
    if (term === 0n) break;
    const next = divFloor(term, BigInt(n));
    if (next === 0n) break;
    if (n % 2 === 0) result -= next;
    else result += next;
    const rounded = roundToPrecision(result, guard);
    if (abs(next) < guard || rounded === prevRounded) break;
    prevRounded = rounded;
  }
  return result;
}

/** `exp_fixed`: e^x by its Taylor series in fixed point with `scale` = 1.0. */
function expFixed(x: bigint, scale: bigint, guard: bigint, maxIters: number): bigint {
  let term = scale;
  let result = term;
  let prevRounded = roundToPrecision(result, guard);
  for (let n = 1; n <= maxIters; n++) {
    term = divFloor(term * x, scale * BigInt(n));
    if (term === 0n) break;
    result += term;
    const rounded = roundToPrecision(result, guard);
    if (abs(term) < guard || rounded === prevRounded) break;
    prevRounded = rounded;
  }
  return result;
}

/** `ln_biguint`: ln(value) for value > 0 via a mantissa normalised into [0.5, 1.5) and ln 2. */
function lnBigUint(value: bigint, internalPrecision: number, internalScale: bigint, guard: bigint, lnTwo: bigint, maxIters: number): bigint {
  if (value === 0n) return 0n;
  let shift = bitLength(value) - 1;
  let mantissa = (value << BigInt(internalPrecision)) >> BigInt(shift);
  if (mantissa >= internalScale + (internalScale >> 1n)) {
    mantissa >>= 1n;
    shift += 1;
  }
  return ln1pFixed(mantissa - internalScale, internalScale, guard, maxIters) + lnTwo * BigInt(shift);
}

/**
 * `SafeInt::pow_ratio_scaled(base_num, base_den, exp_num, exp_den, precision, scale)`:
 * (base_num / base_den)^(exp_num / exp_den) · scale as an integer, or `undefined` where the crate
 * returns `None` (a zero denominator, a negative base or scale). A zero base gives 0, a zero
 * exponent gives `scale`. `maxIters` is `pow_ratio_scaled_with_max_iters`'s cap (default
 * min(4096, internal precision + 128)).
 */
export function powRatioScaled(
  baseNum: bigint,
  baseDen: bigint,
  expNum: bigint,
  expDen: bigint,
  precision: number,
  scale: bigint,
  maxIters?: number,
): bigint | undefined {
  if (baseDen === 0n || expDen === 0n) return undefined;
  if (baseNum === 0n) return 0n;
  if (scale < 0n) return undefined;
  if (baseNum < 0n || baseDen < 0n) return undefined;
  if (expNum < 0n || expDen < 0n) return undefined; // `to_biguint()` of a negative is None
  if (expNum === 0n) return scale;

  const g = gcd(expNum, expDen);
  if (g > 1n) {
    expNum /= g;
    expDen /= g;
  }

  // Exact path: (base_num^n · scale^d / base_den^n)^(1/d), floored.
  if (expNum <= MAX_EXACT_EXPONENT && expDen <= MAX_EXACT_EXPONENT) {
    const n = expNum;
    const d = Number(expDen);
    return nthRootRatioFloor(baseNum ** n * scale ** expDen, baseDen ** n, d);
  }

  // Fallback: fixed-point ln/exp with guard bits.
  const scaleBits = bitLength(scale);
  const requestedPrecision = Math.max(precision, 32, scaleBits + 8);
  const internalPrecision = requestedPrecision + GUARD_BITS;
  const defaultMaxIters = Math.min(DEFAULT_MAX_ITERS, internalPrecision + 128);
  const iters = Math.max(maxIters ?? defaultMaxIters, 1);

  const targetScale = 1n << BigInt(requestedPrecision);
  const guard = 1n << BigInt(GUARD_BITS);
  const internalScale = targetScale << BigInt(GUARD_BITS);

  const lnHalf = ln1pFixed(-(internalScale >> 1n), internalScale, guard, iters);
  const lnTwo = -lnHalf;
  const lnNum = lnBigUint(baseNum, internalPrecision, internalScale, guard, lnTwo, iters);
  const lnDen = lnBigUint(baseDen, internalPrecision, internalScale, guard, lnTwo, iters);
  const lnScaled = divFloor((lnNum - lnDen) * expNum, expDen);
  const expFp = expFixed(lnScaled, internalScale, guard, iters);
  const expRequested = roundToPrecision(expFp, guard);
  return divFloor(expRequested * scale, targetScale);
}
