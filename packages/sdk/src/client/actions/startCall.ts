import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface StartCallParameters extends TxParameters {
  readonly netuid: number;
}
export type StartCallReturnType = TxResult;
export type StartCallErrorType = ChainError | TransactionError | ParameterError;

/**
 * Start a subnet's emissions (owner only, after the start-call delay). Chain call:
 * `SubtensorModule.start_call(netuid)`; emits `FirstEmissionBlockNumberSet`.
 * @example
 * await startCall(client, { signer: ownerColdkey, netuid });
 */
export async function startCall(client: TensoriumClient, params: StartCallParameters): Promise<StartCallReturnType> {
  assertNetuid(params.netuid);
  return submitCall(client, client.api.tx.subtensorModule.startCall(params.netuid), params);
}
