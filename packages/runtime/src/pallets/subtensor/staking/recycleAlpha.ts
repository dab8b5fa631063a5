/**
 * recycle_alpha, burn_alpha, add_stake_burn (staking/recycle_alpha.rs; spec §6.5).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { doAddStake, doAddStakeLimit } from './addStake.js';
import { burnSubnetAlpha, decreaseStake, getStake, hotkeyAccountExists, recycleSubnetAlpha, ROOT, type Ctx } from './stakeUtils.js';
import { ensureAvailableToUnstake, ensureSubtokenEnabled, subnetExists } from './validate.js';

/** Checks shared by recycle and burn; returns the amount capped at the position. */
function prepareDestroy(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, amount: bigint, netuid: number): bigint {
  const s = ctx.state;
  ensure(subnetExists(s, netuid), E.SubnetNotExists);
  ensure(netuid !== ROOT, E.CannotBurnOrRecycleOnRootSubnet);
  ensureSubtokenEnabled(s, netuid);
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  const available = getStake(s, hotkey, coldkey, netuid);
  const capped = amount < available ? amount : available;
  ensure(S.SubnetAlphaOut.get(s, netuid) >= capped, E.InsufficientLiquidity);
  ensureAvailableToUnstake(s, coldkey, netuid, capped);
  return capped;
}

/** `do_recycle_alpha`: destroy stake and lower the subnet's alpha issuance (SubnetAlphaOut). */
export function doRecycleAlpha(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, amount: bigint, netuid: number): bigint {
  const capped = prepareDestroy(ctx, coldkey, hotkey, amount, netuid);
  decreaseStake(ctx.state, hotkey, coldkey, netuid, capped);
  recycleSubnetAlpha(ctx.state, netuid, capped);
  emit(ctx, PALLET, 'AlphaRecycled', coldkey, hotkey, capped, netuid);
  return capped;
}

/** `do_burn_alpha`: destroy stake; SubnetAlphaOut (issuance) is unchanged. */
export function doBurnAlpha(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, amount: bigint, netuid: number): bigint {
  const capped = prepareDestroy(ctx, coldkey, hotkey, amount, netuid);
  decreaseStake(ctx.state, hotkey, coldkey, netuid, capped);
  burnSubnetAlpha(ctx.state, netuid, capped);
  emit(ctx, PALLET, 'AlphaBurned', coldkey, hotkey, capped, netuid);
  return capped;
}

/** `do_add_stake_burn`: add_stake (or add_stake_limit without partial fills), then burn the alpha bought. */
export function doAddStakeBurn(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, amount: bigint, limit: bigint | undefined): void {
  const alpha = limit !== undefined ? doAddStakeLimit(ctx, coldkey, hotkey, netuid, amount, limit, false) : doAddStake(ctx, coldkey, hotkey, netuid, amount);
  doBurnAlpha(ctx, coldkey, hotkey, alpha, netuid);
  emit(ctx, PALLET, 'AddStakeBurn', netuid, hotkey, amount, alpha);
}
