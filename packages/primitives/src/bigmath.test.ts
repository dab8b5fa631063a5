import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { divFloor, gcd, integerNthRoot, nthRootRatioFloor, powRatioScaled } from './bigmath.js';

const P = 1_000_000_000_000_000_000n;

test('literal results asserted by the safe-bigmath tests at 013c4998', () => {
  assert.equal(powRatioScaled(2n, 3n, 1n, 2n, 0, 1000n), 816n);
  // test_perquintill_power: exact path, exponent 3/2
  assert.equal(powRatioScaled(21_000_000_000_000_000n, 28_000_000_000_000_000n, 600n * 10n ** 15n, 400n * 10n ** 15n, 256, P), 649_519_052_838_328_985n);
  // pow_ratio_scaled_handles_large_weight_denominators: exact 1/1 and two ln/exp fallbacks
  const cases: [bigint, bigint][] = [
    [500_000_000_000_000_000n, 500_000_000_000_000_000n],
    [499_999_999_999_500_000n, 500_000_000_000_500_000n],
    [500_000_000_000_250_000n, 499_999_999_999_750_000n],
  ];
  for (const [w1, w2] of cases) {
    assert.equal(powRatioScaled(21_000_000_000_000_000n, 21_000_000_000_000_100n, w1, w2, 256, P), 999_999_999_999_995_238n);
  }
  // pow_ratio_scaled_converges_on_boundary_weights (fallback)
  assert.equal(powRatioScaled(21_000_000_000_000_000n, 21_000_000_000_000_001n, 499_999_999_500_000_000n, 500_000_000_500_000_000n, 256, P), 999_999_999_999_999_952n);
});

test('edge cases: zero base, zero exponent, invalid arguments', () => {
  assert.equal(powRatioScaled(0n, 5n, 1n, 2n, 256, P), 0n);
  assert.equal(powRatioScaled(3n, 5n, 0n, 2n, 256, P), P);
  assert.equal(powRatioScaled(3n, 0n, 1n, 2n, 256, P), undefined);
  assert.equal(powRatioScaled(3n, 5n, 1n, 0n, 256, P), undefined);
  assert.equal(powRatioScaled(-3n, 5n, 1n, 2n, 256, P), undefined);
  assert.equal(powRatioScaled(3n, 5n, 1n, 2n, 256, -1n), undefined);
  // gcd reduction: 2/4 behaves as 1/2
  assert.equal(powRatioScaled(2n, 3n, 2n, 4n, 0, 1000n), 816n);
});

test('fallback agrees with the exact root path to within a few units at scale 1e18', () => {
  // 1/3 is exact; (1/3)·(1 + 1e-15) takes the series. Both ~ (x/(x+dx))^(1/3).
  const exact = powRatioScaled(7_000_000n, 9_000_000n, 1n, 3n, 256, P)!;
  const series = powRatioScaled(7_000_000n, 9_000_000n, 1_000_000_000_000_001n, 3_000_000_000_000_000n, 256, P)!;
  const d = exact > series ? exact - series : series - exact;
  assert.ok(d < 1000n, `exact ${exact} series ${series}`);
});

test('integer roots are floor roots (property, against r^n <= v < (r+1)^n)', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 1n << 400n }), fc.integer({ min: 1, max: 40 }), (v, n) => {
      const r = integerNthRoot(v, n);
      const nn = BigInt(n);
      assert.ok(r ** nn <= v && (r + 1n) ** nn > v);
    }),
  );
  // a large-degree exact-path shaped case
  const num = 999_999_999n ** 1001n * P ** 999n;
  const den = 1_000_000_001n ** 1001n;
  const r = nthRootRatioFloor(num, den, 999);
  assert.ok(r ** 999n * den <= num && (r + 1n) ** 999n * den > num);
});

test('gcd and floor division helpers', () => {
  assert.equal(gcd(600n * 10n ** 15n, 400n * 10n ** 15n), 200n * 10n ** 15n);
  assert.equal(gcd(7n, 0n), 7n);
  assert.equal(divFloor(-7n, 2n), -4n);
  assert.equal(divFloor(7n, 2n), 3n);
  assert.equal(divFloor(-6n, 2n), -3n);
});
