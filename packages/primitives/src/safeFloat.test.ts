import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SAFE_FLOAT_MAX, SafeFloat } from './safeFloat.js';

function sf(m: bigint, e: bigint): SafeFloat {
  const v = SafeFloat.new(m, e);
  assert.ok(v, `SafeFloat::new(${m}, ${e})`);
  return v;
}

test('normalize keeps the mantissa in (1e20, 1e21] (upstream test_safefloat_normalize)', () => {
  const cases: [bigint, bigint, bigint, bigint][] = [
    [1n, 0n, SAFE_FLOAT_MAX, -21n],
    [0n, 0n, 0n, 0n],
    [10n, 0n, SAFE_FLOAT_MAX, -20n],
    [1_000n, 0n, SAFE_FLOAT_MAX, -18n],
    [100_000_000_000_000_000_000n, 0n, SAFE_FLOAT_MAX, -1n],
    [SAFE_FLOAT_MAX, 0n, SAFE_FLOAT_MAX, 0n],
  ];
  for (const [m, e, em, ee] of cases) {
    const v = sf(m, e);
    assert.equal(v.mantissa, em);
    assert.equal(v.exponent, ee);
  }
  assert.equal(SafeFloat.new(SAFE_FLOAT_MAX + 1n, 0n), undefined);
});

test('add aligns exponents by integer division (upstream test_safefloat_add)', () => {
  const M = SAFE_FLOAT_MAX;
  const cases: [bigint, bigint, bigint, bigint, bigint, bigint][] = [
    [1n, 0n, 1n, 0n, 200_000_000_000_000_000_000n, -20n],
    [0n, 0n, 1n, 0n, M, -21n],
    [0n, 0n, 1n, -1n, M, -22n],
    [1n, -1000n, 1n, -1n, M, -22n],
    [M, 0n, M, 0n, (M * 2n) / 10n, 1n],
    [1n, 0n, M, 1n, M, 1n],
    [1n, 0n, 1n, 22n, M, 1n],
    [1n, 0n, 1n, 23n, M, 2n],
    [123n, 0n, 1n, 23n, M, 2n],
    [123n, 1n, 1n, 23n, 100_000_000_000_000_000_001n, 3n],
    [42n, 0n, 1n, 22n, M, 1n],
    [999_999_999_999_999_999_999n, 0n, 1n, 22n, 109_999_999_999_999_999_999n, 2n],
    [42n, 0n, 1n, 23n, M, 2n],
    [4_200n, 0n, 1n, 23n, 100_000_000_000_000_000_004n, 3n],
    [999_999_999_999_999_999_999n, 0n, 1n, 23n, 100_999_999_999_999_999_999n, 3n],
    [999_999n, 1n, 1n, 23n, 100_000_000_000_000_009_999n, 3n],
    [1n, 24n, 1n, 0n, M, 3n],
    [1n, 24n, 123_456_789_012_345_678_901n, 0n, 100_012_345_678_901_234_567n, 4n],
    [1n, 22n, 1n, 23n, 110_000_000_000_000_000_000n, 3n],
    [999_999_999_999_999_999_999n, 22n, 1n, 22n, M, 22n],
  ];
  for (const [ma, ea, mb, eb, em, ee] of cases) {
    const a = sf(ma, ea);
    const b = sf(mb, eb);
    for (const r of [a.add(b), b.add(a)]) {
      assert.ok(r);
      assert.equal(r.mantissa, em, `${ma}e${ea} + ${mb}e${eb}`);
      assert.equal(r.exponent, ee, `${ma}e${ea} + ${mb}e${eb}`);
    }
  }
});

test('sub saturates at zero; 0 - x is None; division by zero is None', () => {
  assert.ok(sf(5n, 0n).sub(sf(7n, 0n))?.isZero());
  assert.equal(SafeFloat.ZERO.sub(sf(1n, 0n)), undefined);
  assert.ok(SafeFloat.ZERO.sub(SafeFloat.ZERO)?.isZero());
  assert.equal(sf(1n, 0n).div(SafeFloat.ZERO), undefined);
  assert.equal(sf(1n, 0n).mulDiv(sf(1n, 0n), SafeFloat.ZERO), undefined);
  assert.equal(sf(7n, 0n).sub(sf(3n, 0n))?.toU64(), 4n);
});

test('mulDiv, div and toU64 floor', () => {
  assert.equal(SafeFloat.fromU64(100n).mulDiv(SafeFloat.fromU64(3n), SafeFloat.fromU64(10n))?.toU64(), 30n);
  assert.equal(SafeFloat.fromU64(10n).mulDiv(SafeFloat.fromU64(1n), SafeFloat.fromU64(3n))?.toU64(), 3n);
  assert.equal(SafeFloat.fromU64(2n).div(SafeFloat.fromU64(3n))?.mantissa, 666_666_666_666_666_666_666n);
  assert.equal(SafeFloat.fromU64((1n << 64n) - 1n).toU64(), (1n << 64n) - 1n);
  assert.equal(sf(1n, 30n).toU64(), (1n << 64n) - 1n);
  assert.equal(sf(1n, -30n).toU64(), 0n);
  assert.equal(SafeFloat.fromU64F64((3n << 64n) + (1n << 63n)).mulDiv(SafeFloat.fromU64(2n), SafeFloat.fromU64(1n))?.toU64(), 7n);
});

test('property: u64 round trip and exact integer addition below 1e20', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (v) => SafeFloat.fromU64(v).toU64() === v),
  );
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 1n << 62n }), fc.bigInt({ min: 0n, max: 1n << 62n }), (a, b) => {
      return SafeFloat.fromU64(a).add(SafeFloat.fromU64(b))?.toU64() === a + b;
    }),
  );
});
