/**
 * @tensorium/subnet-ocr — an example subnet: validators send rendered documents, miners return the text.
 * See README.md for the incentive mechanism and its defences.
 */
export * from './errors.js';
export * from './prng.js';
export * from './text.js';
export * from './synapse.js';
export * from './validator/content.js';
export * from './validator/render.js';
export * from './validator/challenge.js';
export * from './validator/scoring.js';
export * from './validator/task.js';
export * from './miner/engine.js';
export * from './miner/preprocess.js';
export * from './miner/strategies.js';
export * from './miner/handler.js';
