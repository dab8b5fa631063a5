import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { subnetAccountId, BURN_ACCOUNT } from './stakeUtils.js';
import { ALICE, BOB, HK1, HK2, HK3, event, fails, ok, world } from './testkit.js';

test('try_associate_hotkey claims an unowned hotkey, is a no-op for an owned one', () => {
  const s = world();
  ok(s, C.try_associate_hotkey, ALICE, { hotkey: HK3 });
  assert.equal(S.Owner.get(s, HK3), ALICE);
  assert.ok(S.OwnedHotkeys.get(s, ALICE).includes(HK3));
  ok(s, C.try_associate_hotkey, BOB, { hotkey: HK3 });
  assert.equal(S.Owner.get(s, HK3), ALICE);
  fails(s, C.try_associate_hotkey, ALICE, { hotkey: subnetAccountId(1) }, 'CannotUseSystemAccount');
  fails(s, C.try_associate_hotkey, ALICE, { hotkey: subnetAccountId(0) }, 'CannotUseSystemAccount');
  assert.ok(BURN_ACCOUNT);
});

test('set_coldkey_auto_stake_hotkey', () => {
  const s = world();
  S.Uids.set(s, 1, HK1, 0);
  S.Uids.set(s, 1, HK2, 1);
  const events = ok(s, C.set_coldkey_auto_stake_hotkey, ALICE, { netuid: 1, hotkey: HK1 });
  assert.deepEqual(event(events, 'AutoStakeDestinationSet'), [ALICE, 1, HK1]);
  assert.equal(S.AutoStakeDestination.raw(s, ALICE, 1), HK1);
  assert.deepEqual(S.AutoStakeDestinationColdkeys.get(s, HK1, 1), [ALICE]);
  fails(s, C.set_coldkey_auto_stake_hotkey, ALICE, { netuid: 1, hotkey: HK1 }, 'SameAutoStakeHotkeyAlreadySet');
  ok(s, C.set_coldkey_auto_stake_hotkey, ALICE, { netuid: 1, hotkey: HK2 });
  assert.deepEqual(S.AutoStakeDestinationColdkeys.get(s, HK1, 1), []);
  assert.deepEqual(S.AutoStakeDestinationColdkeys.get(s, HK2, 1), [ALICE]);
  fails(s, C.set_coldkey_auto_stake_hotkey, ALICE, { netuid: 9, hotkey: HK1 }, 'SubnetNotExists');
  fails(s, C.set_coldkey_auto_stake_hotkey, ALICE, { netuid: 2, hotkey: HK1 }, 'HotKeyNotRegisteredInSubNet');
});

test('set_auto_parent_delegation_enabled', () => {
  const s = world();
  fails(s, C.set_auto_parent_delegation_enabled, BOB, { hotkey: HK1, enabled: false }, 'NonAssociatedColdKey');
  fails(s, C.set_auto_parent_delegation_enabled, ALICE, { hotkey: HK1, enabled: false }, 'HotKeyNotRegisteredInSubNet');
  S.Uids.set(s, 0, HK1, 0);
  const events = ok(s, C.set_auto_parent_delegation_enabled, ALICE, { hotkey: HK1, enabled: false });
  assert.deepEqual(event(events, 'AutoParentDelegationEnabledSet'), [HK1, false]);
  assert.equal(S.AutoParentDelegationEnabled.get(s, HK1), false);
});
