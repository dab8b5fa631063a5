import type { TensoriumClient } from '../client.js';
import { TensoriumError, type ParameterError } from '../errors.js';
import { callRuntimeApi, textOf, type RawDynamicInfo } from '../runtimeApi.js';
import { assertNetuid, ss58 } from '../util.js';

/** A subnet's pool and emission view (`DynamicInfo`), amounts in rao. */
export interface DynamicInfo {
  readonly netuid: number;
  readonly name: string;
  /** Token symbol from the chain (τ for root). */
  readonly symbol: string;
  readonly ownerHotkey: string;
  readonly ownerColdkey: string;
  readonly tempo: number;
  readonly lastStep: bigint;
  readonly blocksSinceLastStep: bigint;
  /** Price of one alpha in rao (SwapRuntimeApi.current_alpha_price; root = 1 τ). */
  readonly price: bigint;
  /** TAO reserve of the pool (SubnetTAO). */
  readonly taoIn: bigint;
  /** Alpha reserve of the pool (SubnetAlphaIn). */
  readonly alphaIn: bigint;
  /** Alpha outstanding (staked) (SubnetAlphaOut). */
  readonly alphaOut: bigint;
  readonly emission: bigint;
  readonly taoInEmission: bigint;
  readonly alphaInEmission: bigint;
  readonly alphaOutEmission: bigint;
  readonly pendingAlphaEmission: bigint;
  readonly pendingRootEmission: bigint;
  readonly subnetVolume: bigint;
  readonly networkRegisteredAt: bigint;
  /** EMA price (I96F32 bits → float). */
  readonly movingPrice: number;
}

export interface GetDynamicInfoParameters {
  readonly netuid: number;
}
export type GetDynamicInfoReturnType = DynamicInfo;
export type GetDynamicInfoErrorType = TensoriumError | ParameterError;

/** Decoded runtime struct + price → {@link DynamicInfo}. */
export function toDynamicInfo(d: RawDynamicInfo, price: bigint): DynamicInfo {
  return {
    netuid: d.netuid,
    name: textOf(d.subnet_name),
    symbol: textOf(d.token_symbol),
    ownerHotkey: ss58(d.owner_hotkey),
    ownerColdkey: ss58(d.owner_coldkey),
    tempo: d.tempo,
    lastStep: d.last_step,
    blocksSinceLastStep: d.blocks_since_last_step,
    price: d.netuid === 0 ? 1_000_000_000n : price,
    taoIn: d.tao_in,
    alphaIn: d.alpha_in,
    alphaOut: d.alpha_out,
    emission: d.emission,
    taoInEmission: d.tao_in_emission,
    alphaInEmission: d.alpha_in_emission,
    alphaOutEmission: d.alpha_out_emission,
    pendingAlphaEmission: d.pending_alpha_emission,
    pendingRootEmission: d.pending_root_emission,
    subnetVolume: d.subnet_volume,
    networkRegisteredAt: d.network_registered_at,
    movingPrice: Number(d.moving_price) / 2 ** 32,
  };
}

/**
 * One subnet's price, reserves and emission. Runtime APIs:
 * `SubnetInfoRuntimeApi.get_dynamic_info(netuid)` and `SwapRuntimeApi.current_alpha_price(netuid)`.
 * @example
 * const { price, taoIn, alphaIn } = await getDynamicInfo(client, { netuid: 1 });
 */
export async function getDynamicInfo(client: TensoriumClient, params: GetDynamicInfoParameters): Promise<GetDynamicInfoReturnType> {
  assertNetuid(params.netuid);
  const [raw, price] = await Promise.all([
    callRuntimeApi(client, 'SubnetInfoRuntimeApi_get_dynamic_info', [params.netuid]) as Promise<RawDynamicInfo | undefined>,
    callRuntimeApi(client, 'SwapRuntimeApi_current_alpha_price', [params.netuid]) as Promise<bigint>,
  ]);
  if (!raw) throw new TensoriumError('SUBNET_NOT_FOUND', `subnet ${params.netuid} does not exist`, { remedy: 'list subnets with `tensorium subnet list`', details: { netuid: params.netuid } });
  return toDynamicInfo(raw, price);
}
