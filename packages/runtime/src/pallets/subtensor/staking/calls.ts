/**
 * SubtensorModule's staking dispatchables (macros/dispatches.rs), built on the spec functions of
 * this folder. Call indices, weights and fee classes come from `callSigs`; the argument lists of
 * move_stake, transfer_stake, swap_stake and swap_stake_limit are spelled out here because
 * `callSigs` lacks their `origin_*` arguments. Conviction-lock calls (lock_stake 136, move_lock
 * 137, set_perpetual_lock 138, set_reject_locked_alpha 142) are out of scope.
 */
import { T, type EnumValue } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { call, ensureSigned } from '../../../frame/pallet.js';
import { AlphaBalance, NetUid, TaoBalance } from '../../../types.js';
import { callSigs, errors as E } from '../decl.js';
import { doAddStake, doAddStakeLimit } from './addStake.js';
import { doSetAutoParentDelegationEnabled, doSetColdkeyAutoStakeHotkey, doTryAssociateHotkey } from './account.js';
import { changeRootClaimType, doRootClaim, MAX_SUBNET_CLAIMS } from './claimRoot.js';
import { doDecreaseTake } from './decreaseTake.js';
import { doIncreaseTake } from './increaseTake.js';
import { doMoveStake, doSwapStake, doSwapStakeLimit, doTransferStake } from './moveStake.js';
import { doAddStakeBurn, doBurnAlpha, doRecycleAlpha } from './recycleAlpha.js';
import { doRemoveStake, doRemoveStakeFullLimit, doRemoveStakeLimit, doUnstakeAll, doUnstakeAllAlpha } from './removeStake.js';
import { doScheduleChildren, doSetChildkeyTake, type ChildList } from './setChildren.js';
import { maybeAddColdkeyIndex } from './stakeUtils.js';

/** A `BTreeSet<NetUid>` as decoded on chain: sorted, without duplicates. */
function netuidSet(v: readonly number[]): number[] {
  return [...new Set(v)].sort((a, b) => a - b);
}

/** Normalise a RootClaimTypeEnum value (KeepSubnets carries a BTreeSet). */
function normaliseClaimType(v: EnumValue): EnumValue {
  if (v.type !== 'KeepSubnets') return { type: v.type };
  const subnets = (v.value as { subnets?: readonly number[] } | undefined)?.subnets ?? [];
  return { type: 'KeepSubnets', value: { subnets: netuidSet(subnets) } };
}

export const stakingCalls = {
  add_stake: call<{ hotkey: string; netuid: number; amount_staked: bigint }>({
    ...callSigs.add_stake,
    docs: 'Buy alpha with TAO and stake it to a hotkey (spec §6.2).',
    fn: (ctx, a) => {
      doAddStake(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.amount_staked);
    },
  }),
  add_stake_limit: call<{ hotkey: string; netuid: number; amount_staked: bigint; limit_price: bigint; allow_partial: boolean }>({
    ...callSigs.add_stake_limit,
    docs: 'add_stake that never buys above limit_price (rao per alpha); optionally partial (spec §5.8).',
    fn: (ctx, a) => {
      doAddStakeLimit(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.amount_staked, a.limit_price, a.allow_partial);
    },
  }),
  remove_stake: call<{ hotkey: string; netuid: number; amount_unstaked: bigint }>({
    ...callSigs.remove_stake,
    docs: 'Sell staked alpha for TAO (spec §6.3).',
    fn: (ctx, a) => {
      doRemoveStake(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.amount_unstaked);
    },
  }),
  remove_stake_limit: call<{ hotkey: string; netuid: number; amount_unstaked: bigint; limit_price: bigint; allow_partial: boolean }>({
    ...callSigs.remove_stake_limit,
    docs: 'remove_stake that never sells below limit_price; optionally partial.',
    fn: (ctx, a) => {
      doRemoveStakeLimit(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.amount_unstaked, a.limit_price, a.allow_partial);
    },
  }),
  remove_stake_full_limit: call<{ hotkey: string; netuid: number; limit_price: bigint | undefined }>({
    ...callSigs.remove_stake_full_limit,
    docs: 'Unstake the whole position, with an optional limit price.',
    fn: (ctx, a) => {
      doRemoveStakeFullLimit(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.limit_price);
    },
  }),
  unstake_all: call<{ hotkey: string }>({
    ...callSigs.unstake_all,
    docs: 'Unstake every valid position of the hotkey on subtoken-enabled subnets.',
    fn: (ctx, a) => {
      doUnstakeAll(ctx, ensureSigned(ctx.origin), a.hotkey);
    },
  }),
  unstake_all_alpha: call<{ hotkey: string }>({
    ...callSigs.unstake_all_alpha,
    docs: 'Unstake every non-root position of the hotkey and restake the TAO on root.',
    fn: (ctx, a) => {
      doUnstakeAllAlpha(ctx, ensureSigned(ctx.origin), a.hotkey);
    },
  }),
  move_stake: call<{ origin_hotkey: string; destination_hotkey: string; origin_netuid: number; destination_netuid: number; alpha_amount: bigint }>({
    ...callSigs.move_stake,
    args: [
      ['origin_hotkey', T.accountId],
      ['destination_hotkey', T.accountId],
      ['origin_netuid', NetUid],
      ['destination_netuid', NetUid],
      ['alpha_amount', AlphaBalance],
    ],
    docs: 'Move stake to another hotkey and/or subnet, same coldkey (spec §6.4).',
    fn: (ctx, a) => {
      doMoveStake(ctx, ensureSigned(ctx.origin), a.origin_hotkey, a.destination_hotkey, a.origin_netuid, a.destination_netuid, a.alpha_amount);
    },
  }),
  transfer_stake: call<{ destination_coldkey: string; hotkey: string; origin_netuid: number; destination_netuid: number; alpha_amount: bigint }>({
    ...callSigs.transfer_stake,
    args: [
      ['destination_coldkey', T.accountId],
      ['hotkey', T.accountId],
      ['origin_netuid', NetUid],
      ['destination_netuid', NetUid],
      ['alpha_amount', AlphaBalance],
    ],
    docs: 'Give stake (same hotkey) to another coldkey, optionally changing subnet.',
    fn: (ctx, a) => {
      doTransferStake(ctx, ensureSigned(ctx.origin), a.destination_coldkey, a.hotkey, a.origin_netuid, a.destination_netuid, a.alpha_amount);
    },
  }),
  swap_stake: call<{ hotkey: string; origin_netuid: number; destination_netuid: number; alpha_amount: bigint }>({
    ...callSigs.swap_stake,
    args: [
      ['hotkey', T.accountId],
      ['origin_netuid', NetUid],
      ['destination_netuid', NetUid],
      ['alpha_amount', AlphaBalance],
    ],
    docs: 'Move stake of one hotkey from one subnet to another.',
    fn: (ctx, a) => {
      doSwapStake(ctx, ensureSigned(ctx.origin), a.hotkey, a.origin_netuid, a.destination_netuid, a.alpha_amount);
    },
  }),
  swap_stake_limit: call<{ hotkey: string; origin_netuid: number; destination_netuid: number; alpha_amount: bigint; limit_price: bigint; allow_partial: boolean }>({
    ...callSigs.swap_stake_limit,
    args: [
      ['hotkey', T.accountId],
      ['origin_netuid', NetUid],
      ['destination_netuid', NetUid],
      ['alpha_amount', AlphaBalance],
      ['limit_price', TaoBalance],
      ['allow_partial', T.bool],
    ],
    docs: 'swap_stake with a price-ratio limit (p_origin / p_destination × 1e9).',
    fn: (ctx, a) => {
      doSwapStakeLimit(ctx, ensureSigned(ctx.origin), a.hotkey, a.origin_netuid, a.destination_netuid, a.alpha_amount, a.limit_price, a.allow_partial);
    },
  }),
  recycle_alpha: call<{ hotkey: string; amount: bigint; netuid: number }>({
    ...callSigs.recycle_alpha,
    docs: 'Destroy staked alpha and lower the subnet alpha issuance.',
    fn: (ctx, a) => {
      doRecycleAlpha(ctx, ensureSigned(ctx.origin), a.hotkey, a.amount, a.netuid);
    },
  }),
  burn_alpha: call<{ hotkey: string; amount: bigint; netuid: number }>({
    ...callSigs.burn_alpha,
    docs: 'Destroy staked alpha; the subnet alpha issuance is unchanged.',
    fn: (ctx, a) => {
      doBurnAlpha(ctx, ensureSigned(ctx.origin), a.hotkey, a.amount, a.netuid);
    },
  }),
  add_stake_burn: call<{ hotkey: string; netuid: number; amount: bigint; limit: bigint | undefined }>({
    ...callSigs.add_stake_burn,
    docs: 'Buy alpha with TAO and burn it at once (subnet buy-back).',
    fn: (ctx, a) => {
      doAddStakeBurn(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.amount, a.limit);
    },
  }),
  decrease_take: call<{ hotkey: string; take: number }>({
    ...callSigs.decrease_take,
    docs: 'Lower the delegate take of an owned hotkey (spec §6.6).',
    fn: (ctx, a) => {
      doDecreaseTake(ctx, ensureSigned(ctx.origin), a.hotkey, a.take);
    },
  }),
  increase_take: call<{ hotkey: string; take: number }>({
    ...callSigs.increase_take,
    docs: 'Raise the delegate take of an owned hotkey (rate limited).',
    fn: (ctx, a) => {
      doIncreaseTake(ctx, ensureSigned(ctx.origin), a.hotkey, a.take);
    },
  }),
  set_children: call<{ hotkey: string; netuid: number; children: ChildList }>({
    ...callSigs.set_children,
    docs: 'Schedule (or apply before start_call) the child keys of an owned hotkey on a subnet (spec §6.7).',
    fn: (ctx, a) => {
      doScheduleChildren(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.children);
    },
  }),
  set_childkey_take: call<{ hotkey: string; netuid: number; take: number }>({
    ...callSigs.set_childkey_take,
    docs: 'Set the childkey take of an owned hotkey on a subnet.',
    fn: (ctx, a) => {
      doSetChildkeyTake(ctx, ensureSigned(ctx.origin), a.hotkey, a.netuid, a.take);
    },
  }),
  set_coldkey_auto_stake_hotkey: call<{ netuid: number; hotkey: string }>({
    ...callSigs.set_coldkey_auto_stake_hotkey,
    docs: "Choose the registered hotkey that receives the coldkey's auto-staked incentive on a subnet.",
    fn: (ctx, a) => {
      doSetColdkeyAutoStakeHotkey(ctx, ensureSigned(ctx.origin), a.netuid, a.hotkey);
    },
  }),
  claim_root: call<{ subnets: readonly number[] }>({
    ...callSigs.claim_root,
    docs: 'Claim root dividends on 1..=5 subnets for every staking hotkey of the caller (spec §4.14).',
    fn: (ctx, a) => {
      const coldkey = ensureSigned(ctx.origin);
      const subnets = netuidSet(a.subnets);
      ensure(subnets.length !== 0, E.InvalidSubnetNumber);
      ensure(subnets.length <= MAX_SUBNET_CLAIMS, E.InvalidSubnetNumber);
      maybeAddColdkeyIndex(ctx.state, coldkey);
      doRootClaim(ctx, coldkey, subnets);
    },
  }),
  set_root_claim_type: call<{ new_root_claim_type: EnumValue }>({
    ...callSigs.set_root_claim_type,
    docs: 'Swap (default), Keep, or KeepSubnets{subnets} for future root claims.',
    fn: (ctx, a) => {
      const coldkey = ensureSigned(ctx.origin);
      const claimType = normaliseClaimType(a.new_root_claim_type);
      if (claimType.type === 'KeepSubnets') {
        const subnets = (claimType.value as { subnets: readonly number[] }).subnets;
        ensure(subnets.length !== 0, E.InvalidSubnetNumber);
      }
      maybeAddColdkeyIndex(ctx.state, coldkey);
      changeRootClaimType(ctx, coldkey, claimType);
    },
  }),
  try_associate_hotkey: call<{ hotkey: string }>({
    ...callSigs.try_associate_hotkey,
    docs: 'Claim an unowned hotkey for the caller.',
    fn: (ctx, a) => {
      doTryAssociateHotkey(ctx, ensureSigned(ctx.origin), a.hotkey);
    },
  }),
  set_auto_parent_delegation_enabled: call<{ hotkey: string; enabled: boolean }>({
    ...callSigs.set_auto_parent_delegation_enabled,
    docs: 'A root validator opts in or out of becoming the parent of new subnets owner hotkeys.',
    fn: (ctx, a) => {
      doSetAutoParentDelegationEnabled(ctx, ensureSigned(ctx.origin), a.hotkey, a.enabled);
    },
  }),
};

// Hooks and the fee fallback for the block step and the executive.
export { applyPendingChildKeys } from './setChildren.js';
export { doRootClaim, runAutoClaimRootDivs } from './claimRoot.js';
export { feeInAlphaFallback } from './feeInAlpha.js';
