// vecU16MaxUpscaleToU16Fast (set_weights' weight upscale on doubles) against the bigint reference
// of math.ts: random vectors, every weight for maxima around the 32768 branch point, and inputs
// that are not u16 integers (which must behave exactly like the reference, errors included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { vecU16MaxUpscaleToU16Fast } from './fastMath.js';
import { vecU16MaxUpscaleToU16 } from './math.js';

test('vecU16MaxUpscaleToU16Fast equals the reference on random u16 vectors', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 65535 }), { maxLength: 40 }), fc.integer({ min: 0, max: 65535 }), (v, cap) => {
      const capped = v.map((x) => x % (cap + 1));
      assert.deepEqual(vecU16MaxUpscaleToU16Fast(capped), vecU16MaxUpscaleToU16(capped));
    }),
    { numRuns: 2000 },
  );
});

test('vecU16MaxUpscaleToU16Fast equals the reference for every weight below maxima near the branch point', () => {
  for (const max of [1, 2, 3, 255, 32767, 32768, 32769, 32770, 65534, 65535]) {
    const v = Array.from({ length: max + 1 }, (_, i) => i);
    assert.deepEqual(vecU16MaxUpscaleToU16Fast(v), vecU16MaxUpscaleToU16(v), `max ${max}`);
  }
  assert.deepEqual(vecU16MaxUpscaleToU16Fast([]), []);
  assert.deepEqual(vecU16MaxUpscaleToU16Fast([0, 0, 0]), [0, 0, 0]);
});

test('vecU16MaxUpscaleToU16Fast defers to the reference for values that are not u16 integers', () => {
  assert.throws(() => vecU16MaxUpscaleToU16Fast([1, 0.5]), (e: unknown) => e instanceof RangeError);
  assert.deepEqual(vecU16MaxUpscaleToU16Fast([70000, 5]), vecU16MaxUpscaleToU16([70000, 5]));
});
