import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid, big } from '../util.js';
import { normalizeWeights } from '../weights.js';

export interface SetWeightsParameters extends TxParameters {
  /** Signed by the validator's hotkey. */
  readonly netuid: number;
  readonly uids: readonly number[];
  /** Non-negative weights in any scale; max-upscaled to u16 (spec/sdk.md §4.7). */
  readonly weights: readonly number[];
  /** Defaults to the subnet's `WeightsVersionKey` (so a stale key cannot fail silently). */
  readonly versionKey?: bigint;
  /** Mechanism id (default 0 → `set_weights`; otherwise `set_mechanism_weights`). */
  readonly mechid?: number;
}
export interface SetWeightsReturnType extends TxResult {
  /** The u16 vectors actually sent. */
  readonly uids: number[];
  readonly weights: number[];
  readonly versionKey: bigint;
}
export type SetWeightsErrorType = ChainError | TransactionError | ParameterError;

/**
 * Set a validator's weights. Chain calls: `SubtensorModule.set_weights(netuid, dests, weights,
 * version_key)` or `set_mechanism_weights(netuid, mecid, …)`; storage read
 * `SubtensorModule.WeightsVersionKey(netuid)` for the default version key. A rate-limited or
 * commit-reveal subnet throws `SubtensorModule.SettingWeightsTooFast` / `CommitRevealEnabled`.
 * @example
 * await setWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.7, 0.3] });
 */
export async function setWeights(client: TensoriumClient, params: SetWeightsParameters): Promise<SetWeightsReturnType> {
  assertNetuid(params.netuid);
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const versionKey = params.versionKey ?? big(await client.api.query.subtensorModule.weightsVersionKey(params.netuid));
  const tx = client.api.tx.subtensorModule;
  const mechid = params.mechid ?? 0;
  const call = mechid === 0 ? tx.setWeights(params.netuid, uids, weights, versionKey) : tx.setMechanismWeights(params.netuid, mechid, uids, weights, versionKey);
  const r = await submitCall(client, call, params);
  return { ...r, uids, weights, versionKey };
}
