import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertAmount, assertNetuid, toSs58 } from '../util.js';

export interface MoveStakeParameters extends TxParameters {
  readonly originHotkey: string;
  readonly destinationHotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  /** Alpha (origin subnet) in rao. */
  readonly amount: bigint;
}
export type MoveStakeReturnType = TxResult;
export type MoveStakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Move the signer's stake between hotkeys and/or subnets (same coldkey). Chain call:
 * `SubtensorModule.move_stake(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid, alpha_amount)`.
 * @example
 * await moveStake(client, { signer: coldkey, originHotkey: a, destinationHotkey: b, originNetuid: 1, destinationNetuid: 1, amount });
 */
export async function moveStake(client: TensoriumClient, params: MoveStakeParameters): Promise<MoveStakeReturnType> {
  assertNetuid(params.originNetuid);
  assertNetuid(params.destinationNetuid);
  assertAmount(params.amount);
  const call = client.api.tx.subtensorModule.moveStake(toSs58(params.originHotkey, 'originHotkey'), toSs58(params.destinationHotkey, 'destinationHotkey'), params.originNetuid, params.destinationNetuid, params.amount);
  return submitCall(client, call, params);
}
