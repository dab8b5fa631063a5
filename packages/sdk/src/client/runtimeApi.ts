/**
 * Subtensor's custom runtime APIs through `state_call` (spec/sdk.md §4.3). The node's metadata
 * does not describe these APIs, so their SCALE layouts are declared here, field for field in
 * subtensor's declaration order (pallets/subtensor/src/rpc_info/*.rs, pallets/swap/runtime-api).
 * Values decode with @tensorium/primitives' conventions: u64 → bigint, AccountId → hex without 0x.
 */
import { u8aToHex, hexToU8a } from '@polkadot/util';
import { decode, encode, T, type TypeDef } from '@tensorium/primitives';
import type { TensoriumClient } from './client.js';
import { TensoriumError } from './errors.js';

const cU8 = T.compact(T.u8);
const cU16 = T.compact(T.u16);
const cU64 = T.compact(T.u64);
const cU128 = T.compact(T.u128);
const bytesVec = T.vec(cU8);

export const AxonInfoType = T.struct('AxonInfo', { block: T.u64, version: T.u32, ip: T.u128, port: T.u16, ip_type: T.u8, protocol: T.u8, placeholder1: T.u8, placeholder2: T.u8 });
export const PrometheusInfoType = T.struct('PrometheusInfo', { block: T.u64, version: T.u32, ip: T.u128, port: T.u16, ip_type: T.u8 });
const ChainIdentityV2Type = T.struct('ChainIdentityV2', { name: T.bytes, url: T.bytes, github_repo: T.bytes, image: T.bytes, discord: T.bytes, description: T.bytes, additional: T.bytes });
const SubnetIdentityV3Type = T.struct('SubnetIdentityV3', { subnet_name: T.bytes, github_repo: T.bytes, subnet_contact: T.bytes, subnet_url: T.bytes, discord: T.bytes, description: T.bytes, logo_url: T.bytes, additional: T.bytes });

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

export const DynamicInfoType: TypeDef = T.struct('DynamicInfo', {
  netuid: cU16,
  owner_hotkey: T.accountId,
  owner_coldkey: T.accountId,
  subnet_name: bytesVec,
  token_symbol: bytesVec,
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
  subnet_identity: T.option(SubnetIdentityV3Type),
  moving_price: T.i128,
});

/** `DynamicInfo` as decoded (names/symbols are UTF-8 byte lists). */
export interface RawDynamicInfo {
  readonly netuid: number;
  readonly owner_hotkey: string;
  readonly owner_coldkey: string;
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

export const MetagraphType: TypeDef = T.struct('Metagraph', {
  netuid: cU16,
  name: bytesVec,
  symbol: bytesVec,
  identity: T.option(SubnetIdentityV3Type),
  network_registered_at: cU64,
  owner_hotkey: T.accountId,
  owner_coldkey: T.accountId,
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
  moving_price: T.i128,
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
  hotkeys: T.vec(T.accountId),
  coldkeys: T.vec(T.accountId),
  identities: T.vec(T.option(ChainIdentityV2Type)),
  axons: T.vec(AxonInfoType),
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
  tao_dividends_per_hotkey: T.vec(T.tuple(T.accountId, cU64)),
  alpha_dividends_per_hotkey: T.vec(T.tuple(T.accountId, cU64)),
});

/** `Metagraph` as decoded. */
export interface RawMetagraph {
  readonly netuid: number;
  readonly name: readonly number[];
  readonly symbol: readonly number[];
  readonly identity: SubnetIdentityValue | undefined;
  readonly network_registered_at: bigint;
  readonly owner_hotkey: string;
  readonly owner_coldkey: string;
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
  readonly hotkeys: readonly string[];
  readonly coldkeys: readonly string[];
  readonly identities: readonly unknown[];
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
  readonly tao_dividends_per_hotkey: readonly (readonly [string, bigint])[];
  readonly alpha_dividends_per_hotkey: readonly (readonly [string, bigint])[];
}

export const StakeInfoType: TypeDef = T.struct('StakeInfo', {
  hotkey: T.accountId,
  coldkey: T.accountId,
  netuid: cU16,
  stake: cU64,
  locked: cU64,
  emission: cU64,
  tao_emission: cU64,
  drain: cU64,
  is_registered: T.bool,
});
export interface RawStakeInfo {
  readonly hotkey: string;
  readonly coldkey: string;
  readonly netuid: number;
  readonly stake: bigint;
  readonly locked: bigint;
  readonly emission: bigint;
  readonly tao_emission: bigint;
  readonly drain: bigint;
  readonly is_registered: boolean;
}

export const SimSwapResultType: TypeDef = T.struct('SimSwapResult', {
  tao_amount: T.u64,
  alpha_amount: T.u64,
  tao_fee: T.u64,
  alpha_fee: T.u64,
  tao_slippage: T.u64,
  alpha_slippage: T.u64,
});
export interface RawSimSwapResult {
  readonly tao_amount: bigint;
  readonly alpha_amount: bigint;
  readonly tao_fee: bigint;
  readonly alpha_fee: bigint;
  readonly tao_slippage: bigint;
  readonly alpha_slippage: bigint;
}

/** Argument and return layouts of the runtime API methods the SDK uses. */
export const RUNTIME_APIS = {
  SubnetInfoRuntimeApi_get_dynamic_info: { args: [T.u16], ret: T.option(DynamicInfoType) },
  SubnetInfoRuntimeApi_get_all_dynamic_info: { args: [], ret: T.vec(T.option(DynamicInfoType)) },
  SubnetInfoRuntimeApi_get_metagraph: { args: [T.u16], ret: T.option(MetagraphType) },
  StakeInfoRuntimeApi_get_stake_info_for_coldkey: { args: [T.accountId], ret: T.vec(StakeInfoType) },
  SwapRuntimeApi_current_alpha_price: { args: [T.u16], ret: T.u64 },
  SwapRuntimeApi_sim_swap_tao_for_alpha: { args: [T.u16, T.u64], ret: SimSwapResultType },
  SwapRuntimeApi_sim_swap_alpha_for_tao: { args: [T.u16, T.u64], ret: SimSwapResultType },
  SubnetRegistrationRuntimeApi_get_network_registration_cost: { args: [], ret: T.u64 },
} as const satisfies Record<string, { args: readonly TypeDef[]; ret: TypeDef }>;

export type RuntimeApiMethod = keyof typeof RUNTIME_APIS;

/**
 * Call a runtime API method with already-typed arguments and decode its result.
 * `at` pins a block hash (the dev node answers runtime APIs from its head state).
 */
export async function callRuntimeApi(client: TensoriumClient, method: RuntimeApiMethod, args: readonly unknown[], at?: string): Promise<unknown> {
  const spec = RUNTIME_APIS[method];
  const parts = spec.args.map((t, i) => encode(t, args[i]));
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    data.set(p, o);
    o += p.length;
  }
  let raw: string;
  try {
    raw = await client.request<string>('state_call', at === undefined ? [method, u8aToHex(data)] : [method, u8aToHex(data), at]);
  } catch (e) {
    throw new TensoriumError('RUNTIME_API_FAILED', `runtime API ${method} failed: ${(e as Error).message}`, { details: { method }, cause: e });
  }
  return decode(spec.ret, hexToU8a(raw));
}

/** UTF-8 text of a decoded `Vec<u8>` (number list or bytes). */
export function textOf(bytes: readonly number[] | Uint8Array | undefined): string {
  if (!bytes) return '';
  return new TextDecoder().decode(Uint8Array.from(bytes));
}
