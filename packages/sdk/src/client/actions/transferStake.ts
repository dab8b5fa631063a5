import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertAmount, assertNetuid, toSs58 } from '../util.js';

export interface TransferStakeParameters extends TxParameters {
  /** Coldkey receiving the stake. */
  readonly destinationColdkey: string;
  readonly hotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  /** Alpha (origin subnet) in rao. */
  readonly amount: bigint;
}
export type TransferStakeReturnType = TxResult;
export type TransferStakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Give stake (same hotkey) to another coldkey, optionally into another subnet. Chain call:
 * `SubtensorModule.transfer_stake(destination_coldkey, hotkey, origin_netuid, destination_netuid, alpha_amount)`.
 * @example
 * await transferStake(client, { signer: coldkey, destinationColdkey: '5F…', hotkey, originNetuid: 1, destinationNetuid: 1, amount });
 */
export async function transferStake(client: TensoriumClient, params: TransferStakeParameters): Promise<TransferStakeReturnType> {
  assertNetuid(params.originNetuid);
  assertNetuid(params.destinationNetuid);
  assertAmount(params.amount);
  const call = client.api.tx.subtensorModule.transferStake(toSs58(params.destinationColdkey, 'destinationColdkey'), toSs58(params.hotkey, 'hotkey'), params.originNetuid, params.destinationNetuid, params.amount);
  return submitCall(client, call, params);
}
