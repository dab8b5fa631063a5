/**
 * The shared tail of `do_batch_set_weights` / `do_batch_commit_weights` (subnets/weights.rs): every
 * item runs (each in its own transactional layer, so a failing item leaves nothing behind), then
 * `BatchCompletedWithErrors` once if any failed, `BatchWeightItemFailed(netuid, error)` per failure,
 * and finally `BatchWeightsCompleted(netuids, hotkey)`. The batch itself succeeds.
 */
import { DispatchError } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { dispatchErrorValue } from '../../../frame/runtimeCall.js';
import { PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';

export function runWeightsBatch(ctx: Ctx, hotkey: AccountId, netuids: readonly number[], item: (ctx: Ctx, index: number) => void): void {
  const failures: [number, DispatchError][] = [];
  netuids.forEach((netuid, i) => {
    try {
      ctx.state.transactional((state) => item({ ...ctx, state }, i));
    } catch (e) {
      if (!(e instanceof DispatchError)) throw e;
      failures.push([netuid, e]);
    }
  });
  if (failures.length > 0) emit(ctx, PALLET, 'BatchCompletedWithErrors');
  for (const [netuid, e] of failures) emit(ctx, PALLET, 'BatchWeightItemFailed', netuid, dispatchErrorValue(e));
  emit(ctx, PALLET, 'BatchWeightsCompleted', netuids, hotkey);
}
