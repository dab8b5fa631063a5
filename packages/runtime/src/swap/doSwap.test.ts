import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64F64 } from '@tensorium/primitives';
import { calculatePrice, currentPrice, limitPriceFromRao } from './calculatePrice.js';
import { calculateFeeAmount, calculateLimitHitFee } from './calculateFeeAmount.js';
import { DEFAULT_QUOTE_WEIGHT } from './constants.js';
import { convertDeltas } from './convertDeltas.js';
import { doSwap, type DoSwapParameters } from './doSwap.js';
import { SwapError } from './errors.js';
import { expScaled } from './expScaled.js';
import { initializeWithPrice, maybeInitializePalswap } from './initializeWithPrice.js';
import { adjustProtocolLiquidity, mulPerquintillRound } from './updateWeightsForAddedLiquidity.js';

const HALF = DEFAULT_QUOTE_WEIGHT;
const NO_LIMIT_BUY = limitPriceFromRao(1_000_000_000_000_000n);
const NO_LIMIT_SELL = limitPriceFromRao(1_000n);

function swap(over: Partial<DoSwapParameters>): DoSwapParameters {
  return {
    taoReserve: 1_000_000_000n,
    alphaReserve: 4_000_000_000n,
    quoteWeight: HALF,
    feeRate: 33,
    minimumReserve: 1_000_000n,
    direction: 'buy',
    amount: 1_000_000n,
    limitPrice: NO_LIMIT_BUY,
    dropFees: false,
    simulate: false,
    ...over,
  };
}

function throwsSwap(fn: () => unknown, name: string): void {
  assert.throws(fn, (e: unknown) => e instanceof SwapError && e.errorName === name && e.pallet === 'Swap');
}

test('balanced pool buy and sell match the upstream test_swap_basic numbers', () => {
  const buy = doSwap(swap({ amount: 123_456n }));
  assert.deepEqual(buy, { amountPaidIn: 123_394n, amountPaidOut: 493_515n, feePaid: 62n, feeToBlockAuthor: 62n });
  const sell = doSwap(swap({ direction: 'sell', amount: 123_456n, limitPrice: NO_LIMIT_SELL }));
  assert.deepEqual(sell, { amountPaidIn: 123_394n, amountPaidOut: 30_847n, feePaid: 62n, feeToBlockAuthor: 62n });
  const free = doSwap(swap({ amount: 123_456n, dropFees: true }));
  assert.equal(free.feePaid, 0n);
  assert.equal(free.amountPaidIn, 123_456n);
});

test('errors are raised in the chain order', () => {
  // net input above 1000 x the input reserve
  throwsSwap(() => doSwap(swap({ amount: 2_000_000_000_000n, dropFees: true })), 'SwapInputTooLarge');
  // checked before the reserve floor
  throwsSwap(() => doSwap(swap({ amount: 2_000_000_000_000n, dropFees: true, alphaReserve: 10n })), 'SwapInputTooLarge');
  throwsSwap(() => doSwap(swap({ alphaReserve: 999_999n })), 'ReservesTooLow');
  throwsSwap(() => doSwap(swap({ direction: 'sell', taoReserve: 999_999n, limitPrice: 0n })), 'ReservesTooLow');
  // price 0.25: a buy limit at or below it, a sell limit at or above it
  const p = calculatePrice(HALF, 4_000_000_000n, 1_000_000_000n);
  throwsSwap(() => doSwap(swap({ limitPrice: p })), 'PriceLimitExceeded');
  throwsSwap(() => doSwap(swap({ direction: 'sell', limitPrice: p })), 'PriceLimitExceeded');
  // an input too small to pay anything out
  throwsSwap(() => doSwap(swap({ taoReserve: 100_000_000_000n, alphaReserve: 1_000_000n, amount: 1n })), 'ReservesTooLow');
});

test('a binding limit clips the input and recomputes the fee on it', () => {
  const limit = limitPriceFromRao(300_000_000n); // price 0.25 -> 0.3
  const r = doSwap(swap({ amount: 1_000_000_000n, limitPrice: limit }));
  assert.ok(r.amountPaidIn < 1_000_000_000n);
  assert.equal(r.feePaid, calculateLimitHitFee(r.amountPaidIn, 33, false));
  const after = currentPrice(HALF, 4_000_000_000n - r.amountPaidOut, 1_000_000_000n + r.amountPaidIn);
  assert.ok(after <= limit);
  // one more rao would have crossed the limit (within rounding of the closed form)
  const more = currentPrice(HALF, 4_000_000_000n - convertDeltas({ taoReserve: 1_000_000_000n, alphaReserve: 4_000_000_000n, quoteWeight: HALF }, 'buy', r.amountPaidIn + 1000n), 1_000_000_000n + r.amountPaidIn + 1000n);
  assert.ok(more > limit);
});

test('fees', () => {
  assert.equal(calculateFeeAmount(2_000_000n, 33, false), 1007n);
  assert.equal(calculateFeeAmount(2_000_000n, 33, true), 0n);
  assert.equal(calculateLimitHitFee(1_000_000n, 33, false), 503n);
  assert.equal(calculateLimitHitFee(1_000_000n, 33, true), 0n);
  assert.equal(calculateLimitHitFee(1_000_000n, 65_535, false), 0n); // safe_div by zero
});

test('exp_scaled caps at 1, handles empty and negative deltas', () => {
  assert.equal(expScaled(HALF, 1000n, 0n, true), U64F64.ONE);
  assert.equal(expScaled(HALF, 0n, 0n, true), 0n);
  // (1000/500)^1 = 2 for a negative delta (not capped)
  assert.equal(expScaled(HALF, 1000n, -500n, true), 2n * U64F64.ONE);
});

test('initialisation with a price reproduces that price; without one it is 0.5', () => {
  const p0 = limitPriceFromRao(200_000_000n);
  const w2 = initializeWithPrice(1_000_000_000n, 4_000_000_000n, p0);
  const p = calculatePrice(w2, 4_000_000_000n, 1_000_000_000n);
  assert.ok(p0 - p < 1n << 34n, `${p0} vs ${p}`);
  assert.equal(maybeInitializePalswap(false, 123n, 1n, 1n), HALF);
  assert.equal(maybeInitializePalswap(true, 123n, 1n, 1n), 123n);
  assert.throws(() => initializeWithPrice(0n, 0n, p0), (e: unknown) => e instanceof SwapError && e.errorName === 'ReservesOutOfBalance');
  // a price that would need w2 < 0.01
  assert.throws(() => initializeWithPrice(1n, 1_000_000_000n, U64F64.fromInt(1n)), (e: unknown) => e instanceof SwapError && e.errorName === 'ReservesOutOfBalance');
});

test('adjust_protocol_liquidity: rounding half up, rejection outside [0.01, 0.99]', () => {
  assert.equal(mulPerquintillRound(HALF, 3n), 2n); // 1.5 rounds up
  assert.equal(mulPerquintillRound(HALF, 1n), 1n);
  const ok = adjustProtocolLiquidity(HALF, 1_000_000_000_000n, 4_000_000_000_000n, 1_000_000_000_000n, 1_000_000_000_000n);
  assert.deepEqual(ok, { quoteWeight: 615_384_615_384_615_384n, accepted: true, taoDelta: 1_000_000_000_000n, alphaDelta: 1_000_000_000_000n });
  const rejected = adjustProtocolLiquidity(HALF, 1_000n, 1_000n, 1_000_000_000n, 0n);
  assert.deepEqual(rejected, { quoteWeight: HALF, accepted: false, taoDelta: 0n, alphaDelta: 0n });
  // empty pool: weight resets to 0.5
  assert.equal(adjustProtocolLiquidity(700_000_000_000_000_000n, 0n, 0n, 0n, 0n).quoteWeight, HALF);
});

test('InsufficientLiquidity is unreachable for one step; a large buy may still drain below the minimum', () => {
  // e in [0, 1] so the payout never exceeds the output reserve; the minimum is only checked
  // before the swap (chain behaviour), so a 1000x buy leaves x/1001.
  const r = doSwap(swap({ amount: 1_000_000_000_000n, dropFees: true }));
  assert.ok(r.amountPaidOut <= 4_000_000_000n);
  assert.ok(4_000_000_000n - r.amountPaidOut < 1_000_000n * 4n);
});
