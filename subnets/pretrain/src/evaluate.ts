/**
 * Evaluation: average next-character cross-entropy (nats per character) of a model on samples of the
 * held-out split. Each sample is a window of `MAX_CONTEXT` context characters followed by
 * `PREDICTED_PER_SAMPLE` scored characters; a model with context C sees the C characters before each
 * scored one, so every model is scored on exactly the same characters.
 */
import * as tf from '@tensorflow/tfjs';
import { MAX_CONTEXT, VOCAB_SIZE } from './corpus.js';
import { contextOf, oneHotContexts } from './model.js';

export interface EvaluationResult {
  /** Mean loss of each sample (Infinity when the model produced a non-finite value). */
  readonly perSample: Float64Array;
  /** Mean over samples. */
  readonly meanLoss: number;
}

/**
 * Score `model` on `samples` (windows from `sampleHeldOut`). The model outputs logits; log-softmax is
 * applied here, so a model cannot inflate its score with unnormalised outputs.
 */
export async function evaluateModel(model: tf.LayersModel, samples: readonly Uint8Array[], contextLength = MAX_CONTEXT): Promise<EvaluationResult> {
  const context = contextOf(model);
  const perSample = new Float64Array(samples.length);
  for (let s = 0; s < samples.length; s++) {
    const tokens = samples[s];
    const rows: { tokens: Uint8Array; target: number }[] = [];
    for (let t = contextLength; t < tokens.length; t++) rows.push({ tokens, target: t });
    const targets = Int32Array.from(rows, (r) => tokens[r.target]);
    const nll = tf.tidy(() => {
      const x = tf.tensor3d(oneHotContexts(rows, context), [rows.length, context, VOCAB_SIZE]);
      const logits = model.predict(x) as tf.Tensor2D;
      const logp = tf.logSoftmax(logits);
      const picked = tf.sum(tf.mul(logp, tf.oneHot(tf.tensor1d(targets, 'int32'), VOCAB_SIZE)), 1);
      return tf.neg(tf.mean(picked));
    });
    const v = (await nll.data())[0];
    nll.dispose();
    perSample[s] = Number.isFinite(v) ? v : Infinity;
  }
  let sum = 0;
  for (const v of perSample) sum += v;
  return { perSample, meanLoss: samples.length ? sum / samples.length : Infinity };
}
