/**
 * Coldkey swaps (swap/swap_coldkey.rs and the announce/execute dispatchables of
 * macros/dispatches.rs; spec/economics.md §12.2).
 *
 * Conviction locks are moved as stored (upstream also rolls each lock forward to the current
 * block on both sides of the move; the conviction model is out of scope here), and
 * `ActiveLockExists` is raised when the new coldkey holds any lock with a non-zero locked mass.
 */
import { blake2_256, bytesToHex, hexToBytes } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { reducibleBalance, transfer as transferBalance } from '../../balances/currency.js';
import { errors as E, PALLET } from '../decl.js';
import {
  decreaseStake,
  getStake,
  increaseStake,
  maybeAddColdkeyIndex,
  maybeRemoveColdkeyIndex,
  recycleTao,
  type Ctx,
} from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { allSubnetNetuids, isSubnetAccountId, ROOT_NETUID } from '../subnets/common.js';
import { setLastTxBlock, transferRootClaimedForNewKeys } from './swapHotkey.js';

/** `ACCOUNT_FLAGS_ACCEPT_LOCKED_ALPHA`. */
export const ACCOUNT_FLAGS_ACCEPT_LOCKED_ALPHA = 1n;

/** `T::Hashing::hash_of(&account)`: blake2-256 of the 32-byte account id (hex). */
export function coldkeyHash(account: AccountId): string {
  return bytesToHex(blake2_256(hexToBytes(account)));
}

/** `charge_swap_cost`: recycle the cost (NotEnoughBalanceToPaySwapColdKey on failure). */
export function chargeSwapCost(ctx: Ctx, coldkey: AccountId, cost: bigint): void {
  try {
    recycleTao(ctx, coldkey, cost);
  } catch {
    throw E.NotEnoughBalanceToPaySwapColdKey();
  }
}

function setAcceptLockedAlpha(s: State, coldkey: AccountId, enabled: boolean): void {
  let flags = S.AccountFlags.raw(s, coldkey) ?? 0n;
  flags = enabled ? flags | ACCOUNT_FLAGS_ACCEPT_LOCKED_ALPHA : flags & ~ACCOUNT_FLAGS_ACCEPT_LOCKED_ALPHA;
  if (flags === 0n) S.AccountFlags.remove(s, coldkey);
  else S.AccountFlags.set(s, coldkey, flags);
}

/** `swap_coldkey_locks` without the conviction roll-forward (see the file comment). */
function swapColdkeyLocks(s: State, oldColdkey: AccountId, newColdkey: AccountId): void {
  ensure(!S.Lock.prefix(s, newColdkey).some(([, , l]) => l.locked_mass > 0n), E.ActiveLockExists);
  const locks = S.Lock.prefix(s, oldColdkey);
  for (const [netuid, hotkey] of locks) {
    S.Lock.remove(s, oldColdkey, netuid, hotkey);
    S.LockingColdkeys.remove(s, netuid, hotkey, oldColdkey);
  }
  for (const [netuid, decaying] of S.DecayingLock.prefix(s, oldColdkey)) {
    S.DecayingLock.remove(s, oldColdkey, netuid);
    S.DecayingLock.set(s, newColdkey, netuid, decaying);
  }
  const flags = S.AccountFlags.get(s, oldColdkey);
  S.AccountFlags.remove(s, oldColdkey);
  if (flags !== 0n) S.AccountFlags.set(s, newColdkey, flags);
  else S.AccountFlags.remove(s, newColdkey);
  for (const [netuid, hotkey, lock] of locks) {
    S.Lock.set(s, newColdkey, netuid, hotkey, lock);
    S.LockingColdkeys.set(s, netuid, hotkey, newColdkey, []);
  }
}

/**
 * `do_swap_coldkey(old, new)`: new must have no StakingHotkeys and not be a hotkey; moves
 * identity, subnet ownership, auto-stake destinations, every stake position with its root-claim
 * books, StakingHotkeys, OwnedHotkeys/Owner, locks and all free TAO (old is reaped).
 */
export function doSwapColdkey(ctx: Ctx, oldColdkey: AccountId, newColdkey: AccountId): void {
  const s = ctx.state;
  ensure(S.StakingHotkeys.get(s, newColdkey).length === 0, E.ColdKeyAlreadyAssociated);
  ensure(!S.Owner.contains(s, newColdkey), E.NewColdKeyIsHotkey);
  if (!S.IdentitiesV2.contains(s, newColdkey)) {
    const id = S.IdentitiesV2.raw(s, oldColdkey);
    if (id !== undefined) {
      S.IdentitiesV2.remove(s, oldColdkey);
      S.IdentitiesV2.set(s, newColdkey, id);
    }
  }
  setAcceptLockedAlpha(s, newColdkey, true);
  for (const netuid of allSubnetNetuids(s)) {
    if (S.SubnetOwner.get(s, netuid) === oldColdkey) S.SubnetOwner.set(s, netuid, newColdkey);
    const dest = S.AutoStakeDestination.raw(s, oldColdkey, netuid);
    if (dest !== undefined) {
      S.AutoStakeDestination.remove(s, oldColdkey, netuid);
      S.AutoStakeDestination.set(s, newColdkey, netuid, dest);
      S.AutoStakeDestinationColdkeys.mutate(s, dest, netuid, (v) => [...v.filter((c) => c !== oldColdkey && c !== newColdkey), newColdkey]);
    }
    for (const hotkey of S.StakingHotkeys.get(s, oldColdkey)) {
      const alpha = getStake(s, hotkey, oldColdkey, netuid);
      decreaseStake(s, hotkey, oldColdkey, netuid, alpha);
      increaseStake(s, hotkey, newColdkey, netuid, alpha);
      if (getStake(s, hotkey, newColdkey, netuid) !== 0n) {
        transferRootClaimedForNewKeys(s, netuid, hotkey, hotkey, oldColdkey, newColdkey);
        if (netuid === ROOT_NETUID) maybeAddColdkeyIndex(s, newColdkey);
      }
    }
    if (netuid === ROOT_NETUID) maybeRemoveColdkeyIndex(s, oldColdkey);
  }
  const staking = S.StakingHotkeys.get(s, newColdkey).slice();
  for (const hk of S.StakingHotkeys.get(s, oldColdkey)) if (!staking.includes(hk)) staking.push(hk);
  S.StakingHotkeys.remove(s, oldColdkey);
  S.StakingHotkeys.set(s, newColdkey, staking);

  const owned = S.OwnedHotkeys.get(s, newColdkey).slice();
  for (const hk of S.OwnedHotkeys.get(s, oldColdkey)) {
    S.Owner.remove(s, hk);
    ensure(isSubnetAccountId(hk) === undefined, E.CannotUseSystemAccount);
    S.Owner.set(s, hk, newColdkey);
    if (!owned.includes(hk)) owned.push(hk);
  }
  S.OwnedHotkeys.remove(s, oldColdkey);
  S.OwnedHotkeys.set(s, newColdkey, owned);

  swapColdkeyLocks(s, oldColdkey, newColdkey);
  const all = reducibleBalance(s, oldColdkey, false);
  if (all > 0n) transferBalance(ctx, oldColdkey, newColdkey, all, false);
  setLastTxBlock(s, newColdkey, ctx.env.number);
  emit(ctx, PALLET, 'ColdkeySwapped', oldColdkey, newColdkey);
}

/** `announce_coldkey_swap(hash)`: first announcement costs KeySwapCost; re-announce after the delay. */
export function doAnnounceColdkeySwap(ctx: Ctx, who: AccountId, newColdkeyHash: string, keySwapCost: bigint): void {
  const s = ctx.state;
  const now = ctx.env.number;
  const existing = S.ColdkeySwapAnnouncements.raw(s, who);
  if (existing !== undefined) {
    ensure(now >= existing[0] + S.ColdkeySwapReannouncementDelay.get(s), E.ColdkeySwapReannouncedTooEarly);
  } else {
    chargeSwapCost(ctx, who, keySwapCost);
  }
  const when = now + S.ColdkeySwapAnnouncementDelay.get(s);
  S.ColdkeySwapAnnouncements.set(s, who, [when, newColdkeyHash]);
  emit(ctx, PALLET, 'ColdkeySwapAnnounced', who, newColdkeyHash);
}

/** `swap_coldkey_announced(new)`: the hash must match and the delay must have passed. */
export function doSwapColdkeyAnnounced(ctx: Ctx, who: AccountId, newColdkey: AccountId): void {
  const s = ctx.state;
  const ann = S.ColdkeySwapAnnouncements.raw(s, who);
  ensure(ann !== undefined, E.ColdkeySwapAnnouncementNotFound);
  S.ColdkeySwapAnnouncements.remove(s, who);
  ensure(ann[1] === coldkeyHash(newColdkey), E.AnnouncedColdkeyHashDoesNotMatch);
  ensure(ctx.env.number >= ann[0], E.ColdkeySwapTooEarly);
  doSwapColdkey(ctx, who, newColdkey);
}

/** `dispute_coldkey_swap()`. */
export function doDisputeColdkeySwap(ctx: Ctx, coldkey: AccountId): void {
  const s = ctx.state;
  ensure(S.ColdkeySwapAnnouncements.contains(s, coldkey), E.ColdkeySwapAnnouncementNotFound);
  ensure(!S.ColdkeySwapDisputes.contains(s, coldkey), E.ColdkeySwapAlreadyDisputed);
  S.ColdkeySwapDisputes.set(s, coldkey, ctx.env.number);
  emit(ctx, PALLET, 'ColdkeySwapDisputed', coldkey);
}

/** `reset_coldkey_swap(coldkey)` (root). */
export function doResetColdkeySwap(ctx: Ctx, coldkey: AccountId): void {
  S.ColdkeySwapAnnouncements.remove(ctx.state, coldkey);
  S.ColdkeySwapDisputes.remove(ctx.state, coldkey);
  emit(ctx, PALLET, 'ColdkeySwapReset', coldkey);
}

/** `clear_coldkey_swap_announcement()`: only after `when + ColdkeySwapReannouncementDelay`. */
export function doClearColdkeySwapAnnouncement(ctx: Ctx, who: AccountId): void {
  const s = ctx.state;
  const ann = S.ColdkeySwapAnnouncements.raw(s, who);
  ensure(ann !== undefined, E.ColdkeySwapAnnouncementNotFound);
  ensure(ctx.env.number >= ann[0] + S.ColdkeySwapReannouncementDelay.get(s), E.ColdkeySwapClearTooEarly);
  S.ColdkeySwapAnnouncements.remove(s, who);
  emit(ctx, PALLET, 'ColdkeySwapCleared', who);
}

/** Root `swap_coldkey(old, new, cost)`: charge the cost (if any), swap, clear announcement and dispute. */
export function doRootSwapColdkey(ctx: Ctx, oldColdkey: AccountId, newColdkey: AccountId, cost: bigint): void {
  if (cost !== 0n) chargeSwapCost(ctx, oldColdkey, cost);
  doSwapColdkey(ctx, oldColdkey, newColdkey);
  S.ColdkeySwapAnnouncements.remove(ctx.state, oldColdkey);
  S.ColdkeySwapDisputes.remove(ctx.state, oldColdkey);
}
