/**
 * Commit-reveal v2 commits: `internal_commit_weights` with `do_commit_weights` /
 * `do_commit_mechanism_weights` (subnets/weights.rs; spec/epoch.md §8.2).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, ensureSigned, type Origin } from '../../../frame/pallet.js';
import { currentEpochWithLookahead, isCommitExpired } from '../coinbase/scheduler.js';
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

/** A queued v2 commit: (hash, commit_epoch, commit_block, legacy field left at 0). */
export type WeightCommit = readonly [hash: string, commitEpoch: bigint, commitBlock: bigint, unused: bigint];

/**
 * `internal_commit_weights`: requires the mechanism, commit-reveal on, a registered hotkey and the
 * weights rate limit (against `LastUpdate`); drops expired commits from the front of the hotkey's
 * queue, allows at most 10 pending, appends `(hash, current_epoch_with_lookahead, block, 0)`,
 * emits `WeightsCommitted` and sets `LastUpdate = block`.
 */
export function internalCommitWeights(ctx: Ctx, origin: Origin, netuid: number, mecid: number, hash: string): void {
  const s = ctx.state;
  ensureMechanismExists(s, netuid, mecid);
  const netuidIndex = netuidStorageIndex(netuid, mecid);
  const who = ensureSigned(origin);
  ensure(S.CommitRevealWeightsEnabled.get(s, netuid), () => E.CommitRevealDisabled({ netuid }));
  ensure(isHotkeyRegisteredOnNetwork(s, netuid, who), () => E.HotKeyNotRegisteredInSubNet({ netuid, hotkey: who }));

  const block = ctx.env.number;
  const uid = getUidForNetAndHotkey(s, netuid, who);
  ensure(checkRateLimit(s, netuidIndex, uid, block), () => E.CommittingWeightsTooFast({ netuid, uid, block }));

  const commitEpoch = currentEpochWithLookahead(s, netuid, block);
  const commits: WeightCommit[] = [...(S.WeightCommits.raw(s, netuidIndex, who) ?? [])];
  while (commits.length > 0 && isCommitExpired(s, netuid, commits[0][1], block)) commits.shift();
  ensure(commits.length < MAX_UNREVEALED_COMMITS, () => E.TooManyUnrevealedCommits({ netuid, pending: commits.length }));

  const h = hash.toLowerCase();
  commits.push([h, commitEpoch, block, 0n]);
  S.WeightCommits.set(s, netuidIndex, who, commits);
  emit(ctx, PALLET, 'WeightsCommitted', who, netuidIndex, h);
  setLastUpdateForUid(s, netuidIndex, uid, block);
}

/** `do_commit_weights`: the main mechanism. */
export function doCommitWeights(ctx: Ctx, origin: Origin, netuid: number, hash: string): void {
  internalCommitWeights(ctx, origin, netuid, MAIN_MECHANISM, hash);
}

/** `do_commit_mechanism_weights`. */
export function doCommitMechanismWeights(ctx: Ctx, origin: Origin, netuid: number, mecid: number, hash: string): void {
  internalCommitWeights(ctx, origin, netuid, mecid, hash);
}
