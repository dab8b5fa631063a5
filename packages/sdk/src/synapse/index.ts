export * from './errors.js';
export * from './pytype.js';
export * from './json.js';
export * from './crypto.js';
export * from './nonce.js';
export * from './synapse.js';
export * from './tensor.js';
