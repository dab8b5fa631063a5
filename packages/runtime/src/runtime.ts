/**
 * The assembled runtime: the pallet list, call lookup and dispatch. Dispatch is transactional:
 * a call that throws leaves the state exactly as it was.
 */
import type { Preset } from '@tensorium/params';
import { DispatchError } from './frame/errors.js';
import type { BlockEnv, CallContext, CallDef, DispatchClass, Origin, PalletDef, RuntimeCall } from './frame/pallet.js';
import { setRuntimeCallResolver } from './frame/runtimeCall.js';
import type { State } from './state/state.js';

export interface CallInfo {
  readonly weight: bigint;
  readonly pays: boolean;
  readonly dispatchClass: DispatchClass;
}

export class Runtime {
  readonly pallets: readonly PalletDef[];
  private readonly palletsByName = new Map<string, PalletDef>();
  private readonly calls = new Map<string, CallDef>();

  constructor(pallets: readonly PalletDef[], readonly preset: Preset) {
    const sorted = [...pallets].sort((a, b) => a.index - b.index);
    for (const p of sorted) {
      if (this.palletsByName.has(p.name)) throw new Error(`duplicate pallet ${p.name}`);
      if (sorted.filter((q) => q.index === p.index).length > 1) throw new Error(`duplicate pallet index ${p.index}`);
      this.palletsByName.set(p.name, p);
      for (const c of p.calls) this.calls.set(`${p.name}.${c.name}`, c);
    }
    this.pallets = sorted;
    setRuntimeCallResolver(sorted);
  }

  pallet(name: string): PalletDef | undefined {
    return this.palletsByName.get(name);
  }

  callDef(call: RuntimeCall): CallDef {
    const c = this.calls.get(`${call.pallet}.${call.name}`);
    if (!c) throw new DispatchError('Other', undefined, `unknown call ${call.pallet}.${call.name}`);
    return c;
  }

  callInfo(call: RuntimeCall): CallInfo {
    const c = this.callDef(call);
    const weight = typeof c.weight === 'function' ? c.weight(call.args) : c.weight;
    return { weight, pays: c.pays ?? true, dispatchClass: c.dispatchClass ?? 'Normal' };
  }

  /** Dispatch `call` with `origin` on `state`, in its own transactional layer. */
  dispatch(state: State, origin: Origin, call: RuntimeCall, env: BlockEnv, extrinsicIndex?: number): void {
    const def = this.callDef(call);
    const dispatch = (s: State, o: Origin, c: RuntimeCall): void => this.dispatch(s, o, c, env, extrinsicIndex);
    state.transactional((s) => {
      const ctx: CallContext = { state: s, origin, env, dispatch, extrinsicIndex };
      def.fn(ctx, call.args);
    });
  }

  /** A context for block hooks and direct runtime use (tests, the simulator). */
  context(state: State, origin: Origin, env: BlockEnv, extrinsicIndex?: number): CallContext {
    return {
      state,
      origin,
      env,
      extrinsicIndex,
      dispatch: (s, o, c) => this.dispatch(s, o, c, env, extrinsicIndex),
    };
  }

  withPreset(preset: Preset): Runtime {
    return new Runtime(this.pallets, preset);
  }
}
