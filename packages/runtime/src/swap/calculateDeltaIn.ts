/**
 * Input needed to move the pool price to a limit (spec/economics.md §5.4;
 * `Balancer::calculate_quote_delta_in`, `calculate_base_delta_in`).
 */
import { powRatioScaled, U64_MAX, U64F64, type PerquintillParts } from '@tensorium/primitives';
import { DELTA_IN_PRECISION, WEIGHT_ACCURACY } from './constants.js';
import { baseWeight } from './weights.js';

/** floor(reserve · (e/1e18 - 1)) with e saturated to u64 and the subtraction floored at 0. */
function deltaFromPower(e: bigint | undefined, reserve: bigint): bigint {
  if (e === undefined) return 0n;
  const eU64 = e > U64_MAX ? U64_MAX : e < 0n ? 0n : e;
  const ratio = U64F64.safeDiv(U64F64.fromInt(eU64), U64F64.fromInt(WEIGHT_ACCURACY));
  return U64F64.toU64(U64F64.mul(U64F64.fromInt(reserve), U64F64.saturatingSub(ratio, U64F64.ONE)));
}

/**
 * TAO to pay in (buy) to raise the price from `currentPriceBits` to `targetPriceBits`:
 * floor(y · ((p_target / p)^w1 - 1)); 0 when the target is not above the current price.
 * Prices are U64F64 bits; the power is pow_ratio_scaled on the raw bits (precision 1024).
 */
export function calculateQuoteDeltaIn(quoteWeight: PerquintillParts, currentPriceBits: bigint, targetPriceBits: bigint, taoReserve: bigint): bigint {
  const e = powRatioScaled(targetPriceBits, currentPriceBits, baseWeight(quoteWeight), WEIGHT_ACCURACY, DELTA_IN_PRECISION, WEIGHT_ACCURACY);
  return deltaFromPower(e, taoReserve);
}

/**
 * Alpha to pay in (sell) to lower the price from `currentPriceBits` to `targetPriceBits`:
 * floor(x · ((p / p_target)^w2 - 1)); 0 when the target is not below the current price.
 */
export function calculateBaseDeltaIn(quoteWeight: PerquintillParts, currentPriceBits: bigint, targetPriceBits: bigint, alphaReserve: bigint): bigint {
  const e = powRatioScaled(currentPriceBits, targetPriceBits, quoteWeight, WEIGHT_ACCURACY, DELTA_IN_PRECISION, WEIGHT_ACCURACY);
  return deltaFromPower(e, alphaReserve);
}
