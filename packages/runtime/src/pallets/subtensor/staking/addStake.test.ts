import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXISTENTIAL_DEPOSIT } from '@tensorium/params';
import { ROOT_ORIGIN } from '../../../frame/pallet.js';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { getStake, subnetAccountId } from './stakeUtils.js';
import { ALICE, AUTHOR, BOB, HK1, HK2, HK3, TAO, addDynamicSubnet, event, fails, ok, world } from './testkit.js';

test('add_stake: TAO moves into the pool, alpha is credited, the fee goes to the author', () => {
  const s = world();
  const amount = 10n * TAO;
  const before = { free: freeBalance(s, ALICE), tao: S.SubnetTAO.get(s, 1), alphaIn: S.SubnetAlphaIn.get(s, 1), author: freeBalance(s, AUTHOR), sub: freeBalance(s, subnetAccountId(1)) };
  const events = ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: amount });
  const [coldkey, hotkey, tao, alpha, netuid, fee] = event(events, 'StakeAdded') as [string, string, bigint, bigint, number, bigint];
  assert.deepEqual([coldkey, hotkey, tao, netuid], [ALICE, HK1, amount, 1]);
  assert.ok(alpha > 9n * TAO && alpha < amount, `alpha ${alpha}`);
  assert.ok(fee > 0n);
  assert.equal(freeBalance(s, ALICE), before.free - amount);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha);
  assert.equal(S.TotalHotkeyAlpha.get(s, HK1, 1), alpha);
  assert.equal(S.SubnetAlphaIn.get(s, 1), before.alphaIn - alpha);
  assert.equal(S.SubnetAlphaOut.get(s, 1), alpha);
  assert.equal(S.SubnetTAO.get(s, 1), before.tao + amount - fee);
  assert.equal(freeBalance(s, AUTHOR), before.author + fee);
  assert.equal(freeBalance(s, subnetAccountId(1)), before.sub + amount - fee);
  assert.equal(S.SubnetTaoFlow.get(s, 1), amount - fee);
  assert.equal(S.LastColdkeyHotkeyStakeBlock.get(s, ALICE, HK1), 100n);
  assert.ok(S.StakingHotkeys.get(s, ALICE).includes(HK1));
});

test('add_stake keeps the existential deposit in the coldkey', () => {
  const s = world();
  const free = freeBalance(s, ALICE);
  const events = ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: free });
  assert.equal(event(events, 'StakeAdded')[2], free - EXISTENTIAL_DEPOSIT);
  assert.equal(freeBalance(s, ALICE), EXISTENTIAL_DEPOSIT);
});

test('add_stake to root is 1:1 and indexes the coldkey for auto root claims', () => {
  const s = world();
  ok(s, C.add_stake, BOB, { hotkey: HK1, netuid: 0, amount_staked: 5n * TAO });
  assert.equal(getStake(s, HK1, BOB, 0), 5n * TAO);
  assert.equal(S.SubnetTAO.get(s, 0), 5n * TAO);
  assert.equal(S.StakingColdkeys.raw(s, BOB), 0n);
  assert.equal(S.NumStakingColdkeys.get(s), 1n);
});

test('add_stake errors', () => {
  const s = world();
  addDynamicSubnet(s, 3, 1_000n * TAO, 1_000n * TAO, { subtoken: false });
  const a = (hotkey: string, netuid: number, amount_staked: bigint) => ({ hotkey, netuid, amount_staked });
  fails(s, C.add_stake, ROOT_ORIGIN, a(HK1, 1, TAO), 'BadOrigin');
  fails(s, C.add_stake, ALICE, a(HK1, 1, 1_000_001n * TAO), 'InsufficientLiquidity');
  fails(s, C.add_stake, ALICE, a(HK1, 9, TAO), 'SubnetNotExists');
  fails(s, C.add_stake, ALICE, a(HK1, 3, TAO), 'SubtokenDisabled');
  fails(s, C.add_stake, ALICE, a(HK1, 1, 2_000_000n), 'AmountTooLow');
  fails(s, C.add_stake, ALICE, a(HK1, 1, 2_000n * TAO), 'NotEnoughBalanceToStake');
  fails(s, C.add_stake, ALICE, a(HK3, 1, TAO), 'HotKeyAccountNotExists');
  // the smallest amount is DefaultMinStake + the swap fee on it
  ok(s, C.add_stake, ALICE, a(HK1, 1, 2_001_007n));
});

test('add_stake_limit: partial fill up to the limit price, delegate entry for a foreign hotkey', () => {
  const s = world();
  const limit = 1_010_000_000n; // 1.01 TAO per alpha, spot 1.0
  const events = ok(s, C.add_stake_limit, ALICE, { hotkey: HK2, netuid: 1, amount_staked: 100n * TAO, limit_price: limit, allow_partial: true });
  const staked = event(events, 'StakeAdded')[2] as bigint;
  assert.ok(staked > 0n && staked < 100n * TAO, `staked ${staked}`);
  assert.equal(freeBalance(s, ALICE), 1_000n * TAO - staked);
  assert.equal(S.Delegates.raw(s, HK2), 11_796);
  const price = (S.SubnetTAO.get(s, 1) * TAO) / S.SubnetAlphaIn.get(s, 1);
  assert.ok(price <= limit + 1n, `price ${price}`);
});

test('add_stake_limit errors', () => {
  const s = world();
  fails(s, C.add_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 100n * TAO, limit_price: 1_010_000_000n, allow_partial: false }, 'SlippageTooHigh');
  fails(s, C.add_stake_limit, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 100n * TAO, limit_price: 900_000_000n, allow_partial: true }, 'Swap.PriceLimitExceeded');
  fails(s, C.add_stake_limit, ALICE, { hotkey: HK1, netuid: 0, amount_staked: 100n * TAO, limit_price: 900_000_000n, allow_partial: false }, 'SlippageTooHigh');
  fails(s, C.add_stake_limit, ALICE, { hotkey: HK1, netuid: 9, amount_staked: TAO, limit_price: 2n * TAO, allow_partial: false }, 'SubnetNotExists');
  ok(s, C.add_stake_limit, ALICE, { hotkey: HK1, netuid: 0, amount_staked: TAO, limit_price: TAO, allow_partial: false });
  assert.equal(S.Delegates.raw(s, HK1), undefined);
});
