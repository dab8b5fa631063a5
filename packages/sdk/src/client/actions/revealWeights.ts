import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid, big } from '../util.js';
import { normalizeWeights } from '../weights.js';

export interface RevealWeightsParameters extends TxParameters {
  readonly netuid: number;
  readonly uids: readonly number[];
  /** The committed weights (normalised the same way, so floats or the u16 values both work). */
  readonly weights: readonly number[];
  readonly salt: readonly number[];
  readonly versionKey?: bigint;
  readonly mechid?: number;
}
export type RevealWeightsReturnType = TxResult;
export type RevealWeightsErrorType = ChainError | TransactionError | ParameterError;

/**
 * Reveal previously committed weights. Chain calls: `SubtensorModule.reveal_weights(netuid, uids,
 * values, salt, version_key)` or `reveal_mechanism_weights(netuid, mecid, …)`.
 * @example
 * await revealWeights(client, { signer: hotkey, netuid: 1, uids: c.uids, weights: c.weights, salt: c.salt });
 */
export async function revealWeights(client: TensoriumClient, params: RevealWeightsParameters): Promise<RevealWeightsReturnType> {
  assertNetuid(params.netuid);
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const versionKey = params.versionKey ?? big(await client.api.query.subtensorModule.weightsVersionKey(params.netuid));
  const mechid = params.mechid ?? 0;
  const tx = client.api.tx.subtensorModule;
  const call = mechid === 0 ? tx.revealWeights(params.netuid, uids, weights, [...params.salt], versionKey) : tx.revealMechanismWeights(params.netuid, mechid, uids, weights, [...params.salt], versionKey);
  return submitCall(client, call, params);
}
