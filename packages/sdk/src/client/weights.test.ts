import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeWeights, roundHalfEven, weightsCommitHash, netuidStorageIndex, U16_MAX } from './weights.js';
import { ParameterError } from './errors.js';

test('normalizeWeights: max-upscaled to 65535, rounded half to even, zeros dropped', () => {
  assert.deepEqual(normalizeWeights([0, 1, 2], [0.2, 0.3, 0.5]), { uids: [0, 1, 2], weights: [26214, 39321, 65535] });
  assert.deepEqual(normalizeWeights([5, 7], [1, 1]), { uids: [5, 7], weights: [65535, 65535] });
  // 0.5/65535 of the max rounds to 0 and is dropped; 1.5/65535 rounds to 2 (half to even)
  assert.deepEqual(normalizeWeights([0, 1, 2], [65535, 0.5, 1.5]), { uids: [0, 2], weights: [65535, 2] });
  assert.deepEqual(normalizeWeights([0, 1], [0, 0]), { uids: [], weights: [] });
  assert.deepEqual(normalizeWeights([], []), { uids: [], weights: [] });
  // already-normalised u16 vectors pass through unchanged (reveal == commit)
  assert.deepEqual(normalizeWeights([3, 4], [21845, 65535]), { uids: [3, 4], weights: [21845, 65535] });
});

test('normalizeWeights rejects bad input with ParameterError', () => {
  assert.throws(() => normalizeWeights([0, 1], [1]), ParameterError);
  assert.throws(() => normalizeWeights([0], [-1]), ParameterError);
  assert.throws(() => normalizeWeights([0], [Number.NaN]), ParameterError);
  assert.throws(() => normalizeWeights([0], [Infinity]), ParameterError);
  assert.throws(() => normalizeWeights([1, 1], [1, 2]), ParameterError);
  assert.throws(() => normalizeWeights([70000], [1]), ParameterError);
  assert.throws(() => normalizeWeights([-1], [1]), ParameterError);
});

test('roundHalfEven matches Python round()', () => {
  assert.deepEqual([0.5, 1.5, 2.5, 3.5, 2.4, 2.6, 0].map(roundHalfEven), [0, 2, 2, 4, 2, 3, 0]);
});

test('normalizeWeights properties: max is 65535, values in 1..65535, order and ratios kept', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 64 }), (ws) => {
      const uids = ws.map((_, i) => i);
      const r = normalizeWeights(uids, ws);
      if (Math.max(...ws) === 0) return r.uids.length === 0;
      assert.equal(Math.max(...r.weights), U16_MAX);
      for (const v of r.weights) assert.ok(Number.isInteger(v) && v >= 1 && v <= U16_MAX);
      const max = Math.max(...ws);
      r.uids.forEach((u, k) => assert.ok(Math.abs(r.weights[k] - (ws[u] / max) * U16_MAX) <= 0.5 + 1e-9));
      // every dropped uid would have rounded to 0
      for (const u of uids) if (!r.uids.includes(u)) assert.ok((ws[u] / max) * U16_MAX <= 0.5);
      return true;
    }),
  );
});

test('weightsCommitHash is blake2-256 over the SCALE tuple and depends on every input', () => {
  const pk = '0x' + 'd4'.repeat(32);
  const h = weightsCommitHash(pk, 1, [0, 1], [65535, 100], [1, 2, 3], 0n);
  assert.match(h, /^0x[0-9a-f]{64}$/);
  assert.equal(h, weightsCommitHash(pk.slice(2), 1, [0, 1], [65535, 100], [1, 2, 3], 0n));
  assert.notEqual(h, weightsCommitHash(pk, 2, [0, 1], [65535, 100], [1, 2, 3], 0n));
  assert.notEqual(h, weightsCommitHash(pk, 1, [0, 1], [65535, 100], [1, 2, 4], 0n));
  assert.notEqual(h, weightsCommitHash(pk, 1, [0, 1], [65535, 100], [1, 2, 3], 1n));
  assert.equal(netuidStorageIndex(3, 2), 2 * 4096 + 3);
});
