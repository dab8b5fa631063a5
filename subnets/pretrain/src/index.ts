/**
 * @tensorium/subnet-pretrain — a pretraining subnet (after Bittensor's subnet 9) as a library:
 * miners train a small character-level language model on Moby Dick's training split, commit the
 * sha256 of the model file on chain and serve the file over their axon; validators fetch, verify,
 * evaluate on fresh held-out samples and weight miners by pairwise win rate with an advantage for the
 * earlier commitment. See README.md.
 */
export { initBackend, wasmDirectory, type PretrainBackend } from './backend.js';
export {
  VOCAB,
  VOCAB_SIZE,
  UNKNOWN_TOKEN,
  MAX_CONTEXT,
  PREDICTED_PER_SAMPLE,
  HELD_OUT_EVERY,
  encodeText,
  decodeTokens,
  corpusSplits,
  sampleWindows,
  sampleHeldOut,
  SeededRandom,
  type CorpusSplits,
  type SampleOptions,
} from './corpus.js';
export { PretrainError, type PretrainErrorCode } from './errors.js';
export { MODEL_PRESETS, buildModel, trainModel, contextOf, oneHotContexts, type ModelPreset, type ModelShape, type TrainOptions, type TrainResult } from './model.js';
export {
  serializeModel,
  loadModel,
  modelHash,
  commitmentFor,
  parseCommitment,
  COMMITMENT_PREFIX,
  MAX_MODEL_BYTES,
  MAX_PARAMETERS,
  ALLOWED_LAYERS,
  type LoadedModel,
} from './serialize.js';
export { ModelSynapse, DEFAULT_CHUNK_BYTES, type ModelSynapseDefinition } from './synapse.js';
export { evaluateModel, type EvaluationResult } from './evaluate.js';
export { computeWeights, DEFAULT_EPSILON, DEFAULT_TEMPERATURE, type ScoringInput, type ScoringOptions, type MinerScore } from './scoring.js';
export { createPretrainMinerHandler, trainMinerModel, type PretrainMinerOptions, type TrainMinerModelOptions, type MinerModel } from './miner.js';
export {
  createPretrainValidatorTask,
  fetchModelBytes,
  type PretrainValidatorTask,
  type PretrainValidatorOptions,
  type PretrainRoundInput,
  type PretrainRoundResult,
  type PretrainMinerTarget,
  type PretrainMinerOutcome,
  type PretrainMinerStatus,
} from './validator.js';
