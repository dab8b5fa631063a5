/**
 * The strategy library: what a validator submits as weights each epoch, and how a miner's quality
 * evolves. Strategies are pure functions of what an agent can observe (miner quality as scored by
 * the validator, the chain's consensus vector) and the scenario's seeded PRNG.
 */
import type { Prng } from './prng.js';
import type { Quality, Strategy } from './scenario.js';

/** A miner's quality at run block `t` (`walk` keeps its path in `cache`). */
export class QualityCurve {
  private readonly walk: number[] = [];

  constructor(
    readonly spec: Quality,
    private readonly rng: Prng,
  ) {}

  at(t: number): number {
    const q = this.spec;
    if (typeof q === 'number') return q;
    switch (q.kind) {
      case 'sine':
        return Math.max(0, q.base + q.amplitude * Math.sin(2 * Math.PI * (t / q.period + q.phase)));
      case 'steps': {
        let v = q.points[0][1];
        for (const [b, val] of q.points) if (b <= t) v = val;
        return v;
      }
      case 'walk': {
        const k = Math.floor(t / q.every);
        if (this.walk.length === 0) this.walk.push(q.start);
        while (this.walk.length <= k) this.walk.push(Math.max(0, this.walk[this.walk.length - 1] + q.sigma * this.rng.gaussian()));
        return this.walk[k];
      }
    }
  }
}

/** What a validator sees when it sets weights. */
export interface WeightInputs {
  /** Miner uids and their true quality now. */
  readonly miners: readonly { readonly uid: number; readonly name: string; readonly quality: number }[];
  /** The chain's Consensus vector (u16 per uid) after each past epoch, newest last. */
  readonly consensusHistory: readonly (readonly number[])[];
  /** Epochs this validator has acted in so far. */
  readonly epoch: number;
}

/** Sparse weights (uid, u16), max-normalised to 65535; empty = set nothing this epoch. */
export type SparseWeights = readonly (readonly [number, number])[];

export function toU16Weights(pairs: readonly (readonly [number, number])[]): SparseWeights {
  const max = pairs.reduce((m, [, w]) => Math.max(m, w), 0);
  if (!(max > 0)) return [];
  return pairs
    .map(([uid, w]) => [uid, Math.round((Math.max(0, w) / max) * 65535)] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => a[0] - b[0]);
}

function honestScores(inputs: WeightInputs, noise: number, rng: Prng): [number, number][] {
  return inputs.miners.map((m) => [m.uid, Math.max(0, m.quality * (1 + noise * rng.gaussian()))]);
}

/** A validator agent: keeps its own memory (lazy weights) between epochs. */
export class ValidatorAgent {
  private stale: SparseWeights = [];

  constructor(
    readonly strategy: Strategy,
    private readonly rng: Prng,
    /** Miner name → favoured (colluding strategy). */
    private readonly favoured: ReadonlySet<string> = new Set(),
  ) {}

  weights(inputs: WeightInputs): SparseWeights {
    const st = this.strategy;
    switch (st.kind) {
      case 'honest':
        return toU16Weights(honestScores(inputs, st.noise, this.rng));
      case 'copier': {
        const h = inputs.consensusHistory;
        const row = h[h.length - 1 - st.lag];
        if (!row) return [];
        return toU16Weights(inputs.miners.map((m) => [m.uid, row[m.uid] ?? 0]));
      }
      case 'colluding': {
        const honest = honestScores(inputs, st.noise, this.rng);
        const total = honest.reduce((a, [, w]) => a + w, 0) || 1;
        const fav = inputs.miners.filter((m) => this.favoured.has(m.name)).length || 1;
        return toU16Weights(
          inputs.miners.map((m, i) => [m.uid, ((1 - st.share) * honest[i][1]) / total + (this.favoured.has(m.name) ? st.share / fav : 0)]),
        );
      }
      case 'lazy':
        if (inputs.epoch % st.refresh === 0 || this.stale.length === 0) this.stale = toU16Weights(honestScores(inputs, st.noise, this.rng));
        return this.stale;
    }
  }
}
