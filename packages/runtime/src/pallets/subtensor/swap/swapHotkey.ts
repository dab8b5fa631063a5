/**
 * Hotkey swaps (swap/swap_hotkey.rs; spec/economics.md §12.1): `do_swap_hotkey` on every subnet
 * (cost `KeySwapCost`, recycled) or on one subnet (cost `KeySwapOnSubnetCost`), moving ownership,
 * UIDs, serving info, commits, child/parent relations, takes and (unless `keep_stake`) the stake.
 *
 * Not carried over: conviction locks bound to the old hotkey (`swap_hotkey_locks*`, out of scope
 * here) stay where they are.
 */
import { KEY_SWAP_COST, KEY_SWAP_ON_SUBNET_COST } from '@tensorium/params';
import { SafeFloat } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { freeBalance } from '../../balances/currency.js';
import { errors as E, PALLET } from '../decl.js';
import {
  coldkeyOwnsHotkey,
  decreaseStake,
  getStake,
  getStakeForHotkeyOnSubnet,
  increaseStake,
  recycleTao,
  type Ctx,
} from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { parentChildSwapHotkey } from '../subnets/childRelations.js';
import {
  allSubnetNetuids,
  isHotkeyRegisteredOnAnyNetwork,
  isSubnetAccountId,
  mechanismIndices,
  rlLastTxBlock,
  rlLastTxBlockChildKeyTake,
  rlLastTxBlockDelegateTake,
  ROOT_NETUID,
  satAddU64,
  satSub,
} from '../subnets/common.js';

/** `exceeds_tx_rate_limit(prev, now)`: within TxRateLimit blocks of the previous transaction. */
export function exceedsTxRateLimit(s: State, prev: bigint, now: bigint): boolean {
  const limit = S.TxRateLimit.get(s);
  if (limit === 0n || prev === 0n) return false;
  return satSub(now, prev) <= limit;
}

export function getLastTxBlock(s: State, who: AccountId): bigint {
  return S.LastRateLimitedBlock.get(s, rlLastTxBlock(who));
}
export function setLastTxBlock(s: State, who: AccountId, block: bigint): void {
  S.LastRateLimitedBlock.set(s, rlLastTxBlock(who), block);
}

/** `set_hotkey_owner`: CannotUseSystemAccount for a subnet account. */
function setHotkeyOwner(s: State, coldkey: AccountId, hotkey: AccountId): void {
  ensure(isSubnetAccountId(hotkey) === undefined, E.CannotUseSystemAccount);
  S.Owner.set(s, hotkey, coldkey);
}

/** `set_subnet_owner_hotkey` (emits SubnetOwnerHotkeySet). */
function setSubnetOwnerHotkey(ctx: Ctx, netuid: number, hotkey: AccountId): void {
  ensure(isSubnetAccountId(hotkey) === undefined, E.CannotUseSystemAccount);
  S.SubnetOwnerHotkey.set(ctx.state, netuid, hotkey);
  emit(ctx, PALLET, 'SubnetOwnerHotkeySet', netuid, hotkey);
}

/** `alpha_iter_single_prefix(hotkey)`: (coldkey, netuid, share) from Alpha and AlphaV2 (V2 wins). */
function alphaEntriesOf(s: State, hotkey: AccountId): [AccountId, number, SafeFloat][] {
  const merged = new Map<string, [AccountId, number, SafeFloat]>();
  for (const [c, n, bits] of S.Alpha.prefix(s, hotkey)) merged.set(`${c}/${n}`, [c, n, SafeFloat.fromU64F64(bits)]);
  for (const [c, n, v] of S.AlphaV2.prefix(s, hotkey)) merged.set(`${c}/${n}`, [c, n, SafeFloat.raw(v.mantissa, v.exponent)]);
  return [...merged.values()];
}

/** `transfer_root_claimable_for_new_hotkey`: merge old's RootClaimable rates into new's. */
function transferRootClaimable(s: State, oldHotkey: AccountId, newHotkey: AccountId): void {
  const src = S.RootClaimable.get(s, oldHotkey);
  const dst = new Map<number, bigint>(S.RootClaimable.get(s, newHotkey).map(([n, r]) => [n, r] as const));
  S.RootClaimable.remove(s, oldHotkey);
  const I96_MAX = (1n << 127n) - 1n;
  for (const [n, r] of src) {
    const cur = dst.get(n);
    const sum = cur === undefined ? r : cur + r;
    dst.set(n, sum > I96_MAX ? I96_MAX : sum);
  }
  S.RootClaimable.set(
    s,
    newHotkey,
    [...dst.entries()].sort((a, b) => a[0] - b[0]),
  );
}

/** `transfer_root_claimed_for_new_keys`: RootClaimed(old) is added to RootClaimed(new). */
export function transferRootClaimedForNewKeys(s: State, netuid: number, oldHotkey: AccountId, newHotkey: AccountId, oldColdkey: AccountId, newColdkey: AccountId): void {
  const old = S.RootClaimed.get(s, netuid, oldHotkey, oldColdkey);
  S.RootClaimed.remove(s, netuid, oldHotkey, oldColdkey);
  const U128_MAX = (1n << 128n) - 1n;
  S.RootClaimed.mutate(s, netuid, newHotkey, newColdkey, (v) => (v + old > U128_MAX ? U128_MAX : v + old));
}

/** `perform_hotkey_swap_on_one_subnet`. */
export function performHotkeySwapOnOneSubnet(ctx: Ctx, oldHotkey: AccountId, newHotkey: AccountId, netuid: number, keepStake: boolean): void {
  const s = ctx.state;
  const member = S.IsNetworkMember.get(s, oldHotkey, netuid);
  S.IsNetworkMember.remove(s, oldHotkey, netuid);
  S.IsNetworkMember.set(s, newHotkey, netuid, member);
  if (member) {
    const uid = S.Uids.raw(s, netuid, oldHotkey);
    if (uid !== undefined) {
      S.Uids.remove(s, netuid, oldHotkey);
      S.Uids.set(s, netuid, newHotkey, uid);
      S.Keys.set(s, netuid, uid, newHotkey);
    }
    const prom = S.Prometheus.raw(s, netuid, oldHotkey);
    if (prom !== undefined) {
      S.Prometheus.remove(s, netuid, oldHotkey);
      S.Prometheus.set(s, netuid, newHotkey, prom);
    }
    const axon = S.Axons.raw(s, netuid, oldHotkey);
    if (axon !== undefined) {
      S.Axons.remove(s, netuid, oldHotkey);
      S.Axons.set(s, netuid, newHotkey, axon);
    }
    for (const idx of mechanismIndices(s, netuid)) {
      const commits = S.WeightCommits.raw(s, idx, oldHotkey);
      if (commits !== undefined) {
        S.WeightCommits.remove(s, idx, oldHotkey);
        S.WeightCommits.set(s, idx, newHotkey, commits);
      }
    }
    const loaded = S.LoadedEmission.raw(s, netuid);
    if (loaded !== undefined) {
      S.LoadedEmission.set(
        s,
        netuid,
        loaded.map(([hk, a, b]) => [hk === oldHotkey ? newHotkey : hk, a, b] as const),
      );
    }
    const cert = S.NeuronCertificates.raw(s, netuid, oldHotkey);
    if (cert !== undefined) {
      S.NeuronCertificates.remove(s, netuid, oldHotkey);
      S.NeuronCertificates.set(s, netuid, newHotkey, cert);
    }
  }
  const take = S.ChildkeyTake.raw(s, oldHotkey, netuid);
  if (take !== undefined) {
    S.ChildkeyTake.remove(s, oldHotkey, netuid);
    S.ChildkeyTake.set(s, newHotkey, netuid, take);
  }
  parentChildSwapHotkey(s, oldHotkey, newHotkey, netuid);
  for (const [parent, [children, cooldown]] of S.PendingChildKeys.prefix(s, netuid)) {
    const i = children.findIndex(([, c]) => c === oldHotkey);
    if (i < 0) continue;
    const next = children.slice();
    const [removed] = next.splice(i, 1);
    next.push([removed[0], newHotkey]);
    S.PendingChildKeys.set(s, netuid, parent, [next, cooldown]);
  }
  const autoStakers = S.AutoStakeDestinationColdkeys.raw(s, oldHotkey, netuid);
  if (autoStakers !== undefined) {
    for (const c of autoStakers) S.AutoStakeDestination.set(s, c, netuid, newHotkey);
    S.AutoStakeDestinationColdkeys.remove(s, oldHotkey, netuid);
    S.AutoStakeDestinationColdkeys.set(s, newHotkey, netuid, autoStakers);
  }
  const ownerHotkey = S.SubnetOwnerHotkey.raw(s, netuid);
  if (ownerHotkey !== undefined && ownerHotkey === oldHotkey) setSubnetOwnerHotkey(ctx, netuid, newHotkey);

  if (keepStake) return;
  const oldLast = S.TotalHotkeyAlphaLastEpoch.get(s, oldHotkey, netuid);
  S.TotalHotkeyAlphaLastEpoch.remove(s, oldHotkey, netuid);
  S.TotalHotkeyAlphaLastEpoch.set(s, newHotkey, netuid, satAddU64(oldLast, S.TotalHotkeyAlphaLastEpoch.get(s, newHotkey, netuid)));
  const oldDivs = S.AlphaDividendsPerSubnet.get(s, netuid, oldHotkey);
  const newDivs = S.AlphaDividendsPerSubnet.get(s, netuid, newHotkey);
  S.AlphaDividendsPerSubnet.remove(s, netuid, oldHotkey);
  S.AlphaDividendsPerSubnet.set(s, netuid, newHotkey, satAddU64(oldDivs, newDivs));
  const vp = S.VotingPower.get(s, netuid, oldHotkey);
  S.VotingPower.remove(s, netuid, oldHotkey);
  if (vp > 0n) S.VotingPower.set(s, netuid, newHotkey, satAddU64(vp, S.VotingPower.get(s, netuid, newHotkey)));

  const coldkeys = [...new Set(alphaEntriesOf(s, oldHotkey).filter(([, n]) => n === netuid).map(([c]) => c))].sort();
  for (const coldkey of coldkeys) {
    const alpha = getStake(s, oldHotkey, coldkey, netuid);
    decreaseStake(s, oldHotkey, coldkey, netuid, alpha);
    increaseStake(s, newHotkey, coldkey, netuid, alpha);
    const hks = S.StakingHotkeys.get(s, coldkey);
    if (hks.includes(oldHotkey) && !hks.includes(newHotkey)) S.StakingHotkeys.set(s, coldkey, [...hks, newHotkey]);
  }
  if (netuid === ROOT_NETUID) {
    transferRootClaimable(s, oldHotkey, newHotkey);
    for (const [subnet] of S.RootClaimable.get(s, newHotkey)) {
      const claimed = S.RootClaimed.prefix(s, subnet).filter(([hk]) => hk === oldHotkey);
      for (const [, coldkey] of claimed) transferRootClaimedForNewKeys(s, subnet, oldHotkey, newHotkey, coldkey, coldkey);
    }
    const enabled = S.AutoParentDelegationEnabled.raw(s, oldHotkey);
    if (enabled !== undefined) {
      S.AutoParentDelegationEnabled.remove(s, oldHotkey);
      S.AutoParentDelegationEnabled.set(s, newHotkey, enabled);
    }
  }
}

/** `perform_hotkey_swap_on_all_subnets`. */
function performHotkeySwapOnAllSubnets(ctx: Ctx, oldHotkey: AccountId, newHotkey: AccountId, coldkey: AccountId, keepStake: boolean): void {
  const s = ctx.state;
  const oldAlpha = alphaEntriesOf(s, oldHotkey);
  S.Owner.remove(s, oldHotkey);
  setHotkeyOwner(s, coldkey, newHotkey);
  const owned = S.OwnedHotkeys.get(s, coldkey).slice();
  if (!owned.includes(newHotkey)) owned.push(newHotkey);
  S.OwnedHotkeys.set(
    s,
    coldkey,
    owned.filter((h) => h !== oldHotkey),
  );
  for (const netuid of allSubnetNetuids(s)) performHotkeySwapOnOneSubnet(ctx, oldHotkey, newHotkey, netuid, keepStake);
  S.LastRateLimitedBlock.remove(s, rlLastTxBlock(oldHotkey));
  S.LastRateLimitedBlock.remove(s, rlLastTxBlockDelegateTake(oldHotkey));
  S.LastRateLimitedBlock.remove(s, rlLastTxBlockChildKeyTake(oldHotkey));
  const take = S.Delegates.raw(s, oldHotkey);
  if (take !== undefined) {
    S.Delegates.remove(s, oldHotkey);
    S.Delegates.set(s, newHotkey, take);
  }
  if (!keepStake) {
    for (const [staker, , share] of oldAlpha) {
      if (share.isZero()) continue;
      const hks = S.StakingHotkeys.get(s, staker);
      if (!hks.includes(oldHotkey)) continue;
      const next = hks.filter((h) => h !== oldHotkey && h !== newHotkey);
      next.push(newHotkey);
      S.StakingHotkeys.set(s, staker, next);
    }
  }
}

/** `swap_hotkey_on_subnet`. */
function swapHotkeyOnSubnet(ctx: Ctx, coldkey: AccountId, oldHotkey: AccountId, newHotkey: AccountId, netuid: number, keepStake: boolean): void {
  const s = ctx.state;
  const block = ctx.env.number;
  const interval = ctx.env.preset.hotkeySwapOnSubnetInterval;
  ensure(satAddU64(S.LastHotkeySwapOnNetuid.get(s, netuid, coldkey), interval) < block, E.HotKeySwapOnSubnetIntervalNotPassed);
  ensure(isSubnetAccountId(newHotkey) === undefined, E.CannotUseSystemAccount);
  ensure(!S.IsNetworkMember.contains(s, newHotkey, netuid), E.HotKeyAlreadyRegisteredInSubNet);
  ensure(KEY_SWAP_ON_SUBNET_COST <= freeBalance(s, coldkey), E.NotEnoughBalanceToPaySwapHotKey);
  recycleTao(ctx, coldkey, KEY_SWAP_ON_SUBNET_COST);
  S.Owner.set(s, newHotkey, coldkey);
  const owned = S.OwnedHotkeys.get(s, coldkey);
  if (!owned.includes(newHotkey)) S.OwnedHotkeys.set(s, coldkey, [...owned, newHotkey]);
  performHotkeySwapOnOneSubnet(ctx, oldHotkey, newHotkey, netuid, keepStake);
  setLastTxBlock(s, coldkey, block);
  S.LastHotkeySwapOnNetuid.set(s, netuid, coldkey, block);
  emit(ctx, PALLET, 'HotkeySwappedOnSubnet', coldkey, oldHotkey, newHotkey, netuid);
}

/**
 * `do_swap_hotkey(coldkey, old, new, netuid?, keep_stake)` (§12.1). `swap_hotkey` (70) is this
 * with keep_stake = false.
 */
export function doSwapHotkey(ctx: Ctx, coldkey: AccountId, oldHotkey: AccountId, newHotkey: AccountId, netuid: number | undefined, keepStake: boolean): void {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(coldkeyOwnsHotkey(s, coldkey, oldHotkey), E.NonAssociatedColdKey);
  if (S.Owner.contains(s, newHotkey)) ensure(coldkeyOwnsHotkey(s, coldkey, newHotkey), E.NonAssociatedColdKey);
  ensure(oldHotkey !== newHotkey, E.NewHotKeyIsSameWithOld);
  ensure(!exceedsTxRateLimit(s, getLastTxBlock(s, coldkey), block), E.HotKeySetTxRateLimitExceeded);
  if (netuid !== undefined) ensure(!S.IsNetworkMember.contains(s, newHotkey, netuid), E.HotKeyAlreadyRegisteredInSubNet);
  else ensure(!isHotkeyRegisteredOnAnyNetwork(s, newHotkey), E.HotKeyAlreadyRegisteredInSubNet);
  if (netuid === undefined || netuid === ROOT_NETUID) {
    ensure(
      S.RootClaimable.get(s, newHotkey).length === 0 &&
        getStakeForHotkeyOnSubnet(s, newHotkey, ROOT_NETUID) === 0n &&
        !S.RootClaimed.prefix(s, ROOT_NETUID).some(([hk]) => hk === newHotkey),
      E.NewHotKeyNotCleanForRootSwap,
    );
  }
  setLastTxBlock(s, newHotkey, getLastTxBlock(s, oldHotkey));
  S.LastRateLimitedBlock.set(s, rlLastTxBlockDelegateTake(newHotkey), S.LastRateLimitedBlock.get(s, rlLastTxBlockDelegateTake(oldHotkey)));
  S.LastRateLimitedBlock.set(s, rlLastTxBlockChildKeyTake(newHotkey), S.LastRateLimitedBlock.get(s, rlLastTxBlockChildKeyTake(oldHotkey)));

  if (netuid !== undefined) {
    swapHotkeyOnSubnet(ctx, coldkey, oldHotkey, newHotkey, netuid, keepStake);
    return;
  }
  const interval = ctx.env.preset.hotkeySwapOnSubnetInterval;
  const affected = allSubnetNetuids(s).filter((n) => S.IsNetworkMember.get(s, oldHotkey, n) || S.ChildKeys.get(s, oldHotkey, n).length > 0);
  for (const n of affected) {
    const last = S.LastHotkeySwapOnNetuid.get(s, n, coldkey);
    if (last !== 0n) ensure(satAddU64(last, interval) < block, E.HotKeySwapOnSubnetIntervalNotPassed);
  }
  ensure(KEY_SWAP_COST <= freeBalance(s, coldkey), E.NotEnoughBalanceToPaySwapHotKey);
  recycleTao(ctx, coldkey, KEY_SWAP_COST);
  performHotkeySwapOnAllSubnets(ctx, oldHotkey, newHotkey, coldkey, keepStake);
  for (const n of affected) S.LastHotkeySwapOnNetuid.set(s, n, coldkey, block);
  setLastTxBlock(s, coldkey, block);
  emit(ctx, PALLET, 'HotkeySwapped', coldkey, oldHotkey, newHotkey);
}
