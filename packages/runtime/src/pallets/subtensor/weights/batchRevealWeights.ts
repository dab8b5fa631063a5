/** `do_batch_reveal_weights` (subnets/weights.rs; spec/epoch.md §8.2, call 98). */
import { ensure } from '../../../frame/errors.js';
import { emit, ensureSigned, type Origin } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { isRevealBlockRange } from './checks.js';
import { commitHash } from './commitHash.js';
import type { WeightCommit } from './commitWeights.js';
import { popExpiredCommits } from './revealWeights.js';
import { doSetWeights } from './setWeights.js';

/**
 * Reveal several v2 commits of the main mechanism at once, all or nothing: every reveal is
 * validated first (hash present, in its reveal epoch), then each matching commit alone is removed
 * (older commits stay, unlike a single reveal) and its weights set; `WeightsBatchRevealed` lists
 * the hashes.
 */
export function doBatchRevealWeights(
  ctx: Ctx,
  origin: Origin,
  netuid: number,
  uidsList: readonly (readonly number[])[],
  valuesList: readonly (readonly number[])[],
  saltsList: readonly (readonly number[])[],
  versionKeys: readonly bigint[],
): void {
  const s = ctx.state;
  const netuidIndex = netuid; // main mechanism
  const n = uidsList.length;
  ensure(n === valuesList.length && n === saltsList.length && n === versionKeys.length, () =>
    E.InputLengthsUnequal({ uids: n, values: valuesList.length, salts: saltsList.length, versionKeys: versionKeys.length }),
  );
  const who = ensureSigned(origin);
  ensure(S.CommitRevealWeightsEnabled.get(s, netuid), () => E.CommitRevealDisabled({ netuid }));

  const stored = S.WeightCommits.raw(s, netuidIndex, who);
  if (stored === undefined) throw E.NoWeightsCommitFound({ netuid, hotkey: who });
  const commits: WeightCommit[] = [...stored];
  const expired = popExpiredCommits(ctx, netuid, commits);

  const reveals = uidsList.map((uids, i) => ({
    uids,
    values: valuesList[i],
    versionKey: versionKeys[i],
    hash: commitHash(who, netuid, uids, valuesList[i], saltsList[i], versionKeys[i]),
  }));
  const notFound = (hash: string) => (expired.includes(hash) ? E.ExpiredWeightCommit({ hash }) : E.InvalidRevealCommitHashNotMatch({ hash }));

  for (const r of reveals) {
    const commit = commits.find(([h]) => h === r.hash);
    if (commit === undefined) throw notFound(r.hash);
    ensure(isRevealBlockRange(s, netuid, commit[1], ctx.env.number), () => E.RevealTooEarly({ netuid, commitEpoch: commit[1] }));
  }

  const revealed: string[] = [];
  for (const r of reveals) {
    const position = commits.findIndex(([h]) => h === r.hash);
    if (position < 0) throw notFound(r.hash);
    commits.splice(position, 1);
    doSetWeights(ctx, origin, netuid, r.uids, r.values, r.versionKey);
    revealed.push(r.hash);
  }

  if (commits.length === 0) S.WeightCommits.remove(s, netuidIndex, who);
  else S.WeightCommits.set(s, netuidIndex, who, commits);
  emit(ctx, PALLET, 'WeightsBatchRevealed', who, netuid, revealed);
}
