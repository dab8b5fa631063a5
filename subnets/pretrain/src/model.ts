/**
 * The miner's model: a character-level language model over a fixed context window.
 *
 *   one-hot context [C, V] → Dense(embed, no bias) per position (= an embedding table)
 *                           → Flatten → Dense(hidden, relu) → Dense(V) logits for the next character
 *
 * (An `embedding` layer would be the usual first layer, but its gradient kernel is missing from the
 * wasm backend; a bias-free dense layer over one-hot inputs is the same function.) Capacity
 * (`small`/`medium`/`large`) and the number of training steps are the miner's knobs.
 */
import * as tf from '@tensorflow/tfjs';
import { corpusSplits, MAX_CONTEXT, SeededRandom, VOCAB_SIZE } from './corpus.js';
import { PretrainError } from './errors.js';

export interface ModelShape {
  /** Characters of context the model sees (≤ `MAX_CONTEXT`). */
  readonly context: number;
  /** Width of the per-character embedding. */
  readonly embed: number;
  /** Width of the hidden layer. */
  readonly hidden: number;
}

export type ModelPreset = 'small' | 'medium' | 'large';

export const MODEL_PRESETS: Readonly<Record<ModelPreset, ModelShape>> = Object.freeze({
  small: { context: 6, embed: 8, hidden: 32 },
  medium: { context: 10, embed: 16, hidden: 96 },
  large: { context: 16, embed: 16, hidden: 128 },
});

/** Build an untrained model; `seed` makes the initial weights reproducible. */
export function buildModel(shape: ModelShape | ModelPreset, seed = 0): tf.Sequential {
  const s = typeof shape === 'string' ? MODEL_PRESETS[shape] : shape;
  if (!Number.isInteger(s.context) || s.context < 1 || s.context > MAX_CONTEXT) {
    throw new PretrainError('BAD_PARAMETER', `context must be an integer in [1, ${MAX_CONTEXT}]`, { context: s.context });
  }
  const init = (k: number): ReturnType<typeof tf.initializers.glorotUniform> => tf.initializers.glorotUniform({ seed: seed * 7 + k });
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: s.embed, useBias: false, inputShape: [s.context, VOCAB_SIZE], kernelInitializer: init(1), name: 'embed' }));
  m.add(tf.layers.flatten({ name: 'flatten' }));
  m.add(tf.layers.dense({ units: s.hidden, activation: 'relu', kernelInitializer: init(2), name: 'hidden' }));
  m.add(tf.layers.dense({ units: VOCAB_SIZE, kernelInitializer: init(3), name: 'logits' }));
  return m;
}

/** The context length a (loaded) model expects: its input shape `[null, C, VOCAB_SIZE]`. */
export function contextOf(model: tf.LayersModel): number {
  const shape = model.inputs[0]?.shape;
  const c = shape?.[1];
  if (!shape || shape.length !== 3 || typeof c !== 'number' || shape[2] !== VOCAB_SIZE) {
    throw new PretrainError('MODEL_NOT_ALLOWED', `model input must be [batch, context, ${VOCAB_SIZE}]`, { shape });
  }
  return c;
}

/**
 * One-hot inputs `[rows, context, V]` for predicting `tokens[t]` from the `context` tokens before it,
 * for each `t` in `targets` (each `t ≥ context`), as a flat Float32Array.
 */
export function oneHotContexts(rows: readonly { readonly tokens: Uint8Array; readonly target: number }[], context: number): Float32Array {
  const x = new Float32Array(rows.length * context * VOCAB_SIZE);
  rows.forEach(({ tokens, target }, r) => {
    for (let k = 0; k < context; k++) x[(r * context + k) * VOCAB_SIZE + tokens[target - context + k]] = 1;
  });
  return x;
}

export interface TrainOptions {
  /** Optimiser steps (the compute budget). */
  readonly steps: number;
  /** Windows per step. Default 64. */
  readonly batchSize?: number;
  /** Adam learning rate. Default 0.01. */
  readonly learningRate?: number;
  /** Seeds batch selection. Default 'train'. */
  readonly seed?: string;
  /** Training tokens; default the corpus training split. */
  readonly tokens?: Uint8Array;
  /** Called every `logEvery` steps with the batch loss. */
  readonly onProgress?: (step: number, loss: number) => void;
  readonly logEvery?: number;
}

export interface TrainResult {
  readonly steps: number;
  /** Loss of the last batch (nats per character). */
  readonly finalBatchLoss: number;
}

/** Train `model` in place on random windows of the training split (softmax cross-entropy on logits). */
export async function trainModel(model: tf.LayersModel, options: TrainOptions): Promise<TrainResult> {
  const { steps } = options;
  if (!Number.isInteger(steps) || steps < 0) throw new PretrainError('BAD_PARAMETER', 'steps must be a non-negative integer', { steps });
  const batch = options.batchSize ?? 64;
  const tokens = options.tokens ?? corpusSplits().train;
  const context = contextOf(model);
  const rng = new SeededRandom(options.seed ?? 'train');
  const optimizer = tf.train.adam(options.learningRate ?? 0.01);
  model.compile({ optimizer, loss: (y: tf.Tensor, p: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, p) });
  let last = NaN;
  for (let step = 1; step <= steps; step++) {
    const rows: { tokens: Uint8Array; target: number }[] = [];
    const y = new Float32Array(batch * VOCAB_SIZE);
    for (let r = 0; r < batch; r++) {
      const target = context + rng.int(tokens.length - context);
      rows.push({ tokens, target });
      y[r * VOCAB_SIZE + tokens[target]] = 1;
    }
    const xs = tf.tensor3d(oneHotContexts(rows, context), [batch, context, VOCAB_SIZE]);
    const ys = tf.tensor2d(y, [batch, VOCAB_SIZE]);
    try {
      const l = await model.trainOnBatch(xs, ys);
      last = Array.isArray(l) ? l[0] : l;
    } finally {
      xs.dispose();
      ys.dispose();
    }
    if (options.onProgress && step % (options.logEvery ?? 100) === 0) options.onProgress(step, last);
  }
  optimizer.dispose();
  return { steps, finalBatchLoss: last };
}
