/** `do_batch_set_weights` (subnets/weights.rs; spec/economics.md §11, call 80). */
import { ensure } from '../../../frame/errors.js';
import { ensureSigned, type Origin } from '../../../frame/pallet.js';
import { errors as E } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { runWeightsBatch } from './batch.js';
import { doSetWeights } from './setWeights.js';

/**
 * One `do_set_weights` per netuid (main mechanism), continuing past failures; a subnet with
 * commit-reveal on fails its item with `CommitRevealEnabled`.
 */
export function doBatchSetWeights(
  ctx: Ctx,
  origin: Origin,
  netuids: readonly number[],
  weights: readonly (readonly (readonly [number, number])[])[],
  versionKeys: readonly bigint[],
): void {
  const hotkey = ensureSigned(origin);
  ensure(netuids.length === weights.length && netuids.length === versionKeys.length, () =>
    E.InputLengthsUnequal({ netuids: netuids.length, weights: weights.length, versionKeys: versionKeys.length }),
  );
  runWeightsBatch(ctx, hotkey, netuids, (c, i) => {
    const netuid = netuids[i];
    ensure(!S.CommitRevealWeightsEnabled.get(c.state, netuid), () => E.CommitRevealEnabled({ netuid }));
    const w = weights[i];
    doSetWeights(
      c,
      origin,
      netuid,
      w.map(([uid]) => uid),
      w.map(([, value]) => value),
      versionKeys[i],
    );
  });
}
