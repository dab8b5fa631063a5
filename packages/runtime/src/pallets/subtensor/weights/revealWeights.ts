/**
 * Commit-reveal v2 reveals: `internal_reveal_weights` with `do_reveal_weights` /
 * `do_reveal_mechanism_weights` (subnets/weights.rs; spec/epoch.md §8.2).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, ensureSigned, type Origin } from '../../../frame/pallet.js';
import { isCommitExpired } from '../coinbase/scheduler.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { isRevealBlockRange, netuidStorageIndex } from './checks.js';
import { commitHash } from './commitHash.js';
import type { WeightCommit } from './commitWeights.js';
import { doSetMechanismWeights, MAIN_MECHANISM } from './setWeights.js';

/** Pop the expired commits off the front of a queue (in place); returns their hashes. */
export function popExpiredCommits(ctx: Ctx, netuid: number, commits: WeightCommit[]): string[] {
  const expired: string[] = [];
  while (commits.length > 0 && isCommitExpired(ctx.state, netuid, commits[0][1], ctx.env.number)) {
    expired.push(commits[0][0]);
    commits.shift();
  }
  return expired;
}

/**
 * `internal_reveal_weights`: with commit-reveal on, drop the hotkey's expired commits, find the
 * commit whose hash matches the revealed data; it must be exactly in its reveal epoch
 * (`current_epoch_with_lookahead == commit_epoch + RevealPeriodEpochs`, else `RevealTooEarly`).
 * That commit and every older one are removed, the weights go through `do_set_mechanism_weights`
 * (no rate limit, no LastUpdate change under commit-reveal), then `WeightsRevealed`.
 * A hash that only matches an expired commit fails with `ExpiredWeightCommit`.
 */
export function internalRevealWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): void {
  const s = ctx.state;
  const netuidIndex = netuidStorageIndex(netuid, mecid);
  const who = ensureSigned(origin);
  ensure(S.CommitRevealWeightsEnabled.get(s, netuid), () => E.CommitRevealDisabled({ netuid }));

  const stored = S.WeightCommits.raw(s, netuidIndex, who);
  if (stored === undefined) throw E.NoWeightsCommitFound({ netuid, hotkey: who });
  const commits: WeightCommit[] = [...stored];
  const expired = popExpiredCommits(ctx, netuid, commits);
  const provided = commitHash(who, netuidIndex, uids, values, salt, versionKey);

  if (commits.length === 0) {
    throw expired.includes(provided) ? E.ExpiredWeightCommit({ hash: provided }) : E.NoWeightsCommitFound({ netuid, hotkey: who });
  }
  const position = commits.findIndex(([h]) => h === provided);
  if (position < 0) {
    throw expired.includes(provided) ? E.ExpiredWeightCommit({ hash: provided }) : E.InvalidRevealCommitHashNotMatch({ hash: provided });
  }
  const commitEpoch = commits[position][1];
  ensure(isRevealBlockRange(s, netuid, commitEpoch, ctx.env.number), () => E.RevealTooEarly({ netuid, commitEpoch }));

  commits.splice(0, position + 1);
  if (commits.length === 0) S.WeightCommits.remove(s, netuidIndex, who);
  else S.WeightCommits.set(s, netuidIndex, who, commits);

  doSetMechanismWeights(ctx, origin, netuid, mecid, uids, values, versionKey);
  emit(ctx, PALLET, 'WeightsRevealed', who, netuidIndex, provided);
}

/** `do_reveal_weights`: the main mechanism. */
export function doRevealWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): void {
  internalRevealWeights(ctx, origin, netuid, MAIN_MECHANISM, uids, values, salt, versionKey);
}

/** `do_reveal_mechanism_weights`. */
export function doRevealMechanismWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  mecid: number,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): void {
  internalRevealWeights(ctx, origin, netuid, mecid, uids, values, salt, versionKey);
}
