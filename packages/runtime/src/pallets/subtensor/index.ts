/**
 * SubtensorModule (index 7): calls assembled from the feature folders, events, errors, storage,
 * and the block step run from `on_initialize`.
 */
import { definePallet } from '../../frame/pallet.js';
import type { ExecutiveOptions } from '../../executive.js';
import { adminCalls } from './admin/calls.js';
import { blockStep, type BlockStepHooks } from './coinbase/blockStep.js';
import { errors, events, PALLET } from './decl.js';
import { applyPendingChildKeys, feeInAlphaFallback, runAutoClaimRootDivs, stakingCalls } from './staking/calls.js';
import { storage } from './storage.js';
import { subnetCalls } from './subnets/calls.js';
import { updateRegistrationPricesForNetworks } from './subnets/registration.js';
import { coldkeySwapCheck } from './swap/coldkeySwapCheck.js';
import { keySwapCalls } from './swap/calls.js';
import { weightsCalls } from './weights/calls.js';
import { checkWeightsTransaction } from './weights/checkWeights.js';
import { revealCrv3Commits } from './weights/revealCrv3Commits.js';

export { storage, errors, events, PALLET };

/** The steps of `block_step` that live outside the coinbase folder. */
export const blockStepHooks: BlockStepHooks = {
  updateRegistrationPrices: updateRegistrationPricesForNetworks,
  revealTimelockedCommits: revealCrv3Commits,
  applyPendingChildKeys,
  autoClaimRootDivs: runAutoClaimRootDivs,
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
    ...stakingCalls,
    ...subnetCalls,
    ...keySwapCalls,
    ...adminCalls,
  },
  hooks: {
    onInitialize: (ctx) => blockStep(ctx, blockStepHooks),
  },
});

/** SubtensorModule's transaction-extension checks and fee-in-alpha fallback for the executive. */
export const subtensorExecutiveOptions: ExecutiveOptions = {
  checks: [coldkeySwapCheck, checkWeightsTransaction],
  feeFallbacks: [feeInAlphaFallback],
};
