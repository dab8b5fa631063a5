import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface ClaimRootParameters extends TxParameters {
  /** Subnets whose root dividends to claim. */
  readonly netuids: readonly number[];
}
export type ClaimRootReturnType = TxResult;
export type ClaimRootErrorType = ChainError | TransactionError | ParameterError;

/**
 * Claim the signer's accumulated root-stake dividends on the given subnets. Chain call:
 * `SubtensorModule.claim_root(subnets)`.
 * @example
 * await claimRoot(client, { signer: coldkey, netuids: [1, 2] });
 */
export async function claimRoot(client: TensoriumClient, params: ClaimRootParameters): Promise<ClaimRootReturnType> {
  params.netuids.forEach(assertNetuid);
  return submitCall(client, client.api.tx.subtensorModule.claimRoot([...params.netuids]), params);
}
