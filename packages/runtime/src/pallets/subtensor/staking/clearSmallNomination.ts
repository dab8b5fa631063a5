/**
 * `clear_small_nomination_if_required` (staking/helpers.rs) and the pending-children cleanup that
 * follows a removal (remove_stake.rs step 6).
 */
import { DEFAULT_MIN_STAKE, MIN_PRICE_RAO } from '@tensorium/params';
import { U64F64 } from '@tensorium/primitives';
import { isDispatchError } from '../../../frame/errors.js';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { currentAlphaPrice } from '../../swapPallet/index.js';
import { storage as S } from '../storage.js';
import { coldkeyOwnsHotkey, decreaseStake, getStake, unstakeFromSubnet, type Ctx } from './stakeUtils.js';
import { allSubnetNetuids, totalStakeForHotkey } from './validate.js';

/** `get_nominator_min_required_stake`: DefaultMinStake × NominatorMinRequiredStake / 1e6. */
export function getNominatorMinRequiredStake(s: State): bigint {
  const r = DEFAULT_MIN_STAKE * S.NominatorMinRequiredStake.get(s);
  const capped = r > (1n << 64n) - 1n ? (1n << 64n) - 1n : r;
  return capped / 1_000_000n;
}

/**
 * A nominator (a coldkey that does not own the hotkey) whose remaining alpha on the subnet is
 * positive but below the nominator minimum (converted to alpha at the spot price) is unstaked in
 * full; if that unstake fails, the alpha is simply dropped. (Lock reduction is out of scope.)
 */
export function clearSmallNominationIfRequired(ctx: Ctx, hotkey: AccountId, coldkey: AccountId, netuid: number): void {
  const s = ctx.state;
  if (coldkeyOwnsHotkey(s, coldkey, hotkey)) return;
  const alpha = getStake(s, hotkey, coldkey, netuid);
  const minAlpha = U64F64.toU64(U64F64.safeDiv(U64F64.fromInt(getNominatorMinRequiredStake(s)), currentAlphaPrice(s, netuid)));
  if (alpha > 0n && alpha < minAlpha) {
    try {
      s.transactional((c) => unstakeFromSubnet({ ...ctx, state: c }, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE_RAO, false));
    } catch (e) {
      if (!isDispatchError(e)) throw e;
      decreaseStake(s, hotkey, coldkey, netuid, getStake(s, hotkey, coldkey, netuid));
    }
  }
}

/** After a removal: if the hotkey's total stake fell below StakeThreshold, drop its pending children everywhere. */
export function clearPendingChildrenIfBelowThreshold(s: State, hotkey: AccountId): void {
  const threshold = S.StakeThreshold.get(s);
  // a total stake is never below a zero threshold: skip the per-subnet valuation
  if (threshold > 0n && totalStakeForHotkey(s, hotkey) < threshold) {
    for (const netuid of allSubnetNetuids(s)) S.PendingChildKeys.remove(s, netuid, hotkey);
  }
}
