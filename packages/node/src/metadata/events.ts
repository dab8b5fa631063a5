/**
 * `System.Events` storage value: `Vec<EventRecord<RuntimeEvent, H256>>` built from the runtime's
 * deposited events ({ pallet, name, fields[] }).
 */
import { codecOf, encode, type TypeDef } from '@tensorium/primitives';
import type { PalletDef } from '@tensorium/runtime/frame/pallet';
import { assembledPallets } from '@tensorium/runtime/frame/runtimeCall';
import type { EventPhase, RuntimeEvent } from '@tensorium/runtime/state/state';
import { outerEnums } from './runtimeTypes.js';

export interface EncodeEventsOptions {
  /** Phase of events deposited outside an extrinsic (no `phase`): default Initialization. */
  readonly defaultPhase?: EventPhase;
  /** The runtime's pallets (default: the last assembled runtime's). */
  readonly pallets?: readonly PalletDef[];
}

export type ScaleCodec = ReturnType<typeof codecOf>;

function palletsOr(p: readonly PalletDef[] | undefined): readonly PalletDef[] {
  const ps = p ?? assembledPallets();
  if (ps.length === 0) throw new Error('no runtime assembled: create the runtime first');
  return ps;
}

/** A RuntimeEvent value as the `RuntimeEvent` SCALE type expects it. */
export function eventToWire(e: RuntimeEvent, pallets: readonly PalletDef[] = palletsOr(undefined)): { type: string; value: { type: string; value?: unknown } } {
  const p = pallets.find((x) => x.name === e.pallet);
  const spec = p?.events[e.name];
  if (!spec) throw new Error(`unknown event ${e.pallet}.${e.name}`);
  if (spec.fields.length !== e.fields.length) throw new Error(`${e.pallet}.${e.name}: expected ${spec.fields.length} fields, got ${e.fields.length}`);
  let value: unknown;
  if (spec.fields.length === 0) value = undefined;
  else if (spec.fields.every(([n]) => n !== null)) {
    const o: Record<string, unknown> = {};
    spec.fields.forEach(([n], i) => (o[n as string] = e.fields[i]));
    value = o;
  } else value = spec.fields.length === 1 ? e.fields[0] : e.fields;
  return { type: e.pallet, value: value === undefined ? { type: e.name } : { type: e.name, value } };
}

function phaseToWire(ph: EventPhase): { type: string; value?: number } {
  switch (ph.kind) {
    case 'applyExtrinsic':
      return { type: 'ApplyExtrinsic', value: ph.index };
    case 'finalization':
      return { type: 'Finalization' };
    case 'initialization':
      return { type: 'Initialization' };
  }
}

/** The `Vec<EventRecord>` descriptor of a runtime (stable object per pallet list). */
export function eventRecordsType(pallets?: readonly PalletDef[]): TypeDef {
  return outerEnums(palletsOr(pallets)).eventRecords;
}

/** The `RuntimeEvent` descriptor of a runtime. */
export function runtimeEventType(pallets?: readonly PalletDef[]): TypeDef {
  return outerEnums(palletsOr(pallets)).event;
}

/** The scale-ts codec of `Vec<EventRecord>` (wire shape: `{ phase, event, topics }` with `{ type, value }` enums). */
export function eventRecordsCodec(pallets?: readonly PalletDef[]): ScaleCodec {
  return codecOf(eventRecordsType(pallets));
}

/** SCALE of `System.Events` for these events (in deposit order). */
export function encodeEventRecords(events: readonly RuntimeEvent[], opts: EncodeEventsOptions = {}): Uint8Array {
  const pallets = palletsOr(opts.pallets);
  const def = opts.defaultPhase ?? { kind: 'initialization' as const };
  const records = events.map((e) => ({ phase: phaseToWire(e.phase ?? def), event: eventToWire(e, pallets), topics: [] }));
  return encode(eventRecordsType(pallets), records);
}

/** SCALE of one `RuntimeEvent` (for RPCs that return single events). */
export function encodeRuntimeEvent(e: RuntimeEvent, pallets?: readonly PalletDef[]): Uint8Array {
  const ps = palletsOr(pallets);
  return encode(runtimeEventType(ps), eventToWire(e, ps));
}
