/**
 * Input validation shared by the staking calls (staking/stake_utils.rs `validate_add_stake`,
 * `validate_remove_stake`, `validate_unstake_all`, `validate_stake_transition`,
 * `calculate_reduced_stake_on_subnet`; staking/lock.rs `ensure_available_to_unstake`).
 * Conviction locks are out of scope: the locked amount is always 0.
 */
import { DEFAULT_MIN_STAKE } from '@tensorium/params';
import type { SwapResult } from '../../../swap/index.js';
import { ensure, isDispatchError } from '../../../frame/errors.js';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { approxFeeAmount, simSwap } from '../../swapPallet/index.js';
import { reducibleBalance } from '../../balances/currency.js';
import { errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import { getStake, getTotalStakeForHotkey, hotkeyAccountExists, tryIncreaseStake, ROOT } from './stakeUtils.js';

/** `if_subnet_exist`. */
export function subnetExists(s: State, netuid: number): boolean {
  return S.NetworksAdded.get(s, netuid);
}

/** `ensure_subtoken_enabled`. */
export function ensureSubtokenEnabled(s: State, netuid: number): void {
  ensure(S.SubtokenEnabled.get(s, netuid), E.SubtokenDisabled);
}

/** `get_all_subnet_netuids`: every key of NetworksAdded, ascending. */
export function allSubnetNetuids(s: State): number[] {
  return S.NetworksAdded.keysOf(s);
}

/** `sim_swap` that reports failure as `undefined` instead of throwing. */
export function trySimSwap(s: State, netuid: number, order: 'buy' | 'sell', amount: bigint): SwapResult | undefined {
  try {
    return simSwap(s, netuid, order, amount);
  } catch (e) {
    if (!isDispatchError(e)) throw e;
    return undefined;
  }
}

/** `total_coldkey_alpha_on_subnet`: Σ over StakingHotkeys of the coldkey's alpha on the subnet. */
export function totalColdkeyAlphaOnSubnet(s: State, coldkey: AccountId, netuid: number): bigint {
  let total = 0n;
  for (const h of S.StakingHotkeys.get(s, coldkey)) total += getStake(s, h, coldkey, netuid);
  return total;
}

/**
 * `ensure_available_to_unstake`: the amount must not exceed the coldkey's unlocked alpha on the
 * subnet. Locks are out of scope (locked = 0), so this is the coldkey's total alpha there.
 */
export function ensureAvailableToUnstake(s: State, coldkey: AccountId, netuid: number, amount: bigint): void {
  ensure(totalColdkeyAlphaOnSubnet(s, coldkey, netuid) >= amount, E.StakeUnavailable);
}

/** `calculate_reduced_stake_on_subnet`: the stake left after removing `decrement`. */
export function calculateReducedStakeOnSubnet(s: State, hotkey: AccountId, coldkey: AccountId, netuid: number, decrement: bigint): bigint {
  const current = getStake(s, hotkey, coldkey, netuid);
  ensure(current >= decrement, E.NotEnoughStakeToWithdraw);
  return current - decrement;
}

/** `validate_add_stake`. */
export function validateAddStake(
  s: State,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: number,
  stakeToBeAdded: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): void {
  ensure(subnetExists(s, netuid), E.SubnetNotExists);
  ensureSubtokenEnabled(s, netuid);
  const minStake = DEFAULT_MIN_STAKE;
  const minFee = trySimSwap(s, netuid, 'buy', minStake)?.feePaid ?? approxFeeAmount(s, netuid, minStake);
  ensure(stakeToBeAdded >= minStake + minFee, E.AmountTooLow);
  let amount = stakeToBeAdded;
  if (!allowPartial) ensure(amount <= maxAmount, E.SlippageTooHigh);
  else amount = maxAmount < amount ? maxAmount : amount;
  // can_remove_balance_from_coldkey_account: the whole free balance (existential deposit included)
  ensure(amount <= reducibleBalance(s, coldkey, false), E.NotEnoughBalanceToStake);
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  const r = trySimSwap(s, netuid, 'buy', amount);
  ensure(r !== undefined, E.InsufficientLiquidity);
  ensure(r.amountPaidIn >= minStake, E.AmountTooLow);
  ensure(r.amountPaidOut !== 0n, E.InsufficientLiquidity);
  ensure(tryIncreaseStake(s, hotkey, netuid, r.amountPaidOut), E.InsufficientLiquidity);
}

/** `validate_remove_stake`. */
export function validateRemoveStake(
  s: State,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: number,
  alphaUnstaked: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): void {
  ensure(subnetExists(s, netuid), E.SubnetNotExists);
  ensure(alphaUnstaked !== 0n, E.AmountTooLow);
  const remaining = calculateReducedStakeOnSubnet(s, hotkey, coldkey, netuid, alphaUnstaked);
  const r = trySimSwap(s, netuid, 'sell', alphaUnstaked);
  ensure(r !== undefined, E.InsufficientLiquidity);
  if (remaining !== 0n) ensure(r.amountPaidOut >= DEFAULT_MIN_STAKE, E.AmountTooLow);
  if (!allowPartial) ensure(alphaUnstaked <= maxAmount, E.SlippageTooHigh);
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  ensureAvailableToUnstake(s, coldkey, netuid, alphaUnstaked);
}

/** Whether `validate_remove_stake` passes (used by unstake_all to skip subnets silently). */
export function removeStakeIsValid(s: State, coldkey: AccountId, hotkey: AccountId, netuid: number, alpha: bigint): boolean {
  try {
    validateRemoveStake(s, coldkey, hotkey, netuid, alpha, alpha, false);
    return true;
  } catch (e) {
    if (!isDispatchError(e)) throw e;
    return false;
  }
}

/** `validate_unstake_all` (used by the transaction extension upstream; exported for callers). */
export function validateUnstakeAll(s: State, coldkey: AccountId, hotkey: AccountId, onlyAlpha: boolean): void {
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  let any = false;
  for (const netuid of allSubnetNetuids(s)) {
    if (onlyAlpha && netuid === ROOT) continue;
    const alpha = getStake(s, hotkey, coldkey, netuid);
    ensureAvailableToUnstake(s, coldkey, netuid, alpha);
    if (removeStakeIsValid(s, coldkey, hotkey, netuid, alpha)) any = true;
  }
  ensure(any, E.AmountTooLow);
}

/** `validate_stake_transition` (move_stake, transfer_stake, swap_stake[_limit]). */
export function validateStakeTransition(
  s: State,
  originColdkey: AccountId,
  destinationColdkey: AccountId,
  originHotkey: AccountId,
  destinationHotkey: AccountId,
  originNetuid: number,
  destinationNetuid: number,
  alphaAmount: bigint,
  maxAmount: bigint,
  allowPartial: boolean | undefined,
  checkTransferToggle: boolean,
): void {
  if (originColdkey === destinationColdkey && originHotkey === destinationHotkey) {
    ensure(originNetuid !== destinationNetuid, E.SameNetuid);
  }
  ensure(subnetExists(s, originNetuid), E.SubnetNotExists);
  if (originNetuid !== destinationNetuid) ensure(subnetExists(s, destinationNetuid), E.SubnetNotExists);
  ensure(S.SubtokenEnabled.get(s, originNetuid), E.SubtokenDisabled);
  ensure(S.SubtokenEnabled.get(s, destinationNetuid), E.SubtokenDisabled);
  ensure(hotkeyAccountExists(s, originHotkey), E.HotKeyAccountNotExists);
  ensure(hotkeyAccountExists(s, destinationHotkey), E.HotKeyAccountNotExists);
  ensure(alphaAmount <= getStake(s, originHotkey, originColdkey, originNetuid), E.NotEnoughStakeToWithdraw);
  if (originNetuid !== destinationNetuid) {
    const r = trySimSwap(s, originNetuid, 'sell', alphaAmount);
    ensure(r !== undefined, E.InsufficientLiquidity);
    ensure(r.amountPaidOut > DEFAULT_MIN_STAKE, E.AmountTooLow);
    if (allowPartial === false) ensure(alphaAmount <= maxAmount, E.SlippageTooHigh);
  }
  if (checkTransferToggle) {
    ensure(S.TransferToggle.get(s, originNetuid), E.TransferDisallowed);
    if (originNetuid !== destinationNetuid) ensure(S.TransferToggle.get(s, destinationNetuid), E.TransferDisallowed);
  }
  if (originNetuid !== destinationNetuid) ensureAvailableToUnstake(s, originColdkey, originNetuid, alphaAmount);
}

/** `get_total_stake_for_hotkey` (exact: summed in U64F64, floored once). */
export const totalStakeForHotkey = getTotalStakeForHotkey;
