import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64_MAX } from '@tensorium/primitives';
import { storage as S } from '../storage.js';
import { stakingCalls as C, applyPendingChildKeys } from './calls.js';
import { ALICE, BOB, HK1, HK2, HK3, TAO, acct, addDynamicSubnet, ctxFor, event, fails, ok, own, world } from './testkit.js';
import { signed } from '../../../frame/pallet.js';

const half = U64_MAX / 2n;

test('set_children schedules, then the block step applies after the cooldown', () => {
  const s = world();
  const events = ok(s, C.set_children, ALICE, { hotkey: HK1, netuid: 1, children: [[half, HK2]] }, 100n);
  assert.deepEqual(event(events, 'SetChildrenScheduled'), [HK1, 1, 100n + 7_200n, [[half, HK2]]]);
  assert.deepEqual(S.ChildKeys.get(s, HK1, 1), []);
  // not yet due (cooldown block must be < current block)
  applyPendingChildKeys(ctxFor(s, signed(ALICE), 7_300n), 1);
  assert.deepEqual(S.ChildKeys.get(s, HK1, 1), []);
  const c = s.child();
  applyPendingChildKeys(ctxFor(c, signed(ALICE), 7_301n), 1);
  assert.deepEqual(c.pendingEvents().map((e) => [e.name, ...e.fields]), [['SetChildren', HK1, 1, [[half, HK2]]]]);
  c.commit();
  assert.deepEqual(S.ChildKeys.get(s, HK1, 1), [[half, HK2]]);
  assert.deepEqual(S.ParentKeys.get(s, HK2, 1), [[half, HK1]]);
  assert.equal(S.PendingChildKeys.contains(s, 1, HK1), false);
  // revoke: an empty list removes both directions
  ok(s, C.set_children, ALICE, { hotkey: HK1, netuid: 1, children: [] }, 7_400n);
  applyPendingChildKeys(ctxFor(s, signed(ALICE), 20_000n), 1);
  assert.equal(S.ChildKeys.contains(s, HK1, 1), false);
  assert.equal(S.ParentKeys.contains(s, HK2, 1), false);
});

test('set_children applies at once before start_call', () => {
  const s = world();
  addDynamicSubnet(s, 3, 1_000n * TAO, 1_000n * TAO, { subtoken: false });
  const events = ok(s, C.set_children, ALICE, { hotkey: HK1, netuid: 3, children: [[5n, HK2], [7n, HK3]] });
  assert.deepEqual(event(events, 'SetChildren'), [HK1, 3, [[5n, HK2], [7n, HK3]]]);
  assert.deepEqual(S.ChildKeys.get(s, HK1, 3), [[5n, HK2], [7n, HK3]]);
  assert.deepEqual(S.ParentKeys.get(s, HK3, 3), [[7n, HK1]]);
});

test('set_children errors', () => {
  const s = world();
  const sc = (hotkey: string, netuid: number, children: (readonly [bigint, string])[]) => ({ hotkey, netuid, children });
  fails(s, C.set_children, ALICE, sc(HK1, 0, [[1n, HK2]]), 'RegistrationNotPermittedOnRootSubnet');
  fails(s, C.set_children, ALICE, sc(HK1, 9, [[1n, HK2]]), 'SubnetNotExists');
  fails(s, C.set_children, BOB, sc(HK1, 1, [[1n, HK2]]), 'NonAssociatedColdKey');
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[1n, HK2], [2n, HK2]]), 'DuplicateChild');
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[1n, HK1]]), 'InvalidChild');
  fails(s, C.set_children, ALICE, sc(HK1, 1, [1, 2, 3, 4, 5, 6].map((i) => [1n, acct(0x40 + i)] as const)), 'TooManyChildren');
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[U64_MAX, HK2], [1n, HK3]]), 'ProportionOverflow');
  // HK2 is a parent of HK1: HK1 cannot take HK2 as a child
  S.ParentKeys.set(s, HK1, 1, [[1n, HK2]]);
  S.ChildKeys.set(s, HK2, 1, [[1n, HK1]]);
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[1n, HK2]]), 'ChildParentInconsistency');
  S.StakeThreshold.set(s, 1n);
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[1n, HK3]]), 'NotEnoughStakeToSetChildkeys');
  S.SubnetOwnerHotkey.set(s, 1, HK1); // the subnet owner hotkey is exempt
  ok(s, C.set_children, ALICE, sc(HK1, 1, [[1n, HK3]]), 100n);
  fails(s, C.set_children, ALICE, sc(HK1, 1, [[2n, HK3]]), 'TxRateLimitExceeded', 249n);
  ok(s, C.set_children, ALICE, sc(HK1, 1, [[2n, HK3]]), 250n);
});

test('set_childkey_take: range, rate-limited increases', () => {
  const s = world();
  const events = ok(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 1_000 }, 100n);
  assert.deepEqual(event(events, 'ChildKeyTakeSet'), [HK1, 1_000]);
  assert.equal(S.ChildkeyTake.get(s, HK1, 1), 1_000);
  ok(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 500 }, 101n); // decreases are not limited
  fails(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 600 }, 'TxChildkeyTakeRateLimitExceeded', 200n);
  ok(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 600 }, 101n + 216_000n);
  fails(s, C.set_childkey_take, BOB, { hotkey: HK1, netuid: 1, take: 1 }, 'NonAssociatedColdKey');
  fails(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 11_797 }, 'InvalidChildkeyTake');
  S.MinChildkeyTakePerSubnet.set(s, 1, 100);
  fails(s, C.set_childkey_take, ALICE, { hotkey: HK1, netuid: 1, take: 99 }, 'InvalidChildkeyTake');
});

test('pending children that became inconsistent are dropped silently', () => {
  const s = world();
  own(s, BOB, HK3);
  ok(s, C.set_children, ALICE, { hotkey: HK1, netuid: 1, children: [[1n, HK3]] }, 100n);
  // meanwhile HK3 becomes a parent of HK1
  S.ParentKeys.set(s, HK1, 1, [[1n, HK3]]);
  const c = s.child();
  applyPendingChildKeys(ctxFor(c, signed(ALICE), 10_000n), 1);
  assert.equal(c.pendingEvents().length, 0);
  c.commit();
  assert.equal(S.PendingChildKeys.contains(s, 1, HK1), false);
  assert.deepEqual(S.ChildKeys.get(s, HK1, 1), []);
});
