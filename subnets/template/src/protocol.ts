/**
 * The wire contract of the template subnet: a validator sends a small challenge with a known
 * answer, a miner returns the answer. Field names are what Python neurons would see.
 */
import { defineSynapse, z } from '@tensorium/sdk';

export const CHALLENGE_OPS = ['add', 'mul', 'sub', 'reverse', 'upper', 'vowels'] as const;
export type ChallengeOp = (typeof CHALLENGE_OPS)[number];

export const Challenge = defineSynapse({
  name: 'Challenge',
  request: z.object({
    /** One of CHALLENGE_OPS. */
    op: z.string(),
    operands: z.array(z.int()),
    text: z.string(),
  }),
  response: z.object({ answer: z.string().nullable().default(null) }),
  requiredHashFields: ['op', 'operands', 'text'],
});
export type ChallengeSynapse = typeof Challenge;

/** The reference answer (what an honest miner computes). */
export function solveChallenge(op: string, operands: readonly number[], text: string): string {
  switch (op as ChallengeOp) {
    case 'add':
      return String(operands.reduce((a, b) => a + b, 0));
    case 'mul':
      return String(operands.reduce((a, b) => a * b, 1));
    case 'sub':
      return String(operands.slice(1).reduce((a, b) => a - b, operands[0] ?? 0));
    case 'reverse':
      return [...text].reverse().join('');
    case 'upper':
      return text.toUpperCase();
    case 'vowels':
      return String([...text].filter((c) => 'aeiouAEIOU'.includes(c)).length);
    default:
      throw new Error(`unknown op ${op}`);
  }
}
