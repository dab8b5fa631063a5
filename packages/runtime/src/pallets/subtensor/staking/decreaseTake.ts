/**
 * decrease_take (staking/decrease_take.rs; spec §6.6).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { doTakeChecks, setLastTxBlockDelegateTake } from './increaseTake.js';
import type { Ctx } from './stakeUtils.js';

/** `do_decrease_take`: lower the hotkey's delegate take (at least MinDelegateTake); starts the increase rate limit. */
export function doDecreaseTake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, take: number): void {
  const s = ctx.state;
  doTakeChecks(s, coldkey, hotkey);
  const current = S.Delegates.raw(s, hotkey);
  if (current !== undefined) ensure(take < current, E.DelegateTakeTooLow);
  ensure(take >= S.MinDelegateTake.get(s), E.DelegateTakeTooLow);
  S.Delegates.set(s, hotkey, take);
  setLastTxBlockDelegateTake(s, hotkey, ctx.env.number);
  emit(ctx, PALLET, 'TakeDecreased', coldkey, hotkey, take);
}
