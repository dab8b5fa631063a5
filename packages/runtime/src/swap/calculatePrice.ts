/**
 * Spot price of the pool (spec/economics.md §5.2; `Balancer::calculate_price`,
 * `Pallet::current_price`).
 */
import { U64F64, type PerquintillParts } from '@tensorium/primitives';
import { baseWeight } from './weights.js';

/**
 * price = (w1 / w2) · (y / x) in U64F64 (TAO per alpha), each division a `safe_div` (0 when
 * dividing by zero), the product saturating. Returns the U64F64 bits.
 */
export function calculatePrice(quoteWeight: PerquintillParts, alphaReserve: bigint, taoReserve: bigint): bigint {
  const w2 = U64F64.fromInt(quoteWeight);
  const w1 = U64F64.fromInt(baseWeight(quoteWeight));
  return U64F64.mul(U64F64.safeDiv(w1, w2), U64F64.safeDiv(U64F64.fromInt(taoReserve), U64F64.fromInt(alphaReserve)));
}

/** `current_price` of a dynamic (mechanism 1) subnet: 0 for an empty alpha reserve. */
export function currentPrice(quoteWeight: PerquintillParts, alphaReserve: bigint, taoReserve: bigint): bigint {
  return alphaReserve === 0n ? 0n : calculatePrice(quoteWeight, alphaReserve, taoReserve);
}

/**
 * A limit price given in rao per alpha as the U64F64 TAO-per-alpha price `do_swap` compares
 * against: U64F64(rao).safe_div(U64F64(1e9)) (`SwapEngine::swap`).
 */
export function limitPriceFromRao(limitPriceRao: bigint): bigint {
  return U64F64.safeDiv(U64F64.fromInt(limitPriceRao), U64F64.fromInt(1_000_000_000n));
}
