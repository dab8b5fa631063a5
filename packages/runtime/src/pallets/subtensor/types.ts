/** SubtensorModule's own chain types (structs, enums, fixed-point wrappers) and their TS values. */
import { T, type EnumValue, type TypeDef } from '@tensorium/primitives';
import { DispatchErrorType, NetUid } from '../../types.js';

export type { EnumValue };
export type AccountId = string;

export const NetUidStorageIndex = T.alias('NetUidStorageIndex', T.u16);

/** substrate-fixed values are stored as `{ bits }`; the runtime carries the raw bits as bigint. */
function fixedType(name: string, bits: TypeDef): TypeDef {
  return {
    kind: 'lazy',
    name,
    resolve: () => T.struct(name, { bits }, ['substrate_fixed', name]),
    toWire: (v) => ({ bits: v }),
    fromWire: (v) => (v as { bits: bigint }).bits,
  };
}
export const U64F64Type = fixedType('FixedU128', T.u128);
export const I96F32Type = fixedType('FixedI128', T.i128);
export const U96F32Type = fixedType('FixedU128', T.u128);
export const I64F64Type = fixedType('FixedI128', T.i128);

/** share-pool SafeFloat: mantissa × 10^exponent. */
export interface SafeFloatValue {
  readonly mantissa: bigint;
  readonly exponent: bigint;
}
export const SafeFloatType = T.struct('SafeFloat', { mantissa: T.u128, exponent: T.i64 }, ['share_pool', 'SafeFloat']);
export const SAFE_FLOAT_ZERO: SafeFloatValue = Object.freeze({ mantissa: 0n, exponent: 0n });

export const ZERO_ACCOUNT: AccountId = '00'.repeat(32);

/** `U64F64::from_num(1.26)` raw bits (round to nearest). */
export const BURN_INCREASE_MULT_DEFAULT = 23_242_897_532_874_035_200n;

export interface AxonInfoValue {
  readonly block: bigint;
  readonly version: number;
  readonly ip: bigint;
  readonly port: number;
  readonly ip_type: number;
  readonly protocol: number;
  readonly placeholder1: number;
  readonly placeholder2: number;
}
export const AxonInfo = T.struct(
  'AxonInfo',
  { block: T.u64, version: T.u32, ip: T.u128, port: T.u16, ip_type: T.u8, protocol: T.u8, placeholder1: T.u8, placeholder2: T.u8 },
  ['pallet_subtensor', 'AxonInfo'],
);

export interface PrometheusInfoValue {
  readonly block: bigint;
  readonly version: number;
  readonly ip: bigint;
  readonly port: number;
  readonly ip_type: number;
}
export const PrometheusInfo = T.struct('PrometheusInfo', { block: T.u64, version: T.u32, ip: T.u128, port: T.u16, ip_type: T.u8 }, ['pallet_subtensor', 'PrometheusInfo']);

export interface NeuronCertificateValue {
  readonly public_key: Uint8Array;
  readonly algorithm: number;
}
export const NeuronCertificate = T.struct('NeuronCertificate', { public_key: T.bytes, algorithm: T.u8 }, ['pallet_subtensor', 'NeuronCertificate']);

export interface ChainIdentityValue {
  readonly name: Uint8Array;
  readonly url: Uint8Array;
  readonly github_repo: Uint8Array;
  readonly image: Uint8Array;
  readonly discord: Uint8Array;
  readonly description: Uint8Array;
  readonly additional: Uint8Array;
}
export const ChainIdentityV2 = T.struct(
  'ChainIdentityV2',
  { name: T.bytes, url: T.bytes, github_repo: T.bytes, image: T.bytes, discord: T.bytes, description: T.bytes, additional: T.bytes },
  ['pallet_subtensor', 'ChainIdentityV2'],
);

export interface SubnetIdentityValue {
  readonly subnet_name: Uint8Array;
  readonly github_repo: Uint8Array;
  readonly subnet_contact: Uint8Array;
  readonly subnet_url: Uint8Array;
  readonly discord: Uint8Array;
  readonly description: Uint8Array;
  readonly logo_url: Uint8Array;
  readonly additional: Uint8Array;
}
export const SubnetIdentityV3 = T.struct(
  'SubnetIdentityV3',
  {
    subnet_name: T.bytes,
    github_repo: T.bytes,
    subnet_contact: T.bytes,
    subnet_url: T.bytes,
    discord: T.bytes,
    description: T.bytes,
    logo_url: T.bytes,
    additional: T.bytes,
  },
  ['pallet_subtensor', 'SubnetIdentityV3'],
);

export interface LockStateValue {
  readonly locked_mass: bigint;
  /** U64F64 raw bits. */
  readonly conviction: bigint;
  readonly last_update: bigint;
}
export const LockStateType = T.struct('LockState', { locked_mass: T.u64, conviction: U64F64Type, last_update: T.u64 }, ['pallet_subtensor', 'staking', 'lock', 'LockState']);

export const RecycleOrBurnEnum = T.enum('RecycleOrBurnEnum', ['Burn', 'Recycle'], ['pallet_subtensor', 'RecycleOrBurnEnum']);
export const RootClaimTypeEnum = T.enum('RootClaimTypeEnum', ['Swap', 'Keep', { name: 'KeepSubnets', named: [['subnets', T.vec(NetUid)]] }], ['pallet_subtensor', 'RootClaimTypeEnum']);

/** Hyperparameters rate-limited per subnet for owners (utils/rate_limiting.rs), in on-chain order. */
export const HYPERPARAMETERS = [
  'Unknown', 'ServingRateLimit', 'MaxDifficulty', 'AdjustmentAlpha', 'MaxWeightLimit', 'ImmunityPeriod', 'MinAllowedWeights', 'Kappa', 'Rho',
  'ActivityCutoff', 'PowRegistrationAllowed', 'MinBurn', 'MaxBurn', 'BondsMovingAverage', 'BondsPenalty', 'CommitRevealEnabled',
  'LiquidAlphaEnabled', 'AlphaValues', 'WeightCommitInterval', 'TransferEnabled', 'AlphaSigmoidSteepness', 'Yuma3Enabled',
  'BondsResetEnabled', 'ImmuneNeuronLimit', 'RecycleOrBurn', 'MaxAllowedUids', 'BurnHalfLife', 'BurnIncreaseMult',
  'SubnetEmissionEnabled', 'MinChildkeyTake', 'ActivityCutoffFactorMilli', 'TriggerEpoch',
] as const;
export type Hyperparameter = (typeof HYPERPARAMETERS)[number];
export const HyperparameterType = T.enum('Hyperparameter', [...HYPERPARAMETERS], ['pallet_subtensor', 'utils', 'rate_limiting', 'Hyperparameter']);

export const RateLimitKey = T.enum(
  'RateLimitKey',
  [
    { name: 'SetSNOwnerHotkey', fields: [NetUid] },
    { name: 'OwnerHyperparamUpdate', fields: [NetUid, HyperparameterType] },
    'NetworkLastRegistered',
    { name: 'LastTxBlock', fields: [T.accountId] },
    { name: 'LastTxBlockChildKeyTake', fields: [T.accountId] },
    { name: 'LastTxBlockDelegateTake', fields: [T.accountId] },
    { name: 'AddStakeBurn', fields: [NetUid] },
  ],
  ['pallet_subtensor', 'RateLimitKey'],
);

export interface SubnetLeaseValue {
  readonly beneficiary: AccountId;
  readonly coldkey: AccountId;
  readonly hotkey: AccountId;
  readonly emissions_share: number;
  readonly end_block: number | undefined;
  readonly netuid: number;
  readonly cost: bigint;
}
export const SubnetLease = T.struct(
  'SubnetLease',
  { beneficiary: T.accountId, coldkey: T.accountId, hotkey: T.accountId, emissions_share: T.u8, end_block: T.option(T.u32), netuid: NetUid, cost: T.u64 },
  ['pallet_subtensor', 'subnets', 'leasing', 'SubnetLease'],
);

/** RootClaimable: BTreeMap<NetUid, I96F32> as sorted [netuid, raw] pairs. */
export type RootClaimableValue = readonly (readonly [number, bigint])[];
export const RootClaimableMap = T.vec(T.tuple(NetUid, I96F32Type), 'BTreeMap<NetUid, I96F32>');

export const EcdsaSignature = T.byteArray(65, 'Signature');
export const DispatchResultType = T.enum('Result', [
  { name: 'Ok', fields: [T.tuple()] },
  { name: 'Err', fields: [DispatchErrorType] },
]);
