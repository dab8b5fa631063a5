/**
 * Deterministic random `EpochInputs` for tests and benchmarks (no ambient randomness: a seeded
 * mulberry32 stream), covering the spec's edge cases: unsorted rows, explicit zeros, targets >= n,
 * zero stake, missing permits, owner uid, stake threshold, commit-reveal, re-registrations.
 */
import type { EpochInputs } from './types.js';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInputOptions {
  n?: number;
  /** Keep every row ascending and in range (no storage quirks). */
  tidy?: boolean;
}

export function randomEpochInputs(seed: number, opts: RandomInputOptions = {}): EpochInputs {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  const n = opts.n ?? int(1, 10);
  const tidy = opts.tidy ?? false;
  const block = BigInt(int(10, 2000));
  const tempo = BigInt(pick([1, 10, 360]));
  const lastUpdate = Array.from({ length: n }, () => BigInt(int(0, Number(block))));
  const reg = Array.from({ length: n }, () => (r() < 0.7 ? 0n : BigInt(int(0, Number(block)))));
  const stakeOf = (): bigint => (r() < 0.2 ? 0n : BigInt(int(1, 1_000_000)) * BigInt(pick([1, 1000, 1_000_000])));
  const row = (): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    const len = int(0, n + (tidy ? 0 : 1));
    const used = new Set<number>();
    for (let k = 0; k < len; k++) {
      let j = int(0, n - 1 + (tidy ? 0 : 1));
      if (used.has(j)) continue;
      used.add(j);
      out.push([j, r() < 0.15 ? 0 : r() < 0.3 ? 65535 : int(1, 65535)]);
    }
    if (tidy || r() < 0.7) out.sort((a, b) => a[0] - b[0]);
    return out;
  };
  const owner = r() < 0.3 ? int(0, n - 1) : null;
  const commitReveal = r() < 0.2;
  return {
    n,
    currentBlock: block,
    tempo,
    activityCutoff: BigInt(pick([1, 13, 138, 5000])),
    lastUpdate,
    blockAtRegistration: reg,
    alphaStake: Array.from({ length: n }, stakeOf),
    taoStake: Array.from({ length: n }, () => (r() < 0.7 ? 0n : stakeOf())),
    taoWeight: r() < 0.5 ? 0n : 971718665099567868n,
    stakeThreshold: r() < 0.7 ? 0n : BigInt(int(0, 100_000)),
    ownerUid: owner,
    validatorPermits: Array.from({ length: tidy ? n : int(0, n) }, () => r() < 0.7),
    maxAllowedValidators: int(1, n + 2),
    weights: Array.from({ length: n }, row),
    bonds: Array.from({ length: n }, row),
    kappa: pick([32767, 0, 65535, int(0, 65535)]),
    bondsPenalty: pick([0, 65535, int(0, 65535)]),
    yuma3: r() < 0.7,
    liquidAlpha: r() < 0.6,
    alphaLow: pick([6553, 45875, int(1638, 30000)]),
    alphaHigh: pick([19660, 58982, int(30000, 65535)]),
    alphaSigmoidSteepness: pick([1000, 100, int(0, 32767), -int(0, 32767)]),
    bondsMovingAverage: BigInt(pick([900000, 975000, 0, 1_000_000, int(0, 1_000_000)])),
    lastMechanismStepBlock: r() < 0.3 ? 0n : BigInt(int(0, Number(block))),
    commitReveal,
    commitBlocks: commitReveal ? Array.from({ length: n }, () => (r() < 0.5 ? null : BigInt(int(0, Number(block))))) : [],
    raoEmission: BigInt(pick([0, 1000, 1_000_000_000, int(0, 2 ** 31)])) * BigInt(pick([1, 1_000_000_000])),
  };
}

/**
 * A realistic subnet for benchmarks: `validators` uids hold stake and permits and weight every
 * miner (each validator weights every other uid when `dense`), bonds from a previous epoch.
 */
export function benchEpochInputs(n: number, validators: number, dense: boolean, seed = 1): EpochInputs {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const weights: Array<Array<[number, number]>> = [];
  const bonds: Array<Array<[number, number]>> = [];
  for (let i = 0; i < n; i++) {
    const w: Array<[number, number]> = [];
    const b: Array<[number, number]> = [];
    if (i < validators) {
      for (let j = dense ? 0 : validators; j < n; j++) {
        if (j === i) continue;
        w.push([j, int(0, 65535)]);
        b.push([j, int(0, 30000)]);
      }
    }
    weights.push(w);
    bonds.push(b);
  }
  return {
    n,
    currentBlock: 10_000n,
    tempo: 360n,
    activityCutoff: 5000n,
    lastUpdate: Array.from({ length: n }, (_, i) => (i < validators ? 9_990n : 100n)),
    blockAtRegistration: Array.from({ length: n }, () => 0n),
    alphaStake: Array.from({ length: n }, (_, i) => (i < validators ? BigInt(int(1000, 1_000_000)) * 1_000_000_000n : BigInt(int(0, 1000)))),
    taoStake: Array.from({ length: n }, (_, i) => (i < validators ? BigInt(int(0, 1000)) * 1_000_000_000n : 0n)),
    taoWeight: 971718665099567868n,
    stakeThreshold: 0n,
    ownerUid: null,
    validatorPermits: Array.from({ length: n }, (_, i) => i < validators),
    maxAllowedValidators: validators,
    weights,
    bonds,
    kappa: 32767,
    bondsPenalty: 65535,
    yuma3: true,
    liquidAlpha: true,
    alphaLow: 45875,
    alphaHigh: 58982,
    alphaSigmoidSteepness: 1000,
    bondsMovingAverage: 900_000n,
    lastMechanismStepBlock: 9_640n,
    commitReveal: false,
    commitBlocks: [],
    raoEmission: 1_000_000_000_000n,
  };
}
