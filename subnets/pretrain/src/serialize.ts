/**
 * One model = one file (`TPM1`): weights and topology in a single byte string, so that one sha256 names
 * exactly one model. Layout:
 *
 *   "TPM1" | u32 LE header length | header: UTF-8 JSON { modelTopology, weightSpecs } | weight bytes
 *
 * Loading a file from an untrusted miner checks the framing, the layer types (a small allow-list),
 * float32 weights whose sizes add up to the weight bytes, the parameter count and the input/output
 * shapes before TF.js builds the model.
 */
import * as tf from '@tensorflow/tfjs';
import { createHash } from 'node:crypto';
import { MAX_CONTEXT, VOCAB_SIZE } from './corpus.js';
import { PretrainError } from './errors.js';
import { contextOf } from './model.js';

const MAGIC = 'TPM1';
/** Largest model file accepted. */
export const MAX_MODEL_BYTES = 8 * 1024 * 1024;
/** Largest number of parameters accepted (the competition's size class). */
export const MAX_PARAMETERS = 1_000_000;
const MAX_HEADER_BYTES = 256 * 1024;
/** Layer classes a submitted model may use. */
export const ALLOWED_LAYERS: ReadonlySet<string> = new Set(['InputLayer', 'Dense', 'Flatten', 'Dropout', 'Activation', 'Reshape', 'GRU', 'LSTM', 'SimpleRNN', 'LayerNormalization']);

/** Hex sha256 of a model file: the value a miner commits on chain. */
export function modelHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Serialise a model (topology + weights, no optimiser state) to one `TPM1` byte string. */
export async function serializeModel(model: tf.LayersModel): Promise<Uint8Array> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!artifacts?.modelTopology || !artifacts.weightSpecs) throw new PretrainError('BAD_MODEL_FILE', 'the model produced no topology or weights');
  const wd = artifacts.weightData;
  const weights = wd === undefined ? new Uint8Array(0) : new Uint8Array(tf.io.concatenateArrayBuffers(Array.isArray(wd) ? wd : [wd]));
  const header = new TextEncoder().encode(JSON.stringify({ modelTopology: artifacts.modelTopology, weightSpecs: artifacts.weightSpecs }));
  const out = new Uint8Array(8 + header.length + weights.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(weights, 8 + header.length);
  return out;
}

interface ParsedFile {
  readonly modelTopology: Record<string, unknown>;
  readonly weightSpecs: tf.io.WeightsManifestEntry[];
  readonly weightData: ArrayBuffer;
  readonly parameters: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check every layer class in a Keras topology (nested Sequential/Model included) against the allow-list. */
function checkLayers(node: unknown, depth = 0): void {
  if (depth > 8 || !isObject(node)) throw new PretrainError('MODEL_NOT_ALLOWED', 'malformed model topology');
  const cls = node.class_name;
  const config = node.config;
  if (cls === 'Sequential' || cls === 'Model' || cls === 'Functional') {
    const layers = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
    if (!Array.isArray(layers) || layers.length === 0) throw new PretrainError('MODEL_NOT_ALLOWED', `${String(cls)} without layers`);
    for (const l of layers) checkLayers(l, depth + 1);
    return;
  }
  if (typeof cls !== 'string' || !ALLOWED_LAYERS.has(cls)) throw new PretrainError('MODEL_NOT_ALLOWED', `layer class ${String(cls)} is not allowed`, { layer: cls, allowed: [...ALLOWED_LAYERS] });
}

function parseFile(bytes: Uint8Array): ParsedFile {
  if (bytes.length > MAX_MODEL_BYTES) throw new PretrainError('MODEL_NOT_ALLOWED', `model file is ${bytes.length} bytes; at most ${MAX_MODEL_BYTES}`, { bytes: bytes.length });
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new PretrainError('BAD_MODEL_FILE', 'not a TPM1 model file');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (headerLength > MAX_HEADER_BYTES || 8 + headerLength > bytes.length) throw new PretrainError('BAD_MODEL_FILE', 'bad header length', { headerLength });
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLength)));
  } catch (cause) {
    throw new PretrainError('BAD_MODEL_FILE', 'header is not JSON', {}, { cause });
  }
  if (!isObject(header) || !isObject(header.modelTopology) || !Array.isArray(header.weightSpecs)) throw new PretrainError('BAD_MODEL_FILE', 'header lacks modelTopology/weightSpecs');
  const topology = header.modelTopology;
  checkLayers(isObject(topology.model_config) ? topology.model_config : topology);
  let parameters = 0;
  const specs: tf.io.WeightsManifestEntry[] = [];
  for (const s of header.weightSpecs as unknown[]) {
    if (!isObject(s) || typeof s.name !== 'string' || s.dtype !== 'float32' || !Array.isArray(s.shape) || s.quantization !== undefined) {
      throw new PretrainError('BAD_MODEL_FILE', 'weights must be unquantised float32 tensors', { spec: s });
    }
    let n = 1;
    for (const d of s.shape as unknown[]) {
      if (!Number.isInteger(d) || (d as number) < 0) throw new PretrainError('BAD_MODEL_FILE', 'bad weight shape', { name: s.name, shape: s.shape });
      n *= d as number;
    }
    parameters += n;
    if (parameters > MAX_PARAMETERS) throw new PretrainError('MODEL_NOT_ALLOWED', `more than ${MAX_PARAMETERS} parameters`, { parameters });
    specs.push({ name: s.name, dtype: 'float32', shape: s.shape as number[] });
  }
  const weights = bytes.subarray(8 + headerLength);
  if (weights.length !== parameters * 4) throw new PretrainError('BAD_MODEL_FILE', 'weight bytes do not match the weight specs', { bytes: weights.length, expected: parameters * 4 });
  const weightData = weights.slice().buffer;
  return { modelTopology: topology, weightSpecs: specs, weightData, parameters };
}

export interface LoadedModel {
  readonly model: tf.LayersModel;
  readonly context: number;
  readonly parameters: number;
}

/** Load a `TPM1` file (untrusted input: validated as described above). The caller disposes the model. */
export async function loadModel(bytes: Uint8Array): Promise<LoadedModel> {
  const f = parseFile(bytes);
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: f.modelTopology, weightSpecs: f.weightSpecs, weightData: f.weightData }));
  } catch (cause) {
    throw new PretrainError('BAD_MODEL_FILE', `TF.js could not build the model: ${cause instanceof Error ? cause.message : String(cause)}`, {}, { cause });
  }
  try {
    const context = contextOf(model);
    const out = model.outputs[0]?.shape;
    if (model.outputs.length !== 1 || !out || out.length !== 2 || out[1] !== VOCAB_SIZE) {
      throw new PretrainError('MODEL_NOT_ALLOWED', `model output must be [batch, ${VOCAB_SIZE}] logits`, { shape: out });
    }
    if (context > MAX_CONTEXT) throw new PretrainError('MODEL_NOT_ALLOWED', 'context longer than MAX_CONTEXT', { context });
    return { model, context, parameters: f.parameters };
  } catch (e) {
    model.dispose();
    throw e;
  }
}

// ------------------------------------------------------------------------------------------ commitments

/** Prefix of a pretraining commitment (format version 1). */
export const COMMITMENT_PREFIX = 'pt1:';

/**
 * The string a miner publishes with `Commitments.set_commitment` (68 bytes, under the 128-byte limit):
 * `pt1:<sha256 hex of the model file>`.
 */
export function commitmentFor(hash: string): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new PretrainError('BAD_COMMITMENT', 'model hash must be 64 lower-case hex characters', { hash });
  return COMMITMENT_PREFIX + hash;
}

/** Parse a commitment (string or UTF-8 bytes) back to the model hash; throws BAD_COMMITMENT. */
export function parseCommitment(data: string | Uint8Array): { readonly modelHash: string } {
  const s = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const m = /^pt1:([0-9a-f]{64})$/.exec(s.trim());
  if (!m) throw new PretrainError('BAD_COMMITMENT', 'not a pt1:<sha256 hex> commitment', { data: s.slice(0, 140) });
  return { modelHash: m[1] };
}
