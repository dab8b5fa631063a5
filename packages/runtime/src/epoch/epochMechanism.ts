/**
 * One mechanism's epoch (spec/epoch.md §4), production entry point.
 */
import { epochMechanismExact } from './epochExact.js';
import type { EpochInputs, EpochOptions, EpochOutputs } from './types.js';

export function epochMechanism(inputs: EpochInputs, options: EpochOptions = {}): EpochOutputs {
  return epochMechanismExact(inputs, options);
}
