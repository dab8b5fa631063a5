/**
 * increase_take (staking/increase_take.rs; spec §6.6), with the shared `do_take_checks`.
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { coldkeyOwnsHotkey, hotkeyAccountExists, type Ctx } from './stakeUtils.js';
import type { EnumValue } from '@tensorium/primitives';

/** `RateLimitKey::LastTxBlockDelegateTake(hotkey)`. */
export const rlDelegateTake = (hotkey: AccountId): EnumValue => ({ type: 'LastTxBlockDelegateTake', value: hotkey });

export function getLastTxBlockDelegateTake(s: State, hotkey: AccountId): bigint {
  return S.LastRateLimitedBlock.get(s, rlDelegateTake(hotkey));
}
export function setLastTxBlockDelegateTake(s: State, hotkey: AccountId, block: bigint): void {
  S.LastRateLimitedBlock.set(s, rlDelegateTake(hotkey), block);
}

/** `exceeds_tx_delegate_take_rate_limit`. */
export function exceedsTxDelegateTakeRateLimit(s: State, prev: bigint, current: bigint): boolean {
  const limit = S.TxDelegateTakeRateLimit.get(s);
  if (limit === 0n || prev === 0n) return false;
  return (current > prev ? current - prev : 0n) <= limit;
}

/** `do_take_checks`: the hotkey exists and the coldkey owns it. */
export function doTakeChecks(s: State, coldkey: AccountId, hotkey: AccountId): void {
  ensure(hotkeyAccountExists(s, hotkey), E.HotKeyAccountNotExists);
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
}

/** `do_increase_take`: raise the hotkey's delegate take (at most MaxDelegateTake, rate limited). */
export function doIncreaseTake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, take: number): void {
  const s = ctx.state;
  doTakeChecks(s, coldkey, hotkey);
  const current = S.Delegates.raw(s, hotkey);
  if (current !== undefined) ensure(take > current, E.DelegateTakeTooLow);
  ensure(take <= S.MaxDelegateTake.get(s), E.DelegateTakeTooHigh);
  const block = ctx.env.number;
  ensure(!exceedsTxDelegateTakeRateLimit(s, getLastTxBlockDelegateTake(s, hotkey), block), E.DelegateTxRateLimitExceeded);
  setLastTxBlockDelegateTake(s, hotkey, block);
  S.Delegates.set(s, hotkey, take);
  emit(ctx, PALLET, 'TakeIncreased', coldkey, hotkey, take);
}
