/**
 * SubtensorModule helpers behind the admin setters: mechanisms (subnets/mechanism.rs), the subnet
 * owner hotkey (subnets/subnet.rs `do_set_sn_owner_hotkey`), liquid alpha values
 * (epoch/run_epoch.rs `do_set_alpha_values`) and the bonds reset used by Commitments
 * (epoch/run_epoch.rs `do_reset_bonds`, runtime `ResetBondsOnCommit`; spec/epoch.md §7.1).
 */
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { emit } from '../../../frame/pallet.js';
import { isSubnetAccountId } from '../subnets/common.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import {
  ensureSubnetOwnerOrRoot,
  passesRateLimitOnSubnet,
  setLastBlockOnSubnet,
  subnetExists,
  type BlockCtx,
  type OriginCtx,
} from './ownerOrRoot.js';

/** `DefaultMaxAllowedUids` (= `InitialMaxAllowedUids`, 256). */
export const DEFAULT_MAX_ALLOWED_UIDS = 256;
/** `MAX_MECHANISM_COUNT_PER_SUBNET`. */
export const MAX_MECHANISM_COUNT_PER_SUBNET = 16;
/** `GLOBAL_MAX_SUBNET_COUNT`: stride of per-mechanism storage indices. */
const GLOBAL_MAX_SUBNET_COUNT = 4096;
const U16_MAX = 65_535;
/** `u16::MAX / 40`: the lower bound of both liquid alpha values. */
export const MIN_ALPHA_VALUE = 1_638;

/** `get_mechanism_storage_index`: `mecid · 4096 + netuid` (u16, saturating). */
export function mechanismStorageIndex(netuid: number, mecid: number): number {
  const v = mecid * GLOBAL_MAX_SUBNET_COUNT + netuid;
  return v > U16_MAX ? U16_MAX : v;
}

/** `ensure_max_uids_over_all_mechanisms`: `max_uids × count` (u16 saturating) <= 256, else TooManyUIDsPerMechanism. */
export function ensureMaxUidsOverAllMechanisms(maxUids: number, mechanismCount: number): void {
  const p = maxUids * mechanismCount;
  if ((p > U16_MAX ? U16_MAX : p) > DEFAULT_MAX_ALLOWED_UIDS) throw E.TooManyUIDsPerMechanism({ maxUids, mechanismCount });
}

/** `update_mechanism_counts_if_needed`: shrinking drops the removed mechanisms' maps; any change resets the split. */
export function updateMechanismCountsIfNeeded(s: State, netuid: number, newCount: number): void {
  const old = S.MechanismCountCurrent.get(s, netuid);
  if (old === newCount) return;
  for (let mecid = newCount; mecid < old; mecid++) {
    const idx = mechanismStorageIndex(netuid, mecid);
    S.Weights.clearPrefix(s, idx);
    S.Incentive.remove(s, idx);
    S.LastUpdate.remove(s, idx);
    S.Bonds.clearPrefix(s, idx);
    S.WeightCommits.clearPrefix(s, idx);
    S.TimelockedWeightCommits.clearPrefix(s, idx);
  }
  S.MechanismCountCurrent.set(s, netuid, newCount);
  S.MechanismEmissionSplit.remove(s, netuid);
}

/** `do_set_mechanism_count`. */
export function doSetMechanismCount(s: State, netuid: number, count: number): void {
  if (!subnetExists(s, netuid)) throw E.MechanismDoesNotExist({ netuid });
  if (count <= 0) throw E.InvalidValue({ count });
  if (count > S.MaxMechanismCount.get(s)) throw E.InvalidValue({ count, max: S.MaxMechanismCount.get(s) });
  ensureMaxUidsOverAllMechanisms(S.MaxAllowedUids.get(s, netuid), count);
  if (count > MAX_MECHANISM_COUNT_PER_SUBNET) throw E.InvalidValue({ count });
  updateMechanismCountsIfNeeded(s, netuid, count);
}

/** `do_set_max_mechanism_count`. */
export function doSetMaxMechanismCount(s: State, max: number): void {
  if (max <= 0) throw E.InvalidValue({ max });
  if (max > MAX_MECHANISM_COUNT_PER_SUBNET) throw E.InvalidValue({ max });
  S.MaxMechanismCount.set(s, max);
}

/** `do_set_emission_split`: `None` resets to an even split; a split must be non-empty, <= count long and sum to 65535. */
export function doSetEmissionSplit(s: State, netuid: number, split: readonly number[] | undefined): void {
  if (!subnetExists(s, netuid)) throw E.MechanismDoesNotExist({ netuid });
  if (split === undefined) {
    S.MechanismEmissionSplit.remove(s, netuid);
    return;
  }
  if (split.length === 0) throw E.InvalidValue({ split });
  if (split.length > S.MechanismCountCurrent.get(s, netuid)) throw E.InvalidValue({ split });
  let total = 0;
  for (const v of split) total += v;
  if (total !== U16_MAX) throw E.InvalidValue({ total });
  S.MechanismEmissionSplit.set(s, netuid, split);
}

/** `do_set_sn_owner_hotkey`: owner or root; subnet must exist; one change per 50_400 blocks per subnet. */
export function doSetSnOwnerHotkey(ctx: BlockCtx, netuid: number, hotkey: AccountId): void {
  ensureSubnetOwnerOrRoot(ctx, netuid);
  const s = ctx.state;
  if (!subnetExists(s, netuid)) throw E.SubnetNotExists({ netuid });
  // The hotkey argument is ignored by the SetSNOwnerHotkey rate-limit key (per subnet).
  if (!passesRateLimitOnSubnet(ctx, 'SetSNOwnerHotkey', hotkey, netuid)) throw E.TxRateLimitExceeded({ netuid });
  setLastBlockOnSubnet(s, 'SetSNOwnerHotkey', hotkey, netuid, ctx.env.number);
  // set_subnet_owner_hotkey
  if (isSubnetAccountId(hotkey) !== undefined) throw E.CannotUseSystemAccount({ hotkey });
  S.SubnetOwnerHotkey.set(s, netuid, hotkey);
  emit(ctx, PALLET, 'SubnetOwnerHotkeySet', netuid, hotkey);
}

/** `do_set_alpha_values`: owner or root, liquid alpha on, `high >= 1638`, `1638 <= low <= high`. */
export function doSetAlphaValues(ctx: OriginCtx, netuid: number, low: number, high: number): void {
  ensureSubnetOwnerOrRoot(ctx, netuid);
  const s = ctx.state;
  if (!S.LiquidAlphaOn.get(s, netuid)) throw E.LiquidAlphaDisabled({ netuid });
  const minAlpha = MIN_ALPHA_VALUE;
  if (high < minAlpha) throw E.AlphaHighTooLow({ high });
  if (!(low >= minAlpha && low <= high)) throw E.AlphaLowOutOfRange({ low, high });
  S.AlphaValues.set(s, netuid, [low, high]);
}

/**
 * `do_reset_bonds` for one mechanism storage index: when `BondsResetOn[netuid]`, drop column
 * `uid(hotkey)` from every `Bonds` row of that index (no-op if the hotkey has no uid).
 */
export function doResetBonds(s: State, netuid: number, netuidIndex: number, hotkey: AccountId): void {
  if (!S.BondsResetOn.get(s, netuid)) return;
  const uid = S.Uids.raw(s, netuid, hotkey);
  if (uid === undefined) return;
  for (const [i, row] of S.Bonds.prefix(s, netuidIndex)) {
    S.Bonds.set(
      s,
      netuidIndex,
      i,
      row.filter(([j]) => j !== uid),
    );
  }
}

/**
 * Runtime `ResetBondsOnCommit::on_metadata_commitment`: `do_reset_bonds` on every mechanism of the
 * subnet for `hotkey`.
 */
export function resetBondsForHotkey(s: State, netuid: number, hotkey: AccountId): void {
  const count = S.MechanismCountCurrent.get(s, netuid);
  for (let mecid = 0; mecid < count; mecid++) doResetBonds(s, netuid, mechanismStorageIndex(netuid, mecid), hotkey);
}
