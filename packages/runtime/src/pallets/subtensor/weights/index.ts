/** SubtensorModule weights: set, commit-reveal v2, timelocked v3/v4 commits (spec/epoch.md §8–§9). */
export * from './checks.js';
export * from './commitHash.js';
export * from './setWeights.js';
export * from './batchSetWeights.js';
export * from './commitWeights.js';
export * from './batchCommitWeights.js';
export * from './revealWeights.js';
export * from './batchRevealWeights.js';
export * from './timelocked.js';
export * from './revealCrv3Commits.js';
export * from './checkWeights.js';
export * from './batch.js';
export * from './calls.js';
