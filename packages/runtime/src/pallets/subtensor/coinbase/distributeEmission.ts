/**
 * `distribute_emission` (spec/economics.md §4.10–4.14): run the subnet's epoch on the drained
 * server + validator + root alpha, then turn its result into stake: the owner cut to the owner
 * hotkey, miner incentives to miners (withheld for owner hotkeys), validator dividends routed
 * through child keys, split into alpha and root parts, delegate take to the validator's owner and
 * the rest to nominators (alpha) or to root stakers via RootClaimable (root).
 */
import { I96F32, U96F32 } from '@tensorium/primitives';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { burnSubnetAlpha, getCkBurn, getStakeForHotkeyOnSubnet, getTaoWeight, increaseStake, increaseStakeForHotkeyOnSubnet, recycleSubnetAlpha, ROOT, type Ctx } from '../staking/stakeUtils.js';
import { epochWithMechanisms, type HotkeyEmission } from '../epoch/epochWithMechanisms.js';
import { getParentChildDividendsDistribution } from './childkeyDividends.js';
import { calculateDividendDistribution, getHotkeyTakeFloat } from './dividendDistribution.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `get_childkey_take`: stored take, at least the effective minimum. */
export function getChildkeyTake(s: State, hotkey: AccountId, netuid: number): number {
  const min = Math.max(S.MinChildkeyTake.get(s), S.MinChildkeyTakePerSubnet.get(s, netuid));
  return Math.max(S.ChildkeyTake.get(s, hotkey, netuid), min);
}

/** `get_parent_child_dividends_distribution` on storage: (receiver, dividend) pairs; CK burn recycled. */
export function parentChildDividends(s: State, hotkey: AccountId, netuid: number, dividend: bigint): [AccountId, bigint][] {
  const parents = S.ParentKeys.get(s, hotkey, netuid);
  // Without parents the distribution keeps the whole dividend for the child (remaining = D, no
  // take, no CK burn) whatever its other inputs, so they are not read (most hotkeys have no parent).
  if (parents.length === 0) return [[hotkey, dividend]];
  const childOwner = S.Owner.get(s, hotkey);
  const tw = getTaoWeight(s);
  const r = getParentChildDividendsDistribution({
    dividend,
    childTakeU16: BigInt(getChildkeyTake(s, hotkey, netuid)),
    ckBurnU96F32: getCkBurn(s),
    taoWeightU96F32: tw,
    childAlphaStake: getStakeForHotkeyOnSubnet(s, hotkey, netuid),
    childRootStake: getStakeForHotkeyOnSubnet(s, hotkey, ROOT),
    childChildrenProportionsU64: S.ChildKeys.get(s, hotkey, netuid).map(([p]) => p),
    parents: parents.map(([proportion, parent]) => ({
      proportionU64: proportion,
      alphaStake: getStakeForHotkeyOnSubnet(s, parent, netuid),
      rootStake: getStakeForHotkeyOnSubnet(s, parent, ROOT),
      sameOwner: S.Owner.get(s, parent) === childOwner,
    })),
  });
  const out: [AccountId, bigint][] = parents.map(([, parent], i) => [parent, r.parents[i]]);
  for (const b of r.burned) recycleSubnetAlpha(s, netuid, b);
  out.push([hotkey, r.child]);
  return out;
}

/**
 * `get_owner_hotkeys`: the owner coldkey's hotkeys registered on the subnet, newest registration
 * first (ties: lower uid), with the subnet owner hotkey first when registered.
 */
export function getOwnerHotkeys(s: State, netuid: number, coldkey: AccountId): AccountId[] {
  const triples: [bigint, number, AccountId][] = [];
  for (const hk of S.OwnedHotkeys.get(s, coldkey)) {
    const uid = S.Uids.raw(s, netuid, hk);
    if (uid !== undefined) triples.push([S.BlockAtRegistration.get(s, netuid, uid), uid, hk]);
  }
  triples.sort((a, b) => (a[0] !== b[0] ? (b[0] > a[0] ? 1 : -1) : a[1] - b[1]));
  const out = triples.map((t) => t[2]);
  const ownerHk = S.SubnetOwnerHotkey.raw(s, netuid);
  if (ownerHk !== undefined && S.Uids.raw(s, netuid, ownerHk) !== undefined && !out.includes(ownerHk)) out.unshift(ownerHk);
  return out;
}

/** `increase_root_claimable_for_hotkey_and_subnet`: accrue root dividends per unit of root stake. */
export function increaseRootClaimable(s: State, hotkey: AccountId, netuid: number, amount: bigint): void {
  const total = getStakeForHotkeyOnSubnet(s, hotkey, ROOT);
  const increment = I96F32.checkedDiv(I96F32.fromInt(amount), I96F32.fromInt(total)) ?? 0n;
  if (amount > total) {
    increaseStake(s, hotkey, S.Owner.get(s, hotkey), netuid, amount);
    return;
  }
  const cur = S.RootClaimable.get(s, hotkey);
  const i = cur.findIndex(([n]) => n === netuid);
  // A zero increment to a present rate in an already sorted list rewrites the stored value
  // unchanged (the epoch hands a zero root dividend to most hotkeys): nothing to write.
  if (increment === 0n && i >= 0 && cur.every((e, k) => k === 0 || cur[k - 1][0] <= e[0])) return;
  const next = cur.map((e) => [e[0], e[1]] as [number, bigint]);
  if (i >= 0) next[i] = [netuid, I96F32.saturatingAdd(next[i][1], increment)];
  else next.push([netuid, increment]);
  next.sort((a, b) => a[0] - b[0]);
  S.RootClaimable.set(s, hotkey, next);
}

/** `distribute_emission(netuid, server, validator, root, owner_cut)`. */
export function distributeEmission(ctx: Ctx, netuid: number, server: bigint, validator: bigint, root: bigint, ownerCut: bigint): void {
  const s = ctx.state;
  const tw = getTaoWeight(s);
  const hotkeyEmission: HotkeyEmission[] = epochWithMechanisms(ctx, netuid, server + validator + root);
  let incentiveSum = 0n;
  for (const [, inc] of hotkeyEmission) incentiveSum += inc;
  const validatorAlpha = incentiveSum !== 0n ? validator : validator + server;

  // calculate_dividends_and_incentives (BTreeMaps keyed by hotkey)
  const incentives = new Map<AccountId, bigint>();
  const dividends = new Map<AccountId, bigint>(); // U96F32 bits
  for (const [hotkey, inc, div] of hotkeyEmission) {
    incentives.set(hotkey, (incentives.get(hotkey) ?? 0n) + inc);
    for (const [receiver, d] of parentChildDividends(s, hotkey, netuid, div)) {
      dividends.set(receiver, U96F32.saturatingAdd(dividends.get(receiver) ?? 0n, U96F32.fromInt(d)));
    }
  }
  const receivers = [...dividends.keys()].sort(cmp);
  const dist = calculateDividendDistribution(
    validatorAlpha,
    root,
    tw,
    receivers.map((h) => ({
      alphaStake: getStakeForHotkeyOnSubnet(s, h, netuid),
      rootStake: getStakeForHotkeyOnSubnet(s, h, ROOT),
      dividendU96F32: dividends.get(h) ?? 0n,
    })),
  );

  // distribute_dividends_and_incentives
  const ownerColdkey = S.SubnetOwner.raw(s, netuid);
  const ownerHotkey = S.SubnetOwnerHotkey.raw(s, netuid);
  if (ownerColdkey !== undefined && ownerHotkey !== undefined) increaseStake(s, ownerHotkey, ownerColdkey, netuid, ownerCut);
  const ownerHotkeys = getOwnerHotkeys(s, netuid, S.SubnetOwner.get(s, netuid));
  let totalIncentive = 0n;
  let withheld = 0n;
  for (const hotkey of [...incentives.keys()].sort(cmp)) {
    const incentive = incentives.get(hotkey) ?? 0n;
    totalIncentive += incentive;
    if (ownerHotkeys.includes(hotkey)) {
      withheld += incentive;
      if (S.RecycleOrBurn.get(s, netuid).type === 'Recycle') recycleSubnetAlpha(s, netuid, incentive);
      else burnSubnetAlpha(s, netuid, incentive);
      continue;
    }
    const owner = S.Owner.get(s, hotkey);
    const dest = S.AutoStakeDestination.raw(s, owner, netuid);
    if (dest !== undefined) emit(ctx, PALLET, 'AutoStakeAdded', netuid, dest, hotkey, owner, incentive);
    increaseStake(s, dest ?? hotkey, owner, netuid, incentive);
  }
  S.MinerBurned.set(s, netuid, U96F32.checkedDiv(U96F32.fromInt(withheld), U96F32.fromInt(totalIncentive)) ?? 0n);

  S.AlphaDividendsPerSubnet.clearPrefix(s, netuid);
  receivers.forEach((hotkey, i) => {
    let alphaDivs = dist.alphaDividendsU96F32[i];
    const take = U96F32.mul(getHotkeyTakeFloat(BigInt(S.Delegates.get(s, hotkey))), alphaDivs);
    alphaDivs = U96F32.saturatingSub(alphaDivs, take);
    increaseStake(s, hotkey, S.Owner.get(s, hotkey), netuid, U96F32.toU64(take));
    increaseStakeForHotkeyOnSubnet(s, hotkey, netuid, U96F32.toU64(alphaDivs));
    S.AlphaDividendsPerSubnet.mutate(s, netuid, hotkey, (v) => v + U96F32.toU64(alphaDivs));
    S.TotalHotkeyAlphaLastEpoch.set(s, hotkey, netuid, S.TotalHotkeyAlpha.get(s, hotkey, netuid));
  });

  S.RootAlphaDividendsPerSubnet.clearPrefix(s, netuid);
  receivers.forEach((hotkey, i) => {
    let rootAlpha = dist.rootAlphaDividendsU96F32[i];
    const take = U96F32.mul(getHotkeyTakeFloat(BigInt(S.Delegates.get(s, hotkey))), rootAlpha);
    rootAlpha = U96F32.saturatingSub(rootAlpha, take);
    increaseStake(s, hotkey, S.Owner.get(s, hotkey), netuid, U96F32.toU64(take));
    increaseRootClaimable(s, hotkey, netuid, U96F32.toU64(rootAlpha));
    S.RootAlphaDividendsPerSubnet.mutate(s, netuid, hotkey, (v) => v + U96F32.toU64(rootAlpha));
  });
}
