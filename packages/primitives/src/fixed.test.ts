import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { I32F32, I64F64, U64F64, U96F32, roundF64BitsToFixed } from './fixed.js';

function f64Bits(x: number): bigint {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}

test('multiplication floors toward -inf, division truncates toward zero', () => {
  // -0.5 * 2^-32 (raw -1 * raw 2^31) = -2^-33 -> floor -> raw -1
  assert.equal(I32F32.mul(-1n, 1n << 31n), -1n);
  assert.equal(I32F32.mul(1n, 1n << 31n), 0n);
  // -1 / 3 truncates toward zero
  assert.equal(I32F32.checkedDiv(-I32F32.ONE, 3n * I32F32.ONE), -1431655765n);
  assert.equal(I32F32.checkedDiv(I32F32.ONE, 0n), undefined);
  assert.equal(I32F32.safeDiv(I32F32.ONE, 0n), 0n);
  // overflow in safe_div yields 0, not saturation
  assert.equal(I32F32.safeDiv(I32F32.MAX, 1n), 0n);
  assert.equal(I32F32.saturatingDiv(I32F32.MAX, 1n), I32F32.MAX);
});

test('conversions between fixed types floor and saturate', () => {
  assert.equal(I32F32.from(I64F64, -1n), -1n); // -2^-64 floors to -2^-32
  assert.equal(U96F32.from(U64F64, (1n << 64n) - 1n), (1n << 32n) - 1n);
  assert.equal(I32F32.from(I64F64, 1n << 100n), I32F32.MAX);
  assert.equal(U64F64.toU64(U64F64.fromInt(5n) + 123n), 5n);
  assert.equal(I32F32.toU64(-5n), 0n);
});

test('from f64 rounds to nearest, ties to even', () => {
  // 0.1 as I32F32 is 429496730 (0.1 * 2^32 = 429496729.6)
  assert.equal(roundF64BitsToFixed(f64Bits(0.1), 32), 429496730n);
  // 0.000003 as I96F32 -> 12885 (spec/economics.md §4.8)
  assert.equal(roundF64BitsToFixed(f64Bits(0.000003), 32), 12885n);
  // exact tie: 1.5 * 2^-32 -> raw 1.5 -> even -> 2; 2.5 * 2^-32 -> 2
  assert.equal(roundF64BitsToFixed(f64Bits(1.5 * 2 ** -32), 32), 2n);
  assert.equal(roundF64BitsToFixed(f64Bits(2.5 * 2 ** -32), 32), 2n);
  assert.equal(roundF64BitsToFixed(f64Bits(-2.5 * 2 ** -32), 32), -2n);
});

test('mul/div agree with exact rational arithmetic (property)', () => {
  const raw = fc.bigInt({ min: -(1n << 40n), max: 1n << 40n });
  fc.assert(
    fc.property(raw, raw, (a, b) => {
      const p = I32F32.mul(a, b);
      // floor(a*b / 2^32): p*2^32 <= a*b < (p+1)*2^32
      assert.ok(p * (1n << 32n) <= a * b && a * b < (p + 1n) * (1n << 32n));
      if (b !== 0n) {
        const q = I32F32.checkedDiv(a, b);
        if (q !== undefined) {
          // truncation toward zero: |q*b| <= |a*2^32| < |q*b| + |b|, and q has the sign of a/b
          const exact = a * (1n << 32n);
          const abs = (x: bigint): bigint => (x < 0n ? -x : x);
          assert.ok(abs(q * b) <= abs(exact) && abs(exact) < abs(q * b) + abs(b));
          assert.ok(q === 0n || (q > 0n) === ((a > 0n) === (b > 0n)));
        }
      }
    }),
    { numRuns: 2000 },
  );
});
