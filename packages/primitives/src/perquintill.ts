/**
 * `sp_arithmetic::Perquintill`: a fraction in [0, 1] held as u64 parts of 1e18
 * (spec/economics.md §0). Values are plain `bigint` parts so they can live in storage records
 * without wrapping; every constructor clamps to [0, 1e18] like `Perquintill::from_parts`.
 *
 * Rounding follows sp-arithmetic (`per_things.rs`) exactly:
 *   - `fromRational(p, q)` = `from_rational_with_rounding(p, q, Down)`, and `one` when that fails
 *     (q = 0 or p > q). `multiply_rational` is exact in the wide type, so this is floor(p·1e18/q).
 *   - `Perquintill * n` (`mul`) rounds to nearest, ties DOWN (`Rounding::NearestPrefDown` in
 *     `overflow_prune_mul`); `mulFloor` / `mulCeil` round down / up.
 *   - `Perquintill * Perquintill` floors.
 * subtensor's Balancer does NOT use `Perquintill * n` for its weight update; it has its own
 * round-half-up helper (see runtime/src/swap/updateWeightsForAddedLiquidity.ts).
 */

/** Parts of a Perquintill (0 ..= 1e18). */
export type PerquintillParts = bigint;

export const PERQUINTILL_ACCURACY = 1_000_000_000_000_000_000n;

/** Rounding modes of `sp_arithmetic::Rounding` (unsigned quantities). */
export type Rounding = 'Up' | 'Down' | 'NearestPrefUp' | 'NearestPrefDown';

function clampParts(parts: bigint): PerquintillParts {
  if (parts < 0n) throw new RangeError('Perquintill parts must be non-negative');
  return parts > PERQUINTILL_ACCURACY ? PERQUINTILL_ACCURACY : parts;
}

/** floor(n/d) adjusted by `rounding`; n, d >= 0, d > 0. */
function divRounded(n: bigint, d: bigint, rounding: Rounding): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (rounding) {
    case 'Down':
      return q;
    case 'Up':
      return q + 1n;
    case 'NearestPrefDown':
      return r > d / 2n ? q + 1n : q;
    case 'NearestPrefUp':
      return r >= d / 2n + (d % 2n) ? q + 1n : q;
  }
}

export const Perquintill = {
  ACCURACY: PERQUINTILL_ACCURACY,
  ZERO: 0n as PerquintillParts,
  ONE: PERQUINTILL_ACCURACY as PerquintillParts,

  /** `Perquintill::from_parts`: saturates at one. */
  fromParts(parts: bigint): PerquintillParts {
    return clampParts(parts);
  },

  /** `Perquintill::from_percent` (x clamped to 100). */
  fromPercent(x: bigint): PerquintillParts {
    const a = x > 100n ? 100n : x;
    return (a * PERQUINTILL_ACCURACY) / 100n;
  },

  /**
   * `from_rational_with_rounding(p, q, r)`: `undefined` (Rust `Err(())`) when q = 0 or p > q.
   * p and q are unsigned integers of any width (u64 or u128 in the chain).
   */
  fromRationalWithRounding(p: bigint, q: bigint, rounding: Rounding): PerquintillParts | undefined {
    if (p < 0n || q < 0n) throw new RangeError('from_rational takes unsigned arguments');
    if (q === 0n || p > q) return undefined;
    return divRounded(PERQUINTILL_ACCURACY * p, q, rounding);
  },

  /** `Perquintill::from_rational(p, q)`: rounds down; one when q = 0 or p > q. */
  fromRational(p: bigint, q: bigint): PerquintillParts {
    return Perquintill.fromRationalWithRounding(p, q, 'Down') ?? PERQUINTILL_ACCURACY;
  },

  /** Multiply an unsigned integer with the given rounding of the fractional result. */
  mulRounding(parts: PerquintillParts, n: bigint, rounding: Rounding): bigint {
    if (n < 0n) throw new RangeError('Perquintill multiplies unsigned integers');
    // overflow_prune_mul: (n / ACC) * parts + rounded((n % ACC) * parts / ACC)
    return (n / PERQUINTILL_ACCURACY) * parts + divRounded((n % PERQUINTILL_ACCURACY) * parts, PERQUINTILL_ACCURACY, rounding);
  },

  /** `Perquintill * n`: nearest, ties rounded down (sp-arithmetic `ops::Mul<N>`). */
  mul(parts: PerquintillParts, n: bigint): bigint {
    return Perquintill.mulRounding(parts, n, 'NearestPrefDown');
  },

  /** `mul_floor`. */
  mulFloor(parts: PerquintillParts, n: bigint): bigint {
    return Perquintill.mulRounding(parts, n, 'Down');
  },

  /** `mul_ceil`. */
  mulCeil(parts: PerquintillParts, n: bigint): bigint {
    return Perquintill.mulRounding(parts, n, 'Up');
  },

  /** `Perquintill * Perquintill` (floor). */
  mulPerquintill(a: PerquintillParts, b: PerquintillParts): PerquintillParts {
    return (a * b) / PERQUINTILL_ACCURACY;
  },

  /** `left_from_one`: 1 - p, saturating at 0. */
  complement(parts: PerquintillParts): PerquintillParts {
    return parts >= PERQUINTILL_ACCURACY ? 0n : PERQUINTILL_ACCURACY - parts;
  },

  saturatingAdd(a: PerquintillParts, b: PerquintillParts): PerquintillParts {
    return clampParts(a + b);
  },

  saturatingSub(a: PerquintillParts, b: PerquintillParts): PerquintillParts {
    return a > b ? a - b : 0n;
  },

  isZero(parts: PerquintillParts): boolean {
    return parts === 0n;
  },

  isOne(parts: PerquintillParts): boolean {
    return parts === PERQUINTILL_ACCURACY;
  },
} as const;
