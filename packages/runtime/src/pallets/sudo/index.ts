/** pallet_sudo: a single key may dispatch any call as root. */
import { T } from '@tensorium/primitives';
import { palletErrors } from '../../frame/errors.js';
import { call, definePallet, emit, ensureSigned, ROOT_ORIGIN, signed, type RuntimeCall } from '../../frame/pallet.js';
import { RuntimeCallType } from '../../frame/runtimeCall.js';
import { palletStorage } from '../../frame/storage.js';
import { DispatchErrorType, MultiAddress, Weight } from '../../types.js';
import { lookup } from '../balances/index.js';
import { dispatchResult } from '../utility/result.js';

export const PALLET = 'Sudo';
const S = palletStorage(PALLET);

export const storage = {
  Key: S.value<string>('Key', T.accountId, { optional: true, docs: 'The `AccountId` of the sudo key.' }),
};

export const errors = palletErrors(PALLET, ['RequireSudo'] as const);

const DispatchResultType = T.enum('Result', [{ name: 'Ok', fields: [T.tuple()] }, { name: 'Err', fields: [DispatchErrorType] }]);

function ensureSudo(ctx: { state: import('../../state/state.js').State; origin: import('../../frame/pallet.js').Origin }): string {
  const who = ensureSigned(ctx.origin);
  if (storage.Key.get(ctx.state) !== who) throw errors.RequireSudo({ who });
  return who;
}

type Addr = { type: string; value?: unknown };

export const sudo = definePallet({
  name: PALLET,
  index: 12,
  docs: 'Superuser access for the sudo key.',
  storage: Object.values(storage),
  errors,
  calls: {
    sudo: call<{ call: RuntimeCall }>({
      index: 0,
      args: [['call', RuntimeCallType]],
      weight: 10_000_000n,
      pays: false,
      docs: 'Dispatch a call with Root origin.',
      fn: (ctx, a) => {
        ensureSudo(ctx);
        const res = dispatchResult(() => ctx.dispatch(ctx.state, ROOT_ORIGIN, a.call));
        emit(ctx, PALLET, 'Sudid', res);
      },
    }),
    sudo_unchecked_weight: call<{ call: RuntimeCall; weight: unknown }>({
      index: 1,
      args: [
        ['call', RuntimeCallType],
        ['weight', Weight],
      ],
      weight: 10_000_000n,
      pays: false,
      docs: 'Dispatch a call with Root origin, ignoring its weight.',
      fn: (ctx, a) => {
        ensureSudo(ctx);
        const res = dispatchResult(() => ctx.dispatch(ctx.state, ROOT_ORIGIN, a.call));
        emit(ctx, PALLET, 'Sudid', res);
      },
    }),
    set_key: call<{ new: Addr }>({
      index: 2,
      args: [['new', MultiAddress]],
      weight: 10_000_000n,
      pays: false,
      docs: 'Set the sudo key.',
      fn: (ctx, a) => {
        const old = ensureSudo(ctx);
        const nk = lookup(a.new);
        storage.Key.set(ctx.state, nk);
        emit(ctx, PALLET, 'KeyChanged', old, nk);
      },
    }),
    sudo_as: call<{ who: Addr; call: RuntimeCall }>({
      index: 3,
      args: [
        ['who', MultiAddress],
        ['call', RuntimeCallType],
      ],
      weight: 10_000_000n,
      pays: false,
      docs: 'Dispatch a call with a signed origin of another account.',
      fn: (ctx, a) => {
        ensureSudo(ctx);
        const res = dispatchResult(() => ctx.dispatch(ctx.state, signed(lookup(a.who)), a.call));
        emit(ctx, PALLET, 'SudoAsDone', res);
      },
    }),
    remove_key: call<Record<string, never>>({
      index: 4,
      args: [],
      weight: 10_000_000n,
      pays: false,
      docs: 'Permanently remove the sudo key.',
      fn: (ctx) => {
        ensureSudo(ctx);
        storage.Key.remove(ctx.state);
        emit(ctx, PALLET, 'KeyRemoved');
      },
    }),
  },
  events: {
    Sudid: { fields: [['sudo_result', DispatchResultType]] },
    KeyChanged: { fields: [['old', T.option(T.accountId)], ['new', T.accountId]] },
    KeyRemoved: { fields: [] },
    SudoAsDone: { fields: [['sudo_result', DispatchResultType]] },
  },
});
