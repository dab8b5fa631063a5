import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64_MAX } from '@tensorium/primitives';
import { DEFAULT_QUOTE_WEIGHT } from './constants.js';
import { SwapError } from './errors.js';
import { getMaxAmountAdd, getMaxAmountMove, getMaxAmountRemove, type SubnetPool } from './getMaxAmount.js';

const stable: SubnetPool = { stable: true, taoReserve: 0n, alphaReserve: 0n, quoteWeight: DEFAULT_QUOTE_WEIGHT, feeRate: 33 };
const dyn = (tao: bigint, alpha: bigint): SubnetPool => ({ stable: false, taoReserve: tao, alphaReserve: alpha, quoteWeight: DEFAULT_QUOTE_WEIGHT, feeRate: 33 });
const MIN = 100n;

test('stable (root / mechanism 0) corner cases', () => {
  assert.equal(getMaxAmountAdd(stable, 1_000_000_000n, MIN), U64_MAX);
  assert.equal(getMaxAmountAdd(stable, 999_999_999n, MIN), 0n);
  assert.equal(getMaxAmountRemove(stable, 1_000_000_000n, MIN), U64_MAX);
  assert.equal(getMaxAmountRemove(stable, 1_000_000_001n, MIN), 0n);
  assert.equal(getMaxAmountMove(stable, stable, 1_000_000_000n, MIN), U64_MAX);
  assert.equal(getMaxAmountMove(stable, stable, 1_000_000_001n, MIN), 0n);
});

test('dynamic add/remove: upstream test_max_amount_add_dynamic values', () => {
  assert.equal(getMaxAmountAdd(dyn(1_000_000n, 1_000_000n), 4_000_000_000n, MIN), 1_000_503n);
  assert.throws(() => getMaxAmountAdd(dyn(150_000_000_000n, 100_000_000_000n), 1_500_000_000n, MIN), (e: unknown) => e instanceof SwapError && e.errorName === 'PriceLimitExceeded');
  // a sell down to a quarter of the price 1.0 needs about one reserve (x·((p/p')^0.5 - 1) = x)
  const r = getMaxAmountRemove(dyn(1_000_000_000n, 1_000_000_000n), 250_000_000n, MIN);
  assert.ok(r >= 1_000_000_000n && r < 1_001_000_000n, String(r));
});

test('move: stable -> dynamic is an add at the inverted price, dynamic -> stable a remove', () => {
  const d = dyn(1_000_000n, 1_000_000n);
  assert.equal(getMaxAmountMove(stable, d, 0n, MIN), U64_MAX);
  // limit 0.25 (origin/destination) -> destination price 4.0
  assert.equal(getMaxAmountMove(stable, d, 250_000_000n, MIN), getMaxAmountAdd(d, 4_000_000_000n, MIN));
  assert.equal(getMaxAmountMove(d, stable, 250_000_000n, MIN), getMaxAmountRemove(d, 250_000_000n, MIN));
});

test('move between dynamic subnets uses the closed form', () => {
  const a = dyn(1_000_000_000_000n, 1_000_000_000_000n); // price 1
  const b = dyn(1_000_000_000_000n, 2_000_000_000_000n); // price 0.5 -> ratio 2
  assert.equal(getMaxAmountMove(a, b, 2_100_000_000n, MIN), 0n); // limit above the ratio
  assert.equal(getMaxAmountMove(a, b, 0n, MIN), U64_MAX);
  assert.equal(getMaxAmountMove(dyn(0n, 1n), b, 1n, MIN), 0n);
  // x2·(y1/(y1+y2))/L - x1·(y2/(y1+y2)) = 2e12·0.5/1 - 1e12·0.5 = 5e11
  const r = getMaxAmountMove(a, b, 1_000_000_000n, MIN);
  assert.ok(r >= 499_999_999_999n && r <= 500_000_000_000n, String(r));
});
