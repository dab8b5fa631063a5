/** `do_batch_commit_weights` (subnets/weights.rs; spec/economics.md §11, call 100). */
import { ensure } from '../../../frame/errors.js';
import { ensureSigned, type Origin } from '../../../frame/pallet.js';
import { errors as E } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { runWeightsBatch } from './batch.js';
import { doCommitWeights } from './commitWeights.js';

/** One `do_commit_weights` per (netuid, hash) pair on the main mechanism, continuing past failures. */
export function doBatchCommitWeights(ctx: Ctx, origin: Origin, netuids: readonly number[], commitHashes: readonly string[]): void {
  const hotkey = ensureSigned(origin);
  ensure(netuids.length === commitHashes.length, () => E.InputLengthsUnequal({ netuids: netuids.length, commitHashes: commitHashes.length }));
  runWeightsBatch(ctx, hotkey, netuids, (c, i) => doCommitWeights(c, origin, netuids[i], commitHashes[i]));
}
