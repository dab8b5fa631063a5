import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storage as S } from '../storage.js';
import { NO_LIMIT_BUY, stakeIntoSubnet } from '../staking/stakeUtils.js';
import { subnetCalls as C } from './calls.js';
import { updateRegistrationPricesForNetworks } from './registration.js';
import { acct, ctxOf, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';

const COLD = acct(1);

test('root_register appends, makes the hotkey a delegate (18 %) and counts the registration', () => {
  const s = newState();
  fund(s, COLD, 10n * TAO);
  run(s, COLD, C.root_register, { hotkey: acct(2) });
  assert.equal(S.Uids.get(s, 0, acct(2)), 0);
  assert.equal(S.SubnetworkN.get(s, 0), 1);
  assert.equal(S.Delegates.raw(s, acct(2)), 11_796);
  assert.equal(S.Owner.get(s, acct(2)), COLD);
  assert.equal(S.RegistrationsThisBlock.get(s, 0), 1);
  assert.equal(S.RegistrationsThisInterval.get(s, 0), 1);
  assert.equal(S.Burn.get(s, 0), 100_000_000n); // no burn on root
  assert.ok(eventNames(s).includes('NeuronRegistered'));
  // An existing take is kept.
  S.Delegates.set(s, acct(3), 100);
  S.RegistrationsThisBlock.set(s, 0, 0);
  run(s, COLD, C.root_register, { hotkey: acct(3) }, 101n);
  assert.equal(S.Delegates.get(s, acct(3)), 100);
});

test('root_register limits: per block, per interval (3 x target), duplicates', () => {
  const s = newState();
  fund(s, COLD, 10n * TAO);
  run(s, COLD, C.root_register, { hotkey: acct(2) });
  expectFail(s, 'TooManyRegistrationsThisBlock', () => run(s, COLD, C.root_register, { hotkey: acct(3) }));
  S.RegistrationsThisBlock.set(s, 0, 0);
  expectFail(s, 'HotKeyAlreadyRegisteredInSubNet', () => run(s, COLD, C.root_register, { hotkey: acct(2) }, 101n));
  run(s, COLD, C.root_register, { hotkey: acct(3) }, 101n);
  S.RegistrationsThisBlock.set(s, 0, 0);
  run(s, COLD, C.root_register, { hotkey: acct(4) }, 102n);
  S.RegistrationsThisBlock.set(s, 0, 0);
  expectFail(s, 'TooManyRegistrationsThisInterval', () => run(s, COLD, C.root_register, { hotkey: acct(5) }, 103n));
  // The block hook resets the interval on a root epoch slot (tempo 100, LastEpochBlock 0).
  updateRegistrationPricesForNetworks(ctxOf(s, 100n));
  assert.equal(S.RegistrationsThisInterval.get(s, 0), 0);
  assert.equal(S.RegistrationsThisBlock.get(s, 0), 0);
});

test('root_register when full replaces the lowest root stake only with strictly more stake', () => {
  const s = newState();
  S.MaxAllowedUids.set(s, 0, 2);
  S.TargetRegistrationsPerInterval.set(s, 0, 100);
  fund(s, COLD, 1000n * TAO);
  const ctx = ctxOf(s, 100n);
  stakeIntoSubnet(ctx, acct(2), COLD, 0, 10n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, acct(3), COLD, 0, 5n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, acct(4), COLD, 0, 5n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, acct(5), COLD, 0, 6n * TAO, NO_LIMIT_BUY, false);
  run(s, COLD, C.root_register, { hotkey: acct(2) });
  S.RegistrationsThisBlock.set(s, 0, 0);
  run(s, COLD, C.root_register, { hotkey: acct(3) });
  S.RegistrationsThisBlock.set(s, 0, 0);
  expectFail(s, 'StakeTooLowForRoot', () => run(s, COLD, C.root_register, { hotkey: acct(4) }, 101n));
  run(s, COLD, C.root_register, { hotkey: acct(5) }, 101n);
  assert.equal(S.Keys.get(s, 0, 1), acct(5));
  assert.equal(S.Uids.raw(s, 0, acct(3)), undefined);
  assert.equal(S.BlockAtRegistration.get(s, 0, 1), 101n);
});

test('root_register without root network fails', () => {
  const s = newState();
  S.NetworksAdded.set(s, 0, false);
  fund(s, COLD, 10n * TAO);
  expectFail(s, 'RootNetworkDoesNotExist', () => run(s, COLD, C.root_register, { hotkey: acct(2) }));
});
