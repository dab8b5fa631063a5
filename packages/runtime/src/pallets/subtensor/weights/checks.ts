/**
 * The predicates `set_weights`, the commits and the reveals are built from (subtensor
 * subnets/weights.rs helper functions, subnets/mechanism.rs, utils/misc.rs; spec/epoch.md §8–§9).
 * All are pure reads of the state.
 */
import { checkVecMaxLimited } from '../../../epoch/math.js';
import { ensure } from '../../../frame/errors.js';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { currentEpochWithLookahead, mechanismStorageIndex } from '../coinbase/scheduler.js';
import { errors as E } from '../decl.js';
import { getStakeWeightsForHotkeyOnSubnet } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { getLastUpdateForUid, setLastUpdateForUid } from '../subnets/uids.js';

export const ROOT_NETUID = 0;
/** `GLOBAL_MAX_SUBNET_COUNT`: the stride of mechanism storage indices. */
export const GLOBAL_MAX_SUBNET_COUNT = 4096;
/** At most this many unrevealed commits per hotkey (v2 queue, and per v3/v4 epoch key). */
export const MAX_UNREVEALED_COMMITS = 10;
const U16_MAX = 65535;

/**
 * `get_mechanism_storage_index`: `mecid × 4096 + netuid` with u16 saturating arithmetic (only an
 * out-of-range mecid saturates, and such a mechanism never exists).
 */
export function netuidStorageIndex(netuid: number, mecid: number): number {
  const idx = mechanismStorageIndex(netuid, mecid);
  return idx < U16_MAX ? idx : U16_MAX;
}

/** `get_netuid_and_subid`: the (netuid, mecid) of a storage index, if that mechanism exists. */
export function netuidAndMecidOf(s: State, netuidIndex: number): readonly [number, number] | undefined {
  const netuid = netuidIndex % GLOBAL_MAX_SUBNET_COUNT;
  if (!S.NetworksAdded.get(s, netuid)) return undefined;
  const mecid = (netuidIndex - netuid) / GLOBAL_MAX_SUBNET_COUNT;
  return S.MechanismCountCurrent.get(s, netuid) > mecid ? [netuid, mecid] : undefined;
}

/** `ensure_mechanism_exists`: the subnet exists and `mecid < MechanismCountCurrent`. */
export function ensureMechanismExists(s: State, netuid: number, mecid: number): void {
  ensure(S.NetworksAdded.get(s, netuid), () => E.MechanismDoesNotExist({ netuid, mecid }));
  ensure(S.MechanismCountCurrent.get(s, netuid) > mecid, () => E.MechanismDoesNotExist({ netuid, mecid }));
}

/** `is_hotkey_registered_on_network`. */
export function isHotkeyRegisteredOnNetwork(s: State, netuid: number, hotkey: AccountId): boolean {
  return S.Uids.contains(s, netuid, hotkey);
}

/** `get_uid_for_net_and_hotkey` (HotKeyNotRegisteredInSubNet when the hotkey has no slot). */
export function getUidForNetAndHotkey(s: State, netuid: number, hotkey: AccountId): number {
  const uid = S.Uids.raw(s, netuid, hotkey);
  if (uid === undefined) throw E.HotKeyNotRegisteredInSubNet({ netuid, hotkey });
  return uid;
}

/** `is_uid_exist_on_network`. */
export function isUidExistOnNetwork(s: State, netuid: number, uid: number): boolean {
  return S.Keys.contains(s, netuid, uid);
}

/** `get_owner_uid`: the uid of `SubnetOwnerHotkey` (only when that item is stored). */
export function getOwnerUid(s: State, netuid: number): number | undefined {
  const owner = S.SubnetOwnerHotkey.raw(s, netuid);
  return owner === undefined ? undefined : S.Uids.raw(s, netuid, owner);
}

/** LastUpdate accessors live with the other per-uid vectors. */
export { getLastUpdateForUid, setLastUpdateForUid };

/**
 * `check_weights_min_stake`: the subnet owner's hotkey always passes; others need a total stake
 * weight (alpha + TAO × TaoWeight, exact I64F64) of at least `StakeThreshold`.
 */
export function checkWeightsMinStake(s: State, hotkey: AccountId, netuid: number): boolean {
  const ownerUid = getOwnerUid(s, netuid);
  if (ownerUid !== undefined && S.Uids.raw(s, netuid, hotkey) === ownerUid) return true;
  const [total] = getStakeWeightsForHotkeyOnSubnet(s, hotkey, netuid);
  return total >= S.StakeThreshold.get(s) << 64n;
}

/** `check_version_key`: a zero network key accepts anything, otherwise `version_key >= key`. */
export function checkVersionKey(s: State, netuid: number, versionKey: bigint): boolean {
  const key = S.WeightsVersionKey.get(s, netuid);
  return key === 0n || versionKey >= key;
}

/**
 * `check_rate_limit`: the mechanism and the uid must exist; a uid that never set weights
 * (LastUpdate 0) passes, otherwise `block − LastUpdate >= WeightsSetRateLimit`.
 */
export function checkRateLimit(s: State, netuidIndex: number, uid: number, block: bigint): boolean {
  const nm = netuidAndMecidOf(s, netuidIndex);
  if (nm === undefined || !isUidExistOnNetwork(s, nm[0], uid)) return false;
  const last = getLastUpdateForUid(s, netuidIndex, uid);
  if (last === 0n) return true;
  const since = block > last ? block - last : 0n;
  return since >= S.WeightsSetRateLimit.get(s, nm[0]);
}

/** `contains_invalid_uids`: some uid has no hotkey on the subnet. */
export function containsInvalidUids(s: State, netuid: number, uids: readonly number[]): boolean {
  return uids.some((uid) => !isUidExistOnNetwork(s, netuid, uid));
}

/** `uids_match_values`. */
export function uidsMatchValues(uids: readonly number[], values: readonly number[]): boolean {
  return uids.length === values.length;
}

/** `has_duplicate_uids`. */
export function hasDuplicateUids(uids: readonly number[]): boolean {
  return new Set(uids).size !== uids.length;
}

/** `is_self_weight`: exactly one weight, and the first uid is the caller's own. */
export function isSelfWeight(uid: number, uids: readonly number[], weights: readonly number[]): boolean {
  return weights.length === 1 && uids.length > 0 && uids[0] === uid;
}

/** `check_validator_permit`: a single self-weight, the owner's uid, or a validator permit. */
export function checkValidatorPermit(s: State, netuid: number, uid: number, uids: readonly number[], weights: readonly number[]): boolean {
  if (isSelfWeight(uid, uids, weights)) return true;
  const ownerUid = getOwnerUid(s, netuid);
  if (ownerUid !== undefined && ownerUid === uid) return true;
  return S.ValidatorPermit.get(s, netuid)[uid] ?? false;
}

/** `check_length`: at least `min(MinAllowedWeights, SubnetworkN)` weights, unless a self-weight (not on root). */
export function checkLength(s: State, netuid: number, uid: number, uids: readonly number[], weights: readonly number[]): boolean {
  const n = S.SubnetworkN.get(s, netuid);
  const minAllowedWeights = S.MinAllowedWeights.get(s, netuid);
  const minAllowed = n < minAllowedWeights ? n : minAllowedWeights;
  if (netuid !== ROOT_NETUID && isSelfWeight(uid, uids, weights)) return true;
  return weights.length >= minAllowed;
}

/**
 * `max_weight_limited`: a self-weight or a limit of u16::MAX always passes (MaxWeightsLimit is
 * u16::MAX unless set), else the normalised maximum must not exceed limit/65535.
 */
export function maxWeightLimited(s: State, netuid: number, uid: number, uids: readonly number[], weights: readonly number[]): boolean {
  if (isSelfWeight(uid, uids, weights)) return true;
  const limit = S.MaxWeightsLimit.get(s, netuid);
  if (limit === U16_MAX) return true;
  return checkVecMaxLimited(weights, limit);
}

/** `check_len_uids_within_allowed`: no more uids than the subnet has neurons. */
export function checkLenUidsWithinAllowed(s: State, netuid: number, uids: readonly number[]): boolean {
  return uids.length <= S.SubnetworkN.get(s, netuid);
}

/** `is_reveal_block_range`: the current (look-ahead) epoch is exactly `commit_epoch + RevealPeriodEpochs`. */
export function isRevealBlockRange(s: State, netuid: number, commitEpoch: bigint, block: bigint): boolean {
  return currentEpochWithLookahead(s, netuid, block) === commitEpoch + S.RevealPeriodEpochs.get(s, netuid);
}
