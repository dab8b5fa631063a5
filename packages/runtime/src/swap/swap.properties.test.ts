// Property tests of the pool math (spec/economics.md §5.2-§5.5, §15.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { calculatePrice, limitPriceFromRao } from './calculatePrice.js';
import { DEFAULT_QUOTE_WEIGHT, MIN_WEIGHT, WEIGHT_ACCURACY } from './constants.js';
import { convertDeltas } from './convertDeltas.js';
import { doSwap, type SwapResult } from './doSwap.js';
import { SwapError } from './errors.js';
import { updateWeightsForAddedLiquidity } from './updateWeightsForAddedLiquidity.js';

const NO_LIMIT_BUY = limitPriceFromRao(1_000_000_000_000_000n);
// Reserves up to the 21e15 supply cap. exp_scaled quantises to 1e-18, which can hand out up to
// reserve/1e18 extra units per step: above ~1e18 (not reachable on chain) a round trip can gain.
const reserve = fc.bigInt({ min: 1_000_000n, max: 21_000_000_000_000_000n });
const weight = fc.bigInt({ min: MIN_WEIGHT, max: WEIGHT_ACCURACY - MIN_WEIGHT });
const feeRate = fc.integer({ min: 0, max: 10_000 });

/** Run a swap; undefined when the chain would reject it with a swap error. */
function trySwap(f: () => SwapResult): SwapResult | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof SwapError) return undefined;
    throw e;
  }
}

test('adjust_protocol_liquidity then adding the deltas keeps the price (to rounding)', () => {
  fc.assert(
    fc.property(reserve, reserve, weight, fc.bigInt({ min: 0n, max: 1n << 50n }), fc.bigInt({ min: 0n, max: 1n << 50n }), (y, x, w2, dy, dx) => {
      const w2New = updateWeightsForAddedLiquidity(w2, y, x, dy, dx);
      if (w2New === undefined) return; // rejected: nothing injected, nothing to check
      const before = calculatePrice(w2, x, y);
      const after = calculatePrice(w2New, x + dx, y + dy);
      const diff = before > after ? before - after : after - before;
      // relative 1e-9 plus an absolute slack of 2^-40 TAO per alpha
      assert.ok(diff * 1_000_000_000n <= before + (1n << 24n) * 1_000_000_000n, `price ${before} -> ${after}`);
    }),
    { numRuns: 1000 },
  );
});

test('a buy followed by selling the bought alpha never returns more TAO than was paid', () => {
  fc.assert(
    fc.property(reserve, reserve, weight, feeRate, fc.oneof(fc.bigInt({ min: 1n, max: 10_000n }), fc.bigInt({ min: 1n, max: 1_000_000_000_000_000n })), fc.boolean(), (y, x, w2, fee, amount, dropFees) => {
      const pool = { taoReserve: y, alphaReserve: x, quoteWeight: w2, feeRate: fee, minimumReserve: 1_000_000n, dropFees, simulate: false };
      const buy = trySwap(() => doSwap({ ...pool, direction: 'buy', amount, limitPrice: NO_LIMIT_BUY }));
      if (buy === undefined) return;
      // the fee leaves the pool (block author); only paid_in enters SubnetTAO
      const y1 = y + buy.amountPaidIn;
      const x1 = x - buy.amountPaidOut;
      const sell = trySwap(() =>
        doSwap({ ...pool, taoReserve: y1, alphaReserve: x1, direction: 'sell', amount: buy.amountPaidOut, limitPrice: 0n }),
      );
      if (sell === undefined) return;
      assert.ok(sell.amountPaidOut <= amount, `paid ${amount}, got back ${sell.amountPaidOut}`);
      assert.ok(sell.amountPaidOut <= buy.amountPaidIn, `paid in ${buy.amountPaidIn}, got back ${sell.amountPaidOut}`);
    }),
    { numRuns: 1000 },
  );
});

test('outputs never exceed the output reserve, and a swap never starts below the minimum reserve', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 10_000_000_000_000_000n }),
      fc.bigInt({ min: 0n, max: 10_000_000_000_000_000n }),
      weight,
      feeRate,
      fc.bigInt({ min: 0n, max: 1n << 63n }),
      fc.constantFrom('buy' as const, 'sell' as const),
      fc.bigInt({ min: 1n, max: 10_000_000n }),
      (y, x, w2, fee, amount, direction, minimumReserve) => {
        const limitPrice = direction === 'buy' ? NO_LIMIT_BUY : 0n;
        const reserveOut = direction === 'buy' ? x : y;
        const p = { taoReserve: y, alphaReserve: x, quoteWeight: w2, feeRate: fee, minimumReserve, direction, amount, limitPrice, dropFees: false };
        const r = trySwap(() => doSwap({ ...p, simulate: false }));
        if (r === undefined) return;
        assert.ok(reserveOut >= minimumReserve);
        assert.ok(r.amountPaidOut <= reserveOut);
        assert.ok(r.amountPaidIn + r.feePaid <= amount);
        // the simulation gives the same result
        assert.deepEqual(doSwap({ ...p, simulate: true }), r);
      },
    ),
    { numRuns: 1000 },
  );
});

test('at weights 0.5/0.5 a buy is constant product: floor(x·dy/(y+dy)) up to the 1e-18 quantisation', () => {
  fc.assert(
    fc.property(reserve, reserve, fc.bigInt({ min: 0n, max: 1n << 62n }), fc.constantFrom('buy' as const, 'sell' as const), (y, x, d, direction) => {
      const pool = { taoReserve: y, alphaReserve: x, quoteWeight: DEFAULT_QUOTE_WEIGHT };
      const [rin, rout] = direction === 'buy' ? [y, x] : [x, y];
      const out = convertDeltas(pool, direction, d);
      const cp = (rout * d) / (rin + d);
      assert.ok(out >= cp, `${out} < ${cp}`);
      assert.ok(out - cp <= rout / 1_000_000_000_000_000n + 2n, `${out} vs ${cp}`);
      // so the product never falls by more than that quantisation allows
      if (direction === 'buy') assert.ok((x - out) * (y + d) >= x * y - (rout / 1_000_000_000_000_000n + 2n) * (y + d));
    }),
    { numRuns: 1000 },
  );
});
