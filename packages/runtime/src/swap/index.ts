/**
 * The TAO <-> alpha Balancer pool ("PalSwap", spec/economics.md §5) as pure functions over plain
 * values: reserves and amounts as bigint, the quote weight as Perquintill parts, the fee rate as a
 * u16 number, prices as U64F64 bits. The stateful runtime reads SubnetTAO / SubnetAlphaIn /
 * SwapBalancer / FeeRate from storage, calls these, and applies the returned deltas.
 */
export * from './constants.js';
export * from './errors.js';
export * from './weights.js';
export * from './calculatePrice.js';
export * from './initializeWithPrice.js';
export * from './expScaled.js';
export * from './convertDeltas.js';
export * from './calculateDeltaIn.js';
export * from './updateWeightsForAddedLiquidity.js';
export * from './calculateFeeAmount.js';
export * from './doSwap.js';
export * from './getMaxAmount.js';
