export * from './dendrite.js';
