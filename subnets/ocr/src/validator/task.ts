/**
 * The validator side as plain functions the subnet framework plugs in:
 * `generateQuery()` → { request, groundTruth, challenge } and `score(query, responses)` → number[];
 * plus `runOcrRound`, one query–score step over a Dendrite (what the framework's forward loop calls).
 */
import { randomBytes } from 'node:crypto';
import type { AxonTarget, Dendrite } from '@tensorium/sdk/dendrite/index';
import { OcrSynapse, type OcrRequest, type OcrSynapseDefinition } from '../synapse.js';
import { generateChallenge, type ChallengeOptions, type OcrChallenge } from './challenge.js';
import { DEFAULT_SCORING, checkScoringParams, normaliseWeights, scoreRound, type OcrMinerResponse, type ScoredResponse, type ScoringParams } from './scoring.js';
import { OcrError } from '../errors.js';

export interface OcrQuery {
  readonly request: OcrRequest;
  readonly groundTruth: string;
  readonly challenge: OcrChallenge;
}

export interface OcrValidatorTaskOptions {
  /**
   * Secret seed of the challenge stream; default 32 random bytes. Keep it secret (miners who know it can
   * render the challenges themselves); log it to reproduce a run.
   */
  readonly seed?: string;
  readonly scoring?: Partial<ScoringParams>;
  readonly challenge?: ChallengeOptions;
  /** Ground truths remembered for the stale-answer rule. Default 64. */
  readonly historySize?: number;
}

export interface OcrValidatorTask {
  readonly synapse: OcrSynapseDefinition;
  readonly seed: string;
  readonly scoring: ScoringParams;
  /** The dendrite timeout to use (seconds): the scoring's `timeoutS`. */
  readonly timeoutS: number;
  /** A fresh challenge (round counter advances on every call). */
  generateQuery(): OcrQuery;
  /** Rewards in the order of `responses` (0 for attacks/no answer); remembers the query for the stale rule. */
  score(query: OcrQuery, responses: readonly OcrMinerResponse[]): number[];
  /** Same as `score`, with accuracy, latency factor and the reason of each reward. */
  scoreDetailed(query: OcrQuery, responses: readonly OcrMinerResponse[]): ScoredResponse[];
}

export function createOcrValidatorTask(options: OcrValidatorTaskOptions = {}): OcrValidatorTask {
  const seed = options.seed ?? randomBytes(32).toString('hex');
  const scoring: ScoringParams = { ...DEFAULT_SCORING, ...options.scoring };
  checkScoringParams(scoring);
  const historySize = options.historySize ?? 64;
  if (!Number.isInteger(historySize) || historySize < 0) throw new OcrError('INVALID_OPTIONS', 'historySize must be a non-negative integer', { historySize });
  const history: string[] = [];
  const scoredTasks = new Set<string>();
  let round = 0;
  const scoreDetailed = (query: OcrQuery, responses: readonly OcrMinerResponse[]): ScoredResponse[] => {
    const previous = history.filter((t) => t !== query.groundTruth);
    const out = scoreRound(query.groundTruth, responses, previous, scoring);
    if (!scoredTasks.has(query.request.task_id)) {
      scoredTasks.add(query.request.task_id);
      history.push(query.groundTruth);
      if (history.length > historySize) history.splice(0, history.length - historySize);
    }
    return out;
  };
  return {
    synapse: OcrSynapse,
    seed,
    scoring,
    timeoutS: scoring.timeoutS,
    generateQuery() {
      const challenge = generateChallenge(seed, round++, options.challenge);
      return { request: { task_id: challenge.taskId, image: challenge.png.toString('base64') }, groundTruth: challenge.groundTruth, challenge };
    },
    score: (query, responses) => scoreDetailed(query, responses).map((s) => s.reward),
    scoreDetailed,
  };
}

export interface OcrRoundResult {
  readonly query: OcrQuery;
  readonly responses: readonly OcrMinerResponse[];
  readonly scored: readonly ScoredResponse[];
  /** This round's rewards normalised to sum 1 (all zero if nobody scored). */
  readonly weights: readonly number[];
}

/**
 * One validator step: a fresh challenge to every target at once, answers timed on arrival, scored.
 * Failed calls count as no answer.
 */
export async function runOcrRound(dendrite: Dendrite, targets: readonly AxonTarget[], task: OcrValidatorTask): Promise<OcrRoundResult> {
  const query = task.generateQuery();
  const sentAt = performance.now();
  const responses = await Promise.all(
    targets.map(async (target): Promise<OcrMinerResponse> => {
      const r = await dendrite.call(target, task.synapse, query.request, { timeoutS: task.timeoutS });
      const arrivedAt = performance.now();
      return { hotkey: target.hotkey, text: r.ok ? r.response.text : null, latencyS: (arrivedAt - sentAt) / 1000, arrivedAt };
    }),
  );
  const scored = task.scoreDetailed(query, responses);
  return { query, responses, scored, weights: normaliseWeights(scored.map((s) => s.reward)) };
}
