import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import type { TxResult } from '../submit.js';
import { assertAmount, assertNetuid, toSs58 } from '../util.js';
import { submitLimitOrder, type LimitOrderParameters } from './limitOrder.js';

export interface RemoveStakeParameters extends LimitOrderParameters {
  readonly hotkey: string;
  readonly netuid: number;
  /** Alpha to unstake, in rao (alpha units × 1e9). */
  readonly amount: bigint;
  /** Lowest acceptable price in rao per alpha; the call becomes `remove_stake_limit`. */
  readonly limitPrice?: bigint;
}
export type RemoveStakeReturnType = TxResult;
export type RemoveStakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Unstake alpha back to TAO on the signer's coldkey. Chain calls:
 * `SubtensorModule.remove_stake(hotkey, netuid, amount_unstaked)`, or
 * `remove_stake_limit(hotkey, netuid, amount_unstaked, limit_price, allow_partial)` with `limitPrice`.
 * @example
 * await removeStake(client, { signer: coldkey, hotkey: '5F…', netuid: 1, amount: parseAlpha('5') });
 */
export async function removeStake(client: TensoriumClient, params: RemoveStakeParameters): Promise<RemoveStakeReturnType> {
  assertNetuid(params.netuid);
  assertAmount(params.amount);
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const tx = client.api.tx.subtensorModule;
  return submitLimitOrder(
    client,
    params,
    () => tx.removeStake(hotkey, params.netuid, params.amount),
    (limit, partial) => tx.removeStakeLimit(hotkey, params.netuid, params.amount, limit, partial),
  );
}
