import { test } from 'node:test';
import assert from 'node:assert/strict';
import { I96F32 } from '@tensorium/primitives';
import { signed } from '../../../frame/pallet.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C, runAutoClaimRootDivs } from './calls.js';
import { blockHashToIndices } from './claimRoot.js';
import { getStake } from './stakeUtils.js';
import { ALICE, BOB, HK1, TAO, ctxFor, event, fails, ok, world } from './testkit.js';

/** Alice has 100 TAO of root stake on HK1, which has a claimable rate of 0.01 alpha per unit on subnet 1. */
function setup() {
  const s = world();
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 0, amount_staked: 100n * TAO });
  ok(s, C.add_stake, BOB, { hotkey: HK1, netuid: 1, amount_staked: 10n * TAO }); // some alpha outstanding
  S.RootClaimable.set(s, HK1, [[1, I96F32.fromInt(1n) / 100n]]);
  return s;
}

test('claim_root with Keep stakes the owed alpha on the subnet', () => {
  const s = setup();
  ok(s, C.set_root_claim_type, ALICE, { new_root_claim_type: { type: 'Keep' } });
  const events = ok(s, C.claim_root, ALICE, { subnets: [1] });
  assert.deepEqual(event(events, 'RootClaimed'), [ALICE]);
  const owed = getStake(s, HK1, ALICE, 1);
  // rate = floor(2^32 / 100) / 2^32 per unit of root stake
  assert.equal(owed, (100n * TAO * (I96F32.fromInt(1n) / 100n)) >> 32n);
  assert.equal(S.RootClaimed.get(s, 1, HK1, ALICE), owed);
  // nothing more to claim
  ok(s, C.claim_root, ALICE, { subnets: [1] });
  assert.equal(getStake(s, HK1, ALICE, 1), owed);
});

test('claim_root with Swap (default) sells the alpha and adds root stake', () => {
  const s = setup();
  const root = getStake(s, HK1, ALICE, 0);
  const rootTao = S.SubnetTAO.get(s, 0);
  const subnetTao = S.SubnetTAO.get(s, 1);
  ok(s, C.claim_root, ALICE, { subnets: [1, 1] });
  const gained = getStake(s, HK1, ALICE, 0) - root;
  assert.ok(gained > 0n);
  assert.equal(S.SubnetTAO.get(s, 0), rootTao + gained);
  assert.equal(S.SubnetTAO.get(s, 1), subnetTao - gained);
  assert.equal(S.SubnetRootSellTao.get(s, 1), gained);
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  assert.ok(S.RootClaimed.get(s, 1, HK1, ALICE) > 0n);
});

test('claim_root below the threshold claims nothing; KeepSubnets; errors', () => {
  const s = setup();
  S.RootClaimableThreshold.set(s, 1, I96F32.fromInt(2n * TAO));
  ok(s, C.claim_root, ALICE, { subnets: [1] });
  assert.equal(S.RootClaimed.get(s, 1, HK1, ALICE), 0n);
  S.RootClaimableThreshold.remove(s, 1);
  ok(s, C.set_root_claim_type, ALICE, { new_root_claim_type: { type: 'KeepSubnets', value: { subnets: [1, 1] } } });
  assert.deepEqual(S.RootClaimType.get(s, ALICE), { type: 'KeepSubnets', value: { subnets: [1] } });
  ok(s, C.claim_root, ALICE, { subnets: [1] });
  assert.ok(getStake(s, HK1, ALICE, 1) > 0n);
  fails(s, C.claim_root, ALICE, { subnets: [] }, 'InvalidSubnetNumber');
  fails(s, C.claim_root, ALICE, { subnets: [1, 2, 3, 4, 5, 6] }, 'InvalidSubnetNumber');
  fails(s, C.set_root_claim_type, ALICE, { new_root_claim_type: { type: 'KeepSubnets', value: { subnets: [] } } }, 'InvalidSubnetNumber');
});

test('set_root_claim_type indexes the coldkey and emits RootClaimTypeSet', () => {
  const s = world();
  const events = ok(s, C.set_root_claim_type, BOB, { new_root_claim_type: { type: 'Keep' } });
  assert.deepEqual(event(events, 'RootClaimTypeSet'), [BOB, { type: 'Keep' }]);
  assert.equal(S.StakingColdkeys.raw(s, BOB), 0n);
});

test('block_hash_to_indices walks the hash as subtensor does', () => {
  const h = '0000000000000001' + '0000000000000002' + '0000000000000003' + '0000000000000004';
  assert.deepEqual(blockHashToIndices(h, 5n, 10n), [1n, 2n, 4n, 7n]);
  assert.deepEqual(blockHashToIndices('00'.repeat(32), 5n, 0n), [0n]);
  // saturating add: (2^64 - 1) mod 7 = 1 at every step
  assert.deepEqual(blockHashToIndices('ff'.repeat(32), 3n, 7n), [1n]);
});

test('runAutoClaimRootDivs claims for the indexed coldkeys', () => {
  const s = setup();
  S.RootClaimType.set(s, ALICE, { type: 'Keep' });
  const c = s.child();
  runAutoClaimRootDivs(ctxFor(c, signed(ALICE)), '00'.repeat(32));
  assert.deepEqual(
    c.pendingEvents().map((e) => e.name),
    ['RootClaimed'],
  );
  c.commit();
  assert.ok(getStake(s, HK1, ALICE, 1) > 0n);
});
