/**
 * Errors of the swap pallet (`pallet_subtensor_swap::Error`) that the pool math can raise
 * (spec/economics.md §5.4). The conformance runner and the dispatch layer read `errorName`.
 */

/** Names of the swap pallet errors raised by the pure pool functions. */
export type SwapErrorName =
  | 'SwapInputTooLarge'
  | 'ReservesTooLow'
  | 'PriceLimitExceeded'
  | 'InsufficientLiquidity'
  | 'ReservesOutOfBalance';

const DETAILS: Record<SwapErrorName, string> = {
  SwapInputTooLarge: 'net swap input exceeds 1000 x the input-side reserve',
  ReservesTooLow: 'the output-side reserve is below the minimum, or the swap would pay out nothing',
  PriceLimitExceeded: 'the current pool price is already at or beyond the limit price',
  InsufficientLiquidity: 'the swap would pay out more than the output-side reserve holds',
  ReservesOutOfBalance: 'the pool weights implied by the reserves and price are out of range',
};

export class SwapError extends Error {
  readonly pallet = 'Swap';
  readonly errorName: SwapErrorName;

  constructor(errorName: SwapErrorName, details?: string) {
    super(`Swap.${errorName}: ${details ?? DETAILS[errorName]}`);
    this.name = 'SwapError';
    this.errorName = errorName;
  }
}
