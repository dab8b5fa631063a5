import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { U64F64 } from '@tensorium/primitives';
import { bumpBurnAfterRegistration, decayBurn, decayFactorQ32, mulByQ32, powQ32 } from './registrationPrice.js';

test('decay factor: largest f with f^halfLife <= 1/2 (Q32)', () => {
  assert.equal(decayFactorQ32(0), 1n << 32n);
  assert.equal(decayFactorQ32(1), 1n << 31n);
  assert.equal(decayFactorQ32(360), 4_286_705_684n);
  for (const h of [1, 2, 3, 10, 360, 36_100]) {
    const f = decayFactorQ32(h);
    assert.ok(powQ32(f, h) <= 1n << 31n);
    assert.ok(powQ32(f + 1n, h) > 1n << 31n);
  }
  assert.equal(mulByQ32((1n << 64n) - 1n, 1n << 40n), (1n << 64n) - 1n);
});

test('no decay at blocks 0 and 1; bump multiplies by max(mult, 1)', () => {
  assert.equal(decayBurn({ burn: 1000n, minBurn: 0n, maxBurn: 10_000n, halfLife: 1, currentBlock: 1n }), 1000n);
  assert.equal(decayBurn({ burn: 1000n, minBurn: 0n, maxBurn: 10_000n, halfLife: 1, currentBlock: 2n }), 500n);
  assert.equal(bumpBurnAfterRegistration({ burn: 1000n, multU64F64: U64F64.ONE >> 1n, minBurn: 0n, maxBurn: 10_000n }), 1000n);
  assert.equal(bumpBurnAfterRegistration({ burn: 1000n, multU64F64: 3n * U64F64.ONE, minBurn: 0n, maxBurn: 10_000n }), 3000n);
});

test('property: burn stays in [min, max] under any sequence of decays and bumps', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.bigInt({ min: 0n, max: 10n ** 13n }),
      fc.integer({ min: 0, max: 65535 }),
      fc.bigInt({ min: 0n, max: 3n * U64F64.ONE }),
      fc.array(fc.boolean(), { maxLength: 30 }),
      (a, b, start, halfLife, mult, ops) => {
        const [minBurn, maxBurn] = a <= b ? [a, b] : [b, a];
        let burn = start;
        for (const bump of ops) {
          burn = bump ? bumpBurnAfterRegistration({ burn, multU64F64: mult, minBurn, maxBurn }) : decayBurn({ burn, minBurn, maxBurn, halfLife, currentBlock: 100n });
          assert.ok(burn >= minBurn && burn <= maxBurn, `burn ${burn} outside [${minBurn}, ${maxBurn}]`);
        }
      },
    ),
    { numRuns: 1000 },
  );
});
