/**
 * The metagraph (spec/sdk.md §3): a subnet's per-neuron state as one consistent snapshot. Sources,
 * all at one block: `SubnetInfoRuntimeApi.get_metagraph(netuid)` (hotkeys, coldkeys, stakes as
 * the chain weighs them, consensus, incentive, dividends, emission, activity, permits, axons,
 * hyperparameters, pool), `SubtensorModule.ValidatorTrust(netuid)` (not in the runtime API), and
 * when not lite `SubtensorModule.Weights` / `Bonds` (storage index = netuid, mechanism 0).
 * Conventions follow bittensor: u16 fields /65535, rao fields /1e9; `rank`/`trust` are no longer
 * computed on chain and are zeros. Unlike bittensor, `taoStake` is the chain's root stake as it
 * counts (no hard-coded 0.18 — pain point §9 #14) and raw rao values are kept as bigints.
 */
import type { TensoriumClient } from '../client/client.js';
import { TensoriumError } from '../client/errors.js';
import { callRuntimeApi, textOf, type RawDynamicInfo, type RawMetagraph } from '../client/runtimeApi.js';
import { rawMetagraphFromStorage } from './fromStorage.js';
import { assertNetuid, ss58 } from '../client/util.js';

export interface MetagraphAxon {
  readonly hotkey: string;
  readonly coldkey: string;
  /** Text IP ("0.0.0.0" when not served). */
  readonly ip: string;
  readonly port: number;
  readonly ipType: number;
  readonly version: number;
  readonly protocol: number;
  /** Block the axon was last served at. */
  readonly block: bigint;
  readonly isServing: boolean;
}

export interface Metagraph {
  readonly netuid: number;
  readonly block: number;
  readonly blockHash: string;
  readonly n: number;
  readonly name: string;
  readonly symbol: string;
  readonly tempo: number;
  readonly lastStep: bigint;
  readonly blocksSinceLastStep: bigint;
  readonly ownerHotkey: string;
  readonly ownerColdkey: string;
  readonly uids: number[];
  readonly hotkeys: string[];
  readonly coldkeys: string[];
  /** Stake weight (alpha + root TAO × TaoWeight) in units, as the epoch weighs it (S). */
  readonly stake: number[];
  readonly totalStake: number[];
  /** Alpha stake (inherited through child keys) in units (AS). */
  readonly alphaStake: number[];
  /** Root TAO stake (inherited) in units (TS), unweighted. */
  readonly taoStake: number[];
  /** The same three in rao. */
  readonly totalStakeRao: bigint[];
  readonly alphaStakeRao: bigint[];
  readonly taoStakeRao: bigint[];
  /** Deprecated on chain: zeros. */
  readonly ranks: number[];
  /** Deprecated on chain: zeros. */
  readonly trust: number[];
  readonly consensus: number[];
  readonly validatorTrust: number[];
  readonly incentive: number[];
  readonly dividends: number[];
  /** Last epoch's emission per neuron in alpha units (E). */
  readonly emission: number[];
  readonly emissionRao: bigint[];
  readonly active: boolean[];
  readonly lastUpdate: number[];
  readonly blockAtRegistration: number[];
  readonly validatorPermit: boolean[];
  /** n × n, each row normalised to sum 1 (empty when lite). */
  readonly weights: number[][];
  /** n × n raw u16 bonds (empty when lite). */
  readonly bonds: number[][];
  readonly axons: MetagraphAxon[];
  readonly alphaDividendsPerHotkey: { hotkey: string; alpha: bigint }[];
  readonly hyperparameters: {
    readonly rho: number;
    readonly kappa: number;
    readonly minAllowedWeights: number;
    readonly maxWeightsLimit: number;
    readonly weightsVersion: bigint;
    readonly weightsRateLimit: bigint;
    readonly activityCutoff: bigint;
    readonly maxValidators: number;
    readonly maxUids: number;
    readonly burn: bigint;
    readonly immunityPeriod: number;
    readonly commitRevealWeightsEnabled: boolean;
    readonly commitRevealPeriod: bigint;
    readonly liquidAlphaEnabled: boolean;
    readonly registrationAllowed: boolean;
  };
  readonly pool: { readonly taoIn: bigint; readonly alphaIn: bigint; readonly alphaOut: bigint; readonly subnetVolume: bigint; readonly movingPrice: number };
  readonly lite: boolean;
  /** Where the per-neuron values came from. */
  readonly source: 'runtime-api' | 'storage';
}

export interface SyncMetagraphParameters {
  readonly netuid: number;
  /** Block number to sync at (default: the best block). */
  readonly block?: number;
  /** Skip weights and bonds (default true, as bittensor). */
  readonly lite?: boolean;
  /**
   * `runtime-api` (the chain's `get_metagraph`; best block only), `storage` (raw storage at the
   * block, stakes computed as the chain does) or `auto` (default: runtime API at the best block,
   * storage for an older block).
   */
  readonly source?: 'auto' | 'runtime-api' | 'storage';
}
export type SyncMetagraphReturnType = Metagraph;
export type SyncMetagraphErrorType = TensoriumError;

const U16 = 65_535;
const u16f = (v: readonly number[], n: number): number[] => Array.from({ length: n }, (_, i) => (v[i] ?? 0) / U16);
const units = (v: bigint): number => Number(v) / 1e9;

function ipText(ip: bigint, ipType: number): string {
  if (ipType === 6) {
    const groups: string[] = [];
    for (let i = 7; i >= 0; i--) groups.push(((ip >> BigInt(i * 16)) & 0xffffn).toString(16));
    return groups.join(':');
  }
  return [24, 16, 8, 0].map((s) => Number((ip >> BigInt(s)) & 0xffn)).join('.');
}

/** Sparse (uid, value) rows from a doubleMap(netuid, uid) → dense n × n matrix. */
async function matrix(client: TensoriumClient, item: 'weights' | 'bonds', netuid: number, n: number, at: string, normalise: boolean): Promise<number[][]> {
  const api = await client.api.at(at);
  const entries = await api.query.subtensorModule[item].entries(netuid);
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [key, value] of entries) {
    const uid = Number((key.args[1] as unknown as { toNumber(): number }).toNumber());
    if (uid >= n) continue;
    const row = out[uid];
    const pairs = value.toJSON() as [number, number][];
    for (const [j, v] of pairs) if (j < n) row[j] = v;
    if (normalise) {
      const sum = row.reduce((a, b) => a + b, 0);
      if (sum > 0) for (let j = 0; j < n; j++) row[j] /= sum;
    }
  }
  return out;
}

/**
 * Sync a subnet's metagraph at one block.
 * @example
 * const mg = await syncMetagraph(client, { netuid: 1, lite: false });
 * console.log(mg.n, mg.hotkeys[0], mg.incentive[0], mg.weights[0]);
 */
export async function syncMetagraph(client: TensoriumClient, params: SyncMetagraphParameters): Promise<SyncMetagraphReturnType> {
  assertNetuid(params.netuid);
  const lite = params.lite ?? true;
  const head = await client.api.rpc.chain.getHeader();
  const headNumber = head.number.toNumber();
  const source = params.source ?? 'auto';
  const block = params.block ?? headNumber;
  if (block > headNumber || block < 0 || !Number.isInteger(block)) throw new TensoriumError('BLOCK_NOT_FOUND', `block ${block} is not on chain (best block ${headNumber})`, { remedy: 'pass a block number at or below the best block', details: { block, head: headNumber } });
  const useStorage = source === 'storage' || (source === 'auto' && block !== headNumber);
  if (!useStorage && block !== headNumber) {
    throw new TensoriumError('HISTORIC_BLOCK_UNSUPPORTED', `the node answers runtime APIs at its best block (${headNumber}), not at block ${block}`, {
      remedy: 'use source "storage" (or "auto") for older blocks',
      details: { block, head: headNumber },
    });
  }
  const at = block === headNumber ? head.hash.toHex() : (await client.api.rpc.chain.getBlockHash(block)).toHex();
  let raw: RawMetagraph | undefined;
  if (useStorage) {
    try {
      raw = await rawMetagraphFromStorage(client, params.netuid, at, block);
    } catch (e) {
      if (!/state|discarded|unknown ?block|4003/i.test((e as Error).message)) throw e;
      throw new TensoriumError('STATE_UNAVAILABLE', `state at block ${block} is not available: ${(e as Error).message}`, { remedy: 'the node keeps recent state only; use a more recent block', details: { block }, cause: e });
    }
    if (raw) {
      const dyn = (await callRuntimeApi(client, 'SubnetInfoRuntimeApi_get_dynamic_info', [params.netuid])) as RawDynamicInfo | undefined;
      raw = { ...raw, name: dyn?.subnet_name ?? [] };
    }
  } else {
    raw = (await callRuntimeApi(client, 'SubnetInfoRuntimeApi_get_metagraph', [params.netuid], at)) as RawMetagraph | undefined;
  }
  if (!raw) throw new TensoriumError('SUBNET_NOT_FOUND', `subnet ${params.netuid} does not exist${useStorage ? ` at block ${block}` : ''}`, { remedy: 'list subnets with `tensorium subnet list`', details: { netuid: params.netuid, block } });
  const n = raw.num_uids;
  const apiAt = await client.api.at(at);
  const vtrust = ((await apiAt.query.subtensorModule.validatorTrust(params.netuid)).toJSON() as number[] | null) ?? [];
  const [weights, bonds] = lite ? [[], []] : await Promise.all([matrix(client, 'weights', params.netuid, n, at, true), matrix(client, 'bonds', params.netuid, n, at, false)]);
  const hotkeys = raw.hotkeys.map(ss58);
  const coldkeys = raw.coldkeys.map(ss58);
  const pad = <V>(v: readonly V[], d: V): V[] => Array.from({ length: n }, (_, i) => v[i] ?? d);
  return {
    netuid: raw.netuid,
    block: Number(raw.block),
    blockHash: at,
    n,
    name: textOf(raw.name),
    symbol: textOf(raw.symbol),
    tempo: raw.tempo,
    lastStep: raw.last_step,
    blocksSinceLastStep: raw.blocks_since_last_step,
    ownerHotkey: ss58(raw.owner_hotkey),
    ownerColdkey: ss58(raw.owner_coldkey),
    uids: Array.from({ length: n }, (_, i) => i),
    hotkeys,
    coldkeys,
    stake: pad(raw.total_stake, 0n).map(units),
    totalStake: pad(raw.total_stake, 0n).map(units),
    alphaStake: pad(raw.alpha_stake, 0n).map(units),
    taoStake: pad(raw.tao_stake, 0n).map(units),
    totalStakeRao: pad(raw.total_stake, 0n),
    alphaStakeRao: pad(raw.alpha_stake, 0n),
    taoStakeRao: pad(raw.tao_stake, 0n),
    ranks: new Array<number>(n).fill(0),
    trust: new Array<number>(n).fill(0),
    consensus: u16f(raw.consensus, n),
    validatorTrust: u16f(vtrust, n),
    incentive: u16f(raw.incentives, n),
    dividends: u16f(raw.dividends, n),
    emission: pad(raw.emission, 0n).map(units),
    emissionRao: pad(raw.emission, 0n),
    active: pad(raw.active, false),
    lastUpdate: pad(raw.last_update, 0n).map(Number),
    blockAtRegistration: pad(raw.block_at_registration, 0n).map(Number),
    validatorPermit: pad(raw.validator_permit, false),
    weights,
    bonds,
    axons: raw.axons.map((a, i) => ({
      hotkey: hotkeys[i],
      coldkey: coldkeys[i],
      ip: ipText(a.ip, a.ip_type),
      port: a.port,
      ipType: a.ip_type,
      version: a.version,
      protocol: a.protocol,
      block: a.block,
      isServing: a.ip !== 0n,
    })),
    alphaDividendsPerHotkey: raw.alpha_dividends_per_hotkey.map(([h, v]) => ({ hotkey: ss58(h), alpha: v })),
    hyperparameters: {
      rho: raw.rho,
      kappa: raw.kappa,
      minAllowedWeights: raw.min_allowed_weights,
      maxWeightsLimit: raw.max_weights_limit,
      weightsVersion: raw.weights_version,
      weightsRateLimit: raw.weights_rate_limit,
      activityCutoff: raw.activity_cutoff,
      maxValidators: raw.max_validators,
      maxUids: raw.max_uids,
      burn: raw.burn,
      immunityPeriod: raw.immunity_period,
      commitRevealWeightsEnabled: raw.commit_reveal_weights_enabled,
      commitRevealPeriod: raw.commit_reveal_period,
      liquidAlphaEnabled: raw.liquid_alpha_enabled,
      registrationAllowed: raw.registration_allowed,
    },
    pool: { taoIn: raw.tao_in, alphaIn: raw.alpha_in, alphaOut: raw.alpha_out, subnetVolume: raw.subnet_volume, movingPrice: Number(raw.moving_price) / 2 ** 32 },
    lite,
    source: useStorage ? 'storage' : 'runtime-api',
  };
}
