/**
 * Dissolving a subnet (coinbase/root.rs `do_dissolve_network`, `remove_network`;
 * staking/remove_stake.rs `destroy_alpha_in_out_stakes`; staking/claim_root.rs
 * `finalize_all_subnet_root_dividends`; staking/lock.rs `destroy_lock_maps`;
 * spec/economics.md §8.6): stakers are paid the pool TAO pro rata to their alpha value with the
 * largest-remainder method, the rest of the subnet account is recycled and every per-subnet
 * storage item upstream removes is removed.
 */
import { blake2_128, bytesToHex, hexToBytes, SafeFloat, U64F64, U96F32 } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { freeBalance, reducibleBalance } from '../../balances/currency.js';
import { clearProtocolLiquidity, currentAlphaPrice } from '../../swapPallet/index.js';
import { errors as E, PALLET } from '../decl.js';
import { alphaSharePool, getAlphaIssuance, recycleTao, subnetAccountId, transferTaoFromSubnet, type Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { mechanismIndices, ROOT_NETUID, satSub, U64_MAX } from './common.js';

/** `finalize_all_subnet_root_dividends`: drop the subnet from every RootClaimable map and clear RootClaimed. */
export function finalizeAllSubnetRootDividends(s: State, netuid: number): void {
  for (const [hotkey, claimable] of S.RootClaimable.entries(s)) {
    S.RootClaimable.set(
      s,
      hotkey,
      claimable.filter(([n]) => n !== netuid),
    );
  }
  S.RootClaimed.clearPrefix(s, netuid);
}

/** `destroy_lock_maps`: every conviction-lock entry of the subnet. */
export function destroyLockMaps(s: State, netuid: number): void {
  for (const [hot, cold] of S.LockingColdkeys.prefix(s, netuid)) S.Lock.remove(s, cold, netuid, hot);
  S.LockingColdkeys.clearPrefix(s, netuid);
  S.HotkeyLock.clearPrefix(s, netuid);
  S.DecayingHotkeyLock.clearPrefix(s, netuid);
  S.OwnerLock.remove(s, netuid);
  S.DecayingOwnerLock.remove(s, netuid);
  for (const [cold, n] of S.DecayingLock.entries(s)) if (n === netuid) S.DecayingLock.remove(s, cold, netuid);
}

/** Storage order of a `Blake2_128Concat` account key: blake2_128(id) ++ id. */
function blake2ConcatOrder(a: AccountId): string {
  return bytesToHex(blake2_128(hexToBytes(a))) + a;
}

/** The hotkeys with a `TotalHotkeyAlpha` entry on `netuid`, in on-chain iteration order. */
function hotkeysInSubnet(s: State, netuid: number): AccountId[] {
  const out: AccountId[] = [];
  for (const [hot, n] of S.TotalHotkeyAlpha.entries(s)) if (n === netuid) out.push(hot);
  return out.sort((a, b) => {
    const ka = blake2ConcatOrder(a);
    const kb = blake2ConcatOrder(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** `alpha_iter_single_prefix(hot)` restricted to one subnet: coldkeys (ascending) with their share. */
function alphaEntries(s: State, hotkey: AccountId, netuid: number): [AccountId, SafeFloat][] {
  const merged = new Map<AccountId, SafeFloat>();
  for (const [cold, n, bits] of S.Alpha.prefix(s, hotkey)) if (n === netuid) merged.set(cold, SafeFloat.fromU64F64(bits));
  for (const [cold, n, v] of S.AlphaV2.prefix(s, hotkey)) if (n === netuid) merged.set(cold, SafeFloat.raw(v.mantissa, v.exponent));
  return [...merged.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export interface DissolvePayout {
  /** TAO paid to each (hotkey, coldkey) staker, in payment order. */
  readonly stakers: readonly (readonly [AccountId, AccountId, bigint])[];
  /** The protocol's share of the pot (left in the subnet account, then recycled). */
  readonly protocolShare: bigint;
  /** The pot (SubnetTAO) that was distributed. */
  readonly pot: bigint;
}

/**
 * Pro-rata split of `pot` by `values` (plus the protocol's value, last) with the largest-remainder
 * method: floor(pot·v/total) each, then +1 rao to the largest remainders (stable order on ties).
 */
export function largestRemainderSplit(pot: bigint, values: readonly bigint[], protocolValue: bigint): { shares: bigint[]; protocolShare: bigint } {
  let total = protocolValue;
  for (const v of values) total += v;
  if (pot === 0n || total === 0n) return { shares: values.map(() => 0n), protocolShare: 0n };
  const portions: { i: number; share: bigint; rem: bigint }[] = [];
  let distributed = 0n;
  const add = (i: number, v: bigint): void => {
    const prod = pot * v;
    let share = prod / total;
    if (share > U64_MAX) share = U64_MAX;
    distributed += share;
    portions.push({ i, share, rem: prod % total });
  };
  values.forEach((v, i) => add(i, v));
  if (protocolValue > 0n) add(-1, protocolValue);
  const leftover = pot > distributed ? pot - distributed : 0n;
  if (leftover > 0n) {
    const order = portions.slice().sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : 0));
    const give = leftover < BigInt(order.length) ? Number(leftover) : order.length;
    for (let k = 0; k < give; k++) order[k].share += 1n;
  }
  const shares = values.map(() => 0n);
  let protocolShare = 0n;
  for (const p of portions) {
    if (p.i < 0) protocolShare = p.share;
    else shares[p.i] = p.share;
  }
  return { shares, protocolShare };
}

/** `destroy_alpha_in_out_stakes` (§8.6 step 2). Returns what was paid. */
export function destroyAlphaInOutStakes(ctx: Ctx, netuid: number): DissolvePayout {
  const s = ctx.state;
  ensure(S.NetworksAdded.get(s, netuid), E.SubnetNotExists);
  const owner = S.SubnetOwner.get(s, netuid);
  const lockCost = S.SubnetLocked.get(s, netuid);
  const regAt = S.NetworkRegisteredAt.get(s, netuid);
  const shouldRefund = regAt < S.NetworkRegistrationStartBlock.get(s);

  let ownerEmissionTao = 0n;
  if (shouldRefund && lockCost !== 0n) {
    const issued = getAlphaIssuance(s, netuid);
    if (issued > 0n) {
      const fraction = U96F32.safeDiv(U96F32.fromInt(S.SubnetOwnerCut.get(s)), U96F32.fromInt(65_535n));
      const ownerAlpha = U96F32.toU64(U96F32.mul(U96F32.fromInt(issued), fraction));
      if (ownerAlpha > 0n) {
        const price = U96F32.from(U64F64, currentAlphaPrice(s, netuid));
        ownerEmissionTao = U96F32.toU64(U96F32.mul(U96F32.fromInt(ownerAlpha), price));
      }
    }
  }

  const keysToRemove: [AccountId, AccountId][] = [];
  const stakers: [AccountId, AccountId, bigint][] = [];
  const protocolValue =
    regAt > S.TaoInRefundDeploymentBlock.get(s)
      ? S.SubnetAlphaIn.get(s, netuid) + S.SubnetProtocolAlpha.get(s, netuid)
      : S.SubnetProtocolAlpha.get(s, netuid);
  const hotkeys = hotkeysInSubnet(s, netuid);
  for (const hot of hotkeys) {
    const pool = alphaSharePool(s, hot, netuid);
    for (const [cold, share] of alphaEntries(s, hot, netuid)) {
      keysToRemove.push([hot, cold]);
      const actual = pool.tryGetValue(cold) ?? 0n;
      const value = actual === 0n ? share.toU64() : actual;
      if (value > 0n) stakers.push([hot, cold, value]);
    }
  }

  const pot = S.SubnetTAO.get(s, netuid);
  if (pot > 0n) {
    S.SubnetTAO.remove(s, netuid);
    S.TotalStake.mutate(s, (t) => satSub(t, pot));
  }

  const { shares, protocolShare } = largestRemainderSplit(
    pot,
    stakers.map(([, , v]) => v),
    protocolValue,
  );
  const paid: [AccountId, AccountId, bigint][] = [];
  stakers.forEach(([hot, cold], i) => {
    const share = shares[i];
    if (share === 0n) return;
    try {
      s.transactional((c) => transferTaoFromSubnet({ ...ctx, state: c }, netuid, cold, share));
      paid.push([hot, cold, share]);
    } catch {
      // a failed payment does not fail the dissolution (upstream ignores it)
    }
  });

  for (const [hot, cold] of keysToRemove) {
    S.Alpha.remove(s, hot, cold, netuid);
    S.AlphaV2.remove(s, hot, cold, netuid);
  }
  for (const hot of hotkeys) {
    S.TotalHotkeyAlpha.remove(s, hot, netuid);
    S.TotalHotkeyShares.remove(s, hot, netuid);
    S.TotalHotkeySharesV2.remove(s, hot, netuid);
  }
  S.SubnetAlphaIn.remove(s, netuid);
  S.SubnetAlphaOut.remove(s, netuid);
  S.SubnetProtocolAlpha.remove(s, netuid);
  S.SubnetLocked.set(s, netuid, 0n);

  const account = subnetAccountId(netuid);
  const refund = shouldRefund ? satSub(lockCost, ownerEmissionTao) : 0n;
  if (refund !== 0n) {
    const transferrable = satSub(freeBalance(s, account), protocolShare);
    const amount = refund < transferrable ? refund : transferrable;
    try {
      s.transactional((c) => transferTaoFromSubnet({ ...ctx, state: c }, netuid, owner, amount));
    } catch {
      // best effort, as upstream
    }
  }

  const remaining = reducibleBalance(s, account, true);
  try {
    s.transactional((c) => recycleTao({ ...ctx, state: c }, account, remaining));
    S.RAORecycledForRegistration.set(s, netuid, remaining);
  } catch {
    // forgiven upstream
  }
  destroyLockMaps(s, netuid);
  return { stakers: paid, protocolShare, pot };
}

/**
 * `remove_network`: delete the subnet's storage (the items upstream removes; see the test for
 * the netuid-keyed items it deliberately keeps), zero root weights pointing at it.
 */
export function removeNetwork(ctx: Ctx, netuid: number): void {
  const s = ctx.state;
  S.SubnetOwner.remove(s, netuid);
  S.SubnetworkN.remove(s, netuid);
  S.NetworksAdded.remove(s, netuid);
  S.TotalNetworks.mutate(s, (n) => (n > 0 ? n - 1 : 0));
  S.NetworkRegisteredAt.remove(s, netuid);
  S.Uids.clearPrefix(s, netuid);
  const keys = S.Keys.prefix(s, netuid);
  S.Keys.clearPrefix(s, netuid);
  for (const [uid, weights] of S.Weights.prefix(s, ROOT_NETUID)) {
    S.Weights.set(
      s,
      ROOT_NETUID,
      uid,
      weights.map(([target, w]) => [target, target === netuid ? 0 : w] as const),
    );
  }
  S.Active.remove(s, netuid);
  S.Emission.remove(s, netuid);
  S.Consensus.remove(s, netuid);
  S.Dividends.remove(s, netuid);
  S.ValidatorPermit.remove(s, netuid);
  S.ValidatorTrust.remove(s, netuid);
  for (const [, key] of keys) S.IsNetworkMember.remove(s, key, netuid);

  for (const m of [
    S.Tempo, S.Kappa, S.Difficulty, S.MaxAllowedUids, S.ImmunityPeriod, S.ActivityCutoff, S.ActivityCutoffFactorMilli,
    S.LastEpochBlock, S.PendingEpochAt, S.SubnetEpochIndex, S.MinAllowedWeights, S.RegistrationsThisInterval,
    S.POWRegistrationsThisInterval, S.BurnRegistrationsThisInterval,
    S.SubnetAlphaInEmission, S.SubnetAlphaOutEmission, S.SubnetTaoInEmission, S.SubnetVolume, S.SubnetMovingPrice,
    S.SubnetTaoFlow, S.SubnetEmaTaoFlow, S.SubnetProtocolFlow, S.SubnetEmaProtocolFlow, S.SubnetExcessTao, S.SubnetRootSellTao,
    S.TokenSymbol, S.SubnetMechanism, S.SubnetOwnerHotkey, S.NetworkRegistrationAllowed, S.NetworkPowRegistrationAllowed,
    S.TransferToggle, S.SubnetLocked, S.LargestLocked,
    S.FirstEmissionBlockNumber, S.PendingValidatorEmission, S.PendingServerEmission, S.PendingRootAlphaDivs, S.PendingOwnerCut,
    S.MinerBurned, S.BlocksSinceLastStep, S.LastMechansimStepBlock, S.LastAdjustmentBlock,
    S.ServingRateLimit, S.Rho, S.AlphaSigmoidSteepness, S.MaxAllowedValidators, S.BondsMovingAverage, S.BondsPenalty,
    S.BondsResetOn, S.WeightsSetRateLimit, S.ValidatorPruneLen, S.ScalingLawPower, S.TargetRegistrationsPerInterval,
    S.CommitRevealWeightsEnabled, S.BurnHalfLife, S.BurnIncreaseMult, S.Burn, S.MinBurn, S.MaxBurn, S.MinDifficulty,
    S.MaxDifficulty, S.RegistrationsThisBlock, S.EMAPriceHalvingBlocks, S.RAORecycledForRegistration,
    S.MaxRegistrationsPerBlock, S.WeightsVersionKey,
    S.LiquidAlphaOn, S.Yuma3On, S.AlphaValues, S.SubtokenEnabled, S.OwnerCutAutoLockEnabled, S.ImmuneOwnerUidsLimit,
    S.StakeWeight, S.LoadedEmission,
  ] as const) {
    (m as { remove(s: State, k: number): void }).remove(s, netuid);
  }

  S.BlockAtRegistration.clearPrefix(s, netuid);
  S.Axons.clearPrefix(s, netuid);
  S.NeuronCertificates.clearPrefix(s, netuid);
  S.Prometheus.clearPrefix(s, netuid);
  S.AlphaDividendsPerSubnet.clearPrefix(s, netuid);
  S.PendingChildKeys.clearPrefix(s, netuid);
  S.AssociatedEvmAddress.clearPrefix(s, netuid);
  for (const idx of mechanismIndices(s, netuid)) {
    S.LastUpdate.remove(s, idx);
    S.Incentive.remove(s, idx);
    S.WeightCommits.clearPrefix(s, idx);
    S.TimelockedWeightCommits.clearPrefix(s, idx);
    S.CRV3WeightCommits.clearPrefix(s, idx);
    S.CRV3WeightCommitsV2.clearPrefix(s, idx);
    S.Bonds.clearPrefix(s, idx);
    S.Weights.clearPrefix(s, idx);
  }
  S.RevealPeriodEpochs.remove(s, netuid);
  S.MechanismCountCurrent.remove(s, netuid);
  S.MechanismEmissionSplit.remove(s, netuid);
  S.LastHotkeySwapOnNetuid.clearPrefix(s, netuid);

  if (S.SubnetIdentitiesV3.contains(s, netuid)) {
    S.SubnetIdentitiesV3.remove(s, netuid);
    emit(ctx, PALLET, 'SubnetIdentityRemoved', netuid);
  }

  for (const m of [S.ChildkeyTake, S.ChildKeys, S.ParentKeys, S.LastHotkeyEmissionOnNetuid, S.TotalHotkeyAlphaLastEpoch] as const) {
    const dm = m as unknown as { entries(s: State): [AccountId, number, unknown][]; remove(s: State, a: AccountId, n: number): void };
    for (const [hot, n] of dm.entries(s)) if (n === netuid) dm.remove(s, hot, netuid);
  }
  for (const [hot, n, tx] of S.TransactionKeyLastBlock.entries(s)) if (n === netuid) S.TransactionKeyLastBlock.remove(s, hot, netuid, tx);

  const leaseId = S.SubnetUidToLeaseId.raw(s, netuid);
  if (leaseId !== undefined) {
    S.SubnetUidToLeaseId.remove(s, netuid);
    S.SubnetLeases.remove(s, leaseId);
    S.SubnetLeaseShares.clearPrefix(s, leaseId);
    S.AccumulatedLeaseDividends.remove(s, leaseId);
  }
  destroyLockMaps(s, netuid);
}

/**
 * `do_dissolve_network(netuid)` (§8.6): root-dividend books, payout of the pool, swap state,
 * storage removal, `NetworkRemoved`. (There is no commitments pallet to purge in this runtime.)
 */
export function doDissolveNetwork(ctx: Ctx, netuid: number): DissolvePayout {
  const s = ctx.state;
  ensure(S.NetworksAdded.get(s, netuid) && netuid !== ROOT_NETUID, E.SubnetNotExists);
  finalizeAllSubnetRootDividends(s, netuid);
  const payout = destroyAlphaInOutStakes(ctx, netuid);
  clearProtocolLiquidity(s, netuid);
  removeNetwork(ctx, netuid);
  emit(ctx, PALLET, 'NetworkRemoved', netuid);
  return payout;
}
