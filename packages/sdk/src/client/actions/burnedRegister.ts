import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { findEvent, submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid, toSs58 } from '../util.js';

export interface BurnedRegisterParameters extends TxParameters {
  readonly netuid: number;
  /** Hotkey to register (SS58); the signer is its coldkey and pays the burn. */
  readonly hotkey: string;
}
export interface BurnedRegisterReturnType extends TxResult {
  /** The uid assigned (from `SubtensorModule.NeuronRegistered`). */
  readonly uid: number;
}
export type BurnedRegisterErrorType = ChainError | TransactionError | ParameterError;

/**
 * Register a hotkey on a subnet by burning the registration cost (`Burn`). Chain call:
 * `SubtensorModule.burned_register(netuid, hotkey)`; on netuid 0 `root_register(hotkey)`.
 * @example
 * const { uid } = await burnedRegister(client, { signer: coldkey, netuid: 1, hotkey: hotkey.ss58Address });
 */
export async function burnedRegister(client: TensoriumClient, params: BurnedRegisterParameters): Promise<BurnedRegisterReturnType> {
  assertNetuid(params.netuid);
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const tx = client.api.tx.subtensorModule;
  const call = params.netuid === 0 ? tx.rootRegister(hotkey) : tx.burnedRegister(params.netuid, hotkey);
  const r = await submitCall(client, call, params);
  const ev = findEvent(r, 'SubtensorModule', 'NeuronRegistered');
  return { ...r, uid: Number(ev?.data['1'] ?? -1) };
}
