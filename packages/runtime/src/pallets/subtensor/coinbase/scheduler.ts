/**
 * The stateful epoch scheduler read from storage (spec/economics.md §4.9): whether a subnet's
 * epoch is due at a block, and the commit-reveal epoch counter with its one-block lookahead.
 */
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { shouldRunEpoch } from './epochSchedule.js';

/** `should_run_epoch(netuid, block)`. */
export function shouldRunEpochAt(s: State, netuid: number, block: bigint): boolean {
  return shouldRunEpoch({
    tempo: BigInt(S.Tempo.get(s, netuid)),
    lastEpochBlock: S.LastEpochBlock.get(s, netuid),
    pendingEpochAt: S.PendingEpochAt.get(s, netuid),
    blocksSinceLastStep: S.BlocksSinceLastStep.get(s, netuid),
    currentBlock: block,
  });
}

/** `current_epoch_with_lookahead`: SubnetEpochIndex, plus one if an epoch slot fires this block. */
export function currentEpochWithLookahead(s: State, netuid: number, block: bigint): bigint {
  const base = S.SubnetEpochIndex.get(s, netuid);
  return shouldRunEpochAt(s, netuid, block) ? base + 1n : base;
}

/** `is_commit_expired`: the current epoch has moved past `commit_epoch + RevealPeriodEpochs`. */
export function isCommitExpired(s: State, netuid: number, commitEpoch: bigint, block: bigint): boolean {
  return currentEpochWithLookahead(s, netuid, block) > commitEpoch + S.RevealPeriodEpochs.get(s, netuid);
}

/** `get_mechanism_storage_index`: netuid + mecid × 4096. */
export function mechanismStorageIndex(netuid: number, mecid: number): number {
  return mecid * 4096 + netuid;
}
