/**
 * pallet_timestamp (index 2 in subtensor's runtime): the block's time in milliseconds since the Unix
 * epoch, set once per block by the author through the `set` inherent (an unsigned, fee-free, Mandatory
 * extrinsic placed first in the block). Consecutive blocks are at least `MinimumPeriod` apart.
 *
 * Substrate asserts in `on_finalize` that the inherent was applied; here the block builder is the one
 * place that adds it (`Executive.applyInherent`), and blocks built without it (the simulator driving the
 * runtime directly) simply keep the previous time.
 */
import { T } from '@tensorium/primitives';
import { badOrigin, InvalidInherent } from '../../frame/errors.js';
import { call, definePallet, type CallContext } from '../../frame/pallet.js';
import { palletStorage } from '../../frame/storage.js';
import type { State } from '../../state/state.js';

export const PALLET = 'Timestamp';
const S = palletStorage(PALLET);

export const storage = {
  Now: S.value<bigint>('Now', T.u64, { default: 0n, docs: 'The current time for the current block.' }),
  DidUpdate: S.value<boolean>('DidUpdate', T.bool, { default: false, docs: 'Whether the timestamp has been updated in this block.' }),
};

/** The time a block built now gets: the author's clock, but never less than parent + MinimumPeriod. */
export function nextTimestamp(state: State, minimumPeriodMs: number, clockMs: number): bigint {
  const prev = storage.Now.get(state);
  const floor = prev === 0n ? 0n : prev + BigInt(minimumPeriodMs);
  const now = BigInt(Math.max(0, Math.floor(clockMs)));
  return now > floor ? now : floor;
}

function setNow(ctx: CallContext, now: bigint): void {
  // `ensure_none`: only the block author's inherent (sudo or a batch get BadOrigin, as in Substrate)
  if (ctx.origin.kind !== 'none') throw badOrigin({ expected: 'none', got: ctx.origin.kind });
  if (storage.DidUpdate.get(ctx.state)) throw new InvalidInherent('Timestamp must be updated only once in the block', {});
  const prev = storage.Now.get(ctx.state);
  const min = BigInt(ctx.env.preset.minimumPeriodMs);
  if (prev !== 0n && now < prev + min) {
    throw new InvalidInherent('Timestamp must increment by at least MinimumPeriod between sequential blocks', { prev, now, minimumPeriod: min });
  }
  storage.Now.set(ctx.state, now);
  storage.DidUpdate.set(ctx.state, true);
}

export const timestamp = definePallet({
  name: PALLET,
  index: 2,
  docs: 'The time of the block, set by its author through an inherent.',
  storage: Object.values(storage),
  constants: {
    MinimumPeriod: {
      type: T.u64,
      value: (preset) => BigInt(preset.minimumPeriodMs),
      docs: 'The minimum period between blocks (milliseconds).',
    },
  },
  calls: {
    set: call<{ now: bigint }>({
      index: 0,
      args: [['now', T.compact(T.u64)]],
      weight: 9_000_000n,
      pays: false,
      dispatchClass: 'Mandatory',
      docs: 'Set the current time. An inherent: the block author adds it first in every block.',
      fn: (ctx, a) => setNow(ctx, a.now),
    }),
  },
  hooks: {
    onFinalize: (ctx) => {
      storage.DidUpdate.remove(ctx.state);
    },
  },
});

/** The call of the timestamp inherent. */
export function setCall(now: bigint): { pallet: string; name: string; args: { now: bigint } } {
  return { pallet: PALLET, name: 'set', args: { now } };
}
