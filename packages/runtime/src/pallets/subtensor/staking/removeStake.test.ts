import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { getStake, increaseStake } from './stakeUtils.js';
import { ALICE, AUTHOR, BOB, HK1, HK2, HK3, TAO, addDynamicSubnet, event, fails, ok, world } from './testkit.js';

function staked(netuid = 1, amount = 100n * TAO) {
  const s = world();
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid, amount_staked: amount });
  return { s, alpha: getStake(s, HK1, ALICE, netuid) };
}

test('remove_stake: alpha sold, TAO paid to the coldkey, the alpha fee sold for the author', () => {
  const { s, alpha } = staked();
  const half = alpha / 2n;
  const before = { free: freeBalance(s, ALICE), author: freeBalance(s, AUTHOR), tao: S.SubnetTAO.get(s, 1), alphaIn: S.SubnetAlphaIn.get(s, 1) };
  const events = ok(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: half });
  const [ck, hk, tao, alphaIn, netuid, fee] = event(events, 'StakeRemoved') as [string, string, bigint, bigint, number, bigint];
  assert.deepEqual([ck, hk, netuid], [ALICE, HK1, 1]);
  assert.equal(alphaIn + fee, half);
  assert.ok(fee > 0n && tao > 0n);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha - half);
  assert.equal(freeBalance(s, ALICE), before.free + tao);
  const authorGain = freeBalance(s, AUTHOR) - before.author;
  assert.ok(authorGain > 0n);
  assert.equal(S.SubnetTAO.get(s, 1), before.tao - tao - authorGain);
  assert.equal(S.SubnetAlphaIn.get(s, 1), before.alphaIn + half);
});

test('remove_stake caps the request at the position and may remove it all', () => {
  const { s, alpha } = staked();
  ok(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: alpha * 10n });
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
});

test('remove_stake errors', () => {
  const { s, alpha } = staked();
  addDynamicSubnet(s, 3, 1_000n * TAO, 1_000n * TAO, { subtoken: false });
  fails(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 3, amount_unstaked: TAO }, 'SubtokenDisabled');
  fails(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 9, amount_unstaked: TAO }, 'SubtokenDisabled');
  fails(s, C.remove_stake, BOB, { hotkey: HK1, netuid: 1, amount_unstaked: TAO }, 'AmountTooLow'); // nothing staked
  fails(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: 1_000n }, 'AmountTooLow'); // dust, position stays
  // remove_stake caps the request at the position; remove_stake_limit does not, so it hits the swap-input cap
  fails(s, C.remove_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: 2_000_000n * TAO, limit_price: 0n, allow_partial: true }, 'InsufficientLiquidity');
  // stake on a hotkey that has no owner
  increaseStake(s, HK3, BOB, 1, 5n * TAO);
  fails(s, C.remove_stake, BOB, { hotkey: HK3, netuid: 1, amount_unstaked: TAO }, 'HotKeyAccountNotExists');
  assert.ok(alpha > 0n);
});

test('remove_stake clears a small nomination and pending children under StakeThreshold', () => {
  const s = world();
  ok(s, C.add_stake, BOB, { hotkey: HK1, netuid: 1, amount_staked: 10n * TAO });
  S.NominatorMinRequiredStake.set(s, 5_000_000_000n); // 5000 × 0.002 TAO = 10 TAO
  S.StakeThreshold.set(s, 1_000n * TAO);
  S.PendingChildKeys.set(s, 1, HK1, [[[1n, HK2]], 9_999n]);
  const a = getStake(s, HK1, BOB, 1);
  ok(s, C.remove_stake, BOB, { hotkey: HK1, netuid: 1, amount_unstaked: a / 2n });
  assert.equal(getStake(s, HK1, BOB, 1), 0n);
  assert.equal(S.PendingChildKeys.contains(s, 1, HK1), false);
});

test('remove_stake_limit: partial fill down to the limit; errors', () => {
  const { s, alpha } = staked(1, 500n * TAO);
  const price0 = (S.SubnetTAO.get(s, 1) * TAO) / S.SubnetAlphaIn.get(s, 1);
  const limit = price0 - price0 / 100n;
  fails(s, C.remove_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: alpha, limit_price: limit, allow_partial: false }, 'SlippageTooHigh');
  fails(s, C.remove_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: alpha + 1n, limit_price: 0n, allow_partial: false }, 'NotEnoughStakeToWithdraw');
  fails(s, C.remove_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: alpha, limit_price: price0 * 2n, allow_partial: true }, 'Swap.PriceLimitExceeded');
  const events = ok(s, C.remove_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_unstaked: alpha, limit_price: limit, allow_partial: true });
  const sold = event(events, 'StakeRemoved')[3] as bigint;
  assert.ok(sold > 0n && sold < alpha);
  const price1 = (S.SubnetTAO.get(s, 1) * TAO) / S.SubnetAlphaIn.get(s, 1);
  // the user's sale stops at the limit; the author's fee alpha is then sold on top of it
  assert.ok(price1 >= limit - limit / 10_000n && price1 < price0, `price ${price1} limit ${limit}`);
});

test('remove_stake_full_limit with and without a limit', () => {
  const { s } = staked();
  ok(s, C.remove_stake_full_limit, ALICE, { hotkey: HK1, netuid: 1, limit_price: undefined });
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 10n * TAO });
  fails(s, C.remove_stake_full_limit, ALICE, { hotkey: HK1, netuid: 1, limit_price: 10n * TAO }, 'Swap.PriceLimitExceeded');
  ok(s, C.remove_stake_full_limit, ALICE, { hotkey: HK1, netuid: 1, limit_price: 1_000n });
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  fails(s, C.remove_stake_full_limit, ALICE, { hotkey: HK1, netuid: 1, limit_price: undefined }, 'AmountTooLow');
});

test('unstake_all: every subnet, root included; unknown hotkey fails', () => {
  const { s } = staked();
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 2, amount_staked: 10n * TAO });
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 0, amount_staked: 10n * TAO });
  const events = ok(s, C.unstake_all, ALICE, { hotkey: HK1 });
  assert.equal(events.filter((e) => e.name === 'StakeRemoved').length, 3);
  for (const n of [0, 1, 2]) assert.equal(getStake(s, HK1, ALICE, n), 0n);
  assert.equal(S.NumStakingColdkeys.get(s), 0n);
  fails(s, C.unstake_all, ALICE, { hotkey: HK3 }, 'HotKeyAccountNotExists');
  ok(s, C.unstake_all, ALICE, { hotkey: HK1 }); // nothing left: still Ok
});

test('unstake_all_alpha: subnet stake becomes root stake on the same hotkey', () => {
  const { s } = staked();
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 2, amount_staked: 10n * TAO });
  const free = freeBalance(s, ALICE);
  const events = ok(s, C.unstake_all_alpha, ALICE, { hotkey: HK1 });
  const removed = events.filter((e) => e.name === 'StakeRemoved').reduce((t, e) => t + (e.fields[2] as bigint), 0n);
  assert.equal(getStake(s, HK1, ALICE, 1), 0n);
  assert.equal(getStake(s, HK1, ALICE, 2), 0n);
  assert.equal(getStake(s, HK1, ALICE, 0), removed);
  assert.equal(freeBalance(s, ALICE), free);
  fails(s, C.unstake_all_alpha, ALICE, { hotkey: HK3 }, 'HotKeyAccountNotExists');
  fails(s, C.unstake_all_alpha, ALICE, { hotkey: HK1 }, 'AmountTooLow'); // nothing to restake
  assert.ok(HK2);
});
