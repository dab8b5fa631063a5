/**
 * SubtensorModule (index 7): calls assembled from the feature folders, events, errors, storage,
 * and the block step run from `on_initialize`.
 */
import { definePallet } from '../../frame/pallet.js';
import type { ExecutiveOptions } from '../../executive.js';
import { blockStep, type BlockStepHooks } from './coinbase/blockStep.js';
import { errors, events, PALLET } from './decl.js';
import { storage } from './storage.js';
import { weightsCalls } from './weights/calls.js';
import { checkWeightsTransaction } from './weights/checkWeights.js';
import { revealCrv3Commits } from './weights/revealCrv3Commits.js';

export { storage, errors, events, PALLET };

/** The steps of `block_step` that live outside the coinbase folder. */
export const blockStepHooks: BlockStepHooks = {
  revealTimelockedCommits: revealCrv3Commits,
};

export const subtensorModule = definePallet({
  name: PALLET,
  index: 7,
  docs: 'Subnets, staking, registration, emission and Yuma Consensus.',
  storage: Object.values(storage),
  errors,
  events,
  calls: {
    ...weightsCalls,
  },
  hooks: {
    onInitialize: (ctx) => blockStep(ctx, blockStepHooks),
  },
});

/** SubtensorModule's transaction-extension checks and fee-in-alpha fallback for the executive. */
export const subtensorExecutiveOptions: ExecutiveOptions = {
  checks: [checkWeightsTransaction],
};
