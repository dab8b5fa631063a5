/**
 * Weights from losses, after subnet 9's "win rate" rule, with explicit copy detection.
 *
 * For miners i, j with per-sample losses ℓᵢ(s), ℓⱼ(s) on the same samples s = 1…S and commit blocks
 * bᵢ, bⱼ (ties broken by uid: "earlier" means smaller (block, uid)):
 *
 *   i beats j on s  ⇔  ℓ̃ᵢ(s) < ℓ̃ⱼ(s),  where the earlier-committed model's loss is discounted:
 *                       ℓ̃ = (1 − ε)·ℓ for the earlier one, ℓ̃ = ℓ for the later one
 *   winRate(i)      =  (number of (j, s) that i beats) / ((n − 1)·S)      (1 when n = 1)
 *   weight(i)       =  exp(winRate(i)/T) / Σₖ exp(winRate(k)/T)           (softmax, temperature T)
 *
 * over the n eligible miners. Not eligible (weight 0): no valid model (no commitment, not served, hash
 * mismatch, invalid file, non-finite loss), and copies — a model whose hash equals the hash of an
 * earlier-committed eligible model. A near-copy (perturbed weights, loss within a factor ε of an older
 * model) loses every comparison against the older model, so it cannot overtake it; with a small T the
 * best model takes almost all the weight.
 */

export interface ScoringInput {
  readonly uid: number;
  /** Hash of the model file (sha256 hex); undefined when the miner has no valid model this round. */
  readonly modelHash: string | undefined;
  /** Block of the miner's commitment. */
  readonly commitBlock: number;
  /** Per-sample losses on this round's samples; undefined when the model was not evaluated. */
  readonly losses: ArrayLike<number> | undefined;
}

export interface ScoringOptions {
  /** Advantage of the older commitment, as a fraction of loss. Default 0.005 (0.5%). */
  readonly epsilon?: number;
  /** Softmax temperature over win rates. Default 0.08. */
  readonly temperature?: number;
}

export interface MinerScore {
  readonly uid: number;
  /** Eligible miners only; 0 otherwise. */
  readonly winRate: number;
  /** Normalised weight (all weights sum to 1 when any miner is eligible). */
  readonly weight: number;
  /** Mean of the per-sample losses (Infinity when not evaluated). */
  readonly meanLoss: number;
  /** Set when the model is a byte-identical copy of an earlier commitment: that miner's uid. */
  readonly copyOf?: number;
  readonly eligible: boolean;
}

export const DEFAULT_EPSILON = 0.005;
export const DEFAULT_TEMPERATURE = 0.08;

const earlier = (a: ScoringInput, b: ScoringInput): boolean => a.commitBlock < b.commitBlock || (a.commitBlock === b.commitBlock && a.uid < b.uid);

function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return Infinity;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Number.isNaN(xs[i]) ? Infinity : xs[i];
  return s / xs.length;
}

/** Score one round (see the module comment for the formula). Results are in input order. */
export function computeWeights(miners: readonly ScoringInput[], options: ScoringOptions = {}): MinerScore[] {
  const epsilon = options.epsilon ?? DEFAULT_EPSILON;
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const valid = miners.filter((m) => m.modelHash !== undefined && m.losses !== undefined && m.losses.length > 0 && Number.isFinite(mean(m.losses)));
  const samples = valid.length ? valid[0].losses!.length : 0;
  // copies: same hash as an earlier-committed valid model
  const copyOf = new Map<ScoringInput, number>();
  const byAge = [...valid].sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
  const firstByHash = new Map<string, ScoringInput>();
  for (const m of byAge) {
    const first = firstByHash.get(m.modelHash!);
    if (first) copyOf.set(m, first.uid);
    else firstByHash.set(m.modelHash!, m);
  }
  const eligible = valid.filter((m) => !copyOf.has(m) && m.losses!.length === samples);
  const wins = new Map<ScoringInput, number>(eligible.map((m) => [m, 0]));
  for (const i of eligible) {
    for (const j of eligible) {
      if (i === j) continue;
      const iOlder = earlier(i, j);
      let w = 0;
      for (let s = 0; s < samples; s++) {
        const li = (Number.isNaN(i.losses![s]) ? Infinity : i.losses![s]) * (iOlder ? 1 - epsilon : 1);
        const lj = (Number.isNaN(j.losses![s]) ? Infinity : j.losses![s]) * (iOlder ? 1 : 1 - epsilon);
        if (li < lj) w++;
      }
      wins.set(i, wins.get(i)! + w);
    }
  }
  const n = eligible.length;
  const winRate = new Map<ScoringInput, number>(eligible.map((m) => [m, n === 1 ? 1 : wins.get(m)! / ((n - 1) * samples)]));
  const maxRate = Math.max(0, ...winRate.values());
  let z = 0;
  for (const r of winRate.values()) z += Math.exp((r - maxRate) / temperature);
  return miners.map((m) => {
    const r = winRate.get(m);
    const base = { uid: m.uid, meanLoss: m.losses ? mean(m.losses) : Infinity };
    if (r === undefined) return { ...base, winRate: 0, weight: 0, eligible: false, ...(copyOf.has(m) ? { copyOf: copyOf.get(m)! } : {}) };
    return { ...base, winRate: r, weight: Math.exp((r - maxRate) / temperature) / z, eligible: true };
  });
}
