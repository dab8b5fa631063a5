import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { findEvent, submitCall, type TxParameters, type TxResult } from '../submit.js';
import { toSs58 } from '../util.js';

export interface RegisterNetworkParameters extends TxParameters {
  /** The subnet owner's hotkey (SS58). The signer (coldkey) pays the lock cost. */
  readonly hotkey: string;
}
export interface RegisterNetworkReturnType extends TxResult {
  /** netuid of the new subnet (from `SubtensorModule.NetworkAdded`). */
  readonly netuid: number;
}
export type RegisterNetworkErrorType = ChainError | TransactionError | ParameterError;

/**
 * Create a subnet, locking the current lock cost. Chain call: `SubtensorModule.register_network(hotkey)`.
 * @example
 * const { netuid } = await registerNetwork(client, { signer: coldkey, hotkey: hotkey.ss58Address });
 */
export async function registerNetwork(client: TensoriumClient, params: RegisterNetworkParameters): Promise<RegisterNetworkReturnType> {
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const r = await submitCall(client, client.api.tx.subtensorModule.registerNetwork(hotkey), params);
  const ev = findEvent(r, 'SubtensorModule', 'NetworkAdded');
  return { ...r, netuid: Number(ev?.data['0'] ?? -1) };
}
