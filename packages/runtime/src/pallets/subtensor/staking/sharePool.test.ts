import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SafeFloat } from '@tensorium/primitives';
import { InMemorySharePoolStorage, SharePool } from './sharePool.js';

function newPool(): { pool: SharePool<number>; storage: InMemorySharePoolStorage<number> } {
  const storage = new InMemorySharePoolStorage<number>();
  return { pool: new SharePool(storage), storage };
}

test('get_value = floor(value · share / denominator) (upstream test_get_value, test_division_by_zero)', () => {
  const { pool, storage } = newPool();
  assert.equal(pool.getValue(1), 0n);
  storage.setDenominator(SafeFloat.fromU64(10n));
  storage.setShare(1, SafeFloat.fromU64(3n));
  storage.setShare(2, SafeFloat.fromU64(7n));
  storage.setSharedValue(100n);
  assert.equal(pool.getValue(1), 30n);
  assert.equal(pool.getValue(2), 70n);
  assert.equal(pool.tryGetValue(3), undefined);
});

test('max share value (upstream test_max_share_value)', () => {
  const { pool, storage } = newPool();
  const U64_MAX = (1n << 64n) - 1n;
  storage.setSharedValue(1_000_000_000n);
  storage.setShare(1, SafeFloat.fromU64(U64_MAX / 2n));
  storage.setShare(2, SafeFloat.fromU64(U64_MAX / 2n));
  storage.setDenominator(SafeFloat.fromU64(U64_MAX));
  for (const k of [1, 2]) assert.ok(pool.getValue(k) >= 499_999_999n && pool.getValue(k) <= 500_000_001n);
});

test('denominator precision (upstream test_denom_precision, test_denom_high_precision)', () => {
  {
    const { pool } = newPool();
    pool.updateValueForOne(1, 1000n);
    assert.equal(pool.getValue(1), 1000n);
    pool.updateValueForOne(1, -990n);
    pool.updateValueForOne(2, 1000n);
    pool.updateValueForOne(2, -990n);
    assert.equal(pool.getValue(1), 10n);
    assert.equal(pool.getValue(2), 10n);
  }
  {
    const { pool } = newPool();
    pool.updateValueForOne(1, 1n);
    pool.updateValueForOne(2, 1n);
    pool.updateValueForAll(999_999_999_999_998n);
    pool.updateValueForOne(1, -499_999_999_999_990n);
    pool.updateValueForOne(2, -499_999_999_999_990n);
    pool.updateValueForAll(999_999_999_999_980n);
    pool.updateValueForOne(1, 1_000_000_000_000n);
    pool.updateValueForOne(2, 1_000_000_000_000n);
    for (const k of [1, 2]) {
      const v = pool.getValue(k);
      assert.ok(v >= 500_999_999_999_999n && v <= 501_000_000_000_001n, `value ${v}`);
    }
  }
});

test('first staker of an empty pool gets shares = denominator = |delta|', () => {
  const { pool, storage } = newPool();
  pool.updateValueForOne(7, 12345n);
  assert.ok(storage.getDenominator().equals(SafeFloat.fromU64(12345n)));
  assert.ok(storage.getShare(7).equals(SafeFloat.fromU64(12345n)));
  assert.equal(storage.getSharedValue(), 12345n);
  assert.equal(pool.simUpdateValueForOne(1n), true);
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('stake' as const), key: fc.integer({ min: 0, max: 4 }), amount: fc.bigInt({ min: 1n, max: 10n ** 15n }) }),
  fc.record({ kind: fc.constant('unstake' as const), key: fc.integer({ min: 0, max: 4 }), frac: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('dividend' as const), amount: fc.bigInt({ min: 0n, max: 10n ** 13n }) }),
);

test('property: Σ values <= pool value, losing at most 1 rao per staker', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
      const { pool, storage } = newPool();
      for (const op of ops) {
        if (op.kind === 'stake') pool.updateValueForOne(op.key, op.amount);
        else if (op.kind === 'dividend') {
          if (!storage.getDenominator().isZero()) pool.updateValueForAll(op.amount);
        } else {
          // Unstake up to the staker's value, as the pallet checks before decreasing.
          const v = pool.getValue(op.key);
          const amount = (v * BigInt(op.frac)) / 100n;
          if (amount > 0n) pool.updateValueForOne(op.key, -amount);
        }
      }
      const keys = [...storage.shares.keys()];
      const sum = keys.reduce((acc, k) => acc + pool.getValue(k), 0n);
      const total = storage.getSharedValue();
      assert.ok(sum <= total, `Σ values ${sum} > pool value ${total}`);
      assert.ok(total - sum <= BigInt(keys.length), `rounding loss ${total - sum} > ${keys.length} stakers`);
    }),
    { numRuns: 1000 },
  );
});

test('property: stake then unstake the same amount returns it (±1 rao) and leaves others unchanged', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 1n, max: 10n ** 16n }),
      fc.bigInt({ min: 0n, max: 10n ** 14n }),
      fc.bigInt({ min: 1n, max: 10n ** 16n }),
      (existing, dividend, amount) => {
        const { pool } = newPool();
        pool.updateValueForOne(1, existing);
        pool.updateValueForAll(dividend);
        const before1 = pool.getValue(1);
        pool.updateValueForOne(2, amount);
        const staked = pool.getValue(2);
        assert.ok(staked <= amount && amount - staked <= 1n, `staked ${amount}, worth ${staked}`);
        pool.updateValueForOne(2, -staked);
        const left = pool.getValue(2);
        assert.ok(left <= 1n, `left ${left}`);
        const after1 = pool.getValue(1);
        const moved = after1 > before1 ? after1 - before1 : before1 - after1;
        assert.ok(moved <= 1n, `other staker moved ${before1} -> ${after1}`);
      },
    ),
    { numRuns: 1000 },
  );
});

test('property: a zero update mints no shares — the short path ends where the arithmetic would', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (value, den, share) => {
      const d = SafeFloat.fromU64(den);
      const c = SafeFloat.fromU64(share);
      const pool = new SharePool(new InMemorySharePoolStorage<string>());
      // what update_value_for_one(key, 0) computes on the general path: shares per update, then ± it
      const spu = pool.sharesPerUpdate(0n, value, d);
      assert.ok(spu.isZero());
      assert.deepEqual(d.sub(spu) ?? d, d);
      assert.deepEqual(c.sub(spu) ?? c, c);
      // and the pool does exactly that: entries unchanged, value unchanged
      const st = new InMemorySharePoolStorage<string>();
      st.sharedValue = value;
      st.denominator = d;
      st.shares.set('a', c);
      new SharePool(st).updateValueForOne('a', 0n);
      assert.equal(st.sharedValue, value);
      assert.deepEqual(st.denominator, d);
      assert.deepEqual(st.shares.get('a'), c);
    }),
    { numRuns: 300 },
  );
});
