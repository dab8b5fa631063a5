/** The template subnet: protocol (synapse), miner handler and validator task. */
export * from './protocol.js';
export * from './miner.js';
export * from './validator.js';
