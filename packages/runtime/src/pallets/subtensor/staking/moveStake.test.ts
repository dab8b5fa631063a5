import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { getStake } from './stakeUtils.js';
import { ALICE, AUTHOR, BOB, HK1, HK2, HK3, TAO, addDynamicSubnet, event, fails, ok, world } from './testkit.js';

function setup() {
  const s = world();
  addDynamicSubnet(s, 3, 1_000n * TAO, 1_000n * TAO, { subtoken: false });
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 100n * TAO });
  return { s, alpha: getStake(s, HK1, ALICE, 1) };
}

test('move_stake across subnets and hotkeys: one swap fee, StakeMoved with the TAO moved', () => {
  const { s, alpha } = setup();
  const author = freeBalance(s, AUTHOR);
  const free = freeBalance(s, ALICE);
  const events = ok(s, C.move_stake, ALICE, { origin_hotkey: HK1, destination_hotkey: HK2, origin_netuid: 1, destination_netuid: 2, alpha_amount: alpha / 2n });
  const moved = event(events, 'StakeMoved');
  assert.deepEqual(moved.slice(0, 5), [ALICE, HK1, 1, HK2, 2]);
  const tao = moved[5] as bigint;
  assert.ok((event(events, 'StakeRemoved')[5] as bigint) > 0n); // a non-root origin leg pays the swap fee
  assert.equal(event(events, 'StakeAdded')[5], 0n); // the destination leg is fee-less
  assert.equal(event(events, 'StakeAdded')[2], tao);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha - alpha / 2n);
  assert.ok(getStake(s, HK2, ALICE, 2) > 0n);
  assert.equal(freeBalance(s, ALICE), free);
  assert.ok(freeBalance(s, AUTHOR) > author);
  assert.equal(S.Delegates.raw(s, HK2), 11_796); // foreign destination hotkey becomes a delegate
});

test('move_stake within a subnet transfers shares without a swap', () => {
  const { s, alpha } = setup();
  const reserves = [S.SubnetTAO.get(s, 1), S.SubnetAlphaIn.get(s, 1)];
  const events = ok(s, C.move_stake, ALICE, { origin_hotkey: HK1, destination_hotkey: HK2, origin_netuid: 1, destination_netuid: 1, alpha_amount: alpha });
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  assert.equal(getStake(s, HK2, ALICE, 1), alpha);
  assert.deepEqual([S.SubnetTAO.get(s, 1), S.SubnetAlphaIn.get(s, 1)], reserves);
  assert.equal(event(events, 'StakeRemoved')[5], 0n);
  assert.equal(event(events, 'StakeMoved')[5], event(events, 'StakeAdded')[2]);
});

test('move_stake errors', () => {
  const { s, alpha } = setup();
  const m = (origin_hotkey: string, destination_hotkey: string, origin_netuid: number, destination_netuid: number, alpha_amount: bigint) => ({
    origin_hotkey,
    destination_hotkey,
    origin_netuid,
    destination_netuid,
    alpha_amount,
  });
  fails(s, C.move_stake, ALICE, m(HK1, HK1, 1, 1, alpha), 'SameNetuid');
  fails(s, C.move_stake, ALICE, m(HK1, HK1, 1, 9, alpha), 'SubnetNotExists');
  fails(s, C.move_stake, ALICE, m(HK1, HK1, 9, 1, alpha), 'SubnetNotExists');
  fails(s, C.move_stake, ALICE, m(HK1, HK1, 1, 3, alpha), 'SubtokenDisabled');
  fails(s, C.move_stake, ALICE, m(HK1, HK3, 1, 2, alpha), 'HotKeyAccountNotExists');
  fails(s, C.move_stake, ALICE, m(HK1, HK1, 1, 2, 1_000_000n), 'AmountTooLow');
  fails(s, C.move_stake, ALICE, m(HK1, HK2, 1, 1, 1_000n), 'AmountTooLow');
  fails(s, C.move_stake, BOB, m(HK1, HK1, 1, 2, alpha), 'AmountTooLow'); // nothing staked: capped to 0
});

test('transfer_stake gives stake to another coldkey; TransferToggle is enforced', () => {
  const { s, alpha } = setup();
  const events = ok(s, C.transfer_stake, ALICE, { destination_coldkey: BOB, hotkey: HK1, origin_netuid: 1, destination_netuid: 1, alpha_amount: alpha / 4n });
  assert.deepEqual(event(events, 'StakeTransferred').slice(0, 5), [ALICE, BOB, HK1, 1, 1]);
  assert.equal(getStake(s, HK1, BOB, 1), alpha / 4n);
  // cross subnet: the TAO is handed to the destination coldkey and restaked there
  const bobFree = freeBalance(s, BOB);
  ok(s, C.transfer_stake, ALICE, { destination_coldkey: BOB, hotkey: HK1, origin_netuid: 1, destination_netuid: 2, alpha_amount: alpha / 4n });
  assert.ok(getStake(s, HK1, BOB, 2) > 0n);
  assert.equal(freeBalance(s, BOB), bobFree);
  S.TransferToggle.set(s, 2, false);
  fails(s, C.transfer_stake, ALICE, { destination_coldkey: BOB, hotkey: HK1, origin_netuid: 1, destination_netuid: 2, alpha_amount: alpha / 4n }, 'TransferDisallowed');
  S.TransferToggle.set(s, 1, false);
  fails(s, C.transfer_stake, ALICE, { destination_coldkey: BOB, hotkey: HK1, origin_netuid: 1, destination_netuid: 1, alpha_amount: alpha / 4n }, 'TransferDisallowed');
  fails(s, C.transfer_stake, ALICE, { destination_coldkey: BOB, hotkey: HK3, origin_netuid: 1, destination_netuid: 1, alpha_amount: 1n }, 'HotKeyAccountNotExists');
});

test('swap_stake moves a hotkey position between subnets; errors', () => {
  const { s, alpha } = setup();
  const events = ok(s, C.swap_stake, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 0, alpha_amount: alpha / 2n });
  const tao = event(events, 'StakeSwapped')[4] as bigint;
  assert.deepEqual(event(events, 'StakeSwapped').slice(0, 4), [ALICE, HK1, 1, 0]);
  assert.equal(getStake(s, HK1, ALICE, 0), tao); // root is 1:1
  fails(s, C.swap_stake, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 1, alpha_amount: 1n }, 'SameNetuid');
  fails(s, C.swap_stake, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 3, alpha_amount: alpha }, 'SubtokenDisabled');
  // root -> subnet: the root leg is fee-less, the subnet leg pays
  const ev2 = ok(s, C.swap_stake, ALICE, { hotkey: HK1, origin_netuid: 0, destination_netuid: 2, alpha_amount: tao });
  assert.ok((event(ev2, 'StakeAdded')[5] as bigint) > 0n);
});

test('swap_stake_limit: partial within the price-ratio limit, SlippageTooHigh otherwise', () => {
  const { s, alpha } = setup();
  // p1/p2 is about 1.2 after the stake; a limit of 1.15 allows only part of the position
  const limit = 1_150_000_000n;
  fails(s, C.swap_stake_limit, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 2, alpha_amount: alpha, limit_price: limit, allow_partial: false }, 'SlippageTooHigh');
  const events = ok(s, C.swap_stake_limit, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 2, alpha_amount: alpha, limit_price: limit, allow_partial: true });
  const left = getStake(s, HK1, ALICE, 1);
  assert.ok(left > 0n && left < alpha, `left ${left}`);
  assert.ok((event(events, 'StakeSwapped')[4] as bigint) > 0n);
  // a limit above the current ratio allows nothing: with allow_partial the call moves 0 and succeeds
  const ev2 = ok(s, C.swap_stake_limit, ALICE, { hotkey: HK1, origin_netuid: 1, destination_netuid: 2, alpha_amount: left, limit_price: 5n * TAO, allow_partial: true });
  assert.equal(event(ev2, 'StakeSwapped')[4], 0n);
  assert.equal(getStake(s, HK1, ALICE, 1), left);
});
