import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getBlockEmissionForIssuance } from './blockEmission.js';

const SUPPLY = 21_000_000_000_000_000n;

test('1 TAO per block until the first halving at 10.5M TAO, 0 at the cap', () => {
  assert.equal(getBlockEmissionForIssuance(0n), 1_000_000_000n);
  assert.equal(getBlockEmissionForIssuance(10_500_000_000_000_000n - 1n), 1_000_000_000n);
  assert.equal(getBlockEmissionForIssuance(10_500_000_000_000_000n), 500_000_000n);
  assert.equal(getBlockEmissionForIssuance(15_750_000_000_000_000n), 250_000_000n);
  assert.equal(getBlockEmissionForIssuance(SUPPLY), 0n);
  assert.equal(getBlockEmissionForIssuance(SUPPLY - 1n), 0n); // 2^-k below 1 rao long before the cap
  assert.equal(getBlockEmissionForIssuance((1n << 64n) - 1n), 0n);
});

test('halves exactly at each threshold 21e15 · (1 - 2^-k)', () => {
  for (let k = 1n; k <= 15n; k++) {
    const threshold = SUPPLY - SUPPLY / (1n << k);
    assert.equal(getBlockEmissionForIssuance(threshold), 1_000_000_000n >> k, `at threshold ${k}`);
    assert.equal(getBlockEmissionForIssuance(threshold - 1n), 1_000_000_000n >> (k - 1n), `below threshold ${k}`);
  }
});

test('property: monotone non-increasing in issuance, always floor(1e9 / 2^k)', () => {
  const allowed = new Set<bigint>([0n]);
  for (let k = 0n; k <= 40n; k++) allowed.add(1_000_000_000n >> k);
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: SUPPLY + 10n }), fc.bigInt({ min: 0n, max: SUPPLY + 10n }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const eLo = getBlockEmissionForIssuance(lo);
      const eHi = getBlockEmissionForIssuance(hi);
      assert.ok(eLo >= eHi, `e(${lo}) = ${eLo} < e(${hi}) = ${eHi}`);
      assert.ok(allowed.has(eLo) && allowed.has(eHi));
    }),
    { numRuns: 2000 },
  );
});
