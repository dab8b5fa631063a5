import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64F64 } from '@tensorium/primitives';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { NO_LIMIT_BUY, stakeIntoSubnet, subnetAccountId } from '../staking/stakeUtils.js';
import { subnetCalls as C } from './calls.js';
import { updateRegistrationPricesForNetworks } from './registration.js';
import { decayBurn } from './registrationPrice.js';
import { acct, ctxOf, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';
import { getNeuronToPrune, trimToMaxAllowedUids } from './uids.js';

const OWNER = acct(1);
const OWNER_HOT = acct(2);

function withSubnet() {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: OWNER_HOT });
  return s;
}

const bump = (b: bigint): bigint => U64F64.toU64(U64F64.mul(U64F64.fromInt(b), 23_242_897_532_874_035_200n));

test('burned_register: pays Burn, buys and recycles alpha, appends a uid, bumps the price', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 100n * TAO);
  const taoBefore = S.SubnetTAO.get(s, 1);
  const alphaInBefore = S.SubnetAlphaIn.get(s, 1);
  const subnetBalBefore = freeBalance(s, subnetAccountId(1));
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }, 101n);
  assert.equal(freeBalance(s, c), 99n * TAO);
  assert.equal(freeBalance(s, subnetAccountId(1)), subnetBalBefore + TAO);
  assert.equal(S.Uids.get(s, 1, acct(11)), 1);
  assert.equal(S.Keys.get(s, 1, 1), acct(11));
  assert.equal(S.SubnetworkN.get(s, 1), 2);
  assert.equal(S.Owner.get(s, acct(11)), c);
  assert.equal(S.BlockAtRegistration.get(s, 1, 1), 101n);
  assert.equal(S.IsNetworkMember.get(s, acct(11), 1), true);
  assert.deepEqual(S.Emission.get(s, 1), [0n, 0n]);
  assert.deepEqual(S.ValidatorPermit.get(s, 1), [false, false]);
  assert.deepEqual(S.Active.get(s, 1), [true, true]);
  // The alpha bought with the burn left the pool and was recycled (AlphaOut back to 0).
  const bought = alphaInBefore - S.SubnetAlphaIn.get(s, 1);
  assert.ok(bought > 0n);
  assert.equal(S.SubnetAlphaOut.get(s, 1), 0n);
  assert.ok(S.SubnetTAO.get(s, 1) > taoBefore && S.SubnetTAO.get(s, 1) <= taoBefore + TAO);
  assert.equal(S.Burn.get(s, 1), bump(TAO));
  assert.equal(S.RegistrationsThisBlock.get(s, 1), 1);
  assert.equal(S.RAORecycledForRegistration.get(s, 1), TAO);
  assert.equal(S.SubnetTaoFlow.get(s, 1), TAO);
  assert.ok(eventNames(s).includes('NeuronRegistered'));
});

test('burn dynamics: three registrations in one block pay 1, 1.26, 1.5876 TAO; the next block decays', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 100n * TAO);
  let expected = TAO;
  let paid = 0n;
  for (let i = 0; i < 3; i++) {
    assert.equal(S.Burn.get(s, 1), expected);
    const before = freeBalance(s, c);
    run(s, c, C.burned_register, { netuid: 1, hotkey: acct(20 + i) }, 101n);
    assert.equal(before - freeBalance(s, c), expected);
    paid += expected;
    expected = bump(expected);
  }
  assert.equal(S.Burn.get(s, 1), expected);
  assert.equal(paid, 1_000_000_000n + 1_260_000_000n + 1_587_600_000n);
  assert.equal(S.RegistrationsThisBlock.get(s, 1), 3);
  assert.equal(S.RAORecycledForRegistration.get(s, 1), paid);
  updateRegistrationPricesForNetworks(ctxOf(s, 102n));
  assert.equal(S.RegistrationsThisBlock.get(s, 1), 0);
  assert.equal(S.Burn.get(s, 1), decayBurn({ burn: expected, minBurn: 500_000n, maxBurn: 100n * TAO, halfLife: 360, currentBlock: 102n }));
  assert.ok(S.Burn.get(s, 1) < expected);
  // The bump saturates at MaxBurn.
  S.Burn.set(s, 1, 99n * TAO);
  fund(s, c, 200n * TAO);
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(30) }, 102n);
  assert.equal(S.Burn.get(s, 1), 100n * TAO);
});

test('register (PoW arguments ignored) and register_limit', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 100n * TAO);
  run(s, c, C.register, { netuid: 1, block_number: 5n, nonce: 7n, work: new Uint8Array([1, 2]), hotkey: acct(11), coldkey: acct(99) }, 101n);
  assert.equal(S.Owner.get(s, acct(11)), c);
  expectFail(s, 'RegistrationPriceLimitExceeded', () => run(s, c, C.register_limit, { netuid: 1, hotkey: acct(12), limit_price: bump(TAO) - 1n }, 101n));
  run(s, c, C.register_limit, { netuid: 1, hotkey: acct(12), limit_price: bump(TAO) }, 101n);
  assert.equal(S.Uids.get(s, 1, acct(12)), 2);
});

test('registration errors change nothing', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 100n * TAO);
  expectFail(s, 'RegistrationNotPermittedOnRootSubnet', () => run(s, c, C.burned_register, { netuid: 0, hotkey: acct(11) }));
  expectFail(s, 'SubnetNotExists', () => run(s, c, C.burned_register, { netuid: 7, hotkey: acct(11) }));
  expectFail(s, 'HotKeyAlreadyRegisteredInSubNet', () => run(s, c, C.burned_register, { netuid: 1, hotkey: OWNER_HOT }));
  S.Owner.set(s, acct(40), OWNER);
  expectFail(s, 'NonAssociatedColdKey', () => run(s, c, C.burned_register, { netuid: 1, hotkey: acct(40) }));
  const poor = acct(12);
  fund(s, poor, TAO - 1n);
  expectFail(s, 'NotEnoughBalanceToStake', () => run(s, poor, C.burned_register, { netuid: 1, hotkey: acct(13) }));
  expectFail(s, 'CannotUseSystemAccount', () => run(s, c, C.burned_register, { netuid: 1, hotkey: subnetAccountId(1) }));
  S.NetworkRegistrationAllowed.set(s, 1, false);
  expectFail(s, 'SubNetRegistrationDisabled', () => run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }));
  S.NetworkRegistrationAllowed.set(s, 1, true);
  S.MaxAllowedUids.set(s, 1, 0);
  expectFail(s, 'NoNeuronIdAvailable', () => run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }));
  S.MaxAllowedUids.set(s, 1, 1); // only the owner (immortal) is there
  expectFail(s, 'NoNeuronIdAvailable', () => run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }));
});

test('pruning at MaxAllowedUids: immune UIDs only when too few are non-immune; owner hotkey never', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 1000n * TAO);
  S.MaxAllowedUids.set(s, 1, 3);
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }, 101n); // uid 1
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(12) }, 6000n); // uid 2
  S.Emission.set(s, 1, [0n, 7n, 9n]);
  // At 6100 uid 1 is past immunity (5000), uid 2 is immune. MinNonImmuneUids = 10 > 1 free -> immune pick.
  assert.equal(getNeuronToPrune(s, 1, 6100n), 2);
  S.MinNonImmuneUids.set(s, 1, 0);
  assert.equal(getNeuronToPrune(s, 1, 6100n), 1);
  S.Weights.set(s, 1, 2, [
    [1, 100],
    [0, 5],
  ]);
  S.Weights.set(s, 1, 1, [[2, 3]]);
  S.Axons.set(s, 1, acct(11), { block: 1n, version: 1, ip: 1n, port: 1, ip_type: 4, protocol: 0, placeholder1: 0, placeholder2: 0 });
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(13) }, 6100n);
  assert.equal(S.Keys.get(s, 1, 1), acct(13));
  assert.equal(S.Uids.get(s, 1, acct(13)), 1);
  assert.equal(S.Uids.raw(s, 1, acct(11)), undefined);
  assert.equal(S.IsNetworkMember.get(s, acct(11), 1), false);
  assert.equal(S.BlockAtRegistration.get(s, 1, 1), 6100n);
  assert.deepEqual(S.Emission.get(s, 1), [0n, 0n, 9n]);
  assert.equal(S.Axons.raw(s, 1, acct(11)), undefined);
  assert.equal(S.Weights.contains(s, 1, 1), false);
  assert.deepEqual(S.Weights.get(s, 1, 2), [
    [1, 0],
    [0, 5],
  ]);
  assert.equal(S.SubnetworkN.get(s, 1), 3);
  // Stake stays with the replaced hotkey (only the slot was reused).
  assert.equal(S.Owner.get(s, acct(11)), c);
  // The owner hotkey (uid 0, lowest emission) is never chosen.
  S.Emission.set(s, 1, [0n, 5n, 1n]);
  assert.equal(getNeuronToPrune(s, 1, 20_000n), 2);
});

test('owner-immune hotkeys: ImmuneOwnerUidsLimit counts the owner hotkey first', () => {
  const s = withSubnet();
  fund(s, OWNER, 100n * TAO);
  run(s, OWNER, C.burned_register, { netuid: 1, hotkey: acct(30) }, 101n); // owner's second hotkey
  const c = acct(10);
  fund(s, c, 100n * TAO);
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(31) }, 102n);
  S.MinNonImmuneUids.set(s, 1, 0);
  S.Emission.set(s, 1, [0n, 0n, 5n]);
  // limit 1: only the SubnetOwnerHotkey is immortal; acct(30) (emission 0) is prunable.
  assert.equal(getNeuronToPrune(s, 1, 20_000n), 1);
  S.ImmuneOwnerUidsLimit.set(s, 1, 2);
  assert.equal(getNeuronToPrune(s, 1, 20_000n), 2);
});

test('registration stake path: staking to a registered hotkey then re-registration is blocked', () => {
  const s = withSubnet();
  S.SubtokenEnabled.set(s, 1, true);
  const c = acct(10);
  fund(s, c, 100n * TAO);
  run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }, 101n);
  stakeIntoSubnet(ctxOf(s, 101n), acct(11), c, 1, 10n * TAO, NO_LIMIT_BUY, false);
  expectFail(s, 'HotKeyAlreadyRegisteredInSubNet', () => run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11) }, 102n));
});

test('trim_to_max_allowed_uids compacts uids, vectors and weights', () => {
  const s = withSubnet();
  const c = acct(10);
  fund(s, c, 1000n * TAO);
  for (let i = 0; i < 4; i++) run(s, c, C.burned_register, { netuid: 1, hotkey: acct(11 + i) }, 101n); // uids 1..4
  S.MinAllowedUids.set(s, 1, 1);
  S.Emission.set(s, 1, [0n, 50n, 10n, 40n, 20n]);
  S.Weights.set(s, 1, 3, [
    [1, 9],
    [2, 8],
    [4, 7],
  ]);
  const block = 101n + 5000n; // nobody is immune any more except the owner
  trimToMaxAllowedUids(s, 1, 3, block);
  // Removed: uid 2 (10) and uid 4 (20); kept 0, 1, 3 -> new 0, 1, 2.
  assert.equal(S.SubnetworkN.get(s, 1), 3);
  assert.equal(S.MaxAllowedUids.get(s, 1), 3);
  assert.deepEqual(S.Emission.get(s, 1), [0n, 50n, 40n]);
  assert.equal(S.Keys.get(s, 1, 2), acct(13));
  assert.equal(S.Uids.get(s, 1, acct(13)), 2);
  assert.equal(S.Uids.raw(s, 1, acct(12)), undefined);
  assert.equal(S.Keys.contains(s, 1, 3), false);
  assert.deepEqual(S.Weights.get(s, 1, 2), [[1, 9]]);
  assert.equal(S.Weights.contains(s, 1, 3), false);
  assert.equal(S.Active.get(s, 1).length, 3);
  expectFail(s, 'InvalidValue', () => s.transactional((x) => trimToMaxAllowedUids(x, 1, 0, block)));
});
