/**
 * SubtensorModule's weight calls (spec/economics.md §11; subtensor macros/dispatches.rs): indices,
 * argument types and weights come from `callSigs`. Every signed dispatch first runs the
 * `CheckWeights` dispatch extension (checkWeights.ts), as subtensor's runtime does for top-level and
 * nested dispatches alike.
 */
import { otherError } from '../../../frame/errors.js';
import { call, type CallContext } from '../../../frame/pallet.js';
import { callSigs, errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import { doBatchCommitWeights } from './batchCommitWeights.js';
import { doBatchRevealWeights } from './batchRevealWeights.js';
import { doBatchSetWeights } from './batchSetWeights.js';
import { checkWeights, type WeightsCallName, type WeightsGuardArgs } from './checkWeights.js';
import { doCommitMechanismWeights, doCommitWeights } from './commitWeights.js';
import { doRevealMechanismWeights, doRevealWeights } from './revealWeights.js';
import { doSetMechanismWeights, doSetWeights } from './setWeights.js';
import {
  CRV3_LEGACY_COMMIT_REVEAL_VERSION,
  doCommitTimelockedMechanismWeights,
  doCommitTimelockedWeights,
  MAX_CRV3_COMMIT_SIZE_BYTES,
} from './timelocked.js';

type U16s = readonly number[];

export interface SetWeightsArgs {
  readonly netuid: number;
  readonly dests: U16s;
  readonly weights: U16s;
  readonly version_key: bigint;
}
export interface SetMechanismWeightsArgs extends SetWeightsArgs {
  readonly mecid: number;
}
export interface BatchSetWeightsArgs {
  readonly netuids: readonly number[];
  readonly weights: readonly (readonly (readonly [number, number])[])[];
  readonly version_keys: readonly bigint[];
}
export interface CommitWeightsArgs {
  readonly netuid: number;
  readonly commit_hash: string;
}
export interface CommitMechanismWeightsArgs extends CommitWeightsArgs {
  readonly mecid: number;
}
export interface BatchCommitWeightsArgs {
  readonly netuids: readonly number[];
  readonly commit_hashes: readonly string[];
}
export interface RevealWeightsArgs {
  readonly netuid: number;
  readonly uids: U16s;
  readonly values: U16s;
  readonly salt: U16s;
  readonly version_key: bigint;
}
export interface RevealMechanismWeightsArgs extends RevealWeightsArgs {
  readonly mecid: number;
}
export interface BatchRevealWeightsArgs {
  readonly netuid: number;
  readonly uids_list: readonly U16s[];
  readonly values_list: readonly U16s[];
  readonly salts_list: readonly U16s[];
  readonly version_keys: readonly bigint[];
}
export interface CommitTimelockedWeightsArgs {
  readonly netuid: number;
  readonly commit: Uint8Array;
  readonly reveal_round: bigint;
  readonly commit_reveal_version: number;
}
export interface CommitTimelockedMechanismWeightsArgs extends CommitTimelockedWeightsArgs {
  readonly mecid: number;
}
export interface CommitCrv3MechanismWeightsArgs {
  readonly netuid: number;
  readonly mecid: number;
  readonly commit: Uint8Array;
  readonly reveal_round: bigint;
}

/** Run the `CheckWeights` dispatch extension for signed origins, then the call body. */
function guarded<A extends WeightsGuardArgs>(name: WeightsCallName, body: (ctx: CallContext, a: A) => void): (ctx: CallContext, a: A) => void {
  return (ctx, a) => {
    if (ctx.origin.kind === 'signed') checkWeights(ctx.state, ctx.env.number, ctx.origin.who, name, a);
    body(ctx, a);
  };
}

/** `BoundedVec<u8, ConstU32<5000>>`: subtensor rejects a longer commit when decoding the call. */
function ensureCommitBound(commit: Uint8Array): void {
  if (commit.length > MAX_CRV3_COMMIT_SIZE_BYTES) throw otherError(`commit longer than ${MAX_CRV3_COMMIT_SIZE_BYTES} bytes`);
}

export const weightsCalls = {
  set_weights: call<SetWeightsArgs>({
    ...callSigs.set_weights,
    docs: 'Set the caller hotkey\'s weights on a subnet (main mechanism); rejected while commit-reveal is on.',
    fn: guarded('set_weights', (ctx, a) => {
      if (S.CommitRevealWeightsEnabled.get(ctx.state, a.netuid)) throw E.CommitRevealEnabled({ netuid: a.netuid });
      doSetWeights(ctx, ctx.origin, a.netuid, a.dests, a.weights, a.version_key);
    }),
  }),
  set_mechanism_weights: call<SetMechanismWeightsArgs>({
    ...callSigs.set_mechanism_weights,
    docs: 'Set weights on one mechanism of a subnet; rejected while commit-reveal is on.',
    fn: guarded('set_mechanism_weights', (ctx, a) => {
      if (S.CommitRevealWeightsEnabled.get(ctx.state, a.netuid)) throw E.CommitRevealEnabled({ netuid: a.netuid });
      doSetMechanismWeights(ctx, ctx.origin, a.netuid, a.mecid, a.dests, a.weights, a.version_key);
    }),
  }),
  batch_set_weights: call<BatchSetWeightsArgs>({
    ...callSigs.batch_set_weights,
    docs: 'Set weights on several subnets, continuing past failures.',
    fn: guarded('batch_set_weights', (ctx, a) => doBatchSetWeights(ctx, ctx.origin, a.netuids, a.weights, a.version_keys)),
  }),
  commit_weights: call<CommitWeightsArgs>({
    ...callSigs.commit_weights,
    docs: 'Commit a hash of weights (commit-reveal v2, main mechanism).',
    fn: guarded('commit_weights', (ctx, a) => doCommitWeights(ctx, ctx.origin, a.netuid, a.commit_hash)),
  }),
  commit_mechanism_weights: call<CommitMechanismWeightsArgs>({
    ...callSigs.commit_mechanism_weights,
    docs: 'Commit a hash of weights for one mechanism (commit-reveal v2).',
    fn: guarded('commit_mechanism_weights', (ctx, a) => doCommitMechanismWeights(ctx, ctx.origin, a.netuid, a.mecid, a.commit_hash)),
  }),
  batch_commit_weights: call<BatchCommitWeightsArgs>({
    ...callSigs.batch_commit_weights,
    docs: 'Commit weight hashes on several subnets, continuing past failures.',
    fn: guarded('batch_commit_weights', (ctx, a) => doBatchCommitWeights(ctx, ctx.origin, a.netuids, a.commit_hashes)),
  }),
  reveal_weights: call<RevealWeightsArgs>({
    ...callSigs.reveal_weights,
    docs: 'Reveal committed weights in their reveal epoch (commit-reveal v2, main mechanism).',
    fn: guarded('reveal_weights', (ctx, a) => doRevealWeights(ctx, ctx.origin, a.netuid, a.uids, a.values, a.salt, a.version_key)),
  }),
  reveal_mechanism_weights: call<RevealMechanismWeightsArgs>({
    ...callSigs.reveal_mechanism_weights,
    docs: 'Reveal committed weights of one mechanism.',
    fn: guarded('reveal_mechanism_weights', (ctx, a) => doRevealMechanismWeights(ctx, ctx.origin, a.netuid, a.mecid, a.uids, a.values, a.salt, a.version_key)),
  }),
  batch_reveal_weights: call<BatchRevealWeightsArgs>({
    ...callSigs.batch_reveal_weights,
    docs: 'Reveal several commits of the main mechanism, all or nothing.',
    fn: guarded('batch_reveal_weights', (ctx, a) =>
      doBatchRevealWeights(ctx, ctx.origin, a.netuid, a.uids_list, a.values_list, a.salts_list, a.version_keys),
    ),
  }),
  commit_timelocked_weights: call<CommitTimelockedWeightsArgs>({
    ...callSigs.commit_timelocked_weights,
    docs: 'Commit drand-timelocked weights (commit-reveal v4, main mechanism). Not decrypted on this chain (no drand).',
    fn: (ctx, a) => {
      ensureCommitBound(a.commit);
      guarded<CommitTimelockedWeightsArgs>('commit_timelocked_weights', (c, x) =>
        doCommitTimelockedWeights(c, c.origin, x.netuid, x.commit, x.reveal_round, x.commit_reveal_version),
      )(ctx, a);
    },
  }),
  commit_timelocked_mechanism_weights: call<CommitTimelockedMechanismWeightsArgs>({
    ...callSigs.commit_timelocked_mechanism_weights,
    docs: 'Commit drand-timelocked weights for one mechanism. Not decrypted on this chain (no drand).',
    fn: (ctx, a) => {
      ensureCommitBound(a.commit);
      guarded<CommitTimelockedMechanismWeightsArgs>('commit_timelocked_mechanism_weights', (c, x) =>
        doCommitTimelockedMechanismWeights(c, c.origin, x.netuid, x.mecid, x.commit, x.reveal_round, x.commit_reveal_version),
      )(ctx, a);
    },
  }),
  commit_crv3_mechanism_weights: call<CommitCrv3MechanismWeightsArgs>({
    ...callSigs.commit_crv3_mechanism_weights,
    docs: 'Legacy timelocked commit for one mechanism (commit-reveal version 4).',
    fn: (ctx, a) => {
      ensureCommitBound(a.commit);
      guarded<CommitCrv3MechanismWeightsArgs>('commit_crv3_mechanism_weights', (c, x) =>
        doCommitTimelockedMechanismWeights(c, c.origin, x.netuid, x.mecid, x.commit, x.reveal_round, CRV3_LEGACY_COMMIT_REVEAL_VERSION),
      )(ctx, a);
    },
  }),
};
