/**
 * remove_stake, remove_stake_limit, remove_stake_full_limit, unstake_all, unstake_all_alpha
 * (staking/remove_stake.rs; spec §6.3).
 */
import { MAX_PRICE_RAO, MIN_PRICE_RAO } from '@tensorium/params';
import { ensure } from '../../../frame/errors.js';
import type { AccountId } from '../../../frame/pallet.js';
import { errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import { clearPendingChildrenIfBelowThreshold, clearSmallNominationIfRequired } from './clearSmallNomination.js';
import { ensureRemoveStakeInputWithinSwapLimit, getMaxAmountRemove } from './getMaxAmount.js';
import { getStake, hotkeyAccountExists, ROOT, stakeIntoSubnet, unstakeFromSubnet, type Ctx } from './stakeUtils.js';
import { allSubnetNetuids, ensureSubtokenEnabled, removeStakeIsValid, validateRemoveStake } from './validate.js';

/** `do_remove_stake`: sell up to `alphaUnstaked` (capped at the position) for TAO. */
export function doRemoveStake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, alphaUnstaked: bigint): void {
  const s = ctx.state;
  ensureSubtokenEnabled(s, netuid);
  const available = getStake(s, hotkey, coldkey, netuid);
  const alpha = alphaUnstaked < available ? alphaUnstaked : available;
  ensureRemoveStakeInputWithinSwapLimit(s, netuid, alpha);
  validateRemoveStake(s, coldkey, hotkey, netuid, alpha, alpha, false);
  unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE_RAO, false);
  clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
  clearPendingChildrenIfBelowThreshold(s, hotkey);
}

/**
 * `do_remove_stake_limit`: sell without going below `limitPrice`; with `allowPartial` only what
 * fills within the limit. Unlike remove_stake it neither checks SubtokenEnabled nor caps the
 * request at the position.
 */
export function doRemoveStakeLimit(
  ctx: Ctx,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: number,
  alphaUnstaked: bigint,
  limitPrice: bigint,
  allowPartial: boolean,
): void {
  const s = ctx.state;
  ensureRemoveStakeInputWithinSwapLimit(s, netuid, alphaUnstaked);
  const maxAmount = getMaxAmountRemove(s, netuid, limitPrice);
  const possible = alphaUnstaked > maxAmount ? maxAmount : alphaUnstaked;
  validateRemoveStake(s, coldkey, hotkey, netuid, alphaUnstaked, maxAmount, allowPartial);
  unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, possible, limitPrice, false);
  clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
  clearPendingChildrenIfBelowThreshold(s, hotkey);
}

/** `do_remove_stake_full_limit`: remove the whole position, with or without a limit price. */
export function doRemoveStakeFullLimit(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, limitPrice: bigint | undefined): void {
  const alpha = getStake(ctx.state, hotkey, coldkey, netuid);
  if (limitPrice !== undefined) doRemoveStakeLimit(ctx, coldkey, hotkey, netuid, alpha, limitPrice, false);
  else doRemoveStake(ctx, coldkey, hotkey, netuid, alpha);
}

/** `do_unstake_all`: remove every valid position of (hotkey, coldkey) on subtoken-enabled subnets. */
export function doUnstakeAll(ctx: Ctx, coldkey: AccountId, hotkey: AccountId): void {
  const s = ctx.state;
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  for (const netuid of allSubnetNetuids(s)) {
    if (!S.SubtokenEnabled.get(s, netuid)) continue;
    const alpha = getStake(s, hotkey, coldkey, netuid);
    if (!removeStakeIsValid(s, coldkey, hotkey, netuid, alpha)) continue;
    if (alpha !== 0n) {
      unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE_RAO, false);
      clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
    }
  }
}

/** `do_unstake_all_alpha`: unstake every non-root position and restake the TAO on root, same hotkey. */
export function doUnstakeAllAlpha(ctx: Ctx, coldkey: AccountId, hotkey: AccountId): void {
  const s = ctx.state;
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  let total = 0n;
  for (const netuid of allSubnetNetuids(s)) {
    if (!S.SubtokenEnabled.get(s, netuid) || netuid === ROOT) continue;
    const alpha = getStake(s, hotkey, coldkey, netuid);
    if (!removeStakeIsValid(s, coldkey, hotkey, netuid, alpha)) continue;
    if (alpha !== 0n) {
      total += unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE_RAO, false);
      clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
    }
  }
  stakeIntoSubnet(ctx, hotkey, coldkey, ROOT, total, MAX_PRICE_RAO, false);
}
