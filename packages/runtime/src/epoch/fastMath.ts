/**
 * Exact integer arithmetic on doubles for the epoch's fast path (spec/epoch.md §2 rounding rules).
 *
 * I32F32 raws in the epoch are proportions (|raw| <= 2^33), so they and their sums are integers
 * far below 2^53 and are carried exactly in doubles. The only operations that leave that range are
 * products (up to 2^66) and divisions with a 2^32 scaled numerator; the helpers below split operands
 * into limbs so that every intermediate is an exactly representable integer. Preconditions are
 * stated per function; callers check them (or fall back to the bigint path).
 */
import { vecU16MaxUpscaleToU16 } from './math.js';

export const TWO32 = 4294967296;
/** POW2[k] = 2^k for k <= 52. */
const POW2: number[] = [];
for (let k = 0, p = 1; k <= 52; k++, p *= 2) POW2.push(p);

/**
 * I32F32 `saturating_mul` without saturation: floor(x * y / 2^32), for integers with
 * |x| < 2^35 and |y| < 2^33 (so |x * yh| and |x * yl| stay below 2^53). Exact for either sign.
 */
export function mulFloor(x: number, y: number): number {
  // Scalings by 2^-16 are written as multiplications by the exact literal (a module constant
  // would be a context load and a real division in optimised code); they are exact.
  const yh = Math.floor(y * 0.0000152587890625);
  const yl = y - yh * 65536;
  // x*y = x*yh*2^16 + x*yl; floor((A*2^16 + B) / 2^32) = floor((A + floor(B/2^16)) / 2^16).
  return Math.floor((x * yh + Math.floor(x * yl * 0.0000152587890625)) * 0.0000152587890625);
}

/**
 * floor(s * e / 2^32) for integers |s| < 2^41 and |e| <= 2^31 (the liquid-alpha exponent:
 * steepness/-100 times d - 1/2).
 */
export function mulFloorWide(s: number, e: number): number {
  const sh = Math.floor(s * 9.5367431640625e-7); // 2^-20
  const sl = s - sh * 1048576;
  const a = sh * e; // |a| < 2^52
  const b = sl * e; // |b| < 2^51
  return Math.floor((a + Math.floor(b * 9.5367431640625e-7)) * 0.000244140625); // 2^-20, 2^-12
}

/**
 * trunc(a / b) for integers 0 <= a < 2^53, b >= 1. `Math.floor(a / b)` is exact here: the
 * quotient's rounding error (< a/b * 2^-53 < 1/b) is smaller than its distance to the next integer.
 */
export function idiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Largest c with s * 2^c <= 2^53 (at least 1): the chunk size `divShift32` may use for divisor s. */
export function chunkBits(s: number): number {
  let bitLen = 0;
  for (let t = s; t >= 1; t = Math.floor(t / 2)) bitLen++;
  const c = 53 - bitLen;
  return c < 1 ? 1 : c;
}

/**
 * I32F32 division of non-negative raws, trunc(v * 2^32 / s), for integers 0 <= v < 2^53,
 * 0 < s < 2^52, quotient < 2^53; `c = chunkBits(s)`. Long division in chunks of c bits so that
 * `r * 2^c` (r < s) stays exact.
 */
export function divShift32(v: number, s: number, c: number): number {
  let q = Math.floor(v / s);
  let r = v - q * s;
  let bitsLeft = 32;
  while (bitsLeft > 0) {
    const step = c < bitsLeft ? c : bitsLeft;
    const p = POW2[step];
    const num = r * p;
    const d = Math.floor(num / s);
    q = q * p + d;
    r = num - d * s;
    bitsLeft -= step;
  }
  return q;
}

/** trunc(2^64 / d) for an integer 2^32 <= d < 2^53 (reciprocal of an I32F32 >= 1). */
export function recipShift64(d: number): number {
  const r = 18446744073709551616 % d;
  return Math.round((18446744073709551616 - r) / d);
}

/** `fixed_proportion_to_u16` on a double raw (|x| < 2^37). */
export function proportionToU16(x: number): number {
  const v = Math.floor((x * 65535) / TWO32);
  return v < 0 ? 0 : v > 65535 ? 65535 : v;
}

/**
 * `vec_u16_max_upscale_to_u16` (`vecU16MaxUpscaleToU16` in math.ts, how `set_weights` stores
 * weights) on doubles, with the same result. The I32F32 raw of a u16 weight w is w·2^32, so with
 * M the largest weight every step is one integer division below 2^53 (exact with `idiv`):
 *   M > 32768:  r = trunc(65535·2^32 / M) (the ratio), x = w·r;
 *   0 < M <= 32768: x = trunc(w·65535·2^32 / M) (quotient and remainder of w·65535 / M first);
 * then out = min(65535, floor((x + 2^31) / 2^32)) (I32F32 round of a non-negative raw, to u16).
 * M = 0 gives zeros. Anything that is not a u16 integer takes the bigint reference.
 */
export function vecU16MaxUpscaleToU16Fast(vec: readonly number[]): number[] {
  const n = vec.length;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = vec[i];
    if (!Number.isInteger(v) || v < 0 || v > 65535) return vecU16MaxUpscaleToU16(vec);
    if (v > max) max = v;
  }
  const out = new Array<number>(n);
  if (max === 0) return out.fill(0);
  const ratio = max > 32768 ? idiv(65535 * TWO32, max) : 0;
  for (let i = 0; i < n; i++) {
    let x: number;
    if (max > 32768) x = vec[i] * ratio; // < 2^16 · 2^33
    else {
      // w·65535·2^32 may reach 2^63: divide p = w·65535 first, then the remainder scaled by 2^32 (< 2^47)
      const p = vec[i] * 65535;
      const q = idiv(p, max);
      x = q * TWO32 + idiv((p - q * max) * TWO32, max);
    }
    const u = Math.floor((x + 2147483648) / TWO32);
    out[i] = u > 65535 ? 65535 : u;
  }
  return out;
}
