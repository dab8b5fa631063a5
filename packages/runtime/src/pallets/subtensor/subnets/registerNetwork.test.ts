import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fast, mainnet } from '@tensorium/params';
import { U64F64 } from '@tensorium/primitives';
import { ROOT_ORIGIN } from '../../../frame/pallet.js';
import { freeBalance } from '../../balances/currency.js';
import { storage as B } from '../../balances/storage.js';
import { storage as S } from '../storage.js';
import { getStakeForHotkeyOnSubnet, NO_LIMIT_BUY, stakeIntoSubnet, subnetAccountId } from '../staking/stakeUtils.js';
import type { SubnetIdentityValue } from '../types.js';
import { subnetCalls as C } from './calls.js';
import { RL_NETWORK_LAST_REGISTERED } from './common.js';
import { getNetworkToPrune } from './getNetworkToPrune.js';
import { networkLockCost } from './registerNetwork.js';
import { acct, ctxOf, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';

const OWNER = acct(1);
const HOT = acct(2);
const utf8 = new TextEncoder();

function identity(over: Partial<SubnetIdentityValue> = {}): SubnetIdentityValue {
  const e = new Uint8Array();
  return { subnet_name: utf8.encode('net'), github_repo: e, subnet_contact: e, subnet_url: e, discord: e, description: e, logo_url: e, additional: e, ...over };
}

test('genesis: root network and preset globals', () => {
  const s = newState(fast);
  assert.equal(S.NetworksAdded.get(s, 0), true);
  assert.equal(S.TotalNetworks.get(s), 1);
  assert.equal(S.Tempo.get(s, 0), fast.rootTempo);
  assert.equal(S.MaxAllowedUids.get(s, 0), 64);
  assert.equal(S.MaxRegistrationsPerBlock.get(s, 0), 1);
  assert.equal(S.TargetRegistrationsPerInterval.get(s, 0), 1);
  assert.equal(S.SubnetMechanism.get(s, 0), 0);
  assert.equal(S.NetworkRateLimit.get(s), fast.networkRateLimit);
  assert.equal(S.MaxEpochsPerBlock.get(s), fast.maxEpochsPerBlock);
  assert.equal(S.ColdkeySwapAnnouncementDelay.get(s), fast.coldkeySwapAnnouncementDelay);
  assert.deepEqual([...S.TokenSymbol.get(s, 0)], [...utf8.encode('\u03A4')]);
});

test('register_network: lock paid into the pool, defaults of init_new_network, owner neuron', () => {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  const issuanceBefore = B.TotalIssuance.get(s);
  const lock = networkLockCost(s, 100n);
  assert.equal(lock, 1000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT });
  const n = 1;
  assert.equal(S.NetworksAdded.get(s, n), true);
  assert.equal(S.TotalNetworks.get(s), 2);
  assert.equal(freeBalance(s, OWNER), 4000n * TAO);
  assert.equal(freeBalance(s, subnetAccountId(n)), lock);
  assert.equal(B.TotalIssuance.get(s), issuanceBefore);
  assert.equal(S.SubnetTAO.get(s, n), lock);
  assert.equal(S.SubnetAlphaIn.get(s, n), lock); // median price 1 with no other subnet
  assert.equal(S.SubnetAlphaOut.get(s, n), 0n);
  assert.equal(S.SubnetLocked.get(s, n), lock);
  assert.equal(S.TotalStake.get(s), lock);
  assert.equal(S.NetworkLastLockCost.get(s), lock);
  assert.equal(S.LastRateLimitedBlock.get(s, RL_NETWORK_LAST_REGISTERED), 100n);
  assert.equal(S.SubnetMechanism.get(s, n), 1);
  assert.equal(S.SubnetOwner.get(s, n), OWNER);
  assert.equal(S.SubnetOwnerHotkey.get(s, n), HOT);
  assert.equal(S.Owner.get(s, HOT), OWNER);
  assert.equal(S.Uids.get(s, n, HOT), 0);
  assert.equal(S.SubnetworkN.get(s, n), 1);
  assert.equal(S.Tempo.get(s, n), mainnet.initialTempo);
  assert.equal(S.LastEpochBlock.get(s, n), 99n); // 100 - (1 mod 360)
  assert.equal(S.MaxAllowedUids.get(s, n), 256);
  assert.equal(S.MaxAllowedValidators.get(s, n), 64);
  assert.equal(S.MinAllowedWeights.get(s, n), 1);
  assert.equal(S.ImmunityPeriod.get(s, n), 5000);
  assert.equal(S.Yuma3On.get(s, n), true);
  assert.equal(S.Burn.get(s, n), TAO);
  assert.equal(S.SubnetEmissionEnabled.get(s, n), false);
  assert.equal(S.SubtokenEnabled.get(s, n), false);
  assert.equal(S.NetworkRegisteredAt.get(s, n), 100n);
  assert.equal(S.RegisteredSubnetCounter.get(s, n), 1n);
  assert.equal(new TextDecoder().decode(S.TokenSymbol.get(s, n)), '\u03B1');
  assert.ok(S.Kappa.contains(s, n) && S.ActivityCutoff.contains(s, n));
  const ev = eventNames(s);
  assert.ok(ev.includes('NetworkAdded') && ev.includes('SubnetOwnerHotkeySet'));
  assert.equal(ev.indexOf('NetworkAdded'), ev.length - 1);
});

test('register_network: the lock doubles after a registration and decays; the rate limit applies', () => {
  const s = newState();
  fund(s, OWNER, 100_000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT });
  expectFail(s, 'NetworkTxRateLimitExceeded', () => run(s, OWNER, C.register_network, { hotkey: acct(3) }, 100n + 7199n));
  const block = 100n + 7200n;
  const expected = 2000n * TAO - (1000n * TAO / 100_800n) * 7200n;
  assert.equal(networkLockCost(s, block), expected);
  run(s, OWNER, C.register_network, { hotkey: acct(3) }, block);
  assert.equal(S.SubnetLocked.get(s, 2), expected);
  assert.equal(new TextDecoder().decode(S.TokenSymbol.get(s, 2)), '\u03B2');
  assert.equal(S.LastEpochBlock.get(s, 2), block - 2n);
});

test('register_network errors leave the state unchanged', () => {
  const s = newState();
  fund(s, OWNER, 999n * TAO);
  fund(s, acct(9), 5000n * TAO);
  expectFail(s, 'CannotAffordLockCost', () => run(s, OWNER, C.register_network, { hotkey: HOT }));
  S.Owner.set(s, acct(7), acct(9));
  expectFail(s, 'NonAssociatedColdKey', () => run(s, OWNER, C.register_network, { hotkey: acct(7) }));
  expectFail(s, 'CannotUseSystemAccount', () => run(s, acct(9), C.register_network, { hotkey: subnetAccountId(3) }));
  S.NetworkRegistrationStartBlock.set(s, 1000n);
  expectFail(s, 'SubNetRegistrationDisabled', () => run(s, acct(9), C.register_network, { hotkey: HOT }));
  S.NetworkRegistrationStartBlock.set(s, 0n);
  const long = identity({ subnet_name: new Uint8Array(257) });
  expectFail(s, 'InvalidIdentity', () => run(s, acct(9), C.register_network_with_identity, { hotkey: HOT, identity: long }));
  expectFail(s, 'BadOrigin', () => run(s, ROOT_ORIGIN, C.register_network, { hotkey: HOT }));
});

test('register_network_with_identity stores the identity', () => {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network_with_identity, { hotkey: HOT, identity: identity() });
  assert.deepEqual(S.SubnetIdentitiesV3.raw(s, 1), identity());
  assert.ok(eventNames(s).includes('SubnetIdentitySet'));
});

test('register_network: root validators become parents of the owner hotkey (applied: subtoken disabled)', () => {
  const s = newState();
  const rv = acct(20);
  const rvCold = acct(21);
  const optOut = acct(22);
  fund(s, rvCold, 10n * TAO);
  run(s, rvCold, C.root_register, { hotkey: rv });
  S.RegistrationsThisBlock.set(s, 0, 0); // the next block's registration-price hook
  run(s, rvCold, C.root_register, { hotkey: optOut }, 101n);
  S.AutoParentDelegationEnabled.set(s, optOut, false);
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT }, 102n);
  const max = (1n << 64n) - 1n;
  assert.deepEqual(S.ChildKeys.get(s, rv, 1), [[max, HOT]]);
  assert.deepEqual(S.ParentKeys.get(s, HOT, 1), [[max, rv]]);
  assert.deepEqual(S.ChildKeys.get(s, optOut, 1), []);
  assert.equal(S.PendingChildKeys.contains(s, 1, rv), false);
  assert.ok(eventNames(s).includes('SetChildren'));
});

test('subnet limit: SubnetLimitReached while all are immune, then the lowest EMA price is pruned and its netuid reused', () => {
  const s = newState();
  S.NetworkRateLimit.set(s, 0n);
  S.SubnetLimit.set(s, 2);
  fund(s, OWNER, 100_000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: acct(2) }, 100n);
  run(s, OWNER, C.register_network, { hotkey: acct(3) }, 101n);
  expectFail(s, 'SubnetLimitReached', () => run(s, OWNER, C.register_network, { hotkey: acct(4) }, 102n));
  S.NetworkImmunityPeriod.set(s, 10n);
  S.SubnetMovingPrice.set(s, 1, 5n << 32n);
  S.SubnetMovingPrice.set(s, 2, 3n << 32n);
  assert.equal(getNetworkToPrune(s, 200n), 2);
  S.SubnetMovingPrice.set(s, 2, 5n << 32n);
  assert.equal(getNetworkToPrune(s, 200n), 1); // tie: earliest registration
  S.SubnetMovingPrice.set(s, 2, 3n << 32n);
  run(s, OWNER, C.register_network, { hotkey: acct(4) }, 200n);
  assert.equal(S.SubnetOwnerHotkey.get(s, 2), acct(4));
  assert.equal(S.NetworkRegisteredAt.get(s, 2), 200n);
  assert.equal(S.RegisteredSubnetCounter.get(s, 2), 2n);
  assert.equal(S.SubnetMovingPrice.get(s, 2), 0n);
  assert.equal(S.Uids.raw(s, 2, acct(3)), undefined);
  assert.equal(S.TotalNetworks.get(s), 3);
  const ev = eventNames(s);
  assert.ok(ev.includes('NetworkRemoved'));
});

test('pool seed uses the median spot price of the other subnets', () => {
  const s = newState();
  S.NetworkRateLimit.set(s, 0n);
  fund(s, OWNER, 100_000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: acct(2) }, 100n);
  // Make subnet 1's price 2: twice as much TAO as alpha.
  S.SubnetTAO.set(s, 1, 2000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: acct(3) }, 101n);
  const locked = S.SubnetLocked.get(s, 2);
  assert.equal(S.SubnetTAO.get(s, 2), locked);
  assert.equal(S.SubnetAlphaIn.get(s, 2), U64F64.toU64(U64F64.safeDiv(U64F64.fromInt(locked), 2n * U64F64.ONE)));
});

test('staking into a fresh subnet works after registration (pool reserves consistent)', () => {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT });
  S.SubtokenEnabled.set(s, 1, true);
  const staker = acct(5);
  fund(s, staker, 10n * TAO);
  const alpha = stakeIntoSubnet(ctxOf(s, 101n), HOT, staker, 1, 5n * TAO, NO_LIMIT_BUY, false);
  assert.ok(alpha > 0n && alpha < 5n * TAO);
  assert.equal(getStakeForHotkeyOnSubnet(s, HOT, 1), alpha);
});
