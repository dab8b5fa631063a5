/**
 * add_stake / add_stake_limit (staking/add_stake.rs; spec §6.2, §5.8).
 */
import { MAX_PRICE_RAO } from '@tensorium/params';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { ensureAddStakeInputWithinSwapLimit, getMaxAmountAdd } from './getMaxAmount.js';
import { getHotkeyTake, getOwningColdkeyForHotkey, stakeIntoSubnet, type Ctx } from './stakeUtils.js';
import { validateAddStake } from './validate.js';

/** `maybe_become_delegate`: give the hotkey an explicit `Delegates` entry at its current take. */
export function maybeBecomeDelegate(s: State, hotkey: AccountId): void {
  if (!S.Delegates.contains(s, hotkey)) S.Delegates.set(s, hotkey, getHotkeyTake(s, hotkey));
}

/** `do_add_stake`: buy alpha with `amount` TAO and stake it to `hotkey`. Returns the alpha bought. */
export function doAddStake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, amount: bigint): bigint {
  const s = ctx.state;
  ensureAddStakeInputWithinSwapLimit(s, netuid, amount);
  validateAddStake(s, coldkey, hotkey, netuid, amount, amount, false);
  return stakeIntoSubnet(ctx, hotkey, coldkey, netuid, amount, MAX_PRICE_RAO, false);
}

/**
 * `do_add_stake_limit`: like add_stake, but never buying above `limitPrice` (rao per alpha);
 * with `allowPartial` only the part that fills within the limit is staked.
 */
export function doAddStakeLimit(
  ctx: Ctx,
  coldkey: AccountId,
  hotkey: AccountId,
  netuid: number,
  amount: bigint,
  limitPrice: bigint,
  allowPartial: boolean,
): bigint {
  const s = ctx.state;
  ensureAddStakeInputWithinSwapLimit(s, netuid, amount);
  const maxAmount = getMaxAmountAdd(s, netuid, limitPrice);
  const possible = amount > maxAmount ? maxAmount : amount;
  validateAddStake(s, coldkey, hotkey, netuid, amount, maxAmount, allowPartial);
  if (getOwningColdkeyForHotkey(s, hotkey) !== coldkey) maybeBecomeDelegate(s, hotkey);
  return stakeIntoSubnet(ctx, hotkey, coldkey, netuid, possible, limitPrice, false);
}
