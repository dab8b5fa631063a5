/**
 * One swap step's output and the price it leads to (spec/economics.md §5.3;
 * `BasicSwapStep::convert_deltas`, `price_target`, `Balancer::get_base_needed_for_quote`).
 */
import { satAddU64, satSubU64, U64F64, type PerquintillParts } from '@tensorium/primitives';
import { calculatePrice } from './calculatePrice.js';
import { expBaseQuote, expQuoteBase, expScaled } from './expScaled.js';

/** `buy`: TAO in, alpha out (`GetAlphaForTao`). `sell`: alpha in, TAO out (`GetTaoForAlpha`). */
export type SwapDirection = 'buy' | 'sell';

/** The pool a pure swap function works on. */
export interface PoolState {
  /** y, `SubnetTAO` (rao). */
  readonly taoReserve: bigint;
  /** x, `SubnetAlphaIn`. */
  readonly alphaReserve: bigint;
  /** w2, `SwapBalancer` quote weight (Perquintill parts). */
  readonly quoteWeight: PerquintillParts;
}

/** floor(reserve · (1 - e)) with U64F64 saturating arithmetic. */
function payout(reserveOut: bigint, e: bigint): bigint {
  return U64F64.toU64(U64F64.mul(U64F64.fromInt(reserveOut), U64F64.saturatingSub(U64F64.ONE, e)));
}

/**
 * Fee-less output for `deltaIn` of the input token, without reserve or limit checks.
 * buy: floor(x · (1 - (y/(y+Δy))^(w2/w1))); sell: floor(y · (1 - (x/(x+Δx))^(w1/w2))).
 */
export function convertDeltas(pool: PoolState, direction: SwapDirection, deltaIn: bigint): bigint {
  return direction === 'buy'
    ? payout(pool.alphaReserve, expQuoteBase(pool.quoteWeight, pool.taoReserve, deltaIn))
    : payout(pool.taoReserve, expBaseQuote(pool.quoteWeight, pool.alphaReserve, deltaIn));
}

/** `price_target`: the pool price after swapping `deltaIn` in full (U64F64 bits). */
export function priceTarget(pool: PoolState, direction: SwapDirection, deltaIn: bigint): bigint {
  return priceAfter(pool, direction, deltaIn, convertDeltas(pool, direction, deltaIn));
}

/** The pool price after `deltaIn` went in and `out` came out (U64F64 bits). */
export function priceAfter(pool: PoolState, direction: SwapDirection, deltaIn: bigint, out: bigint): bigint {
  return direction === 'buy'
    ? calculatePrice(pool.quoteWeight, satSubU64(pool.alphaReserve, out), satAddU64(pool.taoReserve, deltaIn))
    : calculatePrice(pool.quoteWeight, satAddU64(pool.alphaReserve, deltaIn), satSubU64(pool.taoReserve, out));
}

/** `get_base_needed_for_quote`: alpha to sell to take `deltaTao` out: floor(x · ((y/(y-Δy))^(w2/w1) - 1)). */
export function getBaseNeededForQuote(pool: PoolState, deltaTao: bigint): bigint {
  const e = expScaled(pool.quoteWeight, pool.taoReserve, -deltaTao, false);
  return U64F64.toU64(U64F64.mul(U64F64.fromInt(pool.alphaReserve), U64F64.saturatingSub(e, U64F64.ONE)));
}
