import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertAmount, toSs58 } from '../util.js';

export interface TransferParameters extends TxParameters {
  /** Destination SS58 address. */
  readonly dest: string;
  /** Amount in rao (ignored with `all`). */
  readonly amount: bigint;
  /** Keep the sender above the existential deposit (default true). */
  readonly keepAlive?: boolean;
  /** Transfer everything transferable (Balances.transfer_all). */
  readonly all?: boolean;
}
export type TransferReturnType = TxResult;
export type TransferErrorType = ChainError | TransactionError | ParameterError;

/**
 * Send TAO. Chain calls: `Balances.transfer_keep_alive(dest, value)`, `transfer_allow_death` when
 * `keepAlive` is false, `transfer_all(dest, keep_alive)` with `all`.
 * @example
 * await transfer(client, { signer: coldkey, dest: '5FHneW46…', amount: parseTao('10') });
 */
export async function transfer(client: TensoriumClient, params: TransferParameters): Promise<TransferReturnType> {
  const dest = toSs58(params.dest, 'dest');
  const tx = client.api.tx.balances;
  const keepAlive = params.keepAlive ?? true;
  if (params.all) return submitCall(client, tx.transferAll(dest, keepAlive), params);
  assertAmount(params.amount);
  return submitCall(client, keepAlive ? tx.transferKeepAlive(dest, params.amount) : tx.transferAllowDeath(dest, params.amount), params);
}
