/** Public API of the Yuma Consensus epoch (spec/epoch.md). */
export type { EpochInputs, EpochOutputs, EpochOptions, EpochDiagnostics, SparseRowU16, SparseRowFixed, U16Csr } from './types.js';
export { bondRow, bondRows, u16CsrFromRows } from './bonds.js';
export { epochMechanism } from './epochMechanism.js';
export { epochMechanismExact } from './epochExact.js';
export { splitEmissions, mechanismWeight, aggregateMechanisms } from './mechanisms.js';
export type { AggregatedEpochTerms } from './mechanisms.js';
export { expSafe, expRaw, expSafeNumber } from './exp.js';
export * as epochMath from './math.js';
