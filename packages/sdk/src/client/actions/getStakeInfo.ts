import type { TensoriumClient } from '../client.js';
import type { ParameterError, TensoriumError } from '../errors.js';
import { callRuntimeApi, type RawStakeInfo } from '../runtimeApi.js';
import { accountHex, ss58 } from '../util.js';

export interface StakeInfo {
  readonly hotkey: string;
  readonly coldkey: string;
  readonly netuid: number;
  /** Alpha held, rao. */
  readonly stake: bigint;
  /** Alpha dividends of the hotkey in the last epoch, rao. */
  readonly emission: bigint;
  readonly isRegistered: boolean;
}
export interface GetStakeInfoParameters {
  readonly coldkey: string;
}
export type GetStakeInfoReturnType = StakeInfo[];
export type GetStakeInfoErrorType = TensoriumError | ParameterError;

/**
 * Every (hotkey, netuid) position of a coldkey with non-zero stake. Runtime API:
 * `StakeInfoRuntimeApi.get_stake_info_for_coldkey(coldkey)`.
 * @example
 * for (const p of await getStakeInfo(client, { coldkey: '5F…' })) console.log(p.netuid, p.hotkey, p.stake);
 */
export async function getStakeInfo(client: TensoriumClient, params: GetStakeInfoParameters): Promise<GetStakeInfoReturnType> {
  const ck = accountHex(params.coldkey, 'coldkey').slice(2);
  const raw = (await callRuntimeApi(client, 'StakeInfoRuntimeApi_get_stake_info_for_coldkey', [ck])) as RawStakeInfo[];
  return raw.map((r) => ({ hotkey: ss58(r.hotkey), coldkey: ss58(r.coldkey), netuid: r.netuid, stake: r.stake, emission: r.emission, isRegistered: r.is_registered }));
}
