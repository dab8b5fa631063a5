/** The subnet framework: a subnet author writes a synapse, a miner handler and a validator task; the base neurons do the rest (spec/sdk.md §7). */
export * from './task.js';
export * from './errors.js';
export * from './logger.js';
export * from './rng.js';
export * from './blockClock.js';
export * from './scores.js';
export * from './weights.js';
export { BaseNeuron, type NeuronOptions } from './neuron.js';
export * from './miner.js';
export * from './validator.js';
/** The schema builder synapses are defined with, so a subnet depends on the SDK alone (one zod version). */
export { z } from 'zod';
export * from './bootstrap.js';
