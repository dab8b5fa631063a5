import type { TensoriumClient } from '../client.js';
import type { TensoriumError } from '../errors.js';
import { callRuntimeApi, type RawDynamicInfo } from '../runtimeApi.js';
import { toDynamicInfo, type DynamicInfo } from './getDynamicInfo.js';

export type GetSubnetsParameters = Record<string, never>;
export type GetSubnetsReturnType = DynamicInfo[];
export type GetSubnetsErrorType = TensoriumError;

/**
 * Every subnet (root included) with price, reserves and emission, ascending netuid. Runtime APIs:
 * `SubnetInfoRuntimeApi.get_all_dynamic_info()` and `SwapRuntimeApi.current_alpha_price(netuid)`.
 * @example
 * for (const s of await getSubnets(client)) console.log(s.netuid, s.name, s.price);
 */
export async function getSubnets(client: TensoriumClient, _params: GetSubnetsParameters = {}): Promise<GetSubnetsReturnType> {
  const all = ((await callRuntimeApi(client, 'SubnetInfoRuntimeApi_get_all_dynamic_info', [])) as (RawDynamicInfo | undefined)[]).filter((d): d is RawDynamicInfo => d !== undefined);
  const prices = await Promise.all(all.map((d) => callRuntimeApi(client, 'SwapRuntimeApi_current_alpha_price', [d.netuid]) as Promise<bigint>));
  return all.map((d, i) => toDynamicInfo(d, prices[i])).sort((a, b) => a.netuid - b.netuid);
}
