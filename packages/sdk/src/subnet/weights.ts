/**
 * Scores → the weight vector a validator sets (spec/sdk.md §7.6): L1-normalise, drop non-finite
 * and zero entries, pad up to the subnet's `min_allowed_weights` with the smallest non-zero
 * weight, cap at `max_weights_limit`. The client then max-upscales to u16 (client/weights.ts).
 */
export interface WeightVector {
  readonly uids: number[];
  /** Sums to 1 (or empty when there is nothing to weigh). */
  readonly weights: number[];
}

export interface ProcessWeightsOptions {
  /** `MinAllowedWeights` of the subnet (0 = no padding). */
  readonly minAllowedWeights?: number;
  /** `MaxWeightsLimit` as a fraction of 1 (1 = no cap). */
  readonly maxWeightLimit?: number;
  /** Uids never weighted (e.g. the validator itself). */
  readonly exclude?: readonly number[];
}

export function scoresToWeights(scores: readonly number[], options: ProcessWeightsOptions = {}): WeightVector {
  const exclude = new Set(options.exclude ?? []);
  const clean = scores.map((s, uid) => (exclude.has(uid) || !Number.isFinite(s) || s < 0 ? 0 : s));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum === 0) return { uids: [], weights: [] };
  let w = clean.map((s) => s / sum);
  const cap = options.maxWeightLimit ?? 1;
  if (cap < 1) {
    // cap, then hand the excess to the uncapped in proportion (a few passes converge)
    for (let pass = 0; pass < 8; pass++) {
      const over = w.reduce((a, x) => a + Math.max(0, x - cap), 0);
      if (over <= 1e-12) break;
      const free = w.reduce((a, x) => a + (x < cap && x > 0 ? x : 0), 0);
      w = w.map((x) => (x >= cap ? cap : free > 0 && x > 0 ? x + (over * x) / free : x));
    }
  }
  const uids: number[] = [];
  const weights: number[] = [];
  w.forEach((x, uid) => {
    if (x > 0) {
      uids.push(uid);
      weights.push(x);
    }
  });
  const min = Math.min(options.minAllowedWeights ?? 0, clean.length - exclude.size);
  if (uids.length < min) {
    // smallest weight that survives the u16 upscale (1/65535 of the max)
    const tiny = Math.max(...weights) / 65_535;
    for (let uid = 0; uid < clean.length && uids.length < min; uid++) {
      if (exclude.has(uid) || uids.includes(uid)) continue;
      uids.push(uid);
      weights.push(tiny);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    const order = uids.map((u, i) => [u, weights[i] / total] as const).sort((a, b) => a[0] - b[0]);
    return { uids: order.map((o) => o[0]), weights: order.map((o) => o[1]) };
  }
  return { uids, weights };
}
