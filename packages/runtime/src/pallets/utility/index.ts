/** pallet_utility: batches of calls dispatched with the caller's origin. */
import { T } from '@tensorium/primitives';
import { DispatchError, palletErrors } from '../../frame/errors.js';
import { call, definePallet, emit, type RuntimeCall } from '../../frame/pallet.js';
import { dispatchErrorValue, RuntimeCallType } from '../../frame/runtimeCall.js';
import { DispatchErrorType } from '../../types.js';

export const PALLET = 'Utility';
/** `batched_calls_limit` of pallet_utility for the runtime's call size. */
export const BATCHED_CALLS_LIMIT = 10_922;

export const errors = palletErrors(PALLET, ['TooManyCalls'] as const);

const batchWeight = (a: { calls: readonly RuntimeCall[] }): bigint => 5_000_000n + 10_000_000n * BigInt(a.calls.length);

export const utility = definePallet({
  name: PALLET,
  index: 11,
  docs: 'Batch dispatch.',
  errors,
  constants: {
    batched_calls_limit: { type: T.u32, value: () => BATCHED_CALLS_LIMIT },
  },
  calls: {
    batch: call<{ calls: RuntimeCall[] }>({
      index: 0,
      args: [['calls', T.vec(RuntimeCallType)]],
      weight: batchWeight,
      docs: 'Dispatch calls in order; stop at the first failure, keeping the earlier ones.',
      fn: (ctx, a) => {
        if (a.calls.length > BATCHED_CALLS_LIMIT) throw errors.TooManyCalls();
        for (let i = 0; i < a.calls.length; i++) {
          try {
            ctx.dispatch(ctx.state, ctx.origin, a.calls[i]);
          } catch (e) {
            if (!(e instanceof DispatchError)) throw e;
            emit(ctx, PALLET, 'BatchInterrupted', i, dispatchErrorValue(e));
            return;
          }
          emit(ctx, PALLET, 'ItemCompleted');
        }
        emit(ctx, PALLET, 'BatchCompleted');
      },
    }),
    batch_all: call<{ calls: RuntimeCall[] }>({
      index: 2,
      args: [['calls', T.vec(RuntimeCallType)]],
      weight: batchWeight,
      docs: 'Dispatch calls in order, all or nothing.',
      fn: (ctx, a) => {
        if (a.calls.length > BATCHED_CALLS_LIMIT) throw errors.TooManyCalls();
        for (const c of a.calls) {
          ctx.dispatch(ctx.state, ctx.origin, c);
          emit(ctx, PALLET, 'ItemCompleted');
        }
        emit(ctx, PALLET, 'BatchCompleted');
      },
    }),
    force_batch: call<{ calls: RuntimeCall[] }>({
      index: 4,
      args: [['calls', T.vec(RuntimeCallType)]],
      weight: batchWeight,
      docs: 'Dispatch every call, continuing past failures.',
      fn: (ctx, a) => {
        if (a.calls.length > BATCHED_CALLS_LIMIT) throw errors.TooManyCalls();
        let failed = false;
        for (const c of a.calls) {
          try {
            ctx.dispatch(ctx.state, ctx.origin, c);
            emit(ctx, PALLET, 'ItemCompleted');
          } catch (e) {
            if (!(e instanceof DispatchError)) throw e;
            failed = true;
            emit(ctx, PALLET, 'ItemFailed', dispatchErrorValue(e));
          }
        }
        emit(ctx, PALLET, failed ? 'BatchCompletedWithErrors' : 'BatchCompleted');
      },
    }),
  },
  events: {
    BatchInterrupted: { fields: [['index', T.u32], ['error', DispatchErrorType]] },
    BatchCompleted: { fields: [] },
    BatchCompletedWithErrors: { fields: [] },
    ItemCompleted: { fields: [] },
    ItemFailed: { fields: [['error', DispatchErrorType]] },
    DispatchedAs: { fields: [['result', T.bytes]] },
  },
});
