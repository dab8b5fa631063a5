/**
 * Commit-reveal v3/v4 (drand time-lock) commits: `internal_commit_timelocked_weights` with
 * `do_commit_timelocked_weights` / `do_commit_timelocked_mechanism_weights` (subnets/weights.rs;
 * spec/epoch.md §8.3). The ciphertext is stored as-is; it is decrypted and applied by the block
 * step (`revealCrv3Commits`), which needs drand pulses.
 */
import { blake2_256, bytesToHex } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { emit, ensureSigned, type AccountId, type Origin } from '../../../frame/pallet.js';
import { currentEpochWithLookahead } from '../coinbase/scheduler.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import {
  checkRateLimit,
  ensureMechanismExists,
  getUidForNetAndHotkey,
  isHotkeyRegisteredOnNetwork,
  MAX_UNREVEALED_COMMITS,
  netuidStorageIndex,
  setLastUpdateForUid,
} from './checks.js';
import { MAIN_MECHANISM } from './setWeights.js';

/** `MAX_CRV3_COMMIT_SIZE_BYTES`: the bound of the `commit` BoundedVec. */
export const MAX_CRV3_COMMIT_SIZE_BYTES = 5000;
/** The version `commit_crv3_mechanism_weights` passes (the legacy call maps to v4). */
export const CRV3_LEGACY_COMMIT_REVEAL_VERSION = 4;

/** A stored timelocked commit: (hotkey, commit_block, ciphertext, drand reveal_round). */
export type TimelockedCommit = readonly [hotkey: AccountId, commitBlock: bigint, commit: Uint8Array, revealRound: bigint];

/**
 * `internal_commit_timelocked_weights`: requires the mechanism, commit-reveal on, the current
 * `CommitRevealWeightsVersion`, a registered hotkey and the weights rate limit; appends
 * `(hotkey, block, commit, reveal_round)` under `TimelockedWeightCommits[netuid_index][current
 * epoch with look-ahead]` (at most 10 per hotkey per key), emits `TimelockedWeightsCommitted` with
 * the BlakeTwo256 of the ciphertext and sets `LastUpdate = block`.
 */
export function internalCommitTimelockedWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  commit: Uint8Array,
  revealRound: bigint,
  commitRevealVersion: number,
): void {
  const s = ctx.state;
  ensureMechanismExists(s, netuid, mecid);
  const netuidIndex = netuidStorageIndex(netuid, mecid);
  const who = ensureSigned(origin);
  ensure(S.CommitRevealWeightsEnabled.get(s, netuid), () => E.CommitRevealDisabled({ netuid }));
  const version = S.CommitRevealWeightsVersion.get(s);
  ensure(commitRevealVersion === version, () => E.IncorrectCommitRevealVersion({ expected: version, got: commitRevealVersion }));
  ensure(isHotkeyRegisteredOnNetwork(s, netuid, who), () => E.HotKeyNotRegisteredInSubNet({ netuid, hotkey: who }));

  const block = ctx.env.number;
  const uid = getUidForNetAndHotkey(s, netuid, who);
  ensure(checkRateLimit(s, netuidIndex, uid, block), () => E.CommittingWeightsTooFast({ netuid, uid, block }));

  const epoch = currentEpochWithLookahead(s, netuid, block);
  const commits = S.TimelockedWeightCommits.get(s, netuidIndex, epoch);
  const mine = commits.filter(([account]) => account === who).length;
  ensure(mine < MAX_UNREVEALED_COMMITS, () => E.TooManyUnrevealedCommits({ netuid, pending: mine }));

  const hash = bytesToHex(blake2_256(commit));
  S.TimelockedWeightCommits.set(s, netuidIndex, epoch, [...commits, [who, block, commit, revealRound]]);
  emit(ctx, PALLET, 'TimelockedWeightsCommitted', who, netuidIndex, hash, revealRound);
  setLastUpdateForUid(s, netuidIndex, uid, block);
}

/** `do_commit_timelocked_weights`: the main mechanism. */
export function doCommitTimelockedWeights(ctx: Ctx, origin: Origin, netuid: number, commit: Uint8Array, revealRound: bigint, commitRevealVersion: number): void {
  internalCommitTimelockedWeights(ctx, origin, netuid, MAIN_MECHANISM, commit, revealRound, commitRevealVersion);
}

/** `do_commit_timelocked_mechanism_weights`. */
export function doCommitTimelockedMechanismWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  commit: Uint8Array,
  revealRound: bigint,
  commitRevealVersion: number,
): void {
  internalCommitTimelockedWeights(ctx, origin, netuid, mecid, commit, revealRound, commitRevealVersion);
}
