import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { U64F64, U96F32 } from '@tensorium/primitives';
import { MAINNET_TAO_WEIGHT } from '@tensorium/params';
import { getNetworkRootSellFlag, getShares, getSubnetBlockEmissions } from './subnetEmissions.js';
import { getSubnetTerms } from './subnetTerms.js';
import { getTaoWeight, rootProportion } from './rootProportion.js';
import { updateMovingPrice } from './movingPrice.js';
import { applyDelegateTake, calculateDividendDistribution } from './dividendDistribution.js';
import { getParentChildDividendsDistribution } from './childkeyDividends.js';

test('root proportion with the mainnet TaoWeight (upstream test_root_proportion)', () => {
  const tw = getTaoWeight(MAINNET_TAO_WEIGHT);
  assert.equal(tw, 773_094_113n);
  assert.equal(rootProportion(1_000_000_000_000n, tw, 100_000_000_000n), 2_761_050_404n);
  assert.equal(rootProportion(0n, tw, 0n), 0n);
});

test('shares follow the EMA price; disabled subnets are renormalised away; MinerBurned reweights', () => {
  const half = U64F64.ONE >> 1n;
  assert.deepEqual(getShares([{ movingPriceU64F64: half }, { movingPriceU64F64: half }]), [half, half]);
  assert.deepEqual(getShares([{ movingPriceU64F64: 0n }, { movingPriceU64F64: 0n }]), [0n, 0n]);
  const e = getSubnetBlockEmissions(U96F32.fromInt(1_000_000_000n), [
    { movingPriceU64F64: half },
    { movingPriceU64F64: half, emissionEnabled: false },
  ]);
  assert.deepEqual(e, [U96F32.fromInt(1_000_000_000n), 0n]);
  const burned = getShares([{ movingPriceU64F64: half, minerBurnedU96F32: U96F32.ONE }, { movingPriceU64F64: half }]);
  assert.deepEqual(burned, [0n, U64F64.ONE]);
  assert.equal(getNetworkRootSellFlag([half, half]), false);
  assert.equal(getNetworkRootSellFlag([half, half + 1n]), true);
});

test('property: Σ E_i <= block emission and tao_in + excess = E_i', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 1_000_000_000n }),
      fc.array(fc.record({ ema: fc.bigInt({ min: 0n, max: U64F64.ONE }), price: fc.bigInt({ min: 0n, max: 100n * U64F64.ONE }), issuance: fc.bigInt({ min: 0n, max: 10n ** 16n }) }), { minLength: 1, maxLength: 8 }),
      fc.bigInt({ min: 0n, max: 10n ** 16n }),
      (emission, subnets, rootTao) => {
        const es = getSubnetBlockEmissions(U96F32.fromInt(emission), subnets.map((s) => ({ movingPriceU64F64: s.ema })));
        const total = es.reduce((a, b) => a + b, 0n);
        assert.ok(total <= U96F32.fromInt(emission));
        subnets.forEach((s, i) => {
          const t = getSubnetTerms({ taoEmissionU96F32: es[i], alphaIssuance: s.issuance, spotPriceU64F64: s.price, rootTao, taoWeightU96F32: getTaoWeight(MAINNET_TAO_WEIGHT) });
          assert.ok(t.taoInU96F32 <= es[i]);
          assert.equal(t.taoInU96F32 + t.excessTaoU96F32, es[i]);
          assert.ok(t.alphaInU96F32 <= t.capU96F32 || !t.capped);
        });
      },
    ),
    { numRuns: 1000 },
  );
});

test('EMA price moves toward min(spot, 1)', () => {
  const next = updateMovingPrice({ movingAlphaI96F32: 429_496_730n, spotPriceU64F64: U64F64.ONE, movingPriceI96F32: 0n, currentBlock: 201_600n, firstEmissionBlock: 1n, halvingBlocks: 201_600n });
  assert.equal(next, 214_748_365n);
  const capped = updateMovingPrice({ movingAlphaI96F32: U96F32.ONE, spotPriceU64F64: 5n * U64F64.ONE, movingPriceI96F32: 0n, currentBlock: 10n, firstEmissionBlock: undefined, halvingBlocks: 0n });
  assert.equal(capped, U96F32.ONE);
});

test('dividend distribution and take', () => {
  const d = calculateDividendDistribution(1_000_000_000n, 0n, U96F32.ONE, [
    { alphaStake: 1_000_000_000n, rootStake: 1_000_000_000n, dividendU96F32: U96F32.fromInt(500_000_000n) },
    { alphaStake: 1_000_000_000n, rootStake: 1_000_000_000n, dividendU96F32: U96F32.fromInt(500_000_000n) },
  ]);
  assert.deepEqual(d.alphaDividendsU96F32.map((x) => U96F32.toU64(x)), [500_000_000n, 500_000_000n]);
  assert.deepEqual(d.rootAlphaDividendsU96F32, [0n, 0n]);
  assert.deepEqual(applyDelegateTake(U96F32.fromInt(1_000_000n), 65535n), { take: 1_000_000n, rest: 0n });
  assert.deepEqual(applyDelegateTake(U96F32.fromInt(1_000_000n), 0n), { take: 0n, rest: 1_000_000n });
});

test('child-key split (upstream test_drain_alpha_childkey_parentkey)', () => {
  const r = getParentChildDividendsDistribution({
    dividend: 1_000_000_000n,
    childTakeU16: 6553n,
    ckBurnU96F32: 0n,
    taoWeightU96F32: 0n,
    childAlphaStake: 0n,
    childRootStake: 0n,
    childChildrenProportionsU64: [],
    parents: [{ proportionU64: (1n << 64n) - 1n, alphaStake: 1_000_000_000n, rootStake: 0n, sameOwner: false }],
  });
  assert.deepEqual(r.parents, [900_007_629n]);
  assert.equal(r.child, 99_992_370n);
  assert.equal(r.recycled, 0n);
});
