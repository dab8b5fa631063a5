import { randomInt } from 'node:crypto';
import type { TensoriumClient } from '../client.js';
import type { ChainError, ParameterError, TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid, big } from '../util.js';
import { netuidStorageIndex, normalizeWeights, weightsCommitHash } from '../weights.js';

export interface CommitWeightsParameters extends TxParameters {
  readonly netuid: number;
  readonly uids: readonly number[];
  readonly weights: readonly number[];
  /** u16 salt words (default: 8 random words); keep it for the reveal. */
  readonly salt?: readonly number[];
  readonly versionKey?: bigint;
  readonly mechid?: number;
}
export interface CommitWeightsReturnType extends TxResult {
  /** What {@link revealWeights} needs. */
  readonly commitHash: string;
  readonly uids: number[];
  readonly weights: number[];
  readonly salt: number[];
  readonly versionKey: bigint;
}
export type CommitWeightsErrorType = ChainError | TransactionError | ParameterError;

/**
 * Commit a hash of weights (commit-reveal v2). The hash is blake2-256 of SCALE(hotkey,
 * netuid_index, uids, values, salt, version_key). Chain calls: `SubtensorModule.commit_weights(netuid,
 * commit_hash)` or `commit_mechanism_weights(netuid, mecid, commit_hash)`.
 * @example
 * const c = await commitWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [1, 1] });
 * // … after the reveal period:
 * await revealWeights(client, { signer: hotkey, netuid: 1, uids: c.uids, weights: c.weights, salt: c.salt, versionKey: c.versionKey });
 */
export async function commitWeights(client: TensoriumClient, params: CommitWeightsParameters): Promise<CommitWeightsReturnType> {
  assertNetuid(params.netuid);
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const salt = params.salt ? [...params.salt] : Array.from({ length: 8 }, () => randomInt(0, 65_536));
  const versionKey = params.versionKey ?? big(await client.api.query.subtensorModule.weightsVersionKey(params.netuid));
  const mechid = params.mechid ?? 0;
  const commitHash = weightsCommitHash(params.signer.publicKey, netuidStorageIndex(params.netuid, mechid), uids, weights, salt, versionKey);
  const tx = client.api.tx.subtensorModule;
  const call = mechid === 0 ? tx.commitWeights(params.netuid, commitHash) : tx.commitMechanismWeights(params.netuid, mechid, commitHash);
  const r = await submitCall(client, call, params);
  return { ...r, commitHash, uids, weights, salt, versionKey };
}
