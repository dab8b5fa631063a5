/**
 * `internal_set_weights` and its entry points `do_set_weights` / `do_set_mechanism_weights`
 * (subtensor subnets/weights.rs; spec/epoch.md §8.1). The checks run in subtensor's order, so the
 * first failing one names the error; nothing is written before they all pass.
 */
import { vecU16MaxUpscaleToU16Fast } from '../../../epoch/fastMath.js';
import { ensure } from '../../../frame/errors.js';
import { emit, ensureSigned, type Origin } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import {
  checkLength,
  checkLenUidsWithinAllowed,
  checkRateLimit,
  checkValidatorPermit,
  checkVersionKey,
  checkWeightsMinStake,
  containsInvalidUids,
  ensureMechanismExists,
  getUidForNetAndHotkey,
  hasDuplicateUids,
  isHotkeyRegisteredOnNetwork,
  maxWeightLimited,
  netuidStorageIndex,
  ROOT_NETUID,
  setLastUpdateForUid,
  uidsMatchValues,
} from './checks.js';

export const MAIN_MECHANISM = 0;

/**
 * `internal_set_weights(origin, netuid, mecid, uids, values, version_key)`: validate, max-upscale
 * the values, store `Weights[netuid_index][uid] = zip(uids, upscaled)` in the given order (zeros
 * kept), write `LastUpdate` only while commit-reveal is off, emit `WeightsSet(netuid_index, uid)`.
 * The rate limit is skipped while commit-reveal is on (reveals come through here).
 */
export function internalSetWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  uids: readonly number[],
  values: readonly number[],
  versionKey: bigint,
): void {
  const s = ctx.state;
  const netuidIndex = netuidStorageIndex(netuid, mecid);
  const hotkey = ensureSigned(origin);

  ensure(netuid !== ROOT_NETUID, () => E.CanNotSetRootNetworkWeights({ netuid }));
  ensure(uidsMatchValues(uids, values), () => E.WeightVecNotEqualSize({ uids: uids.length, values: values.length }));
  ensureMechanismExists(s, netuid, mecid);
  ensure(checkLenUidsWithinAllowed(s, netuid, uids), () => E.UidsLengthExceedUidsInSubNet({ netuid, uids: uids.length }));
  ensure(isHotkeyRegisteredOnNetwork(s, netuid, hotkey), () => E.HotKeyNotRegisteredInSubNet({ netuid, hotkey }));
  ensure(checkWeightsMinStake(s, hotkey, netuid), () => E.NotEnoughStakeToSetWeights({ netuid, hotkey }));
  ensure(checkVersionKey(s, netuid, versionKey), () => E.IncorrectWeightVersionKey({ netuid, versionKey }));

  const uid = getUidForNetAndHotkey(s, netuid, hotkey);
  const block = ctx.env.number;
  const commitReveal = S.CommitRevealWeightsEnabled.get(s, netuid);
  if (!commitReveal) {
    ensure(checkRateLimit(s, netuidIndex, uid, block), () => E.SettingWeightsTooFast({ netuid, uid, block }));
  }
  ensure(checkValidatorPermit(s, netuid, uid, uids, values), () => E.NeuronNoValidatorPermit({ netuid, uid }));
  ensure(!hasDuplicateUids(uids), () => E.DuplicateUids({ netuid }));
  ensure(!containsInvalidUids(s, netuid, uids), () => E.UidVecContainInvalidOne({ netuid }));
  ensure(checkLength(s, netuid, uid, uids, values), () => E.WeightVecLengthIsLow({ netuid, len: values.length }));

  const upscaled = vecU16MaxUpscaleToU16Fast(values);
  ensure(maxWeightLimited(s, netuid, uid, uids, upscaled), () => E.MaxWeightExceeded({ netuid, uid }));

  S.Weights.set(s, netuidIndex, uid, uids.map((dest, i) => [dest, upscaled[i]] as const));
  if (!commitReveal) setLastUpdateForUid(s, netuidIndex, uid, block);
  emit(ctx, PALLET, 'WeightsSet', netuidIndex, uid);
}

/** `do_set_weights`: the main mechanism. */
export function doSetWeights(ctx: Ctx, origin: Origin, netuid: number, uids: readonly number[], values: readonly number[], versionKey: bigint): void {
  internalSetWeights(ctx, origin, netuid, MAIN_MECHANISM, uids, values, versionKey);
}

/** `do_set_mechanism_weights`. */
export function doSetMechanismWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  uids: readonly number[],
  values: readonly number[],
  versionKey: bigint,
): void {
  internalSetWeights(ctx, origin, netuid, mecid, uids, values, versionKey);
}
