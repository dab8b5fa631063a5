/**
 * SubtensorModule (index 7): calls assembled from the feature folders, events, errors, storage,
 * and the block step run from `on_initialize`.
 */
import { definePallet } from '../../frame/pallet.js';
import type { ExecutiveOptions } from '../../executive.js';
import { blockStep } from './coinbase/blockStep.js';
import { errors, events, PALLET } from './decl.js';
import { storage } from './storage.js';

export { storage, errors, events, PALLET };

export const subtensorModule = definePallet({
  name: PALLET,
  index: 7,
  docs: 'Subnets, staking, registration, emission and Yuma Consensus.',
  storage: Object.values(storage),
  errors,
  events,
  calls: {},
  hooks: {
    onInitialize: (ctx) => blockStep(ctx, {}),
  },
});

export const subtensorExecutiveOptions: ExecutiveOptions = {};
