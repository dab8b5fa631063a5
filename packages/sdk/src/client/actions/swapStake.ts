import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import type { TxResult } from '../submit.js';
import { assertAmount, assertNetuid, toSs58 } from '../util.js';
import { submitLimitOrder, type LimitOrderParameters } from './limitOrder.js';

export interface SwapStakeParameters extends LimitOrderParameters {
  readonly hotkey: string;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  /** Alpha (origin subnet) in rao. */
  readonly amount: bigint;
  /** Limit on the origin/destination price ratio in rao; the call becomes `swap_stake_limit`. */
  readonly limitPrice?: bigint;
}
export type SwapStakeReturnType = TxResult;
export type SwapStakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Swap the signer's stake on a hotkey from one subnet to another. Chain calls:
 * `SubtensorModule.swap_stake(hotkey, origin_netuid, destination_netuid, alpha_amount)`, or
 * `swap_stake_limit(…, limit_price, allow_partial)` with `limitPrice`.
 * @example
 * await swapStake(client, { signer: coldkey, hotkey, originNetuid: 1, destinationNetuid: 2, amount });
 */
export async function swapStake(client: TensoriumClient, params: SwapStakeParameters): Promise<SwapStakeReturnType> {
  assertNetuid(params.originNetuid);
  assertNetuid(params.destinationNetuid);
  assertAmount(params.amount);
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const tx = client.api.tx.subtensorModule;
  return submitLimitOrder(
    client,
    params,
    () => tx.swapStake(hotkey, params.originNetuid, params.destinationNetuid, params.amount),
    (limit, partial) => tx.swapStakeLimit(hotkey, params.originNetuid, params.destinationNetuid, params.amount, limit, partial),
  );
}
