/**
 * RuntimeMetadata V14 and V15 generated from the runtime's declarative pallets: the same
 * descriptions that drive dispatch and storage give calls, events, errors, storage entries (with
 * hashers and ValueQuery defaults), constants (values of the chosen preset) and the extrinsic format.
 */
import type { Preset } from '@tensorium/params';
import { T, blake2_256, bytesToHex, encode, type TypeDef } from '@tensorium/primitives';
import type { PalletDef } from '@tensorium/runtime/frame/pallet';
import type { StorageMeta } from '@tensorium/runtime/frame/storage';
import type { Runtime } from '@tensorium/runtime/runtime';
import { MultiAddress } from '@tensorium/runtime/types';
import { PortableRegistryBuilder, type SiParam } from './portable.js';
import {
  ExtrinsicInclusionModeType,
  FeeDetailsType,
  HeaderType,
  MultiSignatureType,
  RUNTIME_CRATE,
  RuntimeDispatchInfoType,
  RuntimeVersionType,
  TransactionSourceType,
  TransactionValidityErrorType,
  ValidTransactionType,
  outerEnums,
  palletCrate,
  type OuterEnums,
} from './runtimeTypes.js';
import { ScaleWriter, compactBytes, concatBytes } from './scaleWriter.js';
import { signedExtensions, type SignedExtensionOptions } from './signedExtensions.js';
import { DispatchErrorType, Weight } from '@tensorium/runtime/types';
import { EXTRINSIC_VERSION } from './version.js';
import { withNodeItems } from './nodeItems.js';

/** `b"meta"`, the prefix of every metadata blob. */
export const METADATA_MAGIC = Uint8Array.of(0x6d, 0x65, 0x74, 0x61);
export const SUPPORTED_METADATA_VERSIONS: readonly number[] = [14, 15];

/** A type reference in a runtime API signature: a descriptor or a raw registry id. */
export type ApiTypeRef = TypeDef | ((reg: PortableRegistryBuilder, ids: CoreTypeIds) => number);

export interface RuntimeApiMethodDef {
  readonly name: string;
  readonly inputs: readonly (readonly [string, ApiTypeRef])[];
  readonly output: ApiTypeRef;
  readonly docs?: string;
}

export interface RuntimeApiDef {
  readonly name: string;
  readonly methods: readonly RuntimeApiMethodDef[];
  readonly docs?: string;
}

/** Ids of the types every API description may need. */
export interface CoreTypeIds {
  readonly extrinsic: number;
  readonly call: number;
  readonly event: number;
  readonly error: number;
  readonly block: number;
  readonly header: number;
  readonly opaqueMetadata: number;
  readonly inherentData: number;
}

export interface MetadataOptions extends SignedExtensionOptions {
  /** Extra runtime APIs for V15 (e.g. subtensor's custom APIs, described by the RPC layer). */
  readonly extraApis?: readonly RuntimeApiDef[];
}

export interface BuiltMetadata {
  /** `meta` ++ 14 ++ RuntimeMetadataV14. */
  readonly v14: Uint8Array;
  /** `meta` ++ 15 ++ RuntimeMetadataV15. */
  readonly v15: Uint8Array;
  /** `OpaqueMetadata` (SCALE `Vec<u8>` of the prefixed metadata) of a version: what `Metadata_metadata` and `state_getMetadata` return. Throws for unsupported versions. */
  opaque(version: number): Uint8Array;
  /** The SCALE result of `Metadata_metadata_at_version(version)`: `Option<OpaqueMetadata>`. */
  atVersion(version: number): Uint8Array;
  /** The SCALE result of `Metadata_metadata_versions`: `Vec<u32>`. */
  readonly versionsEncoded: Uint8Array;
  /** A readable summary of pallets, calls, storage, events, errors and constants (fixture for review). */
  readonly summary: string;
  /** The registry the metadata was built from (type ids used in it). */
  readonly registry: PortableRegistryBuilder;
  readonly ids: CoreTypeIds;
}

interface PalletMeta {
  readonly def: PalletDef;
  readonly storage: readonly StorageEntry[];
  readonly calls?: number;
  readonly event?: number;
  readonly error?: number;
  readonly constants: readonly { name: string; type: number; value: Uint8Array; docs: readonly string[] }[];
}

interface StorageEntry {
  readonly item: StorageMeta;
  readonly modifier: 0 | 1;
  readonly keyType?: number;
  readonly valueType: number;
  readonly defaultBytes: Uint8Array;
}

const HASHERS = ['Blake2_128', 'Blake2_256', 'Blake2_128Concat', 'Twox128', 'Twox256', 'Twox64Concat', 'Identity'] as const;

const docLines = (d: string | undefined): readonly string[] => (d ? d.split('\n') : []);

/** The storage entry's default bytes: SCALE of the ValueQuery default, `None` (0x00) for OptionQuery. */
export function storageDefaultBytes(item: StorageMeta): Uint8Array {
  if (item.query === 'option') return Uint8Array.of(0);
  try {
    return encode(item.value, item.defaultValue);
  } catch (e) {
    throw new Error(`${item.id}: cannot encode the default (${(e as Error).message})`);
  }
}

export function buildMetadata(runtime: Runtime, preset: Preset, opts: MetadataOptions = {}): BuiltMetadata {
  const pallets = runtime.pallets;
  const outer = outerEnums(pallets);
  const palletNames = new Set(pallets.map((p) => p.name));
  const variantDocs = new Map<string, string>();
  for (const p of pallets) for (const c of p.calls) if (c.docs) variantDocs.set(`${p.name}.Call.${c.name}`, c.docs);
  for (const p of pallets) for (const [n, e] of Object.entries(p.events)) if (e.docs) variantDocs.set(`${p.name}.Event.${n}`, e.docs);

  const reg = new PortableRegistryBuilder({
    path: (_t, path) => {
      if (path.length === 1 && path[0] === 'RuntimeCall') return [RUNTIME_CRATE, 'RuntimeCall'];
      if (path.length === 2 && palletNames.has(path[0]) && (path[1] === 'Call' || path[1] === 'Event' || path[1] === 'Error')) return [palletCrate(path[0]), 'pallet', path[1]];
      return path;
    },
    params: (t, path, r) => typeParams(t, path, r, outer),
    // Nested calls (utility, sudo) refer to the RuntimeCall of the last assembled runtime: pin them
    // to this runtime's enum so the registry has exactly one RuntimeCall.
    lazy: (t) => (t.name === 'RuntimeCall' ? outer.call : undefined),
  });

  // Core types first so their ids are small and stable.
  const call = reg.idOf(outer.call);
  const event = reg.idOf(outer.event);
  const error = reg.idOf(outer.error);
  reg.idOf(outer.eventRecords);
  const address = reg.idOf(MultiAddress);
  const signature = reg.idOf(MultiSignatureType);
  const exts = signedExtensions(opts);
  const extIds = exts.map((e) => ({ identifier: e.identifier, type: e.type(reg), additional: e.additionalSigned(reg) }));
  const extra = reg.tuple(extIds.map((e) => e.type));
  const bytes = reg.idOf(T.bytes);
  const extrinsic = reg.addRaw({
    path: ['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'],
    params: [
      { name: 'Address', type: address },
      { name: 'Call', type: call },
      { name: 'Signature', type: signature },
      { name: 'Extra', type: extra },
    ],
    def: { tag: 'composite', fields: [{ type: bytes }] },
    docs: ['UncheckedExtrinsic raw bytes, requires custom decoding routine'],
  });
  const runtimeType = reg.addRaw({ path: [RUNTIME_CRATE, 'Runtime'], def: { tag: 'composite', fields: [] } });

  const palletMetas: PalletMeta[] = pallets.map((declared) => {
    const p = withNodeItems(declared, outer);
    const per = outer.pallet.get(p.name) ?? {};
    const storage: StorageEntry[] = p.storage.map((item) => ({
      item,
      modifier: item.query === 'option' ? 0 : 1,
      keyType: item.keys.length === 0 ? undefined : item.keys.length === 1 ? reg.idOf(item.keys[0].type) : reg.tuple(item.keys.map((k) => reg.idOf(k.type))),
      valueType: reg.idOf(item.value),
      defaultBytes: storageDefaultBytes(item),
    }));
    const constants = Object.entries(p.constants).map(([name, c]) => {
      let value: Uint8Array;
      try {
        value = encode(c.type, c.value(preset));
      } catch (e) {
        throw new Error(`${p.name}.${name}: cannot encode the constant (${(e as Error).message})`);
      }
      return { name, type: reg.idOf(c.type), value, docs: docLines(c.docs) };
    });
    return {
      def: p,
      storage,
      calls: per.call ? reg.idOf(per.call) : undefined,
      event: per.event ? reg.idOf(per.event) : undefined,
      error: per.error ? reg.idOf(per.error) : undefined,
      constants,
    };
  });

  // Runtime API types.
  const header = reg.idOf(HeaderType);
  const block = reg.addRaw({
    path: ['sp_runtime', 'generic', 'block', 'Block'],
    params: [
      { name: 'Header', type: header },
      { name: 'Extrinsic', type: extrinsic },
    ],
    def: { tag: 'composite', fields: [{ name: 'header', type: header, typeName: 'Header' }, { name: 'extrinsics', type: reg.sequence(extrinsic), typeName: 'Vec<Extrinsic>' }] },
  });
  const opaqueMetadata = reg.newtype(['sp_core', 'OpaqueMetadata'], [bytes], [], ['Vec<u8>']);
  const idKey = reg.array(8, reg.prim('u8'));
  const btree = reg.newtype(['BTreeMap'], [reg.sequence(reg.tuple([idKey, bytes]))], [
    { name: 'K', type: idKey },
    { name: 'V', type: bytes },
  ]);
  const inherentData = reg.addRaw({ path: ['sp_inherents', 'InherentData'], def: { tag: 'composite', fields: [{ name: 'data', type: btree, typeName: 'BTreeMap<InherentIdentifier, Vec<u8>>' }] } });
  // Fix the custom-map-free registry ids for API descriptions.
  const ids: CoreTypeIds = { extrinsic, call, event, error, block, header, opaqueMetadata, inherentData };
  const apis = [...coreApis(), ...(opts.extraApis ?? [])].map((api) => ({
    name: api.name,
    docs: docLines(api.docs),
    methods: api.methods.map((m) => ({
      name: m.name,
      inputs: m.inputs.map(([n, t]) => ({ name: n, type: refId(reg, ids, t) })),
      output: refId(reg, ids, m.output),
      docs: docLines(m.docs),
    })),
  }));

  // ---- encode
  const encodePallets = (w: ScaleWriter, v15: boolean): void => {
    w.vec(palletMetas, (w, pm) => {
      w.str(pm.def.name);
      w.option(pm.storage.length ? pm.storage : undefined, (w, entries) => {
        w.str(pm.def.name);
        w.vec(entries, (w, e) => {
          w.str(e.item.name);
          w.u8(e.modifier);
          if (e.keyType === undefined) w.u8(0).compact(e.valueType);
          else {
            w.u8(1);
            w.vec(e.item.keys, (w, k) => w.u8(HASHERS.indexOf(k.hasher)));
            w.compact(e.keyType).compact(e.valueType);
          }
          w.bytes(e.defaultBytes);
          w.vec(docLines(e.item.docs), (w, s) => w.str(s));
        });
      });
      w.option(pm.calls, (w, x) => w.compact(x));
      w.option(pm.event, (w, x) => w.compact(x));
      w.vec(pm.constants, (w, c) => {
        w.str(c.name).compact(c.type).bytes(c.value);
        w.vec(c.docs, (w, s) => w.str(s));
      });
      w.option(pm.error, (w, x) => w.compact(x));
      w.u8(pm.def.index);
      if (v15) w.vec(docLines(pm.def.docs), (w, s) => w.str(s));
    });
  };
  const encodeExts = (w: ScaleWriter): void => {
    w.vec(extIds, (w, e) => {
      w.str(e.identifier).compact(e.type).compact(e.additional);
    });
  };

  // Registry docs for call and event variants (added after the fact: TypeDef variants carry none).
  patchVariantDocs(reg, pallets, outer, variantDocs);

  const w14 = new ScaleWriter().raw(METADATA_MAGIC).u8(14);
  reg.encodeTo(w14);
  encodePallets(w14, false);
  w14.compact(extrinsic).u8(EXTRINSIC_VERSION);
  encodeExts(w14);
  w14.compact(runtimeType);
  const v14 = w14.finish();

  const w15 = new ScaleWriter().raw(METADATA_MAGIC).u8(15);
  reg.encodeTo(w15);
  encodePallets(w15, true);
  w15.u8(EXTRINSIC_VERSION).compact(address).compact(call).compact(signature).compact(extra);
  encodeExts(w15);
  w15.compact(runtimeType);
  w15.vec(apis, (w, a) => {
    w.str(a.name);
    w.vec(a.methods, (w, m) => {
      w.str(m.name);
      w.vec(m.inputs, (w, i) => w.str(i.name).compact(i.type));
      w.compact(m.output);
      w.vec(m.docs, (w, s) => w.str(s));
    });
    w.vec(a.docs, (w, s) => w.str(s));
  });
  w15.compact(call).compact(event).compact(error);
  w15.compact(0); // custom: empty map
  const v15 = w15.finish();

  const byVersion = new Map<number, Uint8Array>([
    [14, v14],
    [15, v15],
  ]);
  const opaqueCache = new Map<number, Uint8Array>();
  const opaque = (version: number): Uint8Array => {
    const raw = byVersion.get(version);
    if (!raw) throw new Error(`metadata version ${version} is not supported (supported: ${SUPPORTED_METADATA_VERSIONS.join(', ')})`);
    let o = opaqueCache.get(version);
    if (!o) {
      o = concatBytes(compactBytes(raw.length), raw);
      opaqueCache.set(version, o);
    }
    return o;
  };
  const versionsEncoded = new ScaleWriter().vec(SUPPORTED_METADATA_VERSIONS, (w, v) => w.u32(v)).finish();
  return {
    v14,
    v15,
    opaque,
    atVersion: (version) => (byVersion.has(version) ? concatBytes(Uint8Array.of(1), opaque(version)) : Uint8Array.of(0)),
    versionsEncoded,
    summary: summarize(palletMetas, extIds.map((e) => e.identifier), v14, v15),
    registry: reg,
    ids,
  };
}

function refId(reg: PortableRegistryBuilder, ids: CoreTypeIds, t: ApiTypeRef): number {
  return typeof t === 'function' ? t(reg, ids) : reg.idOf(t);
}

function typeParams(t: TypeDef & { readonly kind: 'struct' | 'enum' }, path: readonly string[], r: PortableRegistryBuilder, outer: OuterEnums): readonly SiParam[] {
  const p = path.join('::');
  const field = (name: string): TypeDef | undefined => (t.kind === 'struct' ? t.fields.find(([n]) => n === name)?.[1] : undefined);
  if (path.length === 3 && path[1] === 'pallet' && (path[2] === 'Call' || path[2] === 'Event' || path[2] === 'Error')) return [{ name: 'T' }];
  switch (p) {
    case 'frame_system::EventRecord':
      return [
        { name: 'E', type: r.idOf(outer.event) },
        { name: 'T', type: r.idOf(T.h256) },
      ];
    case 'frame_system::AccountInfo': {
      const nonce = field('nonce');
      const data = field('data');
      return [
        { name: 'Nonce', type: nonce ? r.idOf(nonce) : undefined },
        { name: 'AccountData', type: data ? r.idOf(data) : undefined },
      ];
    }
    case 'pallet_balances::types::AccountData': {
      const free = field('free');
      return [{ name: 'Balance', type: free ? r.idOf(free) : undefined }];
    }
    case 'sp_runtime::multiaddress::MultiAddress':
      return [
        { name: 'AccountId', type: r.idOf(T.accountId) },
        { name: 'AccountIndex', type: r.prim('u32') },
      ];
    case 'sp_runtime::generic::header::Header':
      return [
        { name: 'Number', type: r.prim('u32') },
        { name: 'Hash' },
      ];
    case 'pallet_transaction_payment::types::RuntimeDispatchInfo':
      return [
        { name: 'Balance', type: r.prim('u64') },
        { name: 'Weight', type: r.idOf(Weight) },
      ];
    case 'pallet_transaction_payment::types::FeeDetails':
    case 'pallet_transaction_payment::types::InclusionFee':
      return [{ name: 'Balance', type: r.prim('u64') }];
    default:
      return [];
  }
}

/** Add docs to call/event variants (the registry entries are immutable records, so rebuild them). */
function patchVariantDocs(reg: PortableRegistryBuilder, pallets: readonly PalletDef[], outer: OuterEnums, docs: ReadonlyMap<string, string>): void {
  for (const p of pallets) {
    const per = outer.pallet.get(p.name);
    for (const [kind, t] of [
      ['Call', per?.call],
      ['Event', per?.event],
    ] as const) {
      if (!t) continue;
      const id = reg.idOf(t);
      const st = reg.get(id);
      if (st.def.tag !== 'variant') continue;
      reg.define(id, {
        ...st,
        def: { tag: 'variant', variants: st.def.variants.map((v) => ({ ...v, docs: docLines(docs.get(`${p.name}.${kind}.${v.name}`)) })) },
      });
    }
  }
}

function coreApis(): RuntimeApiDef[] {
  const xt = (_r: PortableRegistryBuilder, ids: CoreTypeIds): number => ids.extrinsic;
  const unit = T.tuple();
  return [
    {
      name: 'Core',
      docs: 'The `Core` runtime api that every Substrate runtime needs to implement.',
      methods: [
        { name: 'version', inputs: [], output: RuntimeVersionType, docs: 'Returns the version of the runtime.' },
        { name: 'execute_block', inputs: [['block', (_r, ids) => ids.block]], output: unit, docs: 'Execute the given block.' },
        { name: 'initialize_block', inputs: [['header', (_r, ids) => ids.header]], output: ExtrinsicInclusionModeType, docs: 'Initialize a block with the given header and return the runtime executive mode.' },
      ],
    },
    {
      name: 'Metadata',
      docs: 'The `Metadata` api trait that returns metadata for the runtime.',
      methods: [
        { name: 'metadata', inputs: [], output: (_r, ids) => ids.opaqueMetadata, docs: 'Returns the metadata of a runtime.' },
        { name: 'metadata_at_version', inputs: [['version', T.u32]], output: (r, ids) => r.option(ids.opaqueMetadata), docs: 'Returns the metadata at a given version.' },
        { name: 'metadata_versions', inputs: [], output: T.vec(T.u32), docs: 'Returns the supported metadata versions.' },
      ],
    },
    {
      name: 'BlockBuilder',
      docs: 'The `BlockBuilder` api trait that provides the required functionality for building a block.',
      methods: [
        {
          name: 'apply_extrinsic',
          inputs: [['extrinsic', xt]],
          output: (r) => r.result(r.result(r.tuple([]), r.idOf(DispatchErrorType)), r.idOf(TransactionValidityErrorType)),
          docs: 'Apply the given extrinsic.',
        },
        { name: 'finalize_block', inputs: [], output: HeaderType, docs: 'Finish the current block.' },
        { name: 'inherent_extrinsics', inputs: [['inherent', (_r, ids) => ids.inherentData]], output: (r, ids) => r.sequence(ids.extrinsic), docs: 'Generate inherent extrinsics.' },
        {
          name: 'check_inherents',
          inputs: [
            ['block', (_r, ids) => ids.block],
            ['data', (_r, ids) => ids.inherentData],
          ],
          output: (r, ids) =>
            r.addRaw({
              path: ['sp_inherents', 'CheckInherentsResult'],
              def: {
                tag: 'composite',
                fields: [
                  { name: 'okay', type: r.prim('bool'), typeName: 'bool' },
                  { name: 'fatal_error', type: r.prim('bool'), typeName: 'bool' },
                  { name: 'errors', type: ids.inherentData, typeName: 'InherentData' },
                ],
              },
            }, 'CheckInherentsResult'),
          docs: 'Check that the inherents are valid.',
        },
      ],
    },
    {
      name: 'TaggedTransactionQueue',
      docs: 'The `TaggedTransactionQueue` api trait for interfering with the transaction queue.',
      methods: [
        {
          name: 'validate_transaction',
          inputs: [
            ['source', TransactionSourceType],
            ['tx', xt],
            ['block_hash', T.h256],
          ],
          output: (r) => r.result(r.idOf(ValidTransactionType), r.idOf(TransactionValidityErrorType)),
          docs: 'Validate the transaction.',
        },
      ],
    },
    {
      name: 'OffchainWorkerApi',
      docs: 'The offchain worker api.',
      methods: [{ name: 'offchain_worker', inputs: [['header', (_r, ids) => ids.header]], output: unit, docs: 'Starts the off-chain task for given block header.' }],
    },
    {
      name: 'AccountNonceApi',
      docs: 'The API to query account nonce.',
      methods: [{ name: 'account_nonce', inputs: [['account', T.accountId]], output: T.u32, docs: 'Get current account nonce of given `AccountId`.' }],
    },
    {
      name: 'TransactionPaymentApi',
      methods: [
        { name: 'query_info', inputs: [['uxt', xt], ['len', T.u32]], output: RuntimeDispatchInfoType },
        { name: 'query_fee_details', inputs: [['uxt', xt], ['len', T.u32]], output: FeeDetailsType },
        { name: 'query_weight_to_fee', inputs: [['weight', Weight]], output: T.u64 },
        { name: 'query_length_to_fee', inputs: [['length', T.u32]], output: T.u64 },
      ],
    },
    {
      name: 'TransactionPaymentCallApi',
      methods: [
        { name: 'query_call_info', inputs: [['call', (_r, ids) => ids.call], ['len', T.u32]], output: RuntimeDispatchInfoType },
        { name: 'query_call_fee_details', inputs: [['call', (_r, ids) => ids.call], ['len', T.u32]], output: FeeDetailsType },
        { name: 'query_weight_to_fee', inputs: [['weight', Weight]], output: T.u64 },
        { name: 'query_length_to_fee', inputs: [['length', T.u32]], output: T.u64 },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Readable summary (the reviewable fixture)

export function describeType(t: TypeDef): string {
  switch (t.kind) {
    case 'lazy':
      return t.name;
    case 'primitive':
      return t.name ?? t.prim;
    case 'str':
      return 'String';
    case 'bytes':
      return t.name ?? 'Vec<u8>';
    case 'compact':
      return `Compact<${describeType(t.inner)}>`;
    case 'vec':
      return t.name ?? `Vec<${describeType(t.inner)}>`;
    case 'option':
      return `Option<${describeType(t.inner)}>`;
    case 'tuple':
      return `(${t.items.map(describeType).join(', ')})`;
    case 'byteArray':
      return t.name ?? `[u8; ${t.len}]`;
    case 'struct':
    case 'enum':
      return t.name;
  }
}

function summarize(pallets: readonly PalletMeta[], extensions: readonly string[], v14: Uint8Array, v15: Uint8Array): string {
  const out: string[] = [];
  out.push(`# Tensorium metadata summary (generated; review diffs)`);
  out.push(`v14 ${v14.length} bytes blake2_256 0x${bytesToHex(blake2_256(v14))}`);
  out.push(`v15 ${v15.length} bytes blake2_256 0x${bytesToHex(blake2_256(v15))}`);
  out.push(`extrinsic v${EXTRINSIC_VERSION}; signed extensions: ${extensions.join(', ')}`);
  for (const pm of pallets) {
    const p = pm.def;
    out.push('');
    out.push(`pallet ${p.name} [${p.index}]`);
    for (const c of p.calls) out.push(`  call ${c.index} ${c.name}(${c.args.map(([n, t]) => `${n}: ${describeType(t)}`).join(', ')})`);
    for (const e of pm.storage) {
      const keys = e.item.keys.map((k) => `${k.hasher}(${describeType(k.type)})`).join(', ');
      out.push(`  storage ${e.item.name}${keys ? ` [${keys}]` : ''}: ${describeType(e.item.value)} ${e.modifier === 1 ? 'default' : 'optional'} 0x${bytesToHex(e.defaultBytes)}`);
    }
    Object.entries(p.events).forEach(([n, spec], i) => out.push(`  event ${i} ${n}(${spec.fields.map(([fn, t]) => (fn ? `${fn}: ` : '') + describeType(t)).join(', ')})`));
    (p.errors?.names ?? []).forEach((n, i) => out.push(`  error ${i} ${n}`));
    for (const c of pm.constants) out.push(`  const ${c.name} = 0x${bytesToHex(c.value)}`);
  }
  return out.join('\n') + '\n';
}

