import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY_SWAP_COST, KEY_SWAP_ON_SUBNET_COST } from '@tensorium/params';
import { freeBalance } from '../../balances/currency.js';
import { storage as B } from '../../balances/storage.js';
import { storage as S } from '../storage.js';
import { getStake, getStakeForHotkeyOnSubnet, NO_LIMIT_BUY, stakeIntoSubnet } from '../staking/stakeUtils.js';
import { subnetCalls as SC } from '../subnets/calls.js';
import { rlLastTxBlock } from '../subnets/common.js';
import { acct, ctxOf, eventNames, expectFail, fund, newState, run, TAO } from '../subnets/testHelpers.js';
import { keySwapCalls as C } from './calls.js';

const OWNER = acct(1);
const OWNER_HOT = acct(2);
const MINER_COLD = acct(10);
const MINER = acct(11);
const NEW = acct(12);
const STAKER = acct(13);

function setup() {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, SC.register_network, { hotkey: OWNER_HOT });
  S.SubtokenEnabled.set(s, 1, true);
  fund(s, MINER_COLD, 100n * TAO);
  fund(s, STAKER, 100n * TAO);
  run(s, MINER_COLD, SC.burned_register, { netuid: 1, hotkey: MINER }, 101n);
  const ctx = ctxOf(s, 101n);
  stakeIntoSubnet(ctx, MINER, MINER_COLD, 1, 20n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, MINER, STAKER, 1, 30n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, MINER, STAKER, 0, 10n * TAO, NO_LIMIT_BUY, false);
  S.Delegates.set(s, MINER, 1000);
  S.Axons.set(s, 1, MINER, { block: 5n, version: 1, ip: 1n, port: 1, ip_type: 4, protocol: 0, placeholder1: 0, placeholder2: 0 });
  S.ChildkeyTake.set(s, MINER, 1, 77);
  return s;
}

test('swap_hotkey (all subnets) moves ownership, uid, serving info, takes and every stake', () => {
  const s = setup();
  const minerStake = getStake(s, MINER, MINER_COLD, 1);
  const stakerStake = getStake(s, MINER, STAKER, 1);
  const stakerRoot = getStake(s, MINER, STAKER, 0);
  const total = getStakeForHotkeyOnSubnet(s, MINER, 1);
  const bal = freeBalance(s, MINER_COLD);
  const issuance = B.TotalIssuance.get(s);
  run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: NEW, netuid: undefined }, 200n);
  assert.equal(freeBalance(s, MINER_COLD), bal - KEY_SWAP_COST);
  assert.equal(B.TotalIssuance.get(s), issuance - KEY_SWAP_COST);
  assert.equal(S.Owner.contains(s, MINER), false);
  assert.equal(S.Owner.get(s, NEW), MINER_COLD);
  assert.ok(S.OwnedHotkeys.get(s, MINER_COLD).includes(NEW));
  assert.ok(!S.OwnedHotkeys.get(s, MINER_COLD).includes(MINER));
  assert.equal(S.Uids.get(s, 1, NEW), 1);
  assert.equal(S.Keys.get(s, 1, 1), NEW);
  assert.equal(S.Uids.raw(s, 1, MINER), undefined);
  assert.equal(S.IsNetworkMember.get(s, NEW, 1), true);
  assert.equal(S.IsNetworkMember.contains(s, MINER, 1), false);
  assert.equal(S.Axons.raw(s, 1, MINER), undefined);
  assert.equal(S.Axons.raw(s, 1, NEW)?.block, 5n);
  assert.equal(S.Delegates.get(s, NEW), 1000);
  assert.equal(S.Delegates.raw(s, MINER), undefined);
  assert.equal(S.ChildkeyTake.get(s, NEW, 1), 77);
  assert.equal(getStake(s, NEW, MINER_COLD, 1), minerStake);
  assert.equal(getStake(s, NEW, STAKER, 1), stakerStake);
  assert.equal(getStake(s, NEW, STAKER, 0), stakerRoot);
  assert.equal(getStakeForHotkeyOnSubnet(s, NEW, 1), total);
  assert.equal(getStakeForHotkeyOnSubnet(s, MINER, 1), 0n);
  assert.equal(getStake(s, MINER, STAKER, 1), 0n);
  assert.ok(S.StakingHotkeys.get(s, STAKER).includes(NEW));
  assert.ok(!S.StakingHotkeys.get(s, STAKER).includes(MINER));
  assert.equal(S.LastHotkeySwapOnNetuid.get(s, 1, MINER_COLD), 200n);
  assert.equal(S.LastRateLimitedBlock.get(s, rlLastTxBlock(MINER_COLD)), 200n);
  assert.ok(eventNames(s).includes('HotkeySwapped'));
  // TxRateLimit (1000 blocks) now applies to this coldkey.
  fund(s, MINER_COLD, TAO);
  expectFail(s, 'HotKeySetTxRateLimitExceeded', () => run(s, MINER_COLD, C.swap_hotkey, { hotkey: NEW, new_hotkey: acct(30), netuid: undefined }, 1200n));
});

test('swap_hotkey_v2 keep_stake leaves the stake on the old hotkey', () => {
  const s = setup();
  const total = getStakeForHotkeyOnSubnet(s, MINER, 1);
  run(s, MINER_COLD, C.swap_hotkey_v2, { hotkey: MINER, new_hotkey: NEW, netuid: undefined, keep_stake: true }, 200n);
  assert.equal(getStakeForHotkeyOnSubnet(s, MINER, 1), total);
  assert.equal(getStakeForHotkeyOnSubnet(s, NEW, 1), 0n);
  assert.equal(S.Uids.get(s, 1, NEW), 1);
});

test('swap on one subnet: interval, cost, only that subnet moves', () => {
  const s = setup();
  expectFail(s, 'HotKeySwapOnSubnetIntervalNotPassed', () => run(s, MINER_COLD, C.swap_hotkey_v2, { hotkey: MINER, new_hotkey: NEW, netuid: 1, keep_stake: false }, 7200n));
  const bal = freeBalance(s, MINER_COLD);
  const rootStake = getStake(s, MINER, STAKER, 0);
  run(s, MINER_COLD, C.swap_hotkey_v2, { hotkey: MINER, new_hotkey: NEW, netuid: 1, keep_stake: false }, 7201n);
  assert.equal(freeBalance(s, MINER_COLD), bal - KEY_SWAP_ON_SUBNET_COST);
  assert.equal(S.Owner.get(s, MINER), MINER_COLD); // old hotkey keeps its owner
  assert.equal(S.Owner.get(s, NEW), MINER_COLD);
  assert.equal(S.Uids.get(s, 1, NEW), 1);
  assert.equal(getStake(s, MINER, STAKER, 0), rootStake); // root stake untouched
  assert.equal(getStakeForHotkeyOnSubnet(s, MINER, 1), 0n);
  assert.equal(S.LastHotkeySwapOnNetuid.get(s, 1, MINER_COLD), 7201n);
  assert.ok(eventNames(s).includes('HotkeySwappedOnSubnet'));
});

test('swap_hotkey errors change nothing', () => {
  const s = setup();
  expectFail(s, 'NonAssociatedColdKey', () => run(s, STAKER, C.swap_hotkey, { hotkey: MINER, new_hotkey: NEW, netuid: undefined }, 200n));
  expectFail(s, 'NonAssociatedColdKey', () => run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: OWNER_HOT, netuid: undefined }, 200n));
  expectFail(s, 'NewHotKeyIsSameWithOld', () => run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: MINER, netuid: undefined }, 200n));
  S.Owner.set(s, acct(40), MINER_COLD);
  S.IsNetworkMember.set(s, acct(40), 0, true);
  expectFail(s, 'HotKeyAlreadyRegisteredInSubNet', () => run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: acct(40), netuid: undefined }, 200n));
  S.IsNetworkMember.remove(s, acct(40), 0);
  stakeIntoSubnet(ctxOf(s, 150n), acct(40), STAKER, 0, TAO, NO_LIMIT_BUY, false);
  expectFail(s, 'NewHotKeyNotCleanForRootSwap', () => run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: acct(40), netuid: undefined }, 200n));
  const poor = acct(50);
  fund(s, poor, KEY_SWAP_COST - 1n);
  S.Owner.set(s, acct(51), poor);
  expectFail(s, 'NotEnoughBalanceToPaySwapHotKey', () => run(s, poor, C.swap_hotkey, { hotkey: acct(51), new_hotkey: acct(52), netuid: undefined }, 200n));
});

test('hotkey swap carries child/parent relations', () => {
  const s = setup();
  const max = (1n << 64n) - 1n;
  S.ChildKeys.set(s, MINER, 1, [[max, acct(60)]]);
  S.ParentKeys.set(s, acct(60), 1, [[max, MINER]]);
  run(s, MINER_COLD, C.swap_hotkey, { hotkey: MINER, new_hotkey: NEW, netuid: undefined }, 200n);
  assert.deepEqual(S.ChildKeys.get(s, NEW, 1), [[max, acct(60)]]);
  assert.deepEqual(S.ParentKeys.get(s, acct(60), 1), [[max, NEW]]);
  assert.deepEqual(S.ChildKeys.get(s, MINER, 1), []);
});
