import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY_SWAP_COST } from '@tensorium/params';
import { InvalidTransaction } from '../../../executive.js';
import { ROOT_ORIGIN } from '../../../frame/pallet.js';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { getStake, NO_LIMIT_BUY, stakeIntoSubnet } from '../staking/stakeUtils.js';
import { subnetCalls as SC } from '../subnets/calls.js';
import { acct, ctxOf, env, eventNames, expectFail, fund, newState, run, TAO } from '../subnets/testHelpers.js';
import { keySwapCalls as C } from './calls.js';
import { coldkeySwapCheck } from './coldkeySwapCheck.js';
import { coldkeyHash } from './swapColdkey.js';

const OLD = acct(1);
const HOT = acct(2);
const NEW = acct(3);

function setup() {
  const s = newState();
  fund(s, OLD, 5000n * TAO);
  run(s, OLD, SC.register_network, { hotkey: HOT });
  S.SubtokenEnabled.set(s, 1, true);
  stakeIntoSubnet(ctxOf(s, 100n), HOT, OLD, 1, 50n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctxOf(s, 100n), HOT, OLD, 0, 20n * TAO, NO_LIMIT_BUY, false);
  return s;
}

test('announce -> swap_coldkey_announced after the delay moves everything', () => {
  const s = setup();
  const hash = coldkeyHash(NEW);
  const bal = freeBalance(s, OLD);
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: hash }, 200n);
  assert.equal(freeBalance(s, OLD), bal - KEY_SWAP_COST);
  assert.deepEqual(S.ColdkeySwapAnnouncements.raw(s, OLD), [200n + 36_000n, hash]);
  assert.ok(eventNames(s).includes('ColdkeySwapAnnounced'));
  expectFail(s, 'ColdkeySwapReannouncedTooEarly', () => run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: hash }, 7199n));
  expectFail(s, 'ColdkeySwapTooEarly', () => run(s, OLD, C.swap_coldkey_announced, { new_coldkey: NEW }, 36_199n));
  expectFail(s, 'AnnouncedColdkeyHashDoesNotMatch', () => run(s, OLD, C.swap_coldkey_announced, { new_coldkey: acct(4) }, 36_200n));
  const stake1 = getStake(s, HOT, OLD, 1);
  const stake0 = getStake(s, HOT, OLD, 0);
  const all = freeBalance(s, OLD);
  run(s, OLD, C.swap_coldkey_announced, { new_coldkey: NEW }, 36_200n);
  assert.equal(S.ColdkeySwapAnnouncements.contains(s, OLD), false);
  assert.equal(freeBalance(s, OLD), 0n);
  assert.equal(freeBalance(s, NEW), all);
  assert.equal(S.SubnetOwner.get(s, 1), NEW);
  assert.equal(S.Owner.get(s, HOT), NEW);
  assert.deepEqual(S.OwnedHotkeys.get(s, NEW), [HOT]);
  assert.equal(S.OwnedHotkeys.contains(s, OLD), false);
  assert.equal(getStake(s, HOT, NEW, 1), stake1);
  assert.equal(getStake(s, HOT, NEW, 0), stake0);
  assert.equal(getStake(s, HOT, OLD, 1), 0n);
  assert.deepEqual(S.StakingHotkeys.get(s, NEW), [HOT]);
  assert.equal(S.StakingColdkeys.contains(s, NEW), true);
  assert.equal(S.StakingColdkeys.contains(s, OLD), false);
  assert.ok(eventNames(s).includes('ColdkeySwapped'));
  expectFail(s, 'ColdkeySwapAnnouncementNotFound', () => run(s, OLD, C.swap_coldkey_announced, { new_coldkey: NEW }, 36_300n));
});

test('re-announcing after the delay is free; clear after the reannouncement delay', () => {
  const s = setup();
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(NEW) }, 200n);
  const bal = freeBalance(s, OLD);
  // when = 200 + 36_000; re-announcing needs when + 7_200.
  expectFail(s, 'ColdkeySwapReannouncedTooEarly', () => run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(acct(4)) }, 43_399n));
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(acct(4)) }, 43_400n);
  assert.equal(freeBalance(s, OLD), bal);
  assert.deepEqual(S.ColdkeySwapAnnouncements.raw(s, OLD), [79_400n, coldkeyHash(acct(4))]);
  expectFail(s, 'ColdkeySwapClearTooEarly', () => run(s, OLD, C.clear_coldkey_swap_announcement, {}, 86_599n));
  run(s, OLD, C.clear_coldkey_swap_announcement, {}, 86_600n);
  assert.equal(S.ColdkeySwapAnnouncements.contains(s, OLD), false);
  assert.ok(eventNames(s).includes('ColdkeySwapCleared'));
  expectFail(s, 'ColdkeySwapAnnouncementNotFound', () => run(s, OLD, C.clear_coldkey_swap_announcement, {}, 90_000n));
});

test('announce fails without the swap cost', () => {
  const s = newState();
  fund(s, OLD, KEY_SWAP_COST);
  expectFail(s, 'NotEnoughBalanceToPaySwapColdKey', () => run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(NEW) }));
});

test('dispute and root reset', () => {
  const s = setup();
  expectFail(s, 'ColdkeySwapAnnouncementNotFound', () => run(s, OLD, C.dispute_coldkey_swap, {}));
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(NEW) }, 200n);
  run(s, OLD, C.dispute_coldkey_swap, {}, 201n);
  assert.equal(S.ColdkeySwapDisputes.raw(s, OLD), 201n);
  expectFail(s, 'ColdkeySwapAlreadyDisputed', () => run(s, OLD, C.dispute_coldkey_swap, {}, 202n));
  expectFail(s, 'BadOrigin', () => run(s, OLD, C.reset_coldkey_swap, { coldkey: OLD }));
  run(s, ROOT_ORIGIN, C.reset_coldkey_swap, { coldkey: OLD });
  assert.equal(S.ColdkeySwapAnnouncements.contains(s, OLD), false);
  assert.equal(S.ColdkeySwapDisputes.contains(s, OLD), false);
  assert.ok(eventNames(s).includes('ColdkeySwapReset'));
});

test('root swap_coldkey: immediate, cost recycled, checks on the new coldkey', () => {
  const s = setup();
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(acct(9)) }, 200n);
  expectFail(s, 'BadOrigin', () => run(s, OLD, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: NEW, swap_cost: 0n }));
  expectFail(s, 'NewColdKeyIsHotkey', () => run(s, ROOT_ORIGIN, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: HOT, swap_cost: 0n }));
  S.StakingHotkeys.set(s, acct(8), [HOT]);
  expectFail(s, 'ColdKeyAlreadyAssociated', () => run(s, ROOT_ORIGIN, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: acct(8), swap_cost: 0n }));
  S.Lock.set(s, NEW, 1, HOT, { locked_mass: 5n, conviction: 0n, last_update: 0n });
  expectFail(s, 'ActiveLockExists', () => run(s, ROOT_ORIGIN, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: NEW, swap_cost: 0n }));
  S.Lock.remove(s, NEW, 1, HOT);
  expectFail(s, 'NotEnoughBalanceToPaySwapColdKey', () => run(s, ROOT_ORIGIN, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: NEW, swap_cost: 10n ** 15n }));
  const all = freeBalance(s, OLD);
  run(s, ROOT_ORIGIN, C.swap_coldkey, { old_coldkey: OLD, new_coldkey: NEW, swap_cost: TAO });
  assert.equal(freeBalance(s, NEW), all - TAO);
  assert.equal(S.ColdkeySwapAnnouncements.contains(s, OLD), false);
  assert.equal(S.SubnetOwner.get(s, 1), NEW);
});

test('schedule_swap_coldkey is deprecated', () => {
  const s = setup();
  expectFail(s, 'Deprecated', () => run(s, OLD, C.schedule_swap_coldkey, { new_coldkey: NEW }));
});

test('transaction check: only swap calls while announced, nothing while disputed', () => {
  const s = setup();
  const xt = (name: string) => ({ signer: OLD, call: { pallet: 'SubtensorModule', name, args: {} }, len: 10 });
  const e = env(300n);
  coldkeySwapCheck(s, e, xt('add_stake'));
  run(s, OLD, C.announce_coldkey_swap, { new_coldkey_hash: coldkeyHash(NEW) }, 200n);
  const rejects = (name: string, code: number) =>
    assert.throws(
      () => coldkeySwapCheck(s, e, xt(name)),
      (err: unknown) => err instanceof InvalidTransaction && err.reason === 'Custom' && err.custom === code,
    );
  rejects('add_stake', 0);
  rejects('register_network', 0);
  assert.throws(() => coldkeySwapCheck(s, e, { signer: OLD, call: { pallet: 'Balances', name: 'transfer_keep_alive', args: {} }, len: 1 }));
  for (const ok of ['announce_coldkey_swap', 'swap_coldkey_announced', 'dispute_coldkey_swap', 'clear_coldkey_swap_announcement']) coldkeySwapCheck(s, e, xt(ok));
  coldkeySwapCheck(s, e, { signer: acct(7), call: { pallet: 'SubtensorModule', name: 'add_stake', args: {} }, len: 1 });
  coldkeySwapCheck(s, e, { call: { pallet: 'SubtensorModule', name: 'add_stake', args: {} }, len: 1 });
  run(s, OLD, C.dispute_coldkey_swap, {}, 201n);
  rejects('swap_coldkey_announced', 21);
  rejects('dispute_coldkey_swap', 21);
});
