export * from './axon.js';
export * from './scheduler.js';
export * from './limits.js';
export * from './verifyPool.js';
