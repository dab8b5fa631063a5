import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Perquintill, PERQUINTILL_ACCURACY as ACC } from './perquintill.js';

test('from_rational rounds down and gives one on q = 0 or p > q', () => {
  assert.equal(Perquintill.fromRational(1n, 3n), 333_333_333_333_333_333n);
  assert.equal(Perquintill.fromRational(2n, 3n), 666_666_666_666_666_666n);
  assert.equal(Perquintill.fromRational(1n, 2n), 500_000_000_000_000_000n);
  assert.equal(Perquintill.fromRational(0n, 5n), 0n);
  assert.equal(Perquintill.fromRational(5n, 5n), ACC);
  assert.equal(Perquintill.fromRational(1n, 0n), ACC);
  assert.equal(Perquintill.fromRational(0n, 0n), ACC);
  assert.equal(Perquintill.fromRational(7n, 5n), ACC);
  // u128-sized arguments are exact (multiply_rational in the wide type)
  const q = (1n << 127n) + 12345n;
  assert.equal(Perquintill.fromRational(q / 3n, q), (ACC * (q / 3n)) / q);
  assert.equal(Perquintill.fromRationalWithRounding(1n, 3n, 'Up'), 333_333_333_333_333_334n);
  assert.equal(Perquintill.fromRationalWithRounding(2n, 1n, 'Down'), undefined);
});

test('Perquintill * n rounds to nearest with ties down; mul_floor / mul_ceil', () => {
  const half = Perquintill.fromRational(1n, 2n);
  assert.equal(Perquintill.mul(half, 3n), 1n); // 1.5 -> 1 (tie rounds down)
  assert.equal(Perquintill.mul(half, 5n), 2n);
  assert.equal(Perquintill.mulCeil(half, 3n), 2n);
  assert.equal(Perquintill.mulFloor(half, 3n), 1n);
  const third = Perquintill.fromRational(1n, 3n);
  assert.equal(Perquintill.mul(third, 2n), 1n); // 0.666.. -> 1
  assert.equal(Perquintill.mulFloor(third, 2n), 0n);
  assert.equal(Perquintill.mul(Perquintill.ONE, 123n), 123n);
  assert.equal(Perquintill.mulRounding(half, 3n, 'NearestPrefUp'), 2n);
});

test('complement, saturating add/sub, from_parts clamp, product floors', () => {
  assert.equal(Perquintill.complement(300_000_000_000_000_000n), 700_000_000_000_000_000n);
  assert.equal(Perquintill.complement(ACC), 0n);
  assert.equal(Perquintill.fromParts(ACC + 5n), ACC);
  assert.equal(Perquintill.saturatingAdd(ACC - 1n, 5n), ACC);
  assert.equal(Perquintill.saturatingSub(1n, 5n), 0n);
  assert.equal(Perquintill.mulPerquintill(Perquintill.fromRational(1n, 3n), Perquintill.fromRational(1n, 3n)), 111_111_111_111_111_110n);
  assert.equal(Perquintill.fromPercent(150n), ACC);
});

test('mul equals the exactly rounded product (property)', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: ACC }), fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (p, n) => {
      const floor = (p * n) / ACC;
      const rem = (p * n) % ACC;
      assert.equal(Perquintill.mulFloor(p, n), floor);
      assert.equal(Perquintill.mulCeil(p, n), rem === 0n ? floor : floor + 1n);
      assert.equal(Perquintill.mul(p, n), rem > ACC / 2n ? floor + 1n : floor);
    }),
  );
});
