import type { TensoriumClient } from '../client.js';
import type { ParameterError, TensoriumError } from '../errors.js';
import { assertNetuid, toSs58 } from '../util.js';
import { getStakeInfo } from './getStakeInfo.js';

export interface GetStakeParameters {
  readonly coldkey: string;
  readonly hotkey: string;
  readonly netuid: number;
}
/** Alpha held by the coldkey on the hotkey in the subnet, rao. */
export type GetStakeReturnType = bigint;
export type GetStakeErrorType = TensoriumError | ParameterError;

/**
 * One stake position (share-pool value, as the chain computes it). Runtime API:
 * `StakeInfoRuntimeApi.get_stake_info_for_coldkey(coldkey)`.
 * @example
 * const alpha = await getStake(client, { coldkey, hotkey, netuid: 1 });
 */
export async function getStake(client: TensoriumClient, params: GetStakeParameters): Promise<GetStakeReturnType> {
  assertNetuid(params.netuid);
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const all = await getStakeInfo(client, { coldkey: params.coldkey });
  return all.find((p) => p.hotkey === hotkey && p.netuid === params.netuid)?.stake ?? 0n;
}
