/**
 * move_stake, transfer_stake, swap_stake, swap_stake_limit (staking/move_stake.rs; spec §6.4).
 */
import { DEFAULT_MIN_STAKE, MAX_PRICE_RAO, MIN_PRICE_RAO } from '@tensorium/params';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { reducibleBalance, transfer } from '../../balances/currency.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { maybeBecomeDelegate } from './addStake.js';
import { getMaxAmountMove } from './getMaxAmount.js';
import { getOwningColdkeyForHotkey, getStake, ROOT, stakeIntoSubnet, transferStakeWithinSubnet, unstakeFromSubnet, type Ctx } from './stakeUtils.js';
import { validateStakeTransition } from './validate.js';

/**
 * `transfer_tao`: a plain transfer that may reap the sender (up to its whole free balance); dust
 * lost by reaping is also taken out of SubtensorModule's TotalIssuance.
 */
export function transferTao(ctx: Ctx, from: AccountId, to: AccountId, amount: bigint): void {
  ensure(amount <= reducibleBalance(ctx.state, from, false), E.InsufficientBalance);
  const dust = transfer(ctx, from, to, amount, false);
  if (dust > 0n) S.TotalIssuance.mutate(ctx.state, (t) => (t > dust ? t - dust : 0n));
}

/**
 * `transition_stake_internal`: the shared body of the four calls. Cross-subnet moves unstake on
 * the origin (fee-less if it is root), hand the TAO to the destination coldkey, and restake it on
 * the destination (fee-less unless the origin was root) when it reaches the minimum stake.
 * Same-subnet moves transfer shares without a swap. Returns the TAO value moved.
 */
export function transitionStakeInternal(
  ctx: Ctx,
  originColdkey: AccountId,
  destinationColdkey: AccountId,
  originHotkey: AccountId,
  destinationHotkey: AccountId,
  originNetuid: number,
  destinationNetuid: number,
  alphaAmount: bigint,
  limitPrice: bigint | undefined,
  allowPartial: boolean | undefined,
  checkTransferToggle: boolean,
): bigint {
  const s = ctx.state;
  const available = getStake(s, originHotkey, originColdkey, originNetuid);
  const alpha = alphaAmount < available ? alphaAmount : available;
  const maxAmount = originNetuid !== destinationNetuid && limitPrice !== undefined ? getMaxAmountMove(s, originNetuid, destinationNetuid, limitPrice) : alpha;
  validateStakeTransition(
    s,
    originColdkey,
    destinationColdkey,
    originHotkey,
    destinationHotkey,
    originNetuid,
    destinationNetuid,
    alpha,
    maxAmount,
    allowPartial,
    checkTransferToggle,
  );
  const moveAmount = alpha < maxAmount ? alpha : maxAmount;
  if (originNetuid === destinationNetuid) {
    return transferStakeWithinSubnet(ctx, originColdkey, originHotkey, destinationColdkey, destinationHotkey, originNetuid, moveAmount);
  }
  const dropFeeOrigin = originNetuid === ROOT;
  const taoUnstaked = unstakeFromSubnet(ctx, originHotkey, originColdkey, originColdkey, originNetuid, moveAmount, MIN_PRICE_RAO, dropFeeOrigin);
  if (originColdkey !== destinationColdkey) transferTao(ctx, originColdkey, destinationColdkey, taoUnstaked);
  if (taoUnstaked >= DEFAULT_MIN_STAKE) {
    if (getOwningColdkeyForHotkey(s, destinationHotkey) !== destinationColdkey) maybeBecomeDelegate(s, destinationHotkey);
    stakeIntoSubnet(ctx, destinationHotkey, destinationColdkey, destinationNetuid, taoUnstaked, MAX_PRICE_RAO, !dropFeeOrigin);
  }
  return taoUnstaked;
}

/** `do_move_stake`: same coldkey; hotkey and/or subnet change. Event StakeMoved. */
export function doMoveStake(
  ctx: Ctx,
  coldkey: AccountId,
  originHotkey: AccountId,
  destinationHotkey: AccountId,
  originNetuid: number,
  destinationNetuid: number,
  alphaAmount: bigint,
): void {
  const tao = transitionStakeInternal(ctx, coldkey, coldkey, originHotkey, destinationHotkey, originNetuid, destinationNetuid, alphaAmount, undefined, undefined, false);
  emit(ctx, PALLET, 'StakeMoved', coldkey, originHotkey, originNetuid, destinationHotkey, destinationNetuid, tao);
}

/** `do_transfer_stake`: give stake (same hotkey) to another coldkey, subject to TransferToggle. Event StakeTransferred. */
export function doTransferStake(
  ctx: Ctx,
  coldkey: AccountId,
  destinationColdkey: AccountId,
  hotkey: AccountId,
  originNetuid: number,
  destinationNetuid: number,
  alphaAmount: bigint,
): void {
  const tao = transitionStakeInternal(ctx, coldkey, destinationColdkey, hotkey, hotkey, originNetuid, destinationNetuid, alphaAmount, undefined, undefined, true);
  emit(ctx, PALLET, 'StakeTransferred', coldkey, destinationColdkey, hotkey, originNetuid, destinationNetuid, tao);
}

/** `do_swap_stake`: same keys, different subnet. Event StakeSwapped. */
export function doSwapStake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, originNetuid: number, destinationNetuid: number, alphaAmount: bigint): void {
  const tao = transitionStakeInternal(ctx, coldkey, coldkey, hotkey, hotkey, originNetuid, destinationNetuid, alphaAmount, undefined, undefined, false);
  emit(ctx, PALLET, 'StakeSwapped', coldkey, hotkey, originNetuid, destinationNetuid, tao);
}

/** `do_swap_stake_limit`: swap_stake with a price-ratio limit (p_origin / p_destination × 1e9). */
export function doSwapStakeLimit(
  ctx: Ctx,
  coldkey: AccountId,
  hotkey: AccountId,
  originNetuid: number,
  destinationNetuid: number,
  alphaAmount: bigint,
  limitPrice: bigint,
  allowPartial: boolean,
): void {
  const tao = transitionStakeInternal(ctx, coldkey, coldkey, hotkey, hotkey, originNetuid, destinationNetuid, alphaAmount, limitPrice, allowPartial, false);
  emit(ctx, PALLET, 'StakeSwapped', coldkey, hotkey, originNetuid, destinationNetuid, tao);
}
