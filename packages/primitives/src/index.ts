export * from './fixed.js';
