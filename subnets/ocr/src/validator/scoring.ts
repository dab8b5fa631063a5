/**
 * Scoring of one round (one challenge sent to many miners), and weight normalisation.
 *
 *   accuracy   a = 1 − lev(answer, truth) / max(|answer|, |truth|)   (whitespace-normalised, code points)
 *   latency    L = 1                          if t ≤ fastS
 *                = (timeoutS − t)/(timeoutS − fastS)   between, 0 at the timeout
 *   reward       = a^sharpness · ((1 − latencyWeight) + latencyWeight · L)
 *
 * t is the latency the validator measured itself (never the miner's self-reported process time).
 * Defaults: sharpness 2, latencyWeight 0.2, fastS 2, timeoutS 12: accuracy dominates, speed breaks ties.
 *
 * Attack rules, applied before the formula (each sets the reward to 0 and records a reason):
 *  - `no-response`: failed call, non-200, or null text;
 *  - `stale`: the answer matches an earlier challenge's ground truth (kept in a bounded history) better
 *    than this one's, by more than `staleMargin` (0.05): a cached or replayed answer;
 *  - `copy`: the (whitespace-normalised) answer is identical to one that arrived earlier in this round
 *    from another miner, and is not exactly the ground truth. The first arrival keeps its reward; later
 *    identical answers get 0. Perfect answers are exempt: correct readings coincide by nature (the
 *    latency term already favours the earlier one).
 */
import { characterAccuracy, normaliseText } from '../text.js';
import { OcrError } from '../errors.js';

export interface ScoringParams {
  readonly sharpness: number;
  readonly latencyWeight: number;
  readonly fastS: number;
  readonly timeoutS: number;
  /** An answer is stale when it matches an earlier challenge better than this one by more than this. */
  readonly staleMargin: number;
}

export const DEFAULT_SCORING: ScoringParams = { sharpness: 2, latencyWeight: 0.2, fastS: 2, timeoutS: 12, staleMargin: 0.05 };

/** One miner's answer to the round's challenge, as the validator saw it. */
export interface OcrMinerResponse {
  /** The miner's hotkey (or any stable id); used in reports only. */
  readonly hotkey: string;
  /** The recognised text; null when the call failed or the miner sent nothing. */
  readonly text: string | null;
  /** Seconds from sending the request to receiving the answer, measured by the validator. */
  readonly latencyS: number;
  /** When the answer arrived (any monotonic clock, e.g. performance.now() ms): orders the copy rule. */
  readonly arrivedAt: number;
}

export type RewardReason = 'ok' | 'no-response' | 'stale' | 'copy';

export interface ScoredResponse {
  readonly hotkey: string;
  readonly accuracy: number;
  readonly latencyFactor: number;
  readonly reward: number;
  readonly reason: RewardReason;
  /** For `copy`: the hotkey whose identical answer arrived first. */
  readonly copiedFrom?: string;
}

export function checkScoringParams(p: ScoringParams): void {
  if (!(p.sharpness > 0) || !(p.latencyWeight >= 0 && p.latencyWeight <= 1) || !(p.fastS >= 0) || !(p.timeoutS > p.fastS) || !(p.staleMargin >= 0)) {
    throw new OcrError('INVALID_OPTIONS', 'invalid scoring parameters', { ...p });
  }
}

/** L(t): 1 up to fastS, linear to 0 at timeoutS. */
export function latencyFactor(latencyS: number, p: ScoringParams = DEFAULT_SCORING): number {
  if (!(latencyS > p.fastS)) return 1;
  if (latencyS >= p.timeoutS) return 0;
  return (p.timeoutS - latencyS) / (p.timeoutS - p.fastS);
}

/** accuracy^sharpness · ((1 − w) + w · L). */
export function rewardOf(accuracy: number, latencyS: number, p: ScoringParams = DEFAULT_SCORING): number {
  return accuracy ** p.sharpness * (1 - p.latencyWeight + p.latencyWeight * latencyFactor(latencyS, p));
}

/**
 * Score every response to one challenge; the result is in the order of `responses`.
 * `previousTruths` are ground truths of earlier challenges (for the stale rule).
 */
export function scoreRound(
  groundTruth: string,
  responses: readonly OcrMinerResponse[],
  previousTruths: readonly string[] = [],
  params: ScoringParams = DEFAULT_SCORING,
): ScoredResponse[] {
  checkScoringParams(params);
  const truth = normaliseText(groundTruth);
  const out: ScoredResponse[] = responses.map((r) => ({ hotkey: r.hotkey, accuracy: 0, latencyFactor: 0, reward: 0, reason: 'no-response' }));
  // first arrival of each distinct imperfect answer
  const firstBy = new Map<string, string>();
  const order = responses.map((_, i) => i).sort((i, j) => responses[i]!.arrivedAt - responses[j]!.arrivedAt || i - j);
  for (const i of order) {
    const r = responses[i]!;
    if (r.text === null) continue;
    const answer = normaliseText(r.text);
    const accuracy = characterAccuracy(answer, truth);
    const lf = latencyFactor(r.latencyS, params);
    const base = { hotkey: r.hotkey, accuracy, latencyFactor: lf };
    if (previousTruths.some((old) => characterAccuracy(answer, old) > accuracy + params.staleMargin)) {
      out[i] = { ...base, reward: 0, reason: 'stale' };
      continue;
    }
    if (answer !== truth && answer !== '') {
      const first = firstBy.get(answer);
      if (first !== undefined && first !== r.hotkey) {
        out[i] = { ...base, reward: 0, reason: 'copy', copiedFrom: first };
        continue;
      }
      if (first === undefined) firstBy.set(answer, r.hotkey);
    }
    out[i] = { ...base, reward: rewardOf(accuracy, r.latencyS, params), reason: 'ok' };
  }
  return out;
}

/** L1-normalise non-negative scores to weights summing to 1 (all zero → all zero). NaN and negatives count as 0. */
export function normaliseWeights(scores: readonly number[]): number[] {
  const clean = scores.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  return sum > 0 ? clean.map((s) => s / sum) : clean.map(() => 0);
}
