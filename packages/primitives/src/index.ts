export * from './fixed.js';
export * from './scale.js';
export * from './perquintill.js';
export * from './bigmath.js';
export * from './safeFloat.js';
export * from './hashing.js';
