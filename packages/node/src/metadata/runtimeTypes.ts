/**
 * The outer runtime enums (RuntimeEvent, RuntimeError; RuntimeCall comes from the runtime itself)
 * and the chain types clients look up by path (EventRecord, Phase, Header, …), as TypeDef
 * descriptors so the same description gives both the SCALE codec and the metadata type.
 */
import { T, type TypeDef } from '@tensorium/primitives';
import type { EventSpec, PalletDef } from '@tensorium/runtime/frame/pallet';
import { RuntimeCallType } from '@tensorium/runtime/frame/runtimeCall';
import { DispatchClassType, Weight } from '@tensorium/runtime/types';

/** The Rust crate of each pallet (metadata paths such as `pallet_subtensor::pallet::Call`). */
export const PALLET_CRATES: Readonly<Record<string, string>> = {
  System: 'frame_system',
  Balances: 'pallet_balances',
  TransactionPayment: 'pallet_transaction_payment',
  SubtensorModule: 'pallet_subtensor',
  Utility: 'pallet_utility',
  Sudo: 'pallet_sudo',
  Commitments: 'pallet_commitments',
  AdminUtils: 'pallet_admin_utils',
  Swap: 'pallet_subtensor_swap',
  Drand: 'pallet_drand',
  Crowdloan: 'pallet_crowdloan',
  Proxy: 'pallet_proxy',
  Multisig: 'pallet_multisig',
};

export const RUNTIME_CRATE = 'node_subtensor_runtime';

export function palletCrate(pallet: string): string {
  return PALLET_CRATES[pallet] ?? `pallet_${pallet.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}`;
}

/** A pallet's event enum: variants in declaration order; named fields when every field has a name. */
export function palletEventType(p: PalletDef): TypeDef | undefined {
  const entries = Object.entries(p.events);
  if (entries.length === 0) return undefined;
  return T.enum(
    `${p.name}Event`,
    entries.map(([name, spec], index) => ({ name, index, ...eventFields(spec) })),
    [p.name, 'Event'],
  );
}

function eventFields(spec: EventSpec): { fields?: TypeDef[]; named?: [string, TypeDef][] } {
  if (spec.fields.length === 0) return {};
  if (spec.fields.every(([n]) => n !== null)) return { named: spec.fields.map(([n, t]) => [n as string, t]) };
  return { fields: spec.fields.map(([, t]) => t) };
}

export function palletErrorType(p: PalletDef): TypeDef | undefined {
  const names = p.errors?.names ?? [];
  if (names.length === 0) return undefined;
  return T.enum(`${p.name}Error`, [...names], [p.name, 'Error']);
}

export interface OuterEnums {
  readonly call: TypeDef;
  readonly event: TypeDef;
  readonly error: TypeDef;
  /** Each pallet's call/event/error enum (undefined when it has none). */
  readonly pallet: ReadonlyMap<string, { call?: TypeDef; event?: TypeDef; error?: TypeDef }>;
  readonly eventRecord: TypeDef;
  readonly eventRecords: TypeDef;
}

const outerCache = new WeakMap<readonly PalletDef[], OuterEnums>();

/** The runtime's outer enums, built once per pallet list (codecs are memoised by descriptor). */
export function outerEnums(pallets: readonly PalletDef[]): OuterEnums {
  let o = outerCache.get(pallets);
  if (o) return o;
  const sorted = [...pallets].sort((a, b) => a.index - b.index);
  const call = RuntimeCallType.kind === 'lazy' ? RuntimeCallType.resolve() : RuntimeCallType;
  const per = new Map<string, { call?: TypeDef; event?: TypeDef; error?: TypeDef }>();
  const callVariants = call.kind === 'enum' ? call.variants : [];
  for (const p of sorted) {
    const cv = callVariants.find((v) => v.name === p.name);
    per.set(p.name, { call: cv?.fields?.[0], event: palletEventType(p), error: palletErrorType(p) });
  }
  const event = T.enum(
    'RuntimeEvent',
    sorted.filter((p) => per.get(p.name)?.event).map((p) => ({ name: p.name, index: p.index, fields: [per.get(p.name)!.event!] })),
    [RUNTIME_CRATE, 'RuntimeEvent'],
  );
  const error = T.enum(
    'RuntimeError',
    sorted.filter((p) => per.get(p.name)?.error).map((p) => ({ name: p.name, index: p.index, fields: [per.get(p.name)!.error!] })),
    [RUNTIME_CRATE, 'RuntimeError'],
  );
  const eventRecord = T.struct('EventRecord', { phase: PhaseType, event, topics: T.vec(T.h256) }, ['frame_system', 'EventRecord']);
  o = { call, event, error, pallet: per, eventRecord, eventRecords: T.vec(eventRecord) };
  outerCache.set(pallets, o);
  return o;
}

export const PhaseType: TypeDef = T.enum('Phase', [{ name: 'ApplyExtrinsic', fields: [T.u32] }, 'Finalization', 'Initialization'], ['frame_system', 'Phase']);

// ---------------------------------------------------------------------------------------------
// Types of the runtime APIs (also usable by the RPC layer to encode `state_call` results).

export const DigestItemType: TypeDef = T.enum(
  'DigestItem',
  [
    { name: 'Other', index: 0, fields: [T.bytes] },
    { name: 'Consensus', index: 4, fields: [T.byteArray(4), T.bytes] },
    { name: 'Seal', index: 5, fields: [T.byteArray(4), T.bytes] },
    { name: 'PreRuntime', index: 6, fields: [T.byteArray(4), T.bytes] },
    { name: 'RuntimeEnvironmentUpdated', index: 8 },
  ],
  ['sp_runtime', 'generic', 'digest', 'DigestItem'],
);
export const DigestType: TypeDef = T.struct('Digest', { logs: T.vec(DigestItemType) }, ['sp_runtime', 'generic', 'digest', 'Digest']);
export const HeaderType: TypeDef = T.struct(
  'Header',
  { parent_hash: T.h256, number: T.compact(T.u32), state_root: T.h256, extrinsics_root: T.h256, digest: DigestType },
  ['sp_runtime', 'generic', 'header', 'Header'],
);

export const InvalidTransactionType: TypeDef = T.enum(
  'InvalidTransaction',
  [
    'Call',
    'Payment',
    'Future',
    'Stale',
    'BadProof',
    'AncientBirthBlock',
    'ExhaustsResources',
    { name: 'Custom', fields: [T.u8] },
    'BadMandatory',
    'MandatoryValidation',
    'BadSigner',
    'IndeterminateImplicit',
    'UnknownOrigin',
  ],
  ['sp_runtime', 'transaction_validity', 'InvalidTransaction'],
);
export const UnknownTransactionType: TypeDef = T.enum('UnknownTransaction', ['CannotLookup', 'NoUnsignedValidator', { name: 'Custom', fields: [T.u8] }], [
  'sp_runtime',
  'transaction_validity',
  'UnknownTransaction',
]);
export const TransactionValidityErrorType: TypeDef = T.enum(
  'TransactionValidityError',
  [
    { name: 'Invalid', fields: [InvalidTransactionType] },
    { name: 'Unknown', fields: [UnknownTransactionType] },
  ],
  ['sp_runtime', 'transaction_validity', 'TransactionValidityError'],
);
export const ValidTransactionType: TypeDef = T.struct(
  'ValidTransaction',
  { priority: T.u64, requires: T.vec(T.bytes), provides: T.vec(T.bytes), longevity: T.u64, propagate: T.bool },
  ['sp_runtime', 'transaction_validity', 'ValidTransaction'],
);
export const TransactionSourceType: TypeDef = T.enum('TransactionSource', ['InBlock', 'Local', 'External'], ['sp_runtime', 'transaction_validity', 'TransactionSource']);
export const ExtrinsicInclusionModeType: TypeDef = T.enum('ExtrinsicInclusionMode', ['AllExtrinsics', 'OnlyInherents'], ['sp_runtime', 'ExtrinsicInclusionMode']);

/** `sp_version::RuntimeVersion` (Core_version). */
export const RuntimeVersionType: TypeDef = T.struct(
  'RuntimeVersion',
  {
    spec_name: T.str,
    impl_name: T.str,
    authoring_version: T.u32,
    spec_version: T.u32,
    impl_version: T.u32,
    apis: T.vec(T.tuple(T.byteArray(8), T.u32)),
    transaction_version: T.u32,
    system_version: T.u8,
  },
  ['sp_version', 'RuntimeVersion'],
);

/** `pallet_transaction_payment::RuntimeDispatchInfo` (TransactionPaymentApi_query_info). */
export const RuntimeDispatchInfoType: TypeDef = T.struct(
  'RuntimeDispatchInfo',
  {
    weight: Weight,
    class: DispatchClassType,
    partial_fee: T.u64,
  },
  ['pallet_transaction_payment', 'types', 'RuntimeDispatchInfo'],
);
export const InclusionFeeType: TypeDef = T.struct('InclusionFee', { base_fee: T.u64, len_fee: T.u64, adjusted_weight_fee: T.u64 }, ['pallet_transaction_payment', 'types', 'InclusionFee']);
export const FeeDetailsType: TypeDef = T.struct('FeeDetails', { inclusion_fee: T.option(InclusionFeeType), tip: T.u64 }, ['pallet_transaction_payment', 'types', 'FeeDetails']);

/** `sp_runtime::MultiSignature`. */
export const MultiSignatureType: TypeDef = T.enum(
  'MultiSignature',
  [
    { name: 'Ed25519', fields: [{ kind: 'byteArray', len: 64, name: 'Signature', path: ['sp_core', 'ed25519', 'Signature'] }] },
    { name: 'Sr25519', fields: [{ kind: 'byteArray', len: 64, name: 'Signature', path: ['sp_core', 'sr25519', 'Signature'] }] },
    { name: 'Ecdsa', fields: [{ kind: 'byteArray', len: 65, name: 'Signature', path: ['sp_core', 'ecdsa', 'Signature'] }] },
  ],
  ['sp_runtime', 'MultiSignature'],
);
