/**
 * Subtensor's custom runtime APIs, served through `state_call` with subtensor's exact SCALE
 * layouts (pallets/subtensor/src/rpc_info/*.rs, pallets/swap/runtime-api, runtime/src/lib.rs
 * `impl_runtime_apis!`). Values are built from the queried block's state with the runtime's storage
 * accessors and helpers; the layouts and each method's parameters and return type are declared
 * once, with the SDK, in @tensorium/runtime/runtimeApiTypes. Method names are `<Api>_<method>`;
 * arguments are the SCALE encoding of the method's parameters, in order.
 *
 * Implemented: SubnetInfoRuntimeApi (get_subnet_info, get_subnets_info, get_dynamic_info,
 * get_all_dynamic_info, get_metagraph, get_all_metagraphs), NeuronInfoRuntimeApi (get_neurons_lite,
 * get_neuron_lite), DelegateInfoRuntimeApi (get_delegates, get_delegate),
 * StakeInfoRuntimeApi (get_stake_info_for_coldkey, get_stake_info_for_coldkeys),
 * SwapRuntimeApi (current_alpha_price, current_alpha_price_all, sim_swap_tao_for_alpha,
 * sim_swap_alpha_for_tao).
 */
import { decode, encode, I64F64, T, U64F64, type TypeDef } from '@tensorium/primitives';
import { storage as S } from '@tensorium/runtime/pallets/subtensor/storage';
import { networkLockCost } from '@tensorium/runtime/pallets/subtensor/subnets/registerNetwork';
import {
  allNetuids,
  getStake,
  getStakeForHotkeyOnSubnet,
  getStakeWeightsForHotkeyOnSubnet,
  ROOT,
} from '@tensorium/runtime/pallets/subtensor/staking/stakeUtils';
import type { AccountId, AxonInfoValue, ChainIdentityValue, PrometheusInfoValue } from '@tensorium/runtime/pallets/subtensor/types';
import { currentAlphaPrice, simSwap } from '@tensorium/runtime/pallets/swapPallet/index';
import {
  RUNTIME_APIS,
  type DynamicInfoValue,
  type MetagraphValue,
  type RuntimeApiMethod,
  type SimSwapResultValue,
  type StakeInfoValue,
} from '@tensorium/runtime/runtimeApiTypes';
import type { State } from '@tensorium/runtime/state/state';
import { blake2_128, fromHex } from '../storage/hashing.js';
import { RpcError } from './server.js';

/**
 * What the APIs need from the chain: a read of the queried block's state and that block's number
 * (the `Chain` itself for the head; `state_call` at a past block passes a view of that block).
 */
export interface RuntimeApiHost {
  view<R>(fn: (s: State) => R): R;
  readonly head: { readonly number: number };
}

/** Return layout of each method (for clients and tests decoding `state_call` results). */
export const RUNTIME_API_RETURN_TYPES: Readonly<Record<string, TypeDef>> = Object.fromEntries(
  Object.entries(RUNTIME_APIS).map(([method, spec]) => [method, spec.ret]),
);

// ---------------------------------------------------------------------------------------------
// Helpers (pallet getters)

/** `get_name_for_subnet`'s fallback names by netuid (subnets/symbols.rs); beyond the table: "unknown". */
const SUBNET_NAMES: readonly string[] = 'root|apex|omron|templar|targon|kaito|infinite|subvortex|ptn|pretrain|sturdy|dippy|horde|dataverse|palaidn|deval|bitads|3gen|cortex|inference|bitagent|any-any|meta|social|omega|protein|alchemy|compute|oracle|coldint|bet|naschain|itsai|ready|mind|logic|automata|tuning|distributed|edge|chunk|sportsensor|masa|graphite|score|gen42|neural|condense|nextplace|automl|audio|celium|dojo|frontier|safescan|unknown|gradients|gaia|dippy-speach|agent-arena|unknown|red team|agentao|lean-in|chutes|sad|dad|ta|dha|ain|ghayn|fa|qaf|kaf|lam|mim|nun|ha|waw|ya|alef|fehu|uruz|thurisaz|ansuz|raidho|kaunan|cyr_yeru|algiz|berkanan|ogham|beith|luis|fearn|sail|nion|forfeda|ani|bani|gani|doni|eni|vini|ayp|ben|gim|da|ech|za|armeni|grave|io|dje|gje|ie|dze|hard_sign|alfa|alfas|vida|vida_small|gamma|gamma_small|brahmi_a|brahmi_aa|brahmi_i|brahmi_ii|brahmi_u|la|va|sha|ssa|sa|ha|glagolitic_az|glagolitic_buky|glagolitic_vede|glagolitic_glagoli|glagolitic_dobro|glagolitic_yest|glagolitic_zhivete|glagolitic_zemlja|glagolitic_izhe|glagolitic_initial_izhe|glagolitic_i|glagolitic_djerv|glagolitic_kako|glagolitic_ljudije|glagolitic_myse|glagolitic_nash|glagolitic_on|glagolitic_pokoj|glagolitic_rtsy|glagolitic_slovo|glagolitic_tvrido|glagolitic_uku|glagolitic_fert|glagolitic_xrivi|glagolitic_ot|glagolitic_cy|glagolitic_shcha|glagolitic_er|glagolitic_yeru|glagolitic_small_yer|glagolitic_yo|glagolitic_yu|glagolitic_ja|thai_ko_kai|thai_kho_khai|thai_kho_khuat|thai_kho_khon|thai_kho_rakhang|thai_kho_khwai|thai_ngo_ngu|thai_cho_chan|thai_cho_ching|thai_cho_chang|thai_so_so|thai_cho_choe|thai_yo_ying|thai_do_chada|thai_to_patak|thai_tho_than|thai_tho_nangmontho|thai_tho_phuthao|thai_no_nen|thai_do_dek|thai_to_tao|thai_tho_thung|thai_tho_thahan|thai_tho_thong|thai_no_nu|thai_bo_baimai|thai_po_pla|thai_pho_phung|thai_fo_fa|thai_pho_phan|thai_fo_fan|thai_pho_samphao|thai_mo_ma|thai_yo_yak|thai_ro_rua|thai_lo_ling|thai_wo_waen|thai_so_sala|thai_so_rusi|thai_so_sua|thai_ho_hip|thai_lo_chula|thai_o_ang|thai_ho_nokhuk|hangul_giyeok|hangul_nieun|hangul_digeut|hangul_rieul|hangul_mieum|hangul_bieup|hangul_siot|hangul_ieung|hangul_jieut|hangul_chieut|hangul_kieuk|hangul_tieut|hangul_pieup|hangul_hieut|hangul_a|hangul_ae|hangul_ya|hangul_yae|hangul_eo|hangul_e|hangul_yeo|hangul_ye|hangul_o|hangul_wa|hangul_wae|hangul_oe|hangul_yo|hangul_u|hangul_weo|hangul_we|hangul_wi|hangul_yu|hangul_eu|hangul_ui|hangul_i|ethiopic_glottal_a|ethiopic_glottal_u|ethiopic_glottal_i|ethiopic_glottal_aa|ethiopic_glottal_e|ethiopic_glottal_ie|ethiopic_glottal_o|ethiopic_glottal_wa|ethiopic_wa|ethiopic_wu|ethiopic_wi|ethiopic_waa|ethiopic_we|ethiopic_wye|ethiopic_wo|ethiopic_ko|ethiopic_ku|ethiopic_ki|ethiopic_kua|ethiopic_ke|ethiopic_kwe|ethiopic_ko_alt|ethiopic_go|ethiopic_gu|ethiopic_gi|ethiopic_gua|ethiopic_ge|ethiopic_gwe|ethiopic_go_alt|devanagari_a|devanagari_aa|devanagari_i|devanagari_ii|devanagari_u|devanagari_uu|devanagari_r|devanagari_e|devanagari_ai|devanagari_o|devanagari_au|devanagari_ka|devanagari_kha|devanagari_ga|devanagari_gha|devanagari_nga|devanagari_cha|devanagari_chha|devanagari_ja|devanagari_jha|devanagari_nya|devanagari_ta|devanagari_tha|devanagari_da|devanagari_dha|devanagari_na|devanagari_ta_alt|devanagari_tha_alt|devanagari_da_alt|devanagari_dha_alt|devanagari_na_alt|devanagari_pa|devanagari_pha|devanagari_ba|devanagari_bha|devanagari_ma|devanagari_ya|devanagari_ra|devanagari_la|devanagari_va|devanagari_sha|devanagari_ssa|devanagari_sa|devanagari_ha|katakana_a|kana_i|kana_u|kana_e|kana_o|kana_a|kana_ki|kana_ku|kana_ke|kana_ko|kana_sa|kana_shi|kana_su|kana_se|kana_so|kana_ta|kana_chi|kana_tsu|kana_te|kana_to|kana_na|kana_ni|kana_nu|kana_ne|kana_no|kana_ha|kana_hi|kana_fu|kana_he|kana_ho|kana_ma|kana_mi|kana_mu|kana_me|kana_mo|kana_ya|kana_yu|kana_yo|kana_ra|kana_ri|kana_ru|kana_re|kana_ro|kana_wa|kana_wo|kana_n|ya|yab|yabh|yag|yagh|yaj|yach|yad|yadh|yadhe|yaz|yazh|yaf|yak|yakv|yaq|yah|yahh|yahl|yahm|yayn|yakh|yakl|yahq|yash|yi|yij|yizh|yink|yal|yam|yan|yang|yany|yap|yu|a|aa|i|ii|u|uu|r|rr|l|ll|e|ee|ai|o|oo|au|ka|kha|ga|gha|nga|cha|chha|ja|jha|nya|ta|tha|da|dha|na|pa|pha|ba|bha|ma|ya|ra'.split('|');

const textBytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `get_name_for_subnet`: the identity's non-empty name, else the built-in name. */
function nameForSubnet(s: State, netuid: number): Uint8Array {
  const id = S.SubnetIdentitiesV3.get(s, netuid);
  if (id && id.subnet_name.length > 0) return id.subnet_name;
  return textBytes(SUBNET_NAMES[netuid] ?? 'unknown');
}

const bytesToNumbers = (b: Uint8Array): number[] => [...b];
const satSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);
const U64_MAX = (1n << 64n) - 1n;
const satAddU64 = (a: bigint, b: bigint): bigint => (a + b > U64_MAX ? U64_MAX : a + b);

const EMPTY_AXON: AxonInfoValue = { block: 0n, version: 0, ip: 0n, port: 0, ip_type: 0, protocol: 0, placeholder1: 0, placeholder2: 0 };
const EMPTY_PROMETHEUS: PrometheusInfoValue = { block: 0n, version: 0, ip: 0n, port: 0, ip_type: 0 };

const at = <V>(list: readonly V[], i: number, dflt: V): V => (i < list.length ? list[i] : dflt);

/** `get_activity_cutoff_blocks`: max(1, factor_milli × tempo / 1000). */
function activityCutoffBlocks(s: State, netuid: number): bigint {
  const v = (BigInt(S.ActivityCutoffFactorMilli.get(s, netuid)) * BigInt(S.Tempo.get(s, netuid))) / 1000n;
  return v > 1n ? v : 1n;
}

/** `Keys::try_get(netuid, uid)`. */
function hotkeyOf(s: State, netuid: number, uid: number): AccountId | undefined {
  return S.Keys.contains(s, netuid, uid) ? S.Keys.get(s, netuid, uid) : undefined;
}

/** `get_all_subnet_netuids` (NetworksAdded keys in storage order: identity-hashed u16, i.e. by LE bytes). */
function subnetNetuids(s: State): number[] {
  return S.NetworksAdded.entries(s)
    .map(([k]) => k)
    .sort((a, b) => (a & 0xff) - (b & 0xff) || (a >> 8) - (b >> 8));
}

const exists = (s: State, netuid: number): boolean => S.NetworksAdded.get(s, netuid);

// ---------------------------------------------------------------------------------------------
// Builders (one per rpc_info function)

export function dynamicInfo(s: State, block: bigint, netuid: number): DynamicInfoValue | undefined {
  if (!exists(s, netuid)) return undefined;
  const lastStep = S.LastMechansimStepBlock.get(s, netuid);
  return {
    netuid,
    owner_hotkey: S.SubnetOwnerHotkey.get(s, netuid),
    owner_coldkey: S.SubnetOwner.get(s, netuid),
    subnet_name: bytesToNumbers(nameForSubnet(s, netuid)),
    token_symbol: bytesToNumbers(S.TokenSymbol.get(s, netuid)),
    tempo: S.Tempo.get(s, netuid),
    last_step: lastStep,
    blocks_since_last_step: satSub(block, lastStep),
    emission: 0n,
    alpha_in: S.SubnetAlphaIn.get(s, netuid),
    alpha_out: S.SubnetAlphaOut.get(s, netuid),
    tao_in: S.SubnetTAO.get(s, netuid),
    alpha_out_emission: S.SubnetAlphaOutEmission.get(s, netuid),
    alpha_in_emission: S.SubnetAlphaInEmission.get(s, netuid),
    tao_in_emission: S.SubnetTaoInEmission.get(s, netuid),
    pending_alpha_emission: satAddU64(S.PendingValidatorEmission.get(s, netuid), S.PendingServerEmission.get(s, netuid)),
    pending_root_emission: 0n,
    subnet_volume: S.SubnetVolume.get(s, netuid),
    network_registered_at: S.NetworkRegisteredAt.get(s, netuid),
    subnet_identity: S.SubnetIdentitiesV3.get(s, netuid),
    moving_price: S.SubnetMovingPrice.get(s, netuid),
  };
}

export function metagraph(s: State, block: bigint, netuid: number): MetagraphValue | undefined {
  if (!exists(s, netuid)) return undefined;
  const n = S.SubnetworkN.get(s, netuid);
  const hotkeys: AccountId[] = [];
  const coldkeys: AccountId[] = [];
  const blockAtRegistration: bigint[] = [];
  const identities: (ChainIdentityValue | undefined)[] = [];
  const axons: AxonInfoValue[] = [];
  for (let uid = 0; uid < n; uid++) {
    const hotkey = S.Keys.get(s, netuid, uid);
    const coldkey = S.Owner.get(s, hotkey);
    hotkeys.push(hotkey);
    coldkeys.push(coldkey);
    blockAtRegistration.push(S.BlockAtRegistration.get(s, netuid, uid));
    identities.push(S.IdentitiesV2.get(s, coldkey));
    axons.push(S.Axons.get(s, netuid, hotkey) ?? EMPTY_AXON);
  }
  const lastStep = S.LastMechansimStepBlock.get(s, netuid);
  // get_stake_weights_for_network: (total, alpha, tao) per uid as I64F64, floored to u64
  const total: bigint[] = [];
  const alpha: bigint[] = [];
  const tao: bigint[] = [];
  for (let uid = 0; uid < n; uid++) {
    const hk = hotkeyOf(s, netuid, uid);
    const [t, a, r] = hk === undefined ? [0n, 0n, 0n] : getStakeWeightsForHotkeyOnSubnet(s, hk, netuid);
    total.push(I64F64.toU64(t));
    alpha.push(I64F64.toU64(a));
    tao.push(I64F64.toU64(r));
  }
  const [alphaLow, alphaHigh] = S.AlphaValues.get(s, netuid);
  return {
    netuid,
    name: bytesToNumbers(nameForSubnet(s, netuid)),
    symbol: bytesToNumbers(S.TokenSymbol.get(s, netuid)),
    identity: S.SubnetIdentitiesV3.get(s, netuid),
    network_registered_at: S.NetworkRegisteredAt.get(s, netuid),
    owner_hotkey: S.SubnetOwnerHotkey.get(s, netuid),
    owner_coldkey: S.SubnetOwner.get(s, netuid),
    block,
    tempo: S.Tempo.get(s, netuid),
    last_step: lastStep,
    blocks_since_last_step: satSub(block, lastStep),
    subnet_emission: 0n,
    alpha_in: S.SubnetAlphaIn.get(s, netuid),
    alpha_out: S.SubnetAlphaOut.get(s, netuid),
    tao_in: S.SubnetTAO.get(s, netuid),
    alpha_out_emission: S.SubnetAlphaOutEmission.get(s, netuid),
    alpha_in_emission: S.SubnetAlphaInEmission.get(s, netuid),
    tao_in_emission: S.SubnetTaoInEmission.get(s, netuid),
    pending_alpha_emission: satAddU64(S.PendingValidatorEmission.get(s, netuid), S.PendingServerEmission.get(s, netuid)),
    pending_root_emission: 0n,
    subnet_volume: S.SubnetVolume.get(s, netuid),
    moving_price: S.SubnetMovingPrice.get(s, netuid),
    rho: S.Rho.get(s, netuid),
    kappa: S.Kappa.get(s, netuid),
    min_allowed_weights: S.MinAllowedWeights.get(s, netuid),
    max_weights_limit: S.MaxWeightsLimit.get(s, netuid),
    weights_version: S.WeightsVersionKey.get(s, netuid),
    weights_rate_limit: S.WeightsSetRateLimit.get(s, netuid),
    activity_cutoff: activityCutoffBlocks(s, netuid),
    max_validators: S.MaxAllowedValidators.get(s, netuid),
    num_uids: n,
    max_uids: S.MaxAllowedUids.get(s, netuid),
    burn: S.Burn.get(s, netuid),
    difficulty: S.Difficulty.get(s, netuid),
    registration_allowed: S.NetworkRegistrationAllowed.get(s, netuid),
    pow_registration_allowed: S.NetworkPowRegistrationAllowed.get(s, netuid),
    immunity_period: S.ImmunityPeriod.get(s, netuid),
    min_difficulty: S.MinDifficulty.get(s, netuid),
    max_difficulty: S.MaxDifficulty.get(s, netuid),
    min_burn: S.MinBurn.get(s, netuid),
    max_burn: S.MaxBurn.get(s, netuid),
    adjustment_alpha: S.AdjustmentAlpha.get(s, netuid),
    adjustment_interval: S.AdjustmentInterval.get(s, netuid),
    target_regs_per_interval: S.TargetRegistrationsPerInterval.get(s, netuid),
    max_regs_per_block: S.MaxRegistrationsPerBlock.get(s, netuid),
    serving_rate_limit: S.ServingRateLimit.get(s, netuid),
    commit_reveal_weights_enabled: S.CommitRevealWeightsEnabled.get(s, netuid),
    commit_reveal_period: S.RevealPeriodEpochs.get(s, netuid),
    liquid_alpha_enabled: S.LiquidAlphaOn.get(s, netuid),
    alpha_high: alphaHigh,
    alpha_low: alphaLow,
    bonds_moving_avg: S.BondsMovingAverage.get(s, netuid),
    hotkeys,
    coldkeys,
    identities,
    axons,
    active: S.Active.get(s, netuid),
    validator_permit: S.ValidatorPermit.get(s, netuid),
    pruning_score: [],
    last_update: S.LastUpdate.get(s, netuid),
    emission: S.Emission.get(s, netuid),
    dividends: S.Dividends.get(s, netuid),
    incentives: S.Incentive.get(s, netuid),
    consensus: S.Consensus.get(s, netuid),
    trust: [],
    rank: [],
    block_at_registration: blockAtRegistration,
    alpha_stake: alpha,
    tao_stake: tao,
    total_stake: total,
    tao_dividends_per_hotkey: hotkeys.map((h) => [h, 0n]),
    alpha_dividends_per_hotkey: hotkeys.map((h) => [h, S.AlphaDividendsPerSubnet.get(s, netuid, h)]),
  };
}

export function subnetInfo(s: State, netuid: number): Record<string, unknown> | undefined {
  if (!exists(s, netuid)) return undefined;
  return {
    netuid,
    rho: S.Rho.get(s, netuid),
    kappa: S.Kappa.get(s, netuid),
    difficulty: S.Difficulty.get(s, netuid),
    immunity_period: S.ImmunityPeriod.get(s, netuid),
    max_allowed_validators: S.MaxAllowedValidators.get(s, netuid),
    min_allowed_weights: S.MinAllowedWeights.get(s, netuid),
    max_weights_limit: S.MaxWeightsLimit.get(s, netuid),
    scaling_law_power: S.ScalingLawPower.get(s, netuid),
    subnetwork_n: S.SubnetworkN.get(s, netuid),
    max_allowed_uids: S.MaxAllowedUids.get(s, netuid),
    blocks_since_last_step: S.BlocksSinceLastStep.get(s, netuid),
    tempo: S.Tempo.get(s, netuid),
    network_modality: 0,
    network_connect: [],
    emission_values: 0n,
    burn: S.Burn.get(s, netuid),
    owner: S.SubnetOwner.get(s, netuid),
  };
}

/** `get_subnets_info`: added subnets in ascending netuid order. */
function subnetsInfo(s: State): (Record<string, unknown> | undefined)[] {
  return allNetuids(s)
    .sort((a, b) => a - b)
    .map((netuid) => subnetInfo(s, netuid));
}

export function neuronLite(s: State, netuid: number, uid: number): Record<string, unknown> | undefined {
  const hotkey = hotkeyOf(s, netuid, uid);
  if (hotkey === undefined) return undefined;
  const coldkey = S.Owner.get(s, hotkey);
  return {
    hotkey,
    coldkey,
    uid,
    netuid,
    active: at(S.Active.get(s, netuid), uid, false),
    axon_info: S.Axons.get(s, netuid, hotkey) ?? EMPTY_AXON,
    prometheus_info: S.Prometheus.get(s, netuid, hotkey) ?? EMPTY_PROMETHEUS,
    stake: [[coldkey, getStakeForHotkeyOnSubnet(s, hotkey, netuid)]],
    rank: 0,
    emission: at(S.Emission.get(s, netuid), uid, 0n),
    incentive: at(S.Incentive.get(s, netuid), uid, 0),
    consensus: at(S.Consensus.get(s, netuid), uid, 0),
    trust: 0,
    validator_trust: at(S.ValidatorTrust.get(s, netuid), uid, 0),
    dividends: at(S.Dividends.get(s, netuid), uid, 0),
    last_update: at(S.LastUpdate.get(s, netuid), uid, 0n),
    validator_permit: at(S.ValidatorPermit.get(s, netuid), uid, false),
    pruning_score: 0xffff,
  };
}

function neuronsLite(s: State, netuid: number): Record<string, unknown>[] {
  if (!exists(s, netuid)) return [];
  const out: Record<string, unknown>[] = [];
  const n = S.SubnetworkN.get(s, netuid);
  for (let uid = 0; uid < n; uid++) {
    const neuron = neuronLite(s, netuid, uid);
    if (!neuron) break;
    out.push(neuron);
  }
  return out;
}

const cmpBytes = (a: Uint8Array, b: Uint8Array): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
};
/** Storage order of a Blake2_128Concat-hashed account key. */
const blake2ConcatKey = (who: AccountId): Uint8Array => {
  const raw = fromHex(who);
  const out = new Uint8Array(16 + raw.length);
  out.set(blake2_128(raw));
  out.set(raw, 16);
  return out;
};

const U64F64_1E12 = U64F64.fromInt(1_000_000_000_000n);
const U64F64_U16_MAX = U64F64.fromInt(65_535n);

/** `get_delegate_by_existing_account(delegate, skip_nominators = false)`. */
export function delegateInfo(s: State, delegate: AccountId): Record<string, unknown> {
  const nominators = new Map<AccountId, [number, bigint][]>();
  const netuids = subnetNetuids(s);
  for (const [hotkey, coldkey, netuid] of S.AlphaV2.entries(s).map(([h, c, n]) => [h, c, n] as const)) {
    if (hotkey !== delegate || !netuids.includes(netuid)) continue;
    const stake = getStake(s, hotkey, coldkey, netuid);
    if (stake === 0n) continue;
    let list = nominators.get(coldkey);
    if (!list) nominators.set(coldkey, (list = []));
    list.push([netuid, stake]);
  }
  const nominatorList = [...nominators.entries()]
    .sort(([a], [b]) => cmpBytes(fromHex(a), fromHex(b)))
    .map(([who, stakes]) => [who, stakes.sort((x, y) => x[0] - y[0])]);
  const registrations = allNetuids(s).filter((netuid) => S.IsNetworkMember.get(s, delegate, netuid));
  const validatorPermits: number[] = [];
  let emissionsPerDay = 0n;
  for (const netuid of registrations) {
    const uid = S.Uids.get(s, netuid, delegate);
    if (uid === undefined) continue;
    if (at(S.ValidatorPermit.get(s, netuid), uid, false)) validatorPermits.push(netuid);
    const emission = U64F64.fromInt(at(S.Emission.get(s, netuid), uid, 0n));
    const tempo = U64F64.fromInt(S.Tempo.get(s, netuid));
    if (tempo > 0n) {
      const epochsPerDay = U64F64.safeDiv(U64F64.fromInt(7200n), tempo);
      emissionsPerDay = U64F64.saturatingAdd(emissionsPerDay, U64F64.mul(emission, epochsPerDay));
    }
  }
  const take = S.Delegates.get(s, delegate);
  const totalStake = U64F64.fromInt(getStakeForHotkeyOnSubnet(s, delegate, ROOT));
  const withoutTake = U64F64.saturatingSub(U64F64.fromInt(1n), U64F64.safeDiv(U64F64.fromInt(BigInt(take)), U64F64_U16_MAX));
  const returnPer1000 = totalStake > 0n ? U64F64.safeDiv(U64F64.mul(emissionsPerDay, withoutTake), U64F64.safeDiv(totalStake, U64F64_1E12)) : 0n;
  return {
    delegate_ss58: delegate,
    take,
    nominators: nominatorList,
    owner_ss58: S.Owner.get(s, delegate),
    registrations,
    validator_permits: validatorPermits,
    return_per_1000: U64F64.toU64(returnPer1000),
    total_daily_return: U64F64.toU64(emissionsPerDay),
  };
}

/** `get_delegates`: every key of `Delegates`, in storage (Blake2_128Concat) order. */
function delegates(s: State): Record<string, unknown>[] {
  return S.Delegates.keysOf(s)
    .map((who) => [blake2ConcatKey(who), who] as const)
    .sort((a, b) => cmpBytes(a[0], b[0]))
    .map(([, who]) => delegateInfo(s, who));
}

export function stakeInfoForColdkey(s: State, coldkey: AccountId): StakeInfoValue[] {
  const out: StakeInfoValue[] = [];
  const hotkeys = S.StakingHotkeys.get(s, coldkey);
  for (const netuid of subnetNetuids(s)) {
    for (const hotkey of hotkeys) {
      const stake = getStake(s, hotkey, coldkey, netuid);
      if (stake === 0n) continue;
      out.push({
        hotkey,
        coldkey,
        netuid,
        stake,
        locked: 0n,
        emission: S.AlphaDividendsPerSubnet.get(s, netuid, hotkey),
        tao_emission: 0n,
        drain: 0n,
        is_registered: S.Uids.contains(s, netuid, hotkey),
      });
    }
  }
  return out;
}

/** `SwapRuntimeApi::current_alpha_price`: price × 1e9, saturating to u64 (0 with an empty alpha reserve). */
function alphaPriceRao(s: State, netuid: number): bigint {
  const price = priceBits(s, netuid);
  return U64F64.toU64(U64F64.mul(price, U64F64.fromInt(1_000_000_000n)));
}

/** `Swap::current_price` as U64F64 bits. */
function priceBits(s: State, netuid: number): bigint {
  if (S.SubnetMechanism.get(s, netuid) === 1 && S.SubnetAlphaIn.get(s, netuid) === 0n) return 0n;
  return currentAlphaPrice(s, netuid);
}

const ZERO_SIM: SimSwapResultValue = { tao_amount: 0n, alpha_amount: 0n, tao_fee: 0n, alpha_fee: 0n, tao_slippage: 0n, alpha_slippage: 0n };

function simTaoForAlpha(s: State, netuid: number, tao: bigint): SimSwapResultValue {
  const price = priceBits(s, netuid);
  const noSlippageAlpha = U64F64.toU64(U64F64.safeDiv(U64F64.fromInt(tao), price));
  let r;
  try {
    r = simSwap(s, netuid, 'buy', tao);
  } catch {
    return ZERO_SIM;
  }
  return { tao_amount: r.amountPaidIn, alpha_amount: r.amountPaidOut, tao_fee: r.feePaid, alpha_fee: 0n, tao_slippage: 0n, alpha_slippage: satSub(noSlippageAlpha, r.amountPaidOut) };
}

function simAlphaForTao(s: State, netuid: number, alpha: bigint): SimSwapResultValue {
  const price = priceBits(s, netuid);
  const noSlippageTao = U64F64.toU64(U64F64.mul(U64F64.fromInt(alpha), price));
  let r;
  try {
    r = simSwap(s, netuid, 'sell', alpha);
  } catch {
    return ZERO_SIM;
  }
  return { tao_amount: r.amountPaidOut, alpha_amount: r.amountPaidIn, tao_fee: 0n, alpha_fee: r.feePaid, tao_slippage: satSub(noSlippageTao, r.amountPaidOut), alpha_slippage: 0n };
}

// ---------------------------------------------------------------------------------------------
// Dispatch

/** A method's implementation: the head state, its decoded parameters (in `RUNTIME_APIS` order) and the head's number. */
type ApiFn = (s: State, params: readonly unknown[], block: bigint) => unknown;

const APIS: Readonly<Record<RuntimeApiMethod, ApiFn>> = {
  SubnetInfoRuntimeApi_get_subnet_info: (s, [netuid]) => subnetInfo(s, netuid as number),
  SubnetInfoRuntimeApi_get_subnets_info: (s) => subnetsInfo(s),
  SubnetInfoRuntimeApi_get_dynamic_info: (s, [netuid], b) => dynamicInfo(s, b, netuid as number),
  SubnetInfoRuntimeApi_get_all_dynamic_info: (s, _p, b) => subnetNetuids(s).map((n) => dynamicInfo(s, b, n)),
  SubnetInfoRuntimeApi_get_metagraph: (s, [netuid], b) => metagraph(s, b, netuid as number),
  SubnetInfoRuntimeApi_get_all_metagraphs: (s, _p, b) => subnetNetuids(s).map((n) => metagraph(s, b, n)),
  NeuronInfoRuntimeApi_get_neurons_lite: (s, [netuid]) => neuronsLite(s, netuid as number),
  NeuronInfoRuntimeApi_get_neuron_lite: (s, [netuid, uid]) => (exists(s, netuid as number) ? neuronLite(s, netuid as number, uid as number) : undefined),
  DelegateInfoRuntimeApi_get_delegates: (s) => delegates(s),
  DelegateInfoRuntimeApi_get_delegate: (s, [who]) => (S.Delegates.contains(s, who as AccountId) ? delegateInfo(s, who as AccountId) : undefined),
  StakeInfoRuntimeApi_get_stake_info_for_coldkey: (s, [coldkey]) => stakeInfoForColdkey(s, coldkey as AccountId),
  StakeInfoRuntimeApi_get_stake_info_for_coldkeys: (s, [coldkeys]) => (coldkeys as AccountId[]).map((ck) => [ck, stakeInfoForColdkey(s, ck)]),
  // as subtensor: the cost at the queried block's number (a registration in the next block pays it after one block of decay)
  SubnetRegistrationRuntimeApi_get_network_registration_cost: (s, _p, b) => networkLockCost(s, b),
  SwapRuntimeApi_current_alpha_price: (s, [netuid]) => alphaPriceRao(s, netuid as number),
  SwapRuntimeApi_current_alpha_price_all: (s) => subnetNetuids(s).map((netuid) => ({ netuid, price: alphaPriceRao(s, netuid) })),
  SwapRuntimeApi_sim_swap_tao_for_alpha: (s, [netuid, tao]) => simTaoForAlpha(s, netuid as number, tao as bigint),
  SwapRuntimeApi_sim_swap_alpha_for_tao: (s, [netuid, alpha]) => simAlphaForTao(s, netuid as number, alpha as bigint),
};

/** Names of the runtime API methods this module serves. */
export const SUBTENSOR_RUNTIME_API_METHODS: readonly string[] = Object.keys(APIS);

const isMethod = (method: string): method is RuntimeApiMethod => Object.hasOwn(APIS, method);

/** Each method's parameters as one tuple layout (built once: codecs are memoised per descriptor). */
const PARAMS: Readonly<Record<string, TypeDef>> = Object.fromEntries(Object.entries(RUNTIME_APIS).map(([method, spec]) => [method, T.tuple(...spec.args)]));

/**
 * Run a subtensor runtime API against the host's state: the SCALE-encoded result, or undefined when
 * `method` is not one of them. Malformed arguments give Substrate's 4002 codec error.
 */
export function subtensorRuntimeApi(host: RuntimeApiHost, method: string, data: Uint8Array): Uint8Array | undefined {
  if (!isMethod(method)) return undefined;
  const spec = RUNTIME_APIS[method];
  let params: readonly unknown[] = [];
  // a method without parameters ignores its input
  if (spec.args.length > 0) {
    try {
      params = decode(PARAMS[method], data) as unknown[];
    } catch (e) {
      throw new RpcError(4002, `Client error: Execution failed: Runtime error: Codec error: ${(e as Error).message}`);
    }
  }
  const block = BigInt(host.head.number);
  return host.view((s) => encode(spec.ret, APIS[method](s, params, block)));
}
