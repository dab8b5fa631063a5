/** The template miner: answers challenges. `behaviour` makes bad miners for demos and tests. */
import type { MinerHandler } from '@tensorium/sdk';
import { Challenge, solveChallenge, type ChallengeSynapse } from './protocol.js';

export interface TemplateMinerOptions {
  /** `good` answers at once, `slow` answers correctly after `delayMs`, `wrong` answers nonsense. */
  readonly behaviour?: 'good' | 'slow' | 'wrong';
  /** Delay of a `slow` miner (default 1500 ms). */
  readonly delayMs?: number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

export function createTemplateMinerHandler(options: TemplateMinerOptions = {}): MinerHandler<ChallengeSynapse> {
  const behaviour = options.behaviour ?? 'good';
  return {
    synapse: Challenge,
    async forward(req, ctx) {
      if (behaviour === 'wrong') return { answer: `${solveChallenge(req.op, req.operands, req.text)}?` };
      if (behaviour === 'slow') await sleep(options.delayMs ?? 1500, ctx.signal);
      return { answer: solveChallenge(req.op, req.operands, req.text) };
    },
  };
}
