import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { getStake } from './stakeUtils.js';
import { ALICE, BOB, HK1, HK3, TAO, addDynamicSubnet, event, fails, ok, world } from './testkit.js';

function setup() {
  const s = world();
  addDynamicSubnet(s, 3, 1_000n * TAO, 1_000n * TAO, { subtoken: false });
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 100n * TAO });
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 0, amount_staked: 1n * TAO });
  return { s, alpha: getStake(s, HK1, ALICE, 1) };
}

test('recycle_alpha destroys stake and lowers SubnetAlphaOut', () => {
  const { s, alpha } = setup();
  const out = S.SubnetAlphaOut.get(s, 1);
  const events = ok(s, C.recycle_alpha, ALICE, { hotkey: HK1, amount: alpha / 2n, netuid: 1 });
  assert.deepEqual(event(events, 'AlphaRecycled'), [ALICE, HK1, alpha / 2n, 1]);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha - alpha / 2n);
  assert.equal(S.SubnetAlphaOut.get(s, 1), out - alpha / 2n);
  // capped at the position
  const ev2 = ok(s, C.recycle_alpha, ALICE, { hotkey: HK1, amount: alpha * 5n, netuid: 1 });
  assert.equal(event(ev2, 'AlphaRecycled')[2], alpha - alpha / 2n);
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
});

test('burn_alpha destroys stake and keeps SubnetAlphaOut', () => {
  const { s, alpha } = setup();
  const out = S.SubnetAlphaOut.get(s, 1);
  const events = ok(s, C.burn_alpha, ALICE, { hotkey: HK1, amount: alpha, netuid: 1 });
  assert.deepEqual(event(events, 'AlphaBurned'), [ALICE, HK1, alpha, 1]);
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  assert.equal(S.SubnetAlphaOut.get(s, 1), out);
});

for (const spec of ['recycle_alpha', 'burn_alpha'] as const) {
  test(`${spec} errors`, () => {
    const { s, alpha } = setup();
    const c = C[spec];
    fails(s, c, ALICE, { hotkey: HK1, amount: alpha, netuid: 9 }, 'SubnetNotExists');
    fails(s, c, ALICE, { hotkey: HK1, amount: alpha, netuid: 0 }, 'CannotBurnOrRecycleOnRootSubnet');
    fails(s, c, ALICE, { hotkey: HK1, amount: alpha, netuid: 3 }, 'SubtokenDisabled');
    fails(s, c, ALICE, { hotkey: HK3, amount: alpha, netuid: 1 }, 'HotKeyAccountNotExists');
    S.SubnetAlphaOut.set(s, 1, alpha - 1n);
    fails(s, c, ALICE, { hotkey: HK1, amount: alpha, netuid: 1 }, 'InsufficientLiquidity');
  });
}

test('add_stake_burn buys alpha and burns it (subnet buy-back)', () => {
  const { s } = setup();
  const free = freeBalance(s, BOB);
  const alphaIn = S.SubnetAlphaIn.get(s, 1);
  const events = ok(s, C.add_stake_burn, BOB, { hotkey: HK1, netuid: 1, amount: 10n * TAO, limit: undefined });
  const [netuid, hotkey, amount, alpha] = event(events, 'AddStakeBurn') as [number, string, bigint, bigint];
  assert.deepEqual([netuid, hotkey, amount], [1, HK1, 10n * TAO]);
  assert.equal(event(events, 'AlphaBurned')[2], alpha);
  assert.equal(getStake(s, HK1, BOB, 1), 0n);
  assert.equal(freeBalance(s, BOB), free - 10n * TAO);
  assert.equal(S.SubnetAlphaIn.get(s, 1), alphaIn - alpha);
  ok(s, C.add_stake_burn, BOB, { hotkey: HK1, netuid: 1, amount: 10n * TAO, limit: 10n * TAO });
});

test('add_stake_burn errors are those of add_stake(_limit)', () => {
  const { s } = setup();
  fails(s, C.add_stake_burn, BOB, { hotkey: HK1, netuid: 1, amount: 1_000n, limit: undefined }, 'AmountTooLow');
  fails(s, C.add_stake_burn, BOB, { hotkey: HK3, netuid: 1, amount: TAO, limit: undefined }, 'HotKeyAccountNotExists');
  fails(s, C.add_stake_burn, BOB, { hotkey: HK1, netuid: 1, amount: 500n * TAO, limit: 1_300_000_000n }, 'SlippageTooHigh');
  fails(s, C.add_stake_burn, BOB, { hotkey: HK1, netuid: 0, amount: TAO, limit: undefined }, 'CannotBurnOrRecycleOnRootSubnet');
});
