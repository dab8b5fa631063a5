/**
 * Items that Substrate clients expect in metadata but that the runtime does not declare because
 * the node, not a pallet, owns them: `System.Events`/`EventCount` (written by the node from the
 * block's events) and frame_system's constants (`Version` — polkadot-api reads spec and transaction
 * versions from it to sign —, `SS58Prefix`, `BlockHashCount`, `DbWeight`, `BlockWeights`,
 * `BlockLength`) with subtensor's values. Runtime declarations with the same name take precedence.
 */
import { T, type TypeDef } from '@tensorium/primitives';
import type { ConstantSpec, PalletDef } from '@tensorium/runtime/frame/pallet';
import type { StorageMeta } from '@tensorium/runtime/frame/storage';
import { Weight } from '@tensorium/runtime/types';
import { RuntimeVersionType, type OuterEnums } from './runtimeTypes.js';
import { runtimeVersion } from './version.js';

const U64_MAX = (1n << 64n) - 1n;
const perbill = (x: bigint, ppb: bigint): bigint => (x * ppb) / 1_000_000_000n;

/** subtensor: 4 s of ref time per block, proof size unlimited; 75 % normal ratio. */
export const MAXIMUM_BLOCK_WEIGHT = { ref_time: 4_000_000_000_000n, proof_size: U64_MAX };
export const BLOCK_EXECUTION_WEIGHT = { ref_time: 5_000_000_000n, proof_size: 0n };
export const EXTRINSIC_BASE_WEIGHT = { ref_time: 125_000_000n, proof_size: 0n };
export const BLOCK_HASH_COUNT = 2400;
export const MAX_BLOCK_LENGTH = 10 * 1024 * 1024;
const NORMAL = 750_000_000n;
const AVG_INIT = 100_000_000n;

const OptWeight = T.option(Weight);
const WeightsPerClass = T.struct('WeightsPerClass', { base_extrinsic: Weight, max_extrinsic: OptWeight, max_total: OptWeight, reserved: OptWeight }, ['frame_system', 'limits', 'WeightsPerClass']);
const PerClass = (name: string, inner: TypeDef): TypeDef => T.struct(name, { normal: inner, operational: inner, mandatory: inner }, ['frame_support', 'dispatch', 'PerDispatchClass']);
const BlockWeightsType = T.struct('BlockWeights', { base_block: Weight, max_block: Weight, per_class: PerClass('PerDispatchClass', WeightsPerClass) }, ['frame_system', 'limits', 'BlockWeights']);
const BlockLengthType = T.struct('BlockLength', { max: PerClass('PerDispatchClass', T.u32) }, ['frame_system', 'limits', 'BlockLength']);
const RuntimeDbWeightType = T.struct('RuntimeDbWeight', { read: T.u64, write: T.u64 }, ['sp_weights', 'RuntimeDbWeight']);

function blockWeights(): unknown {
  const max = MAXIMUM_BLOCK_WEIGHT;
  const scale = (ppb: bigint) => ({ ref_time: perbill(max.ref_time, ppb), proof_size: perbill(max.proof_size, ppb) });
  const init = scale(AVG_INIT);
  const normalTotal = scale(NORMAL);
  const sub = (a: typeof max, b: typeof max) => ({ ref_time: a.ref_time - b.ref_time, proof_size: a.proof_size - b.proof_size });
  return {
    base_block: BLOCK_EXECUTION_WEIGHT,
    max_block: max,
    per_class: {
      normal: { base_extrinsic: EXTRINSIC_BASE_WEIGHT, max_extrinsic: sub(sub(normalTotal, init), EXTRINSIC_BASE_WEIGHT), max_total: normalTotal, reserved: { ref_time: 0n, proof_size: 0n } },
      operational: { base_extrinsic: EXTRINSIC_BASE_WEIGHT, max_extrinsic: sub(sub(max, init), EXTRINSIC_BASE_WEIGHT), max_total: max, reserved: sub(max, normalTotal) },
      mandatory: { base_extrinsic: EXTRINSIC_BASE_WEIGHT, max_extrinsic: undefined, max_total: undefined, reserved: undefined },
    },
  };
}

export function systemConstants(): Readonly<Record<string, ConstantSpec>> {
  return {
    BlockWeights: { type: BlockWeightsType, value: blockWeights, docs: 'Block & extrinsics weights: base values and limits.' },
    BlockLength: {
      type: BlockLengthType,
      value: () => ({ max: { normal: Number(perbill(BigInt(MAX_BLOCK_LENGTH), NORMAL)), operational: MAX_BLOCK_LENGTH, mandatory: MAX_BLOCK_LENGTH } }),
      docs: 'The maximum length of a block (in bytes).',
    },
    BlockHashCount: { type: T.u32, value: () => BLOCK_HASH_COUNT, docs: 'Maximum number of block number to block hash mappings to keep (oldest pruned first).' },
    DbWeight: { type: RuntimeDbWeightType, value: () => ({ read: 25_000_000n, write: 100_000_000n }), docs: 'The weight of runtime database operations the runtime can invoke.' },
    Version: {
      type: RuntimeVersionType,
      value: () => {
        const v = runtimeVersion();
        return {
          spec_name: v.specName,
          impl_name: v.implName,
          authoring_version: v.authoringVersion,
          spec_version: v.specVersion,
          impl_version: v.implVersion,
          apis: v.apis.map(([id, ver]) => [id.slice(2), ver]),
          transaction_version: v.transactionVersion,
          system_version: v.systemVersion,
        };
      },
      docs: 'Get the chain\'s in-code version.',
    },
    SS58Prefix: { type: T.u16, value: () => 42, docs: 'The designated SS58 prefix of this chain.' },
  };
}

function plainItem(pallet: string, name: string, value: TypeDef, defaultValue: unknown, docs: string): StorageMeta {
  return {
    pallet,
    name,
    id: `${pallet}.${name}`,
    keys: [],
    value,
    defaultValue,
    query: 'value',
    docs,
    keyString: () => {
      throw new Error(`${pallet}.${name} has no keys`);
    },
    parseKey: () => {
      throw new Error(`${pallet}.${name} has no keys`);
    },
  };
}

/** Node-owned System storage items (values are written by the node, not by a pallet). */
export function systemNodeStorage(outer: OuterEnums): readonly StorageMeta[] {
  return [
    plainItem('System', 'EventCount', T.u32, 0, 'The number of events in the `Events<T>` list.'),
    plainItem('System', 'Events', outer.eventRecords, [], 'Events deposited for the current block.'),
  ];
}

/** The pallet as metadata describes it: the runtime's declaration plus node-owned System items. */
export function withNodeItems(p: PalletDef, outer: OuterEnums): PalletDef {
  if (p.name !== 'System') return p;
  const names = new Set(p.storage.map((s) => s.name));
  const constants = { ...systemConstants(), ...p.constants };
  return { ...p, storage: [...p.storage, ...systemNodeStorage(outer).filter((s) => !names.has(s.name))], constants };
}
