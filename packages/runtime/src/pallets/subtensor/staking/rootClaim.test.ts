import { test } from 'node:test';
import assert from 'node:assert/strict';
import { I96F32 } from '@tensorium/primitives';
import { getRootOwed, getRootOwedFloat, increaseRootClaimable, rootClaimAmount, rootClaimedAfterAddStake, rootClaimedAfterRemoveStake } from './rootClaim.js';

test('accrual, owed amount and the claim threshold (upstream test_claim_root_with_drain_emissions)', () => {
  const { rateI96F32, stakeToOwner } = increaseRootClaimable(0n, 820_004n, 2_000_000n);
  assert.equal(stakeToOwner, 0n);
  assert.equal(rateI96F32, 1_760_945_181n);
  const owed = getRootOwedFloat(rateI96F32, 2_000_000n, 0n);
  assert.equal(rootClaimAmount(owed), 820_003n);
  assert.equal(getRootOwed(rateI96F32, 2_000_000n, 820_003n), 0n);
  assert.equal(rootClaimAmount(I96F32.fromInt(499_999n)), 0n);
  assert.equal(rootClaimAmount(I96F32.fromInt(499_999n), 500_000n, true), 499_999n);
});

test('more root alpha than root stake is staked to the owner instead', () => {
  assert.deepEqual(increaseRootClaimable(7n, 11n, 10n), { rateI96F32: 7n, stakeToOwner: 11n });
});

test('RootClaimed follows root stake changes', () => {
  const rate = I96F32.ONE / 2n;
  assert.equal(rootClaimedAfterAddStake(10n, rate, 100n), 60n);
  assert.equal(rootClaimedAfterRemoveStake(60n, rate, 100n), 10n);
  assert.equal(rootClaimedAfterRemoveStake(10n, rate, 100n), 0n);
});
