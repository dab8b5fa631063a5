/**
 * One pool swap on a dynamic (mechanism 1) subnet (spec/economics.md §5.4; `Pallet::do_swap`,
 * `swap_inner`, `BasicSwapStep`).
 */
import { satMulU64, satSubU64, type PerquintillParts } from '@tensorium/primitives';
import { calculateBaseDeltaIn, calculateQuoteDeltaIn } from './calculateDeltaIn.js';
import { calculateFeeAmount, calculateLimitHitFee } from './calculateFeeAmount.js';
import { currentPrice } from './calculatePrice.js';
import { MAX_SWAP_INPUT_RESERVE_MULTIPLIER } from './constants.js';
import { convertDeltas, priceAfter, type PoolState, type SwapDirection } from './convertDeltas.js';
import { SwapError } from './errors.js';

export interface DoSwapParameters {
  /** y, `SubnetTAO`. */
  readonly taoReserve: bigint;
  /** x, `SubnetAlphaIn`. */
  readonly alphaReserve: bigint;
  /**
   * w2 (Perquintill parts) of an initialised pool. For a pool not yet initialised
   * (`PalSwapInitialized` false) pass `DEFAULT_QUOTE_WEIGHT` and persist it with the swap result
   * (do_swap initialises lazily; the initialisation is rolled back with a failed or simulated swap).
   */
  readonly quoteWeight: PerquintillParts;
  /** `FeeRate` (u16 fraction of 65535). */
  readonly feeRate: number;
  /** `MinimumReserve`: the output-side reserve must be at least this. */
  readonly minimumReserve: bigint;
  /** buy = `GetAlphaForTao` (TAO in), sell = `GetTaoForAlpha` (alpha in). */
  readonly direction: SwapDirection;
  /** Gross input, fee included. */
  readonly amount: bigint;
  /** Limit price, TAO per alpha, U64F64 bits (see `limitPriceFromRao`). */
  readonly limitPrice: bigint;
  readonly dropFees: boolean;
  /** `sim_swap`/`should_rollback`: skip the final reserve check. */
  readonly simulate: boolean;
}

export interface SwapResult {
  /** Input that enters the input reserve (fee excluded). */
  readonly amountPaidIn: bigint;
  /** Output taken from the output reserve. */
  readonly amountPaidOut: bigint;
  /** Fee in the input token. */
  readonly feePaid: bigint;
  /** Fee forwarded to the block author (0 when nothing was swapped). */
  readonly feeToBlockAuthor: bigint;
}

/**
 * Run the swap procedure and return its deltas; the caller applies them to the reserves.
 * Throws `SwapError` with `SwapInputTooLarge`, `ReservesTooLow`, `PriceLimitExceeded` or
 * (when not simulating) `InsufficientLiquidity`, checked in the order of the chain.
 */
export function doSwap(p: DoSwapParameters): SwapResult {
  const buy = p.direction === 'buy';
  const pool: PoolState = { taoReserve: p.taoReserve, alphaReserve: p.alphaReserve, quoteWeight: p.quoteWeight };
  const reserveIn = buy ? p.taoReserve : p.alphaReserve;
  const reserveOut = buy ? p.alphaReserve : p.taoReserve;

  // ensure_swap_input_within_reserve_limit
  const grossFee = calculateFeeAmount(p.amount, p.feeRate, p.dropFees);
  const requestedDeltaIn = satSubU64(p.amount, grossFee);
  if (requestedDeltaIn > satMulU64(reserveIn, MAX_SWAP_INPUT_RESERVE_MULTIPLIER)) throw new SwapError('SwapInputTooLarge');

  // swap_inner
  if (reserveOut < p.minimumReserve) throw new SwapError('ReservesTooLow');
  const price = currentPrice(p.quoteWeight, p.alphaReserve, p.taoReserve);
  const beyondLimit = buy ? price < p.limitPrice : price > p.limitPrice;
  if (!beyondLimit) throw new SwapError('PriceLimitExceeded');

  // BasicSwapStep::determine_action
  // the full-fill output is also the swap's output when the limit does not bind: compute it once
  const fullOut = convertDeltas(pool, p.direction, requestedDeltaIn);
  const target = priceAfter(pool, p.direction, requestedDeltaIn, fullOut);
  const fillsInFull = buy ? target <= p.limitPrice : target >= p.limitPrice;
  let deltaIn: bigint;
  let fee: bigint;
  if (fillsInFull) {
    deltaIn = requestedDeltaIn;
    fee = grossFee;
  } else {
    deltaIn = buy
      ? calculateQuoteDeltaIn(p.quoteWeight, price, p.limitPrice, p.taoReserve)
      : calculateBaseDeltaIn(p.quoteWeight, price, p.limitPrice, p.alphaReserve);
    fee = calculateLimitHitFee(deltaIn, p.feeRate, p.dropFees);
  }

  // BasicSwapStep::process_swap
  const deltaOut = fillsInFull ? fullOut : convertDeltas(pool, p.direction, deltaIn);
  let feeToBlockAuthor = 0n;
  if (deltaIn !== 0n) {
    if (deltaOut === 0n) throw new SwapError('ReservesTooLow');
    feeToBlockAuthor = fee;
  }

  if (!p.simulate && reserveOut < deltaOut) throw new SwapError('InsufficientLiquidity');
  return { amountPaidIn: deltaIn, amountPaidOut: deltaOut, feePaid: fee, feeToBlockAuthor };
}
