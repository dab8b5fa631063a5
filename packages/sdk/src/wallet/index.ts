export * from './errors.js';
export * from './keypair.js';
export * from './encryption.js';
export * from './keyfile.js';
export * from './wallet.js';
