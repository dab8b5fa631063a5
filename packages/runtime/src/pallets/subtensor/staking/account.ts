/**
 * Small per-account staking settings: try_associate_hotkey (staking/account.rs),
 * set_coldkey_auto_stake_hotkey and set_auto_parent_delegation_enabled (macros/dispatches.rs).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent, ROOT, subnetAccountId, type Ctx } from './stakeUtils.js';
import { subnetExists } from './validate.js';

const SUBNET_ACCOUNT_PREFIX = subnetAccountId(0).slice(0, 24); // "modl" ++ "subtensr"

/** `is_subnet_account_id`: "modl" ++ "subtensr" ++ u16 netuid ++ zero padding. */
export function isSubnetAccountId(account: AccountId): boolean {
  return account.startsWith(SUBNET_ACCOUNT_PREFIX) && /^0*$/.test(account.slice(28));
}

/** `do_try_associate_hotkey`: claim an unowned hotkey for the coldkey (no-op if already owned). */
export function doTryAssociateHotkey(ctx: Ctx, coldkey: AccountId, hotkey: AccountId): void {
  ensure(!isSubnetAccountId(hotkey), E.CannotUseSystemAccount);
  createAccountIfNonExistent(ctx.state, coldkey, hotkey);
}

/** `set_coldkey_auto_stake_hotkey`: where the coldkey's mining incentive on `netuid` is staked. */
export function doSetColdkeyAutoStakeHotkey(ctx: Ctx, coldkey: AccountId, netuid: number, hotkey: AccountId): void {
  const s = ctx.state;
  ensure(subnetExists(s, netuid), E.SubnetNotExists);
  ensure(S.Uids.contains(s, netuid, hotkey), E.HotKeyNotRegisteredInSubNet);
  const current = S.AutoStakeDestination.raw(s, coldkey, netuid);
  if (current !== undefined) {
    ensure(current !== hotkey, E.SameAutoStakeHotkeyAlreadySet);
    S.AutoStakeDestinationColdkeys.mutate(s, current, netuid, (v) => v.filter((c) => c !== coldkey));
  }
  S.AutoStakeDestination.set(s, coldkey, netuid, hotkey);
  S.AutoStakeDestinationColdkeys.mutate(s, hotkey, netuid, (v) => (v.includes(coldkey) ? v : [...v, coldkey]));
  emit(ctx, PALLET, 'AutoStakeDestinationSet', coldkey, netuid, hotkey);
}

/** `set_auto_parent_delegation_enabled`: a root validator opts in/out of auto-parenting new subnets' owner hotkeys. */
export function doSetAutoParentDelegationEnabled(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, enabled: boolean): void {
  const s = ctx.state;
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  ensure(S.Uids.contains(s, ROOT, hotkey), E.HotKeyNotRegisteredInSubNet);
  S.AutoParentDelegationEnabled.set(s, hotkey, enabled);
  emit(ctx, PALLET, 'AutoParentDelegationEnabledSet', hotkey, enabled);
}
