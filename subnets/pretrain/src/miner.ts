/**
 * Miner side: train a model, serialise it, commit its hash, and serve the file over the axon.
 *
 * Order matters: commit `commitmentFor(hash)` on chain first, then serve. Bytes served before the
 * commitment lands could be republished by someone who commits first.
 */
import type { ForwardHooks, SynapseHooks } from '@tensorium/sdk';
import { PretrainError } from './errors.js';
import { buildModel, trainModel, type ModelPreset, type ModelShape, type TrainOptions, type TrainResult } from './model.js';
import { commitmentFor, modelHash, serializeModel, MAX_MODEL_BYTES } from './serialize.js';
import { DEFAULT_CHUNK_BYTES, type ModelSynapseDefinition } from './synapse.js';

export interface PretrainMinerOptions {
  /** The model file (`serializeModel`) this miner committed to. */
  readonly model: Uint8Array;
  /** Raw bytes per chunk. Default 1 MiB. */
  readonly chunkBytes?: number;
  /** Who may download the model (e.g. only validator-permit holders); default everyone. */
  readonly blacklist?: SynapseHooks<ModelSynapseDefinition>['blacklist'];
  readonly priority?: SynapseHooks<ModelSynapseDefinition>['priority'];
}

/**
 * Axon handlers for `ModelSynapse`: `axon.attach(ModelSynapse, createPretrainMinerHandler({ model }))`.
 * A chunk index past the end returns the file's metadata with `data: null`.
 */
export function createPretrainMinerHandler(options: PretrainMinerOptions): ForwardHooks<ModelSynapseDefinition> {
  const bytes = options.model;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1) throw new PretrainError('BAD_PARAMETER', 'chunkBytes must be a positive integer', { chunkBytes });
  if (bytes.length > MAX_MODEL_BYTES) throw new PretrainError('BAD_PARAMETER', `model file larger than ${MAX_MODEL_BYTES} bytes: validators would reject it`, { bytes: bytes.length });
  const hash = modelHash(bytes);
  const chunkCount = Math.max(1, Math.ceil(bytes.length / chunkBytes));
  const chunks = Array.from({ length: chunkCount }, (_, i) => Buffer.from(bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes)).toString('base64'));
  return {
    ...(options.blacklist ? { blacklist: options.blacklist } : {}),
    ...(options.priority ? { priority: options.priority } : {}),
    forward: ({ chunk }) => ({ model_hash: hash, total_bytes: bytes.length, chunk_count: chunkCount, data: chunks[chunk] ?? null }),
  };
}

export interface TrainMinerModelOptions extends Omit<TrainOptions, 'steps'> {
  /** Capacity: a preset name or an explicit shape. */
  readonly shape: ModelPreset | ModelShape;
  /** Training steps (the compute budget). */
  readonly steps: number;
  /** Seeds the initial weights. Default 0. */
  readonly initSeed?: number;
}

export interface MinerModel {
  /** The `TPM1` file to serve. */
  readonly bytes: Uint8Array;
  /** sha256 hex of `bytes`. */
  readonly hash: string;
  /** What to publish with `setCommitment`. */
  readonly commitment: string;
  readonly training: TrainResult;
}

/** Build, train and serialise a model in one call (the model itself is disposed). */
export async function trainMinerModel(options: TrainMinerModelOptions): Promise<MinerModel> {
  const model = buildModel(options.shape, options.initSeed ?? 0);
  try {
    const training = await trainModel(model, options);
    const bytes = await serializeModel(model);
    const hash = modelHash(bytes);
    return { bytes, hash, commitment: commitmentFor(hash), training };
  } finally {
    model.dispose();
  }
}
