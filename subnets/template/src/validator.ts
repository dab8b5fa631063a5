/**
 * The template validator task: a random challenge per round (arithmetic or a text transform), and
 * a reward of correctness × latency factor, where the factor falls linearly from 1 (instant) to 0
 * (at the timeout).
 */
import type { Rng, SubnetTask } from '@tensorium/sdk';
import { CHALLENGE_OPS, Challenge, solveChallenge, type ChallengeSynapse } from './protocol.js';

export interface TemplateValidatorOptions {
  /** Seconds a miner has to answer (default 4). */
  readonly timeoutS?: number;
}

const WORDS = ['tensor', 'subnet', 'miner', 'validator', 'epoch', 'stake', 'alpha', 'weights', 'axon', 'dendrite'];

export function createChallenge(rng: Rng): { op: string; operands: number[]; text: string } {
  const op = rng.pick(CHALLENGE_OPS);
  const operands = Array.from({ length: rng.int(2, 4) }, () => rng.int(-1000, 1000));
  const text = Array.from({ length: rng.int(1, 4) }, () => rng.pick(WORDS)).join(' ');
  return { op, operands, text };
}

export function createTemplateValidatorTask(options: TemplateValidatorOptions = {}): SubnetTask<ChallengeSynapse, string> {
  const timeoutS = options.timeoutS ?? 4;
  return {
    synapse: Challenge,
    timeoutS,
    createQuery(_round, rng) {
      const request = createChallenge(rng);
      return { request, context: solveChallenge(request.op, request.operands, request.text) };
    },
    score(expected, responses) {
      return responses.map((r) => {
        if (!r.ok || r.response.answer !== expected) return 0;
        return Math.max(0, 1 - r.processTime / timeoutS);
      });
    },
  };
}
