/**
 * Largest stake operation that fills within a price limit (spec/economics.md §5.8;
 * `get_max_amount_add`, `get_max_amount_remove`, `get_max_amount_move` of SubtensorModule).
 */
import { satAddU64, satMulU64, U64_MAX, U64F64, type PerquintillParts } from '@tensorium/primitives';
import { currentPrice, limitPriceFromRao } from './calculatePrice.js';
import { MAX_SWAP_INPUT_RESERVE_MULTIPLIER, RAO_PER_TAO } from './constants.js';
import { doSwap } from './doSwap.js';

/** A subnet's pool as the limit helpers see it. */
export interface SubnetPool {
  /** Root, or `SubnetMechanism` 0: price fixed at 1, swaps 1:1, no fee. */
  readonly stable: boolean;
  readonly taoReserve: bigint;
  readonly alphaReserve: bigint;
  /** w2 (Perquintill parts); pass 0.5 for a pool not yet initialised. */
  readonly quoteWeight: PerquintillParts;
  readonly feeRate: number;
}

/**
 * `get_max_amount_add`: TAO (fee included) a buy can take before the price reaches
 * `limitPriceRao` (rao per alpha) — paid_in + fee of a simulated buy of 1000 · SubnetTAO.
 * Stable pools: u64::MAX if the limit is at least 1e9 rao, else 0. Throws the swap's error.
 */
export function getMaxAmountAdd(pool: SubnetPool, limitPriceRao: bigint, minimumReserve: bigint): bigint {
  if (pool.stable) return limitPriceRao >= RAO_PER_TAO ? U64_MAX : 0n;
  const r = doSwap({
    taoReserve: pool.taoReserve,
    alphaReserve: pool.alphaReserve,
    quoteWeight: pool.quoteWeight,
    feeRate: pool.feeRate,
    minimumReserve,
    direction: 'buy',
    amount: satMulU64(pool.taoReserve, MAX_SWAP_INPUT_RESERVE_MULTIPLIER),
    limitPrice: limitPriceFromRao(limitPriceRao),
    dropFees: false,
    simulate: true,
  });
  return satAddU64(r.amountPaidIn, r.feePaid);
}

/**
 * `get_max_amount_remove`: alpha (fee included) a sell can take before the price falls to
 * `limitPriceRao` — paid_in + fee of a simulated sell of 1000 · SubnetAlphaIn.
 * Stable pools: u64::MAX if the limit is at most 1e9 rao, else 0. Throws the swap's error.
 */
export function getMaxAmountRemove(pool: SubnetPool, limitPriceRao: bigint, minimumReserve: bigint): bigint {
  if (pool.stable) return limitPriceRao <= RAO_PER_TAO ? U64_MAX : 0n;
  const r = doSwap({
    taoReserve: pool.taoReserve,
    alphaReserve: pool.alphaReserve,
    quoteWeight: pool.quoteWeight,
    feeRate: pool.feeRate,
    minimumReserve,
    direction: 'sell',
    amount: satMulU64(pool.alphaReserve, MAX_SWAP_INPUT_RESERVE_MULTIPLIER),
    limitPrice: limitPriceFromRao(limitPriceRao),
    dropFees: false,
    simulate: true,
  });
  return satAddU64(r.amountPaidIn, r.feePaid);
}

/**
 * `get_max_amount_move`: alpha that can be moved from `origin` to `destination` while the price
 * ratio p_origin/p_destination stays at or above `limitPriceRao` / 1e9.
 *   - both stable: u64::MAX if limit <= 1e9, else 0;
 *   - stable -> dynamic: u64::MAX if limit = 0, else max add at destination price 1e18 / limit;
 *   - dynamic -> stable: max remove at the limit;
 *   - dynamic -> dynamic: 0 if a reserve is empty or limit/1e9 > p1/p2, u64::MAX if limit = 0,
 *     else floor(x2·(y1/(y1+y2)) / L - x1·(y2/(y1+y2))) (closed form, weights and fees ignored).
 */
export function getMaxAmountMove(origin: SubnetPool, destination: SubnetPool, limitPriceRao: bigint, minimumReserve: bigint): bigint {
  const tao = U64F64.fromInt(RAO_PER_TAO);
  if (origin.stable && destination.stable) return limitPriceRao > RAO_PER_TAO ? 0n : U64_MAX;
  if (origin.stable) {
    if (limitPriceRao === 0n) return U64_MAX;
    // The limit is origin/destination, so the destination price is its inverse.
    const destinationPriceRao = U64F64.toU64(U64F64.mul(U64F64.safeDiv(tao, U64F64.fromInt(limitPriceRao)), tao));
    return getMaxAmountAdd(destination, destinationPriceRao, minimumReserve);
  }
  if (destination.stable) return getMaxAmountRemove(origin, limitPriceRao, minimumReserve);

  if (origin.taoReserve === 0n || destination.taoReserve === 0n) return 0n;
  if (origin.alphaReserve === 0n || destination.alphaReserve === 0n) return 0n;
  const t1 = U64F64.fromInt(origin.taoReserve);
  const t2 = U64F64.fromInt(destination.taoReserve);
  const a1 = U64F64.fromInt(origin.alphaReserve);
  const a2 = U64F64.fromInt(destination.alphaReserve);

  const limit = U64F64.safeDiv(U64F64.fromInt(limitPriceRao), tao);
  const ratio = U64F64.safeDiv(
    currentPrice(origin.quoteWeight, origin.alphaReserve, origin.taoReserve),
    currentPrice(destination.quoteWeight, destination.alphaReserve, destination.taoReserve),
  );
  if (limit > ratio) return 0n;
  if (limitPriceRao === 0n) return U64_MAX;

  const taoSum = U64F64.saturatingAdd(t2, t1);
  const t1OverSum = U64F64.safeDiv(t1, taoSum);
  const t2OverSum = U64F64.safeDiv(t2, taoSum);
  const result = U64F64.saturatingSub(U64F64.safeDiv(U64F64.mul(a2, t1OverSum), limit), U64F64.mul(a1, t2OverSum));
  return U64F64.toU64(result);
}
