/**
 * Chain constants and run-time presets (the `mainnet` / `fast` split replaces subtensor's
 * compile-time `fast-runtime` feature). Nothing here depends on anything else in the repo.
 * Values follow spec/economics.md §1 and the runtime constants of subtensor@14bc6f9f9.
 */
export * from './constants.js';
export * from './presets.js';
