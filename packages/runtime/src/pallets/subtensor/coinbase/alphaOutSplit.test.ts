import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { U96F32 } from '@tensorium/primitives';
import { splitAlphaOut } from './alphaOutSplit.js';

test('18% owner cut, then half to miners, validator half split with root', () => {
  const s = splitAlphaOut({
    alphaOutU96F32: U96F32.fromInt(1_000_000_000n),
    subnetOwnerCutU16: 11_796n,
    ownerCutEnabled: true,
    rootPropU96F32: U96F32.ONE >> 1n,
    rootSellFlag: false,
  });
  assert.equal(s.ownerCut, 179_995_422n);
  assert.equal(s.server, 410_002_288n);
  assert.equal(s.rootAlpha, 205_001_144n);
  assert.equal(s.rootAlphaRecycled, s.rootAlpha);
  assert.equal(s.rootAlphaPending, 0n);
});

test('property: owner + server + validator + root = alpha_out within 3 rao', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
      fc.bigInt({ min: 0n, max: 65535n }),
      fc.boolean(),
      fc.bigInt({ min: 0n, max: U96F32.ONE }),
      fc.boolean(),
      (alphaOut, cut, enabled, rootProp, sell) => {
        const s = splitAlphaOut({ alphaOutU96F32: U96F32.fromInt(alphaOut), subnetOwnerCutU16: cut, ownerCutEnabled: enabled, rootPropU96F32: rootProp, rootSellFlag: sell });
        const sum = s.ownerCut + s.server + s.validator + s.rootAlpha;
        assert.ok(sum <= alphaOut && alphaOut - sum <= 3n, `alpha_out ${alphaOut}, parts sum ${sum}`);
        assert.equal(s.rootAlphaPending + s.rootAlphaRecycled, s.rootAlpha);
        if (!enabled) assert.equal(s.ownerCut, 0n);
      },
    ),
    { numRuns: 2000 },
  );
});
