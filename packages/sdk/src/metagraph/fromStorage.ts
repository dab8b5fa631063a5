/**
 * The metagraph from raw storage at any block the node still holds (the runtime API answers at the
 * head only). Every value is read at one block hash and the stakes are computed as the chain
 * computes them (`get_stake_weights_for_hotkey_on_subnet`, stake_utils.rs): alpha and root TAO
 * inherited through child keys in U96F32, then total = alpha + tao × TaoWeight in I64F64, floored
 * to u64. The result has the runtime API's `Metagraph` shape so both paths share one conversion.
 */
import type { ApiDecoration } from '@polkadot/api/types';
import type { Codec } from '@polkadot/types/types';
import { I64F64, U96F32 } from '@tensorium/primitives';
import type { TensoriumClient } from '../client/client.js';
import type { AxonInfoValue, RawMetagraph } from '../client/runtimeApi.js';
import { accountHex } from '../client/util.js';

const U64_MAX = (1n << 64n) - 1n;
const U64_MAX_U96 = U96F32.fromInt(U64_MAX);
const ROOT = 0;

type Query = (...args: unknown[]) => Promise<Codec>;

function json<T>(c: Codec): T {
  return c.toJSON() as T;
}
/** A JSON integer (number or hex string) or a fixed-point `{ bits }` → bigint (raw bits). */
const bigOf = (v: unknown): bigint => {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'object' && 'bits' in v) return BigInt((v as { bits: string | number }).bits);
  return BigInt(v as string | number);
};
const hexOf = (ss58OrHex: string): string => accountHex(ss58OrHex).slice(2);

/** Reads the subnet at `blockHash`; undefined when the subnet does not exist there. */
export async function rawMetagraphFromStorage(client: TensoriumClient, netuid: number, blockHash: string, blockNumber: number): Promise<RawMetagraph | undefined> {
  const at: ApiDecoration<'promise'> = await client.api.at(blockHash);
  const sm = at.query.subtensorModule as unknown as Record<string, Query>;
  const q = (name: string, ...args: unknown[]): Promise<Codec> => sm[name](...args);
  if (!json<boolean>(await q('networksAdded', netuid))) return undefined;
  const [nC, tempoC, lastStepC, factorC, ownerC, ownerHkC, symbolC, regAtC, taoWeightC] = await Promise.all([
    q('subnetworkN', netuid),
    q('tempo', netuid),
    q('lastMechansimStepBlock', netuid),
    q('activityCutoffFactorMilli', netuid),
    q('subnetOwner', netuid),
    q('subnetOwnerHotkey', netuid),
    q('tokenSymbol', netuid),
    q('networkRegisteredAt', netuid),
    q('taoWeight'),
  ]);
  const n = json<number>(nC);
  const uids = Array.from({ length: n }, (_, i) => i);
  const hotkeys = (await Promise.all(uids.map((uid) => q('keys', netuid, uid)))).map((c) => c.toString());
  const [coldkeys, axons, blockAtReg, alphaDivs] = await Promise.all([
    Promise.all(hotkeys.map((h) => q('owner', h).then((c) => c.toString()))),
    Promise.all(hotkeys.map((h) => q('axons', netuid, h).then((c) => json<Record<string, unknown> | null>(c)))),
    Promise.all(uids.map((uid) => q('blockAtRegistration', netuid, uid).then((c) => bigOf(c.toJSON())))),
    Promise.all(hotkeys.map((h) => q('alphaDividendsPerSubnet', netuid, h).then((c) => bigOf(c.toJSON())))),
  ]);
  const vec = async <T>(name: string): Promise<T[]> => json<T[] | null>(await q(name, netuid)) ?? [];
  const [active, permit, lastUpdate, emission, dividends, incentives, consensus] = await Promise.all([
    vec<boolean>('active'),
    vec<boolean>('validatorPermit'),
    vec<number | string>('lastUpdate'),
    vec<number | string>('emission'),
    vec<number>('dividends'),
    vec<number>('incentive'),
    vec<number>('consensus'),
  ]);
  const hp = async (name: string): Promise<unknown> => json<unknown>(await q(name, netuid));
  const names = ['rho', 'kappa', 'minAllowedWeights', 'maxWeightsLimit', 'weightsVersionKey', 'weightsSetRateLimit', 'maxAllowedValidators', 'maxAllowedUids', 'burn', 'difficulty', 'networkRegistrationAllowed', 'networkPowRegistrationAllowed', 'immunityPeriod', 'minDifficulty', 'maxDifficulty', 'minBurn', 'maxBurn', 'adjustmentAlpha', 'adjustmentInterval', 'targetRegistrationsPerInterval', 'maxRegistrationsPerBlock', 'servingRateLimit', 'commitRevealWeightsEnabled', 'revealPeriodEpochs', 'liquidAlphaOn', 'alphaValues', 'bondsMovingAverage', 'subnetAlphaIn', 'subnetAlphaOut', 'subnetTAO', 'subnetVolume', 'subnetMovingPrice', 'subnetAlphaOutEmission', 'subnetAlphaInEmission', 'subnetTaoInEmission', 'pendingValidatorEmission', 'pendingServerEmission'];
  const hv = Object.fromEntries(await Promise.all(names.map(async (k) => [k, await hp(k)] as const))) as Record<string, unknown>;

  // stake weights through child keys (U96F32), as get_stake_weights_for_hotkey_on_subnet
  const stakeCache = new Map<string, bigint>();
  const stakeOf = async (hk: string, sn: number): Promise<bigint> => {
    const key = `${hk}/${sn}`;
    let v = stakeCache.get(key);
    if (v === undefined) stakeCache.set(key, (v = bigOf((await q('totalHotkeyAlpha', hk, sn)).toJSON())));
    return v;
  };
  const inherited = async (hk: string, stakeNetuid: number, children: [string | number, string][], parents: [string | number, string][]): Promise<bigint> => {
    const initial = U96F32.fromInt(await stakeOf(hk, stakeNetuid));
    let toChildren = 0n;
    let fromParents = 0n;
    for (const [proportion] of children) toChildren = U96F32.saturatingAdd(toChildren, U96F32.mul(initial, U96F32.safeDiv(U96F32.fromInt(bigOf(proportion)), U64_MAX_U96)));
    for (const [proportion, parent] of parents) {
      const ps = U96F32.fromInt(await stakeOf(parent, stakeNetuid));
      fromParents = U96F32.saturatingAdd(fromParents, U96F32.mul(ps, U96F32.safeDiv(U96F32.fromInt(bigOf(proportion)), U64_MAX_U96)));
    }
    return U96F32.toU64(U96F32.saturatingAdd(U96F32.saturatingSub(initial, toChildren), fromParents));
  };
  const tw = I64F64.from(U96F32, U96F32.safeDiv(U96F32.fromInt(bigOf(taoWeightC.toJSON())), U64_MAX_U96));
  const stakes = await Promise.all(
    hotkeys.map(async (hk) => {
      const [children, parents] = await Promise.all([q('childKeys', hk, netuid), q('parentKeys', hk, netuid)]).then(([c, p]) => [json<[string | number, string][]>(c) ?? [], json<[string | number, string][]>(p) ?? []]);
      const a = netuid === ROOT ? await stakeOf(hk, ROOT) : await inherited(hk, netuid, children, parents);
      const t = await inherited(hk, ROOT, children, parents);
      const alpha = I64F64.fromInt(a);
      const tao = I64F64.fromInt(t);
      return { total: I64F64.toU64(I64F64.saturatingAdd(alpha, I64F64.mul(tao, tw))), alpha: I64F64.toU64(alpha), tao: I64F64.toU64(tao) };
    }),
  );

  const tempo = json<number>(tempoC);
  const cutoff = (BigInt(json<number>(factorC)) * BigInt(tempo)) / 1000n;
  const lastStep = bigOf(lastStepC.toJSON());
  const block = BigInt(blockNumber);
  const [alphaLow, alphaHigh] = (hv.alphaValues as [number, number] | null) ?? [0, 0];
  const emptyAxon: AxonInfoValue = { block: 0n, version: 0, ip: 0n, port: 0, ip_type: 0, protocol: 0, placeholder1: 0, placeholder2: 0 };
  const axonOf = (a: Record<string, unknown> | null): AxonInfoValue =>
    a
      ? { block: bigOf(a.block), version: Number(a.version), ip: bigOf(a.ip), port: Number(a.port), ip_type: Number(a.ipType ?? a.ip_type), protocol: Number(a.protocol), placeholder1: Number(a.placeholder1), placeholder2: Number(a.placeholder2) }
      : emptyAxon;
  const symbolHex = symbolC.toHex();
  const pendingAlpha = bigOf(hv.pendingValidatorEmission) + bigOf(hv.pendingServerEmission);
  return {
    netuid,
    name: [],
    symbol: [...Buffer.from(symbolHex.slice(2), 'hex')],
    identity: undefined,
    network_registered_at: bigOf(regAtC.toJSON()),
    owner_hotkey: hexOf(ownerHkC.toString()),
    owner_coldkey: hexOf(ownerC.toString()),
    block,
    tempo,
    last_step: lastStep,
    blocks_since_last_step: block > lastStep ? block - lastStep : 0n,
    subnet_emission: 0n,
    alpha_in: bigOf(hv.subnetAlphaIn),
    alpha_out: bigOf(hv.subnetAlphaOut),
    tao_in: bigOf(hv.subnetTAO),
    alpha_out_emission: bigOf(hv.subnetAlphaOutEmission),
    alpha_in_emission: bigOf(hv.subnetAlphaInEmission),
    tao_in_emission: bigOf(hv.subnetTaoInEmission),
    pending_alpha_emission: pendingAlpha > U64_MAX ? U64_MAX : pendingAlpha,
    pending_root_emission: 0n,
    subnet_volume: bigOf(hv.subnetVolume),
    moving_price: bigOf(hv.subnetMovingPrice),
    rho: Number(hv.rho),
    kappa: Number(hv.kappa),
    min_allowed_weights: Number(hv.minAllowedWeights),
    max_weights_limit: Number(hv.maxWeightsLimit),
    weights_version: bigOf(hv.weightsVersionKey),
    weights_rate_limit: bigOf(hv.weightsSetRateLimit),
    activity_cutoff: cutoff > 1n ? cutoff : 1n,
    max_validators: Number(hv.maxAllowedValidators),
    num_uids: n,
    max_uids: Number(hv.maxAllowedUids),
    burn: bigOf(hv.burn),
    difficulty: bigOf(hv.difficulty),
    registration_allowed: Boolean(hv.networkRegistrationAllowed),
    pow_registration_allowed: Boolean(hv.networkPowRegistrationAllowed),
    immunity_period: Number(hv.immunityPeriod),
    min_difficulty: bigOf(hv.minDifficulty),
    max_difficulty: bigOf(hv.maxDifficulty),
    min_burn: bigOf(hv.minBurn),
    max_burn: bigOf(hv.maxBurn),
    adjustment_alpha: bigOf(hv.adjustmentAlpha),
    adjustment_interval: Number(hv.adjustmentInterval),
    target_regs_per_interval: Number(hv.targetRegistrationsPerInterval),
    max_regs_per_block: Number(hv.maxRegistrationsPerBlock),
    serving_rate_limit: bigOf(hv.servingRateLimit),
    commit_reveal_weights_enabled: Boolean(hv.commitRevealWeightsEnabled),
    commit_reveal_period: bigOf(hv.revealPeriodEpochs),
    liquid_alpha_enabled: Boolean(hv.liquidAlphaOn),
    alpha_high: alphaHigh,
    alpha_low: alphaLow,
    bonds_moving_avg: bigOf(hv.bondsMovingAverage),
    hotkeys: hotkeys.map(hexOf),
    coldkeys: coldkeys.map(hexOf),
    identities: [],
    axons: axons.map(axonOf),
    active,
    validator_permit: permit,
    pruning_score: [],
    last_update: lastUpdate.map(bigOf),
    emission: emission.map(bigOf),
    dividends,
    incentives,
    consensus,
    trust: [],
    rank: [],
    block_at_registration: blockAtReg,
    alpha_stake: stakes.map((s) => s.alpha),
    tao_stake: stakes.map((s) => s.tao),
    total_stake: stakes.map((s) => s.total),
    tao_dividends_per_hotkey: hotkeys.map((h) => [hexOf(h), 0n] as const),
    alpha_dividends_per_hotkey: hotkeys.map((h, i) => [hexOf(h), alphaDivs[i]] as const),
  };
}
