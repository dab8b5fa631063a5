export * from './metagraph.js';
