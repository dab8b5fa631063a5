/**
 * The `RuntimeCall` type: an enum over pallets whose payload is the pallet's call enum. Pallets
 * that take nested calls (Utility, Sudo) refer to it through `RuntimeCallType`, resolved once the
 * runtime is assembled (`setRuntimeCallResolver`).
 */
import { T, type EnumValue, type TypeDef } from '@tensorium/primitives';
import type { PalletDef, RuntimeCall } from './pallet.js';

let resolver: (() => TypeDef) | undefined;
let pallets: readonly PalletDef[] = [];

export function setRuntimeCallResolver(ps: readonly PalletDef[]): void {
  pallets = ps;
  const type = buildRuntimeCallType(ps);
  resolver = () => type;
}

/** Build the RuntimeCall enum descriptor from pallet call declarations. */
export function buildRuntimeCallType(ps: readonly PalletDef[]): TypeDef {
  return T.enum(
    'RuntimeCall',
    ps
      .filter((p) => p.calls.length > 0)
      .map((p) => ({
        name: p.name,
        index: p.index,
        fields: [
          T.enum(
            `${p.name}Call`,
            p.calls.map((c) => ({ name: c.name, index: c.index, named: c.args })),
            [p.name, 'Call'],
          ),
        ],
      })),
    ['RuntimeCall'],
  );
}

export function callToWire(c: RuntimeCall): EnumValue {
  return { type: c.pallet, value: { type: c.name, value: c.args } };
}

export function callFromWire(v: unknown): RuntimeCall {
  const outer = v as EnumValue;
  const inner = outer.value as EnumValue;
  return { pallet: outer.type, name: inner.type, args: (inner.value ?? {}) as Record<string, unknown> };
}

export const RuntimeCallType: TypeDef = {
  kind: 'lazy',
  name: 'RuntimeCall',
  resolve: () => {
    if (!resolver) throw new Error('RuntimeCall type used before the runtime was assembled');
    return resolver();
  },
  toWire: (v) => callToWire(v as RuntimeCall),
  fromWire: (v) => callFromWire(v),
};

export function assembledPallets(): readonly PalletDef[] {
  return pallets;
}

/**
 * The `sp_runtime::DispatchError` value of a thrown error, for events and the node: module errors
 * become `Module { index: pallet index, error: [error index, 0, 0, 0] }`.
 */
export function dispatchErrorValue(e: import('./errors.js').DispatchError): EnumValue {
  switch (e.kind) {
    case 'Module': {
      const p = pallets.find((x) => x.name === e.pallet);
      const idx = p?.errors?.names.indexOf(e.errorName) ?? -1;
      if (!p || idx < 0) return { type: 'Other' };
      const err = idx.toString(16).padStart(2, '0') + '000000';
      return { type: 'Module', value: { index: p.index, error: err } };
    }
    case 'Token':
    case 'Arithmetic':
      return { type: e.kind, value: { type: e.errorName } };
    case 'BadOrigin':
    case 'CannotLookup':
    case 'Exhausted':
      return { type: e.kind };
    default:
      return { type: 'Other' };
  }
}
