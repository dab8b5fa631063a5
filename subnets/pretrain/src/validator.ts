/**
 * Validator side: one round = fetch each committed model over the dendrite, check its bytes against
 * the on-chain commitment, evaluate it on fresh held-out samples, and turn the losses into weights
 * (`scoring.ts`). Models are cached by hash across rounds; a miner is re-fetched only when its
 * commitment changes, but each hotkey must serve its committed bytes itself at least once.
 */
import type * as tf from '@tensorflow/tfjs';
import type { AxonTarget, Dendrite } from '@tensorium/sdk';
import { initBackend, type PretrainBackend } from './backend.js';
import { sampleHeldOut } from './corpus.js';
import { PretrainError } from './errors.js';
import { evaluateModel } from './evaluate.js';
import { computeWeights, type ScoringInput, type ScoringOptions } from './scoring.js';
import { loadModel, MAX_MODEL_BYTES, modelHash, parseCommitment } from './serialize.js';
import { ModelSynapse } from './synapse.js';

export interface PretrainMinerTarget {
  readonly uid: number;
  /** The miner's axon (from the metagraph); `hotkey` is the miner's hotkey. */
  readonly axon: AxonTarget;
  /** The miner's on-chain commitment (`getCommitment(...)`: `{ data, block }`), or undefined. */
  readonly commitment: { readonly data: string; readonly block: number } | undefined;
}

export interface PretrainRoundInput {
  readonly dendrite: Dendrite;
  readonly miners: readonly PretrainMinerTarget[];
  /** Unpredictable at commit time and fresh each round (e.g. the hash of the round's first block). */
  readonly seed: string | Uint8Array;
}

export type PretrainMinerStatus = 'ok' | 'copy' | 'no_commitment' | 'bad_commitment' | 'fetch_failed' | 'hash_mismatch' | 'invalid_model';

export interface PretrainMinerOutcome {
  readonly uid: number;
  readonly hotkey: string;
  readonly status: PretrainMinerStatus;
  /** The committed hash (when the commitment parsed). */
  readonly modelHash?: string;
  readonly commitBlock?: number;
  /** Mean held-out loss in nats per character (Infinity when not evaluated). */
  readonly meanLoss: number;
  readonly winRate: number;
  readonly weight: number;
  /** For `copy`: the uid of the earlier commitment of the same model. */
  readonly copyOf?: number;
  readonly error?: PretrainError;
}

export interface PretrainRoundResult {
  readonly backend: PretrainBackend;
  readonly samples: number;
  readonly outcomes: readonly PretrainMinerOutcome[];
  /** Ready for `setWeights`: uids with a positive weight and their weights (sum 1). */
  readonly uids: readonly number[];
  readonly weights: readonly number[];
}

export interface PretrainValidatorOptions extends ScoringOptions {
  /** Held-out windows per round. Default 64. */
  readonly samples?: number;
  /** Dendrite timeout per chunk request, seconds. Default 12. */
  readonly timeoutS?: number;
  /** Chunks accepted per model. Default 64. */
  readonly maxChunks?: number;
  readonly log?: (line: string) => void;
}

export interface PretrainValidatorTask {
  readonly synapse: typeof ModelSynapse;
  /** Run one validation round. */
  runRound(input: PretrainRoundInput): Promise<PretrainRoundResult>;
  /** Free cached models. */
  dispose(): void;
}

/** Download a miner's model file chunk by chunk (the bytes are not yet trusted). */
export async function fetchModelBytes(dendrite: Dendrite, axon: AxonTarget, options: { timeoutS?: number; maxChunks?: number } = {}): Promise<Uint8Array> {
  const call = async (chunk: number): Promise<{ total: number; count: number; data: Buffer }> => {
    const r = await dendrite.call(axon, ModelSynapse, { chunk }, { timeoutS: options.timeoutS ?? 12 });
    if (!r.ok) throw new PretrainError('FETCH_FAILED', `chunk ${chunk}: ${r.statusCode} ${r.statusMessage}`, { chunk, statusCode: r.statusCode }, { cause: r.error });
    const { total_bytes: total, chunk_count: count, data } = r.response;
    if (total === null || count === null || data === null) throw new PretrainError('FETCH_FAILED', `chunk ${chunk}: incomplete response`, { chunk });
    return { total, count, data: Buffer.from(data, 'base64') };
  };
  const first = await call(0);
  const maxChunks = options.maxChunks ?? 64;
  if (first.total < 0 || first.total > MAX_MODEL_BYTES || first.count < 1 || first.count > maxChunks) {
    throw new PretrainError('FETCH_FAILED', 'model size or chunk count out of range', { totalBytes: first.total, chunkCount: first.count });
  }
  const parts = [first.data];
  let n = first.data.length;
  for (let i = 1; i < first.count && n <= first.total; i++) {
    const c = await call(i);
    if (c.total !== first.total || c.count !== first.count) throw new PretrainError('FETCH_FAILED', 'chunks disagree on the file size', { chunk: i });
    parts.push(c.data);
    n += c.data.length;
  }
  if (n !== first.total) throw new PretrainError('FETCH_FAILED', `received ${n} bytes, announced ${first.total}`, { received: n, totalBytes: first.total });
  return new Uint8Array(Buffer.concat(parts));
}

interface Checked {
  readonly target: PretrainMinerTarget;
  readonly status: PretrainMinerStatus;
  readonly hash?: string;
  readonly block?: number;
  readonly error?: PretrainError;
}

/** The validator's task for the subnet framework. */
export function createPretrainValidatorTask(options: PretrainValidatorOptions = {}): PretrainValidatorTask {
  const log = options.log ?? ((l: string) => console.info(l));
  const models = new Map<string, tf.LayersModel>(); // by model hash
  const verified = new Set<string>(); // `${hotkey}:${hash}` pairs that served their committed bytes
  const invalid = new Map<string, PretrainError>(); // hashes whose file failed validation (bounded below)

  async function check(dendrite: Dendrite, target: PretrainMinerTarget): Promise<Checked> {
    if (!target.commitment) return { target, status: 'no_commitment' };
    let hash: string;
    try {
      hash = parseCommitment(target.commitment.data).modelHash;
    } catch (e) {
      return { target, status: 'bad_commitment', error: e as PretrainError };
    }
    const block = target.commitment.block;
    const key = `${target.axon.hotkey}:${hash}`;
    if (verified.has(key) && models.has(hash)) return { target, status: 'ok', hash, block };
    // a committed hash whose file already failed validation cannot become valid: skip the download
    const known = invalid.get(hash);
    if (known) return { target, status: 'invalid_model', hash, block, error: known };
    let bytes: Uint8Array;
    try {
      bytes = await fetchModelBytes(dendrite, target.axon, options);
    } catch (e) {
      const error = e instanceof PretrainError ? e : new PretrainError('FETCH_FAILED', String(e), {}, { cause: e });
      return { target, status: 'fetch_failed', hash, block, error };
    }
    const got = modelHash(bytes);
    if (got !== hash) {
      return { target, status: 'hash_mismatch', hash, block, error: new PretrainError('HASH_MISMATCH', 'served model does not match the commitment', { committed: hash, served: got }) };
    }
    if (!models.has(hash)) {
      try {
        models.set(hash, (await loadModel(bytes)).model);
      } catch (e) {
        const error = e instanceof PretrainError ? e : new PretrainError('BAD_MODEL_FILE', String(e), {}, { cause: e });
        if (invalid.size >= 4096) invalid.clear();
        invalid.set(hash, error);
        return { target, status: 'invalid_model', hash, block, error };
      }
    }
    verified.add(key);
    return { target, status: 'ok', hash, block };
  }

  return {
    synapse: ModelSynapse,
    async runRound(input) {
      const backend = await initBackend(log);
      const checked = await Promise.all(input.miners.map((m) => check(input.dendrite, m)));
      const samples = sampleHeldOut(input.seed, options.samples ?? 64);
      // evaluate each distinct model once (copies share the result)
      const losses = new Map<string, Float64Array>();
      for (const c of checked) {
        if (c.status !== 'ok' || losses.has(c.hash!)) continue;
        losses.set(c.hash!, (await evaluateModel(models.get(c.hash!)!, samples)).perSample);
      }
      const inputs: ScoringInput[] = checked.map((c) => ({
        uid: c.target.uid,
        modelHash: c.status === 'ok' ? c.hash : undefined,
        commitBlock: c.block ?? Number.MAX_SAFE_INTEGER,
        losses: c.status === 'ok' ? losses.get(c.hash!) : undefined,
      }));
      const scores = computeWeights(inputs, options);
      const outcomes = checked.map((c, i): PretrainMinerOutcome => {
        const s = scores[i];
        return {
          uid: c.target.uid,
          hotkey: c.target.axon.hotkey,
          status: s.copyOf !== undefined ? 'copy' : c.status,
          ...(c.hash !== undefined ? { modelHash: c.hash } : {}),
          ...(c.block !== undefined ? { commitBlock: c.block } : {}),
          meanLoss: s.meanLoss,
          winRate: s.winRate,
          weight: s.weight,
          ...(s.copyOf !== undefined ? { copyOf: s.copyOf } : {}),
          ...(c.error ? { error: c.error } : {}),
        };
      });
      // drop cached models nobody commits to any more
      const live = new Set(checked.map((c) => c.hash).filter((h): h is string => h !== undefined));
      for (const [h, m] of models) {
        if (!live.has(h)) {
          m.dispose();
          models.delete(h);
        }
      }
      const paid = outcomes.filter((o) => o.weight > 0);
      log(`[pretrain] round: ${outcomes.map((o) => `uid ${o.uid} ${o.status} loss=${o.meanLoss.toFixed(4)} w=${o.weight.toFixed(4)}`).join('; ')}`);
      return { backend, samples: samples.length, outcomes, uids: paid.map((o) => o.uid), weights: paid.map((o) => o.weight) };
    },
    dispose() {
      for (const m of models.values()) m.dispose();
      models.clear();
      verified.clear();
      invalid.clear();
    },
  };
}
