/**
 * SCALE layouts of subtensor's custom runtime APIs, which clients call through `state_call` and the
 * node's metadata does not describe. One declaration serves both sides: the node encodes its answers
 * with it (packages/node/src/rpc/subtensorApis.ts) and the SDK decodes them (packages/sdk/src/client/runtimeApi.ts).
 * Struct fields follow subtensor's declaration order, with `Compact<_>` where subtensor uses it
 * (pallets/subtensor/src/rpc_info/*.rs, pallets/swap/runtime-api, runtime/src/lib.rs `impl_runtime_apis!`).
 * Values follow @tensorium/primitives' conventions: u64 → bigint, AccountId → hex without 0x,
 * `Vec<Compact<u8>>` names → number lists.
 */
import { T, type TypeDef } from '@tensorium/primitives';
import {
  AxonInfo,
  ChainIdentityV2,
  I96F32Type,
  PrometheusInfo,
  SubnetIdentityV3,
  type AccountId,
  type AxonInfoValue,
  type ChainIdentityValue,
  type SubnetIdentityValue,
} from './pallets/subtensor/types.js';

export type { AxonInfoValue, SubnetIdentityValue };

const cU8 = T.compact(T.u8);
const cU16 = T.compact(T.u16);
const cU64 = T.compact(T.u64);
const cU128 = T.compact(T.u128);
const cNetUid = T.compact(T.u16);
const NetUidT = T.u16;
const AccountIdT = T.accountId;
/** `Vec<Compact<u8>>`: how rpc_info carries names and symbols. */
const compactBytes = T.vec(cU8);

/** `DynamicInfo<AccountId>` (rpc_info/dynamic_info.rs). */
export const DynamicInfoType: TypeDef = T.struct('DynamicInfo', {
  netuid: cNetUid,
  owner_hotkey: AccountIdT,
  owner_coldkey: AccountIdT,
  subnet_name: compactBytes,
  token_symbol: compactBytes,
  tempo: cU16,
  last_step: cU64,
  blocks_since_last_step: cU64,
  emission: cU64,
  alpha_in: cU64,
  alpha_out: cU64,
  tao_in: cU64,
  alpha_out_emission: cU64,
  alpha_in_emission: cU64,
  tao_in_emission: cU64,
  pending_alpha_emission: cU64,
  pending_root_emission: cU64,
  subnet_volume: cU128,
  network_registered_at: cU64,
  subnet_identity: T.option(SubnetIdentityV3),
  moving_price: I96F32Type,
});

/** A `DynamicInfo` value (names and symbols are UTF-8 byte lists). */
export interface DynamicInfoValue {
  readonly netuid: number;
  readonly owner_hotkey: AccountId;
  readonly owner_coldkey: AccountId;
  readonly subnet_name: readonly number[];
  readonly token_symbol: readonly number[];
  readonly tempo: number;
  readonly last_step: bigint;
  readonly blocks_since_last_step: bigint;
  readonly emission: bigint;
  readonly alpha_in: bigint;
  readonly alpha_out: bigint;
  readonly tao_in: bigint;
  readonly alpha_out_emission: bigint;
  readonly alpha_in_emission: bigint;
  readonly tao_in_emission: bigint;
  readonly pending_alpha_emission: bigint;
  readonly pending_root_emission: bigint;
  readonly subnet_volume: bigint;
  readonly network_registered_at: bigint;
  readonly subnet_identity: SubnetIdentityValue | undefined;
  /** I96F32 raw bits. */
  readonly moving_price: bigint;
}

/** `Metagraph<AccountId>` (rpc_info/metagraph.rs). */
export const MetagraphType: TypeDef = T.struct('Metagraph', {
  netuid: cNetUid,
  name: compactBytes,
  symbol: compactBytes,
  identity: T.option(SubnetIdentityV3),
  network_registered_at: cU64,
  owner_hotkey: AccountIdT,
  owner_coldkey: AccountIdT,
  block: cU64,
  tempo: cU16,
  last_step: cU64,
  blocks_since_last_step: cU64,
  subnet_emission: cU64,
  alpha_in: cU64,
  alpha_out: cU64,
  tao_in: cU64,
  alpha_out_emission: cU64,
  alpha_in_emission: cU64,
  tao_in_emission: cU64,
  pending_alpha_emission: cU64,
  pending_root_emission: cU64,
  subnet_volume: cU128,
  moving_price: I96F32Type,
  rho: cU16,
  kappa: cU16,
  min_allowed_weights: cU16,
  max_weights_limit: cU16,
  weights_version: cU64,
  weights_rate_limit: cU64,
  activity_cutoff: cU64,
  max_validators: cU16,
  num_uids: cU16,
  max_uids: cU16,
  burn: cU64,
  difficulty: cU64,
  registration_allowed: T.bool,
  pow_registration_allowed: T.bool,
  immunity_period: cU16,
  min_difficulty: cU64,
  max_difficulty: cU64,
  min_burn: cU64,
  max_burn: cU64,
  adjustment_alpha: cU64,
  adjustment_interval: cU16,
  target_regs_per_interval: cU16,
  max_regs_per_block: cU16,
  serving_rate_limit: cU64,
  commit_reveal_weights_enabled: T.bool,
  commit_reveal_period: cU64,
  liquid_alpha_enabled: T.bool,
  alpha_high: cU16,
  alpha_low: cU16,
  bonds_moving_avg: cU64,
  hotkeys: T.vec(AccountIdT),
  coldkeys: T.vec(AccountIdT),
  identities: T.vec(T.option(ChainIdentityV2)),
  axons: T.vec(AxonInfo),
  active: T.vec(T.bool),
  validator_permit: T.vec(T.bool),
  pruning_score: T.vec(cU16),
  last_update: T.vec(cU64),
  emission: T.vec(cU64),
  dividends: T.vec(cU16),
  incentives: T.vec(cU16),
  consensus: T.vec(cU16),
  trust: T.vec(cU16),
  rank: T.vec(cU16),
  block_at_registration: T.vec(cU64),
  alpha_stake: T.vec(cU64),
  tao_stake: T.vec(cU64),
  total_stake: T.vec(cU64),
  tao_dividends_per_hotkey: T.vec(T.tuple(AccountIdT, cU64)),
  alpha_dividends_per_hotkey: T.vec(T.tuple(AccountIdT, cU64)),
});

/** A `Metagraph` value. */
export interface MetagraphValue {
  readonly netuid: number;
  readonly name: readonly number[];
  readonly symbol: readonly number[];
  readonly identity: SubnetIdentityValue | undefined;
  readonly network_registered_at: bigint;
  readonly owner_hotkey: AccountId;
  readonly owner_coldkey: AccountId;
  readonly block: bigint;
  readonly tempo: number;
  readonly last_step: bigint;
  readonly blocks_since_last_step: bigint;
  readonly subnet_emission: bigint;
  readonly alpha_in: bigint;
  readonly alpha_out: bigint;
  readonly tao_in: bigint;
  readonly alpha_out_emission: bigint;
  readonly alpha_in_emission: bigint;
  readonly tao_in_emission: bigint;
  readonly pending_alpha_emission: bigint;
  readonly pending_root_emission: bigint;
  readonly subnet_volume: bigint;
  /** I96F32 raw bits. */
  readonly moving_price: bigint;
  readonly rho: number;
  readonly kappa: number;
  readonly min_allowed_weights: number;
  readonly max_weights_limit: number;
  readonly weights_version: bigint;
  readonly weights_rate_limit: bigint;
  readonly activity_cutoff: bigint;
  readonly max_validators: number;
  readonly num_uids: number;
  readonly max_uids: number;
  readonly burn: bigint;
  readonly difficulty: bigint;
  readonly registration_allowed: boolean;
  readonly pow_registration_allowed: boolean;
  readonly immunity_period: number;
  readonly min_difficulty: bigint;
  readonly max_difficulty: bigint;
  readonly min_burn: bigint;
  readonly max_burn: bigint;
  readonly adjustment_alpha: bigint;
  readonly adjustment_interval: number;
  readonly target_regs_per_interval: number;
  readonly max_regs_per_block: number;
  readonly serving_rate_limit: bigint;
  readonly commit_reveal_weights_enabled: boolean;
  readonly commit_reveal_period: bigint;
  readonly liquid_alpha_enabled: boolean;
  readonly alpha_high: number;
  readonly alpha_low: number;
  readonly bonds_moving_avg: bigint;
  readonly hotkeys: readonly AccountId[];
  readonly coldkeys: readonly AccountId[];
  readonly identities: readonly (ChainIdentityValue | undefined)[];
  readonly axons: readonly AxonInfoValue[];
  readonly active: readonly boolean[];
  readonly validator_permit: readonly boolean[];
  readonly pruning_score: readonly number[];
  readonly last_update: readonly bigint[];
  readonly emission: readonly bigint[];
  readonly dividends: readonly number[];
  readonly incentives: readonly number[];
  readonly consensus: readonly number[];
  readonly trust: readonly number[];
  readonly rank: readonly number[];
  readonly block_at_registration: readonly bigint[];
  readonly alpha_stake: readonly bigint[];
  readonly tao_stake: readonly bigint[];
  readonly total_stake: readonly bigint[];
  readonly tao_dividends_per_hotkey: readonly (readonly [AccountId, bigint])[];
  readonly alpha_dividends_per_hotkey: readonly (readonly [AccountId, bigint])[];
}

/** `SubnetInfo<AccountId>` (rpc_info/subnet_info.rs). */
export const SubnetInfoType: TypeDef = T.struct('SubnetInfo', {
  netuid: cNetUid,
  rho: cU16,
  kappa: cU16,
  difficulty: cU64,
  immunity_period: cU16,
  max_allowed_validators: cU16,
  min_allowed_weights: cU16,
  max_weights_limit: cU16,
  scaling_law_power: cU16,
  subnetwork_n: cU16,
  max_allowed_uids: cU16,
  blocks_since_last_step: cU64,
  tempo: cU16,
  network_modality: cU16,
  network_connect: T.vec(T.tuple(T.u16, T.u16)),
  emission_values: cU64,
  burn: cU64,
  owner: AccountIdT,
});

/** `NeuronInfoLite<AccountId>` (rpc_info/neuron_info.rs). */
export const NeuronInfoLiteType: TypeDef = T.struct('NeuronInfoLite', {
  hotkey: AccountIdT,
  coldkey: AccountIdT,
  uid: cU16,
  netuid: cNetUid,
  active: T.bool,
  axon_info: AxonInfo,
  prometheus_info: PrometheusInfo,
  stake: T.vec(T.tuple(AccountIdT, cU64)),
  rank: cU16,
  emission: cU64,
  incentive: cU16,
  consensus: cU16,
  trust: cU16,
  validator_trust: cU16,
  dividends: cU16,
  last_update: cU64,
  validator_permit: T.bool,
  pruning_score: cU16,
});

/** `DelegateInfo<AccountId>` (rpc_info/delegate_info.rs). */
export const DelegateInfoType: TypeDef = T.struct('DelegateInfo', {
  delegate_ss58: AccountIdT,
  take: cU16,
  nominators: T.vec(T.tuple(AccountIdT, T.vec(T.tuple(cNetUid, cU64)))),
  owner_ss58: AccountIdT,
  registrations: T.vec(cNetUid),
  validator_permits: T.vec(cNetUid),
  return_per_1000: cU64,
  total_daily_return: cU64,
});

/** `StakeInfo<AccountId>` (rpc_info/stake_info.rs). */
export const StakeInfoType: TypeDef = T.struct('StakeInfo', {
  hotkey: AccountIdT,
  coldkey: AccountIdT,
  netuid: cNetUid,
  stake: cU64,
  locked: cU64,
  emission: cU64,
  tao_emission: cU64,
  drain: cU64,
  is_registered: T.bool,
});

/** A `StakeInfo` value. */
export interface StakeInfoValue {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly netuid: number;
  readonly stake: bigint;
  readonly locked: bigint;
  readonly emission: bigint;
  readonly tao_emission: bigint;
  readonly drain: bigint;
  readonly is_registered: boolean;
}

/** `SimSwapResult` (pallets/swap/runtime-api): plain u64 balances. */
export const SimSwapResultType: TypeDef = T.struct('SimSwapResult', {
  tao_amount: T.u64,
  alpha_amount: T.u64,
  tao_fee: T.u64,
  alpha_fee: T.u64,
  tao_slippage: T.u64,
  alpha_slippage: T.u64,
});

/** A `SimSwapResult` value. */
export interface SimSwapResultValue {
  readonly tao_amount: bigint;
  readonly alpha_amount: bigint;
  readonly tao_fee: bigint;
  readonly alpha_fee: bigint;
  readonly tao_slippage: bigint;
  readonly alpha_slippage: bigint;
}

/** `SubnetPrice` (pallets/swap/runtime-api). */
export const SubnetPriceType: TypeDef = T.struct('SubnetPrice', { netuid: NetUidT, price: T.u64 });

/** A runtime API method's parameter layouts (SCALE-concatenated in order) and its return layout. */
export interface RuntimeApiSpec {
  readonly args: readonly TypeDef[];
  readonly ret: TypeDef;
}

/** Every subtensor runtime API method the node serves, by `state_call` name `<Api>_<method>`. */
export const RUNTIME_APIS = {
  SubnetInfoRuntimeApi_get_subnet_info: { args: [NetUidT], ret: T.option(SubnetInfoType) },
  SubnetInfoRuntimeApi_get_subnets_info: { args: [], ret: T.vec(T.option(SubnetInfoType)) },
  SubnetInfoRuntimeApi_get_dynamic_info: { args: [NetUidT], ret: T.option(DynamicInfoType) },
  SubnetInfoRuntimeApi_get_all_dynamic_info: { args: [], ret: T.vec(T.option(DynamicInfoType)) },
  SubnetInfoRuntimeApi_get_metagraph: { args: [NetUidT], ret: T.option(MetagraphType) },
  SubnetInfoRuntimeApi_get_all_metagraphs: { args: [], ret: T.vec(T.option(MetagraphType)) },
  NeuronInfoRuntimeApi_get_neurons_lite: { args: [NetUidT], ret: T.vec(NeuronInfoLiteType) },
  NeuronInfoRuntimeApi_get_neuron_lite: { args: [NetUidT, T.u16], ret: T.option(NeuronInfoLiteType) },
  DelegateInfoRuntimeApi_get_delegates: { args: [], ret: T.vec(DelegateInfoType) },
  DelegateInfoRuntimeApi_get_delegate: { args: [AccountIdT], ret: T.option(DelegateInfoType) },
  StakeInfoRuntimeApi_get_stake_info_for_coldkey: { args: [AccountIdT], ret: T.vec(StakeInfoType) },
  StakeInfoRuntimeApi_get_stake_info_for_coldkeys: { args: [T.vec(AccountIdT)], ret: T.vec(T.tuple(AccountIdT, T.vec(StakeInfoType))) },
  SubnetRegistrationRuntimeApi_get_network_registration_cost: { args: [], ret: T.u64 },
  SwapRuntimeApi_current_alpha_price: { args: [NetUidT], ret: T.u64 },
  SwapRuntimeApi_current_alpha_price_all: { args: [], ret: T.vec(SubnetPriceType) },
  SwapRuntimeApi_sim_swap_tao_for_alpha: { args: [NetUidT, T.u64], ret: SimSwapResultType },
  SwapRuntimeApi_sim_swap_alpha_for_tao: { args: [NetUidT, T.u64], ret: SimSwapResultType },
} as const satisfies Readonly<Record<string, RuntimeApiSpec>>;

export type RuntimeApiMethod = keyof typeof RUNTIME_APIS;
