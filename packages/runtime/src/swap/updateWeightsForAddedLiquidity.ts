/**
 * Protocol liquidity injection (spec/economics.md §5.5; `Balancer::update_weights_for_added_liquidity`
 * and `Pallet::adjust_protocol_liquidity`).
 */
import { Perquintill, satAddU128, U128_MAX, type PerquintillParts } from '@tensorium/primitives';
import { DEFAULT_QUOTE_WEIGHT, WEIGHT_ACCURACY } from './constants.js';
import { baseWeight, checkWeightConstraints } from './weights.js';

/**
 * `mul_perquintill_round`: round(p · value) with ties rounded UP (value + 0.5 then floor, in U256),
 * saturated to u128. This is the Balancer's own helper, not sp-arithmetic's `Perquintill * n`.
 */
export function mulPerquintillRound(p: PerquintillParts, value: bigint): bigint {
  const r = (value * p + WEIGHT_ACCURACY / 2n) / WEIGHT_ACCURACY;
  return r > U128_MAX ? U128_MAX : r;
}

function satMulU128(a: bigint, b: bigint): bigint {
  const r = a * b;
  return r > U128_MAX ? U128_MAX : r;
}

/**
 * The quote weight that keeps the price unchanged when (Δy, Δx) are added to reserves (y, x):
 * q1 = round(w1 · y · (x+Δx)), q2 = round(w2 · x · (y+Δy)), w2' = from_rational(q2, q1+q2)
 * (0.5 when q1+q2 = 0). `undefined` when a new weight would fall below 0.01 (the Rust call fails).
 */
export function updateWeightsForAddedLiquidity(
  quoteWeight: PerquintillParts,
  taoReserve: bigint,
  alphaReserve: bigint,
  taoDelta: bigint,
  alphaDelta: bigint,
): PerquintillParts | undefined {
  const newTao = satAddU128(taoReserve, taoDelta);
  const newAlpha = satAddU128(alphaReserve, alphaDelta);
  const q1 = mulPerquintillRound(baseWeight(quoteWeight), satMulU128(taoReserve, newAlpha));
  const q2 = mulPerquintillRound(quoteWeight, satMulU128(alphaReserve, newTao));
  const qSum = satAddU128(q1, q2);
  const w2 = qSum !== 0n ? Perquintill.fromRational(q2, qSum) : DEFAULT_QUOTE_WEIGHT;
  return checkWeightConstraints(w2) ? w2 : undefined;
}

export interface AdjustProtocolLiquidityResult {
  /** `SwapBalancer` after the call (unchanged when rejected). */
  readonly quoteWeight: PerquintillParts;
  /** false when the new weights would leave [0.01, 0.99]; nothing is injected then. */
  readonly accepted: boolean;
  /** TAO the caller adds to `SubnetTAO` (0 when rejected). */
  readonly taoDelta: bigint;
  /** Alpha the caller adds to `SubnetAlphaIn` (0 when rejected). */
  readonly alphaDelta: bigint;
}

/** `adjust_protocol_liquidity`: reweight for the injection, or inject nothing if out of range. */
export function adjustProtocolLiquidity(
  quoteWeight: PerquintillParts,
  taoReserve: bigint,
  alphaReserve: bigint,
  taoDelta: bigint,
  alphaDelta: bigint,
): AdjustProtocolLiquidityResult {
  const w2 = updateWeightsForAddedLiquidity(quoteWeight, taoReserve, alphaReserve, taoDelta, alphaDelta);
  return w2 === undefined
    ? { quoteWeight, accepted: false, taoDelta: 0n, alphaDelta: 0n }
    : { quoteWeight: w2, accepted: true, taoDelta, alphaDelta };
}
