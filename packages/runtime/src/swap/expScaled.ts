/**
 * The weighted power of the Balancer swap formulas (spec/economics.md §5.3;
 * `Balancer::exp_scaled`, `exp_base_quote`, `exp_quote_base`).
 */
import { powRatioScaled, satAddU64, satSubU64, U64_MAX, U64F64, type PerquintillParts } from '@tensorium/primitives';
import { EXP_SCALED_PRECISION, WEIGHT_ACCURACY } from './constants.js';
import { baseWeight } from './weights.js';

/**
 * (x / (x + dx))^(w1/w2) when `baseOverQuote`, else (x / (x + dx))^(w2/w1), as U64F64 bits.
 *
 * r = pow_ratio_scaled(x, x + dx, exponent parts, precision 256, scale 1e18), then
 * U64F64(r) / U64F64(1e18), capped at 1 when dx >= 0. 0 when x + dx = 0 or when r is undefined
 * or does not fit in u64. `dx` may be negative (x + dx saturates at 0 and at u64::MAX).
 */
const SCALE = U64F64.fromInt(WEIGHT_ACCURACY);

export function expScaled(quoteWeight: PerquintillParts, x: bigint, dx: bigint, baseOverQuote: boolean): bigint {
  const xPlusDx = dx >= 0n ? satAddU64(x, dx) : satSubU64(x, -dx);
  if (xPlusDx === 0n) return 0n;
  const w1 = baseWeight(quoteWeight);
  const w2 = quoteWeight;
  const r = baseOverQuote
    ? powRatioScaled(x, xPlusDx, w1, w2, EXP_SCALED_PRECISION, WEIGHT_ACCURACY)
    : powRatioScaled(x, xPlusDx, w2, w1, EXP_SCALED_PRECISION, WEIGHT_ACCURACY);
  if (r === undefined || r < 0n || r > U64_MAX) return 0n;
  const result = U64F64.safeDiv(U64F64.fromInt(r), SCALE);
  return dx >= 0n && result > U64F64.ONE ? U64F64.ONE : result;
}

/** (x / (x + dx))^(w1/w2): used by sells (alpha in). */
export function expBaseQuote(quoteWeight: PerquintillParts, x: bigint, dx: bigint): bigint {
  return expScaled(quoteWeight, x, dx, true);
}

/** (y / (y + dy))^(w2/w1): used by buys (TAO in). */
export function expQuoteBase(quoteWeight: PerquintillParts, y: bigint, dy: bigint): bigint {
  return expScaled(quoteWeight, y, dy, false);
}
