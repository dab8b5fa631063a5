/**
 * The Balancer pool weights (spec/economics.md §5.1): only the quote (TAO) weight w2 is stored
 * (`SwapBalancer`, Perquintill parts); the base (alpha) weight is w1 = 1 - w2.
 */
import { Perquintill, type PerquintillParts } from '@tensorium/primitives';
import { MIN_WEIGHT } from './constants.js';

/** w1 = 1 - w2 (`get_base_weight`, saturating). */
export function baseWeight(quoteWeight: PerquintillParts): PerquintillParts {
  return Perquintill.complement(quoteWeight);
}

/** `Balancer::check_constraints`: both weights at least 0.01. */
export function checkWeightConstraints(quoteWeight: PerquintillParts): boolean {
  return baseWeight(quoteWeight) >= MIN_WEIGHT && quoteWeight >= MIN_WEIGHT;
}
