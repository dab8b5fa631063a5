import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import type { TxResult } from '../submit.js';
import { assertAmount, assertNetuid, toSs58 } from '../util.js';
import { submitLimitOrder, type LimitOrderParameters } from './limitOrder.js';

export interface AddStakeParameters extends LimitOrderParameters {
  /** Hotkey to stake to (SS58). */
  readonly hotkey: string;
  readonly netuid: number;
  /** TAO to stake, in rao. */
  readonly amount: bigint;
  /**
   * Highest acceptable price in rao per alpha; the call becomes `add_stake_limit`. Use
   * {@link previewStake}'s `limitPrice` to derive it from a maximum slippage.
   */
  readonly limitPrice?: bigint;
}
export type AddStakeReturnType = TxResult;
export type AddStakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Stake TAO from the signer (coldkey) onto a hotkey on a subnet (TAO is swapped for alpha in the
 * subnet pool). Chain calls: `SubtensorModule.add_stake(hotkey, netuid, amount_staked)`, or
 * `add_stake_limit(hotkey, netuid, amount_staked, limit_price, allow_partial)` with `limitPrice`.
 * @example
 * await addStake(client, { signer: coldkey, hotkey: '5F…', netuid: 1, amount: parseTao('10') });
 */
export async function addStake(client: TensoriumClient, params: AddStakeParameters): Promise<AddStakeReturnType> {
  assertNetuid(params.netuid);
  assertAmount(params.amount);
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const tx = client.api.tx.subtensorModule;
  return submitLimitOrder(
    client,
    params,
    () => tx.addStake(hotkey, params.netuid, params.amount),
    (limit, partial) => tx.addStakeLimit(hotkey, params.netuid, params.amount, limit, partial),
  );
}
