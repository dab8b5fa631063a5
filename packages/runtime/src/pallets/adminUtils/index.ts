/**
 * pallet_admin_utils (index 19): root and subnet-owner setters of SubtensorModule's
 * hyperparameters (spec/economics.md §10; subtensor pallets/admin-utils/src/lib.rs).
 *
 * Origins: root (`ensureRoot`) or "owner or root" with the owner's per-(subnet, parameter) rate limit
 * (`ensureSnOwnerOrRootWithLimits` / `recordOwnerRl`); FW = the admin freeze window
 * (`ensureAdminWindowOpen`), which applies to root too. Checks run in subtensor's order, so the
 * first failing check decides the error. Writes go to SubtensorModule storage and deposit the
 * events subtensor's setters deposit (some setters deposit none). Weights: the runtime's
 * `SubstrateWeight` (or inline `#[pallet::weight]`), DB read 25_000_000 and write 100_000_000.
 */
import { RAO_PER_TAO } from '@tensorium/params';
import { T, type EnumValue, type TypeDef } from '@tensorium/primitives';
import { call, definePallet, emit, ensureRoot, type AccountId, type CallContext } from '../../frame/pallet.js';
import { MechId, NetUid, TaoBalance } from '../../types.js';
import { errors as SE, PALLET as SUBTENSOR } from '../subtensor/decl.js';
import { storage as S } from '../subtensor/storage.js';
import { clearSmallNominationIfRequired } from '../subtensor/staking/clearSmallNomination.js';
import { trimToMaxAllowedUids } from '../subtensor/subnets/uids.js';
import { I64F64Type, I96F32Type, RecycleOrBurnEnum, U64F64Type } from '../subtensor/types.js';
import { applyTempoWithCycleReset } from '../subtensor/admin/calls.js';
import {
  DEFAULT_MAX_ALLOWED_UIDS,
  doSetAlphaValues,
  doSetEmissionSplit,
  doSetMaxMechanismCount,
  doSetMechanismCount,
  doSetSnOwnerHotkey,
  ensureMaxUidsOverAllMechanisms,
} from '../subtensor/utils/adminHelpers.js';
import {
  ensureAdminWindowOpen,
  ensureSnOwnerOrRootWithLimits,
  ensureSubnetOwnerOrRoot,
  recordOwnerRl,
  subnetExists,
  type RateLimitedTx,
} from '../subtensor/utils/ownerOrRoot.js';
import { errors as E, PALLET } from './errors.js';
import { PrecompileEnum, storage } from './storage.js';

export { errors, PALLET } from './errors.js';
export { storage, PrecompileEnum, PRECOMPILES, type Precompile } from './storage.js';

// ---------------------------------------------------------------------------------------------
// Constants (runtime configuration)

/** `MinBurnUpperBound` (1 TAO): `min_burn` must be below it. */
export const MIN_BURN_UPPER_BOUND = RAO_PER_TAO;
/** `MaxBurnLowerBound` (0.1 TAO): `max_burn` must be above it. */
export const MAX_BURN_LOWER_BOUND = RAO_PER_TAO / 10n;
/** `MaxBurnHalfLife`. */
export const MAX_BURN_HALF_LIFE = 36_100;
/** Owner-set `bonds_moving_average` ceiling. */
export const OWNER_MAX_BONDS_MOVING_AVERAGE = 975_000n;
/** `MinImmuneOwnerUidsLimit` / `MaxImmuneOwnerUidsLimit`. */
export const MIN_IMMUNE_OWNER_UIDS_LIMIT = 1;
export const MAX_IMMUNE_OWNER_UIDS_LIMIT = 10;
/** `MIN_COMMIT_REVEAL_PEROIDS` / `MAX_COMMIT_REVEAL_PEROIDS`. */
export const MIN_COMMIT_REVEAL_PERIODS = 1n;
export const MAX_COMMIT_REVEAL_PERIODS = 100n;
/** `DefaultMinStake` (rao), the base of `NominatorMinRequiredStake` (per-million factor). */
export const DEFAULT_MIN_STAKE = 2_000_000n;
/** U64F64 one. */
const FIXED_ONE = 1n << 64n;

const READ = 25_000_000n;
const WRITE = 100_000_000n;
const w = (base: bigint, reads: bigint, writes: bigint): bigint => base + reads * READ + writes * WRITE;

// ---------------------------------------------------------------------------------------------
// Hooks into code owned elsewhere

/**
 * `clear_small_nominations`: `clear_small_nomination_if_required` for every (hotkey, coldkey, netuid)
 * of `alpha_iter()` (the Alpha and AlphaV2 keys merged, in BTreeMap order = our key order).
 */
export function clearSmallNominations(ctx: CallContext): void {
  const seen = new Map<string, readonly [AccountId, AccountId, number]>();
  const keyOf = (h: AccountId, c: AccountId, n: number): string => `${h}|${c}|${String(n).padStart(5, '0')}`;
  for (const [h, c, n] of S.Alpha.entries(ctx.state)) seen.set(keyOf(h, c, n), [h, c, n]);
  for (const [h, c, n] of S.AlphaV2.entries(ctx.state)) seen.set(keyOf(h, c, n), [h, c, n]);
  const keys = [...seen.keys()].sort();
  for (const k of keys) {
    const [h, c, n] = seen.get(k) as readonly [AccountId, AccountId, number];
    clearSmallNominationIfRequired(ctx, h, c, n);
  }
}

/** The sweep run by `sudo_set_nominator_min_required_stake` when the minimum is raised (replaceable for tests). */
let clearSmallNominationsHook: (ctx: CallContext) => void = clearSmallNominations;
export function setClearSmallNominationsHook(fn: (ctx: CallContext) => void): void {
  clearSmallNominationsHook = fn;
}

// ---------------------------------------------------------------------------------------------
// Call helpers

/** Consensus key types (AuraId sr25519, GrandpaId ed25519). */
const AuraId = { kind: 'byteArray', len: 32, name: 'Public', path: ['sp_consensus_aura', 'sr25519', 'app_sr25519', 'Public'] } as TypeDef;
const GrandpaId = { kind: 'byteArray', len: 32, name: 'Public', path: ['sp_consensus_grandpa', 'app', 'Public'] } as TypeDef;
/** `BlockNumberFor<Runtime>`. */
const BlockNumber = T.u32;
/** `MaxAuthorities`. */
export const MAX_AUTHORITIES = 32;

type NetArgs<K extends string, V> = { readonly netuid: number } & { readonly [P in K]: V };

/** "Owner or root" with limits, then the freeze window; `body` gets the owner (undefined for root); the owner's rate limits are recorded on success. */
function ownerFlow(ctx: CallContext, netuid: number, limits: readonly RateLimitedTx[], body: (owner: AccountId | undefined) => void): void {
  const owner = ensureSnOwnerOrRootWithLimits(ctx, netuid, limits);
  ensureAdminWindowOpen(ctx, netuid);
  body(owner);
  recordOwnerRl(ctx, owner, netuid, limits);
}

function ensureExists(ctx: CallContext, netuid: number): void {
  if (!subnetExists(ctx.state, netuid)) throw E.SubnetDoesNotExist({ netuid });
}

function ensureNotRoot(netuid: number): void {
  if (netuid === 0) throw E.NotPermittedOnRootSubnet({ netuid });
}

/** A netuid setter `(netuid, <arg>)`. */
function netArgs(name: string, type: TypeDef): readonly (readonly [string, TypeDef])[] {
  return [
    ['netuid', NetUid],
    [name, type],
  ];
}

export const adminUtilsCalls = {
  swap_authorities: call<{ new_authorities: readonly string[] }>({
    index: 0,
    args: [['new_authorities', T.vec(AuraId)]],
    weight: (a) => 4_442_146n + 29_392n * BigInt(a.new_authorities.length) + WRITE,
    docs: 'Root: change the Aura authorities (consensus; not modelled beyond the origin check; at most MAX_AUTHORITIES decode).',
    fn: (ctx) => {
      ensureRoot(ctx.origin);
    },
  }),

  sudo_set_default_take: call<{ default_take: number }>({
    index: 1,
    args: [['default_take', T.u16]],
    weight: w(5_400_000n, 0n, 1n),
    docs: 'Root: set MaxDelegateTake.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.MaxDelegateTake.set(ctx.state, a.default_take);
      emit(ctx, SUBTENSOR, 'MaxDelegateTakeSet', a.default_take);
    },
  }),

  sudo_set_tx_rate_limit: call<{ tx_rate_limit: bigint }>({
    index: 2,
    args: [['tx_rate_limit', T.u64]],
    weight: w(5_440_000n, 0n, 1n),
    docs: 'Root: set TxRateLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.TxRateLimit.set(ctx.state, a.tx_rate_limit);
      emit(ctx, SUBTENSOR, 'TxRateLimitSet', a.tx_rate_limit);
    },
  }),

  sudo_set_serving_rate_limit: call<NetArgs<'serving_rate_limit', bigint>>({
    index: 3,
    args: netArgs('serving_rate_limit', T.u64),
    weight: w(28_633_000n, 4n, 1n),
    docs: 'Owner or root, FW: set ServingRateLimit (no subnet existence check, as in subtensor).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['ServingRateLimit'], () => {
        S.ServingRateLimit.set(ctx.state, a.netuid, a.serving_rate_limit);
        emit(ctx, SUBTENSOR, 'ServingRateLimitSet', a.netuid, a.serving_rate_limit);
      }),
  }),

  sudo_set_min_difficulty: call<NetArgs<'min_difficulty', bigint>>({
    index: 4,
    args: netArgs('min_difficulty', T.u64),
    weight: w(34_554_000n, 5n, 1n),
    docs: 'Root, FW: set MinDifficulty.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      S.MinDifficulty.set(ctx.state, a.netuid, a.min_difficulty);
      emit(ctx, SUBTENSOR, 'MinDifficultySet', a.netuid, a.min_difficulty);
    },
  }),

  sudo_set_max_difficulty: call<NetArgs<'max_difficulty', bigint>>({
    index: 5,
    args: netArgs('max_difficulty', T.u64),
    weight: w(34_704_000n, 5n, 1n),
    docs: 'Owner or root, FW: set MaxDifficulty.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MaxDifficulty'], () => {
        ensureExists(ctx, a.netuid);
        S.MaxDifficulty.set(ctx.state, a.netuid, a.max_difficulty);
        emit(ctx, SUBTENSOR, 'MaxDifficultySet', a.netuid, a.max_difficulty);
      }),
  }),

  sudo_set_weights_version_key: call<NetArgs<'weights_version_key', bigint>>({
    index: 6,
    args: netArgs('weights_version_key', T.u64),
    weight: w(34_204_000n, 5n, 1n),
    docs: 'Owner or root, FW: set WeightsVersionKey (owner limit: WeightsVersionKeyRateLimit tempos).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['SetWeightsVersionKey'], () => {
        ensureExists(ctx, a.netuid);
        S.WeightsVersionKey.set(ctx.state, a.netuid, a.weights_version_key);
        emit(ctx, SUBTENSOR, 'WeightsVersionKeySet', a.netuid, a.weights_version_key);
      }),
  }),

  sudo_set_weights_set_rate_limit: call<NetArgs<'weights_set_rate_limit', bigint>>({
    index: 7,
    args: netArgs('weights_set_rate_limit', T.u64),
    weight: w(16_420_000n, 1n, 1n),
    docs: 'Root: set WeightsSetRateLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureExists(ctx, a.netuid);
      S.WeightsSetRateLimit.set(ctx.state, a.netuid, a.weights_set_rate_limit);
      emit(ctx, SUBTENSOR, 'WeightsSetRateLimitSet', a.netuid, a.weights_set_rate_limit);
    },
  }),

  sudo_set_adjustment_interval: call<NetArgs<'adjustment_interval', number>>({
    index: 8,
    args: netArgs('adjustment_interval', T.u16),
    weight: w(16_320_000n, 1n, 1n),
    docs: 'Root: set AdjustmentInterval.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureExists(ctx, a.netuid);
      S.AdjustmentInterval.set(ctx.state, a.netuid, a.adjustment_interval);
      emit(ctx, SUBTENSOR, 'AdjustmentIntervalSet', a.netuid, a.adjustment_interval);
    },
  }),

  sudo_set_adjustment_alpha: call<NetArgs<'adjustment_alpha', bigint>>({
    index: 9,
    args: netArgs('adjustment_alpha', T.u64),
    weight: w(14_000_000n, 1n, 1n),
    docs: 'Owner or root, FW: set AdjustmentAlpha.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['AdjustmentAlpha'], () => {
        ensureExists(ctx, a.netuid);
        S.AdjustmentAlpha.set(ctx.state, a.netuid, a.adjustment_alpha);
        emit(ctx, SUBTENSOR, 'AdjustmentAlphaSet', a.netuid, a.adjustment_alpha);
      }),
  }),

  sudo_set_immunity_period: call<NetArgs<'immunity_period', number>>({
    index: 13,
    args: netArgs('immunity_period', T.u16),
    weight: w(34_414_000n, 5n, 1n),
    docs: 'Owner or root, FW: set ImmunityPeriod.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['ImmunityPeriod'], () => {
        ensureExists(ctx, a.netuid);
        S.ImmunityPeriod.set(ctx.state, a.netuid, a.immunity_period);
        emit(ctx, SUBTENSOR, 'ImmunityPeriodSet', a.netuid, a.immunity_period);
      }),
  }),

  sudo_set_min_allowed_weights: call<NetArgs<'min_allowed_weights', number>>({
    index: 14,
    args: netArgs('min_allowed_weights', T.u16),
    weight: w(34_664_000n, 5n, 1n),
    docs: 'Owner or root, FW: set MinAllowedWeights.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MinAllowedWeights'], () => {
        ensureExists(ctx, a.netuid);
        S.MinAllowedWeights.set(ctx.state, a.netuid, a.min_allowed_weights);
        emit(ctx, SUBTENSOR, 'MinAllowedWeightSet', a.netuid, a.min_allowed_weights);
      }),
  }),

  sudo_set_max_allowed_uids: call<NetArgs<'max_allowed_uids', number>>({
    index: 15,
    args: netArgs('max_allowed_uids', T.u16),
    weight: w(43_381_000n, 8n, 1n),
    docs: 'Owner or root, FW: set MaxAllowedUids (>= MinAllowedUids, >= current N, <= 256, × mechanisms <= 256).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MaxAllowedUids'], () => {
        const s = ctx.state;
        ensureExists(ctx, a.netuid);
        if (a.max_allowed_uids < S.MinAllowedUids.get(s, a.netuid)) throw E.MaxAllowedUidsLessThanMinAllowedUids({ netuid: a.netuid });
        if (S.SubnetworkN.get(s, a.netuid) > a.max_allowed_uids) throw E.MaxAllowedUIdsLessThanCurrentUIds({ netuid: a.netuid });
        if (a.max_allowed_uids > DEFAULT_MAX_ALLOWED_UIDS) throw E.MaxAllowedUidsGreaterThanDefaultMaxAllowedUids({ netuid: a.netuid });
        ensureMaxUidsOverAllMechanisms(a.max_allowed_uids, S.MechanismCountCurrent.get(s, a.netuid));
        S.MaxAllowedUids.set(s, a.netuid, a.max_allowed_uids);
        emit(ctx, SUBTENSOR, 'MaxAllowedUidsSet', a.netuid, a.max_allowed_uids);
      }),
  }),

  sudo_set_kappa: call<NetArgs<'kappa', number>>({
    index: 16,
    args: netArgs('kappa', T.u16),
    weight: w(16_301_000n, 1n, 1n),
    docs: 'Root: set Kappa.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureExists(ctx, a.netuid);
      S.Kappa.set(ctx.state, a.netuid, a.kappa);
      emit(ctx, SUBTENSOR, 'KappaSet', a.netuid, a.kappa);
    },
  }),

  sudo_set_rho: call<NetArgs<'rho', number>>({
    index: 17,
    args: netArgs('rho', T.u16),
    weight: w(31_268_000n, 5n, 1n),
    docs: 'Owner or root, FW: set Rho (no event, as in subtensor).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['Rho'], () => {
        ensureExists(ctx, a.netuid);
        S.Rho.set(ctx.state, a.netuid, a.rho);
      }),
  }),

  sudo_set_activity_cutoff: call<NetArgs<'activity_cutoff', number>>({
    index: 18,
    args: netArgs('activity_cutoff', T.u16),
    weight: w(35_165_000n, 6n, 1n),
    docs: 'Owner or root, FW: set ActivityCutoff (>= MinActivityCutoff).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['ActivityCutoff'], () => {
        ensureExists(ctx, a.netuid);
        if (a.activity_cutoff < S.MinActivityCutoff.get(ctx.state)) throw SE.ActivityCutoffTooLow({ activity_cutoff: a.activity_cutoff });
        S.ActivityCutoff.set(ctx.state, a.netuid, a.activity_cutoff);
        emit(ctx, SUBTENSOR, 'ActivityCutoffSet', a.netuid, a.activity_cutoff);
      }),
  }),

  sudo_set_network_registration_allowed: call<NetArgs<'registration_allowed', boolean>>({
    index: 19,
    args: netArgs('registration_allowed', T.bool),
    weight: w(7_113_000n, 0n, 1n),
    docs: 'Root: set NetworkRegistrationAllowed (no subnet existence check).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetworkRegistrationAllowed.set(ctx.state, a.netuid, a.registration_allowed);
      emit(ctx, SUBTENSOR, 'RegistrationAllowed', a.netuid, a.registration_allowed);
    },
  }),

  sudo_set_network_pow_registration_allowed: call<{ _netuid: number; _registration_allowed: boolean }>({
    index: 20,
    args: [
      ['_netuid', NetUid],
      ['_registration_allowed', T.bool],
    ],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Always fails: PoW registration is disabled.',
    fn: () => {
      throw E.POWRegistrationDisabled();
    },
  }),

  sudo_set_target_registrations_per_interval: call<NetArgs<'target_registrations_per_interval', number>>({
    index: 21,
    args: netArgs('target_registrations_per_interval', T.u16),
    weight: w(34_103_000n, 5n, 1n),
    docs: 'Root, FW: set TargetRegistrationsPerInterval.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      S.TargetRegistrationsPerInterval.set(ctx.state, a.netuid, a.target_registrations_per_interval);
      emit(ctx, SUBTENSOR, 'RegistrationPerIntervalSet', a.netuid, a.target_registrations_per_interval);
    },
  }),

  sudo_set_min_burn: call<NetArgs<'min_burn', bigint>>({
    index: 22,
    args: netArgs('min_burn', TaoBalance),
    weight: w(37_780_000n, 6n, 1n),
    docs: 'Owner or root, FW: set MinBurn (< 1 TAO and < MaxBurn).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MinBurn'], () => {
        ensureExists(ctx, a.netuid);
        if (a.min_burn >= MIN_BURN_UPPER_BOUND) throw E.ValueNotInBounds({ min_burn: a.min_burn });
        if (a.min_burn >= S.MaxBurn.get(ctx.state, a.netuid)) throw E.ValueNotInBounds({ min_burn: a.min_burn });
        S.MinBurn.set(ctx.state, a.netuid, a.min_burn);
        emit(ctx, SUBTENSOR, 'MinBurnSet', a.netuid, a.min_burn);
      }),
  }),

  sudo_set_max_burn: call<NetArgs<'max_burn', bigint>>({
    index: 23,
    args: netArgs('max_burn', TaoBalance),
    weight: w(36_949_000n, 6n, 1n),
    docs: 'Owner or root, FW: set MaxBurn (> 0.1 TAO and > MinBurn).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MaxBurn'], () => {
        ensureExists(ctx, a.netuid);
        if (a.max_burn <= MAX_BURN_LOWER_BOUND) throw E.ValueNotInBounds({ max_burn: a.max_burn });
        if (a.max_burn <= S.MinBurn.get(ctx.state, a.netuid)) throw E.ValueNotInBounds({ max_burn: a.max_burn });
        S.MaxBurn.set(ctx.state, a.netuid, a.max_burn);
        emit(ctx, SUBTENSOR, 'MaxBurnSet', a.netuid, a.max_burn);
      }),
  }),

  sudo_set_difficulty: call<NetArgs<'difficulty', bigint>>({
    index: 24,
    args: netArgs('difficulty', T.u64),
    weight: w(34_434_000n, 5n, 1n),
    docs: 'Root, FW: set Difficulty.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      S.Difficulty.set(ctx.state, a.netuid, a.difficulty);
      emit(ctx, SUBTENSOR, 'DifficultySet', a.netuid, a.difficulty);
    },
  }),

  sudo_set_max_allowed_validators: call<NetArgs<'max_allowed_validators', number>>({
    index: 25,
    args: netArgs('max_allowed_validators', T.u16),
    weight: w(35_896_000n, 6n, 1n),
    docs: 'Root, FW: set MaxAllowedValidators (<= MaxAllowedUids).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      if (a.max_allowed_validators > S.MaxAllowedUids.get(ctx.state, a.netuid)) throw E.MaxValidatorsLargerThanMaxUIds({ netuid: a.netuid });
      S.MaxAllowedValidators.set(ctx.state, a.netuid, a.max_allowed_validators);
      emit(ctx, SUBTENSOR, 'MaxAllowedValidatorsSet', a.netuid, a.max_allowed_validators);
    },
  }),

  sudo_set_bonds_moving_average: call<NetArgs<'bonds_moving_average', bigint>>({
    index: 26,
    args: netArgs('bonds_moving_average', T.u64),
    weight: w(34_495_000n, 5n, 1n),
    docs: 'Owner or root, FW: set BondsMovingAverage (owner: <= 975_000).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['BondsMovingAverage'], (owner) => {
        if (owner !== undefined && a.bonds_moving_average > OWNER_MAX_BONDS_MOVING_AVERAGE) {
          throw E.BondsMovingAverageMaxReached({ bonds_moving_average: a.bonds_moving_average });
        }
        ensureExists(ctx, a.netuid);
        S.BondsMovingAverage.set(ctx.state, a.netuid, a.bonds_moving_average);
        emit(ctx, SUBTENSOR, 'BondsMovingAverageSet', a.netuid, a.bonds_moving_average);
      }),
  }),

  sudo_set_max_registrations_per_block: call<NetArgs<'max_registrations_per_block', number>>({
    index: 27,
    args: netArgs('max_registrations_per_block', T.u16),
    weight: w(34_604_000n, 5n, 1n),
    docs: 'Root, FW: set MaxRegistrationsPerBlock.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      S.MaxRegistrationsPerBlock.set(ctx.state, a.netuid, a.max_registrations_per_block);
      emit(ctx, SUBTENSOR, 'MaxRegistrationsPerBlockSet', a.netuid, a.max_registrations_per_block);
    },
  }),

  sudo_set_subnet_owner_cut: call<{ subnet_owner_cut: number }>({
    index: 28,
    args: [['subnet_owner_cut', T.u16]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set SubnetOwnerCut.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.SubnetOwnerCut.set(ctx.state, a.subnet_owner_cut);
      emit(ctx, SUBTENSOR, 'SubnetOwnerCutSet', a.subnet_owner_cut);
    },
  }),

  sudo_set_network_rate_limit: call<{ rate_limit: bigint }>({
    index: 29,
    args: [['rate_limit', T.u64]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set NetworkRateLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetworkRateLimit.set(ctx.state, a.rate_limit);
      emit(ctx, SUBTENSOR, 'NetworkRateLimitSet', a.rate_limit);
    },
  }),

  sudo_set_tempo: call<NetArgs<'tempo', number>>({
    index: 30,
    args: netArgs('tempo', T.u16),
    weight: w(36_298_000n, 5n, 2n),
    docs: 'Root, FW: set Tempo (no bounds) and restart the epoch cycle at this block.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      applyTempoWithCycleReset(ctx, a.netuid, a.tempo);
    },
  }),

  sudo_set_total_issuance: call<{ _total_issuance: bigint }>({
    index: 33,
    args: [['_total_issuance', TaoBalance]],
    weight: 5_931_000n,
    docs: 'Deprecated: always fails.',
    fn: () => {
      throw E.Deprecated();
    },
  }),

  sudo_set_network_immunity_period: call<{ immunity_period: bigint }>({
    index: 35,
    args: [['immunity_period', T.u64]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set NetworkImmunityPeriod.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetworkImmunityPeriod.set(ctx.state, a.immunity_period);
      emit(ctx, SUBTENSOR, 'NetworkImmunityPeriodSet', a.immunity_period);
    },
  }),

  sudo_set_network_min_lock_cost: call<{ lock_cost: bigint }>({
    index: 36,
    args: [['lock_cost', TaoBalance]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set NetworkMinLockCost.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetworkMinLockCost.set(ctx.state, a.lock_cost);
      emit(ctx, SUBTENSOR, 'NetworkMinLockCostSet', a.lock_cost);
    },
  }),

  sudo_set_subnet_limit: call<{ max_subnets: number }>({
    index: 37,
    args: [['max_subnets', T.u16]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set SubnetLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.SubnetLimit.set(ctx.state, a.max_subnets);
      emit(ctx, SUBTENSOR, 'SubnetLimitSet', a.max_subnets);
    },
  }),

  sudo_set_lock_reduction_interval: call<{ interval: bigint }>({
    index: 38,
    args: [['interval', T.u64]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set NetworkLockReductionInterval.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetworkLockReductionInterval.set(ctx.state, a.interval);
      emit(ctx, SUBTENSOR, 'NetworkLockCostReductionIntervalSet', a.interval);
    },
  }),

  sudo_set_rao_recycled: call<NetArgs<'rao_recycled', bigint>>({
    index: 39,
    args: netArgs('rao_recycled', TaoBalance),
    weight: w(16_541_000n, 1n, 1n),
    docs: 'Root: set RAORecycledForRegistration.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureExists(ctx, a.netuid);
      S.RAORecycledForRegistration.set(ctx.state, a.netuid, a.rao_recycled);
      emit(ctx, SUBTENSOR, 'RAORecycledForRegistrationSet', a.netuid, a.rao_recycled);
    },
  }),

  sudo_set_stake_threshold: call<{ min_stake: bigint }>({
    index: 42,
    args: [['min_stake', T.u64]],
    weight: w(5_500_000n, 0n, 1n),
    docs: 'Root: set StakeThreshold.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.StakeThreshold.set(ctx.state, a.min_stake);
      emit(ctx, SUBTENSOR, 'StakeThresholdSet', a.min_stake);
    },
  }),

  sudo_set_nominator_min_required_stake: call<{ min_stake: bigint }>({
    index: 43,
    args: [['min_stake', T.u64]],
    weight: w(30_697_000n, 5n, 1n),
    docs: 'Root: set NominatorMinRequiredStake; raising it above the previous minimum clears small nominations.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      // get_nominator_min_required_stake(): DefaultMinStake × factor / 1e6 (u64 saturating).
      let prev = DEFAULT_MIN_STAKE * S.NominatorMinRequiredStake.get(ctx.state);
      if (prev > (1n << 64n) - 1n) prev = (1n << 64n) - 1n;
      prev /= 1_000_000n;
      S.NominatorMinRequiredStake.set(ctx.state, a.min_stake);
      if (a.min_stake > prev) clearSmallNominationsHook(ctx);
    },
  }),

  sudo_set_tx_delegate_take_rate_limit: call<{ tx_rate_limit: bigint }>({
    index: 45,
    args: [['tx_rate_limit', T.u64]],
    weight: w(5_420_000n, 0n, 1n),
    docs: 'Root: set TxDelegateTakeRateLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.TxDelegateTakeRateLimit.set(ctx.state, a.tx_rate_limit);
      emit(ctx, SUBTENSOR, 'TxDelegateTakeRateLimitSet', a.tx_rate_limit);
    },
  }),

  sudo_set_min_delegate_take: call<{ take: number }>({
    index: 46,
    args: [['take', T.u16]],
    weight: w(5_490_000n, 0n, 1n),
    docs: 'Root: set MinDelegateTake.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.MinDelegateTake.set(ctx.state, a.take);
      emit(ctx, SUBTENSOR, 'MinDelegateTakeSet', a.take);
    },
  }),

  sudo_set_commit_reveal_weights_enabled: call<NetArgs<'enabled', boolean>>({
    index: 49,
    args: netArgs('enabled', T.bool),
    weight: w(34_544_000n, 5n, 1n),
    docs: 'Owner or root, FW: set CommitRevealWeightsEnabled.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['CommitRevealEnabled'], () => {
        ensureExists(ctx, a.netuid);
        S.CommitRevealWeightsEnabled.set(ctx.state, a.netuid, a.enabled);
        emit(ctx, SUBTENSOR, 'CommitRevealEnabled', a.netuid, a.enabled);
      }),
  }),

  sudo_set_liquid_alpha_enabled: call<NetArgs<'enabled', boolean>>({
    index: 50,
    args: netArgs('enabled', T.bool),
    weight: w(25_538_000n, 4n, 1n),
    docs: 'Owner or root, FW: set LiquidAlphaOn (no existence check, no event).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['LiquidAlphaEnabled'], () => {
        S.LiquidAlphaOn.set(ctx.state, a.netuid, a.enabled);
      }),
  }),

  sudo_set_alpha_values: call<{ netuid: number; alpha_low: number; alpha_high: number }>({
    index: 51,
    args: [
      ['netuid', NetUid],
      ['alpha_low', T.u16],
      ['alpha_high', T.u16],
    ],
    weight: w(34_224_000n, 5n, 1n),
    docs: 'Owner or root, FW: set AlphaValues (liquid alpha on; 1638 <= low <= high).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['AlphaValues'], () => {
        doSetAlphaValues(ctx, a.netuid, a.alpha_low, a.alpha_high);
      }),
  }),

  sudo_set_dissolve_network_schedule_duration: call<{ duration: number }>({
    index: 55,
    args: [['duration', BlockNumber]],
    weight: w(5_591_000n, 0n, 1n),
    docs: 'Root: set DissolveNetworkScheduleDuration.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.DissolveNetworkScheduleDuration.set(ctx.state, BigInt(a.duration));
      emit(ctx, SUBTENSOR, 'DissolveNetworkScheduleDurationSet', a.duration);
    },
  }),

  sudo_set_commit_reveal_weights_interval: call<NetArgs<'interval', bigint>>({
    index: 57,
    args: netArgs('interval', T.u64),
    weight: w(34_654_000n, 5n, 1n),
    docs: 'Owner or root, FW: set RevealPeriodEpochs (1..=100).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['WeightCommitInterval'], () => {
        ensureExists(ctx, a.netuid);
        if (a.interval > MAX_COMMIT_REVEAL_PERIODS) throw SE.RevealPeriodTooLarge({ interval: a.interval });
        if (a.interval < MIN_COMMIT_REVEAL_PERIODS) throw SE.RevealPeriodTooSmall({ interval: a.interval });
        S.RevealPeriodEpochs.set(ctx.state, a.netuid, a.interval);
        emit(ctx, SUBTENSOR, 'CommitRevealPeriodsSet', a.netuid, a.interval);
      }),
  }),

  sudo_set_evm_chain_id: call<{ chain_id: bigint }>({
    index: 58,
    args: [['chain_id', T.u64]],
    weight: w(27_199_000n, 1n, 1n),
    docs: 'Root: set the EVM chain id (pallet_evm_chain_id is not part of this runtime; origin check only).',
    fn: (ctx) => {
      ensureRoot(ctx.origin);
    },
  }),

  schedule_grandpa_change: call<{ next_authorities: readonly (readonly [string, bigint])[]; in_blocks: number; forced: number | undefined }>({
    index: 59,
    args: [
      ['next_authorities', T.vec(T.tuple(GrandpaId, T.u64))],
      ['in_blocks', BlockNumber],
      ['forced', T.option(BlockNumber)],
    ],
    weight: (a) => 7_972_506n + 15_444n * BigInt(a.next_authorities.length) + READ + WRITE,
    docs: 'Root: schedule a GRANDPA authority change (consensus; not modelled beyond the origin check).',
    fn: (ctx) => {
      ensureRoot(ctx.origin);
    },
  }),

  sudo_set_bonds_penalty: call<NetArgs<'bonds_penalty', number>>({
    index: 60,
    args: netArgs('bonds_penalty', T.u16),
    weight: w(34_354_000n, 5n, 1n),
    docs: 'Owner or root, FW: set BondsPenalty.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['BondsPenalty'], () => {
        ensureExists(ctx, a.netuid);
        S.BondsPenalty.set(ctx.state, a.netuid, a.bonds_penalty);
        emit(ctx, SUBTENSOR, 'BondsPenaltySet', a.netuid, a.bonds_penalty);
      }),
  }),

  sudo_set_toggle_transfer: call<NetArgs<'toggle', boolean>>({
    index: 61,
    args: netArgs('toggle', T.bool),
    weight: w(28_343_000n, 4n, 1n),
    docs: 'Owner or root, FW: set TransferToggle.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['TransferEnabled'], () => {
        S.TransferToggle.set(ctx.state, a.netuid, a.toggle);
        emit(ctx, SUBTENSOR, 'TransferToggle', a.netuid, a.toggle);
      }),
  }),

  sudo_toggle_evm_precompile: call<{ precompile_id: EnumValue; enabled: boolean }>({
    index: 62,
    args: [
      ['precompile_id', PrecompileEnum],
      ['enabled', T.bool],
    ],
    weight: w(6_162_000n, 1n, 0n),
    docs: 'Root: enable or disable an EVM precompile (event only on change).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      const id: EnumValue = { type: a.precompile_id.type };
      if (storage.PrecompileEnable.get(ctx.state, id) !== a.enabled) {
        storage.PrecompileEnable.set(ctx.state, id, a.enabled);
        emit(ctx, PALLET, 'PrecompileUpdated', id, a.enabled);
      }
    },
  }),

  sudo_set_subnet_moving_alpha: call<{ alpha: bigint }>({
    index: 63,
    args: [['alpha', I96F32Type]],
    weight: w(2_955_000n, 0n, 1n),
    docs: 'Root: set SubnetMovingAlpha (I96F32 bits).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.SubnetMovingAlpha.set(ctx.state, a.alpha);
    },
  }),

  sudo_set_subnet_owner_hotkey: call<{ netuid: number; hotkey: string }>({
    index: 64,
    args: [
      ['netuid', NetUid],
      ['hotkey', T.accountId],
    ],
    weight: w(3_918_000n, 0n, 1n),
    docs: 'Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).',
    fn: (ctx, a) => doSetSnOwnerHotkey(ctx, a.netuid, a.hotkey),
  }),

  sudo_set_ema_price_halving_period: call<NetArgs<'ema_halving', bigint>>({
    index: 65,
    args: netArgs('ema_halving', T.u64),
    weight: w(4_198_000n, 0n, 1n),
    docs: 'Root: set EMAPriceHalvingBlocks (no existence check, no event).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.EMAPriceHalvingBlocks.set(ctx.state, a.netuid, a.ema_halving);
    },
  }),

  sudo_set_subtoken_enabled: call<NetArgs<'subtoken_enabled', boolean>>({
    index: 66,
    args: netArgs('subtoken_enabled', T.bool),
    weight: w(25_467_000n, 4n, 1n),
    docs: 'Root, FW: set SubtokenEnabled.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      S.SubtokenEnabled.set(ctx.state, a.netuid, a.subtoken_enabled);
    },
  }),

  sudo_set_sn_owner_hotkey: call<{ netuid: number; hotkey: string }>({
    index: 67,
    args: [
      ['netuid', NetUid],
      ['hotkey', T.accountId],
    ],
    weight: w(25_687_000n, 2n, 2n),
    docs: 'Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).',
    fn: (ctx, a) => doSetSnOwnerHotkey(ctx, a.netuid, a.hotkey),
  }),

  sudo_set_alpha_sigmoid_steepness: call<NetArgs<'steepness', number>>({
    index: 68,
    args: netArgs('steepness', T.i16),
    weight: w(31_438_000n, 5n, 1n),
    docs: 'Owner or root, FW: set AlphaSigmoidSteepness (owner: >= 0).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['AlphaSigmoidSteepness'], () => {
        ensureExists(ctx, a.netuid);
        if (!(ctx.origin.kind === 'root' || a.steepness >= 0)) throw E.NegativeSigmoidSteepness({ steepness: a.steepness });
        S.AlphaSigmoidSteepness.set(ctx.state, a.netuid, a.steepness);
      }),
  }),

  sudo_set_yuma3_enabled: call<NetArgs<'enabled', boolean>>({
    index: 69,
    args: netArgs('enabled', T.bool),
    weight: w(28_583_000n, 4n, 1n),
    docs: 'Owner or root, FW: set Yuma3On.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['Yuma3Enabled'], () => {
        S.Yuma3On.set(ctx.state, a.netuid, a.enabled);
        emit(ctx, PALLET, 'Yuma3EnableToggled', a.netuid, a.enabled);
      }),
  }),

  sudo_set_bonds_reset_enabled: call<NetArgs<'enabled', boolean>>({
    index: 70,
    args: netArgs('enabled', T.bool),
    weight: w(30_507_000n, 4n, 1n),
    docs: 'Owner or root, FW: set BondsResetOn.',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['BondsResetEnabled'], () => {
        S.BondsResetOn.set(ctx.state, a.netuid, a.enabled);
        emit(ctx, SUBTENSOR, 'BondsResetOnSet', a.netuid, a.enabled);
        emit(ctx, PALLET, 'BondsResetToggled', a.netuid, a.enabled);
      }),
  }),

  sudo_set_commit_reveal_version: call<{ version: number }>({
    index: 71,
    args: [['version', T.u16]],
    weight: w(6_052_000n, 0n, 1n),
    docs: 'Root: set CommitRevealWeightsVersion.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.CommitRevealWeightsVersion.set(ctx.state, a.version);
      emit(ctx, SUBTENSOR, 'CommitRevealVersionSet', a.version);
    },
  }),

  sudo_set_owner_immune_neuron_limit: call<NetArgs<'immune_neurons', number>>({
    index: 72,
    args: netArgs('immune_neurons', T.u16),
    weight: w(25_107_000n, 4n, 1n),
    docs: 'Owner or root, FW: set ImmuneOwnerUidsLimit (1..=10).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['ImmuneNeuronLimit'], () => {
        if (a.immune_neurons < MIN_IMMUNE_OWNER_UIDS_LIMIT || a.immune_neurons > MAX_IMMUNE_OWNER_UIDS_LIMIT) {
          throw SE.InvalidValue({ immune_neurons: a.immune_neurons });
        }
        S.ImmuneOwnerUidsLimit.set(ctx.state, a.netuid, a.immune_neurons);
      }),
  }),

  sudo_set_ck_burn: call<{ burn: bigint }>({
    index: 73,
    args: [['burn', T.u64]],
    weight: w(15_650_000n, 1n, 1n),
    docs: 'Root: set CKBurn.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.CKBurn.set(ctx.state, a.burn);
    },
  }),

  sudo_set_admin_freeze_window: call<{ window: number }>({
    index: 74,
    args: [['window', T.u16]],
    weight: w(5_450_000n, 0n, 1n),
    docs: 'Root: set AdminFreezeWindow (blocks).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.AdminFreezeWindow.set(ctx.state, a.window);
      emit(ctx, SUBTENSOR, 'AdminFreezeWindowSet', a.window);
    },
  }),

  sudo_set_owner_hparam_rate_limit: call<{ epochs: number }>({
    index: 75,
    args: [['epochs', T.u16]],
    weight: w(5_471_000n, 0n, 1n),
    docs: 'Root: set OwnerHyperparamRateLimit (tempos).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.OwnerHyperparamRateLimit.set(ctx.state, a.epochs);
      emit(ctx, SUBTENSOR, 'OwnerHyperparamRateLimitSet', a.epochs);
    },
  }),

  sudo_set_mechanism_count: call<NetArgs<'mechanism_count', number>>({
    index: 76,
    args: netArgs('mechanism_count', MechId),
    weight: w(15_000_000n, 1n, 1n),
    docs: 'Owner or root, FW: set MechanismCountCurrent (1..=MaxMechanismCount; owner once per 7200 blocks).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MechanismCountUpdate'], () => {
        doSetMechanismCount(ctx.state, a.netuid, a.mechanism_count);
      }),
  }),

  sudo_set_mechanism_emission_split: call<{ netuid: number; maybe_split: readonly number[] | undefined }>({
    index: 77,
    args: [
      ['netuid', NetUid],
      ['maybe_split', T.option(T.vec(T.u16))],
    ],
    weight: w(15_000_000n, 1n, 1n),
    docs: 'Owner or root, FW: set MechanismEmissionSplit (sums to 65535; owner once per 7200 blocks).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MechanismEmission'], () => {
        doSetEmissionSplit(ctx.state, a.netuid, a.maybe_split);
      }),
  }),

  sudo_trim_to_max_allowed_uids: call<NetArgs<'max_n', number>>({
    index: 78,
    args: netArgs('max_n', T.u16),
    weight: w(38_302_000n, 8n, 1n),
    docs: 'Owner or root, FW: lower MaxAllowedUids and prune the lowest emitters (owner once per 30 days).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MaxUidsTrimming'], () => {
        trimToMaxAllowedUids(ctx.state, a.netuid, a.max_n, ctx.env.number);
      }),
  }),

  sudo_set_min_allowed_uids: call<NetArgs<'min_allowed_uids', number>>({
    index: 79,
    args: netArgs('min_allowed_uids', T.u16),
    weight: w(37_890_000n, 7n, 1n),
    docs: 'Root, FW: set MinAllowedUids (< MaxAllowedUids and < current N).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      if (a.min_allowed_uids >= S.MaxAllowedUids.get(ctx.state, a.netuid)) throw E.MinAllowedUidsGreaterThanMaxAllowedUids({ netuid: a.netuid });
      if (a.min_allowed_uids >= S.SubnetworkN.get(ctx.state, a.netuid)) throw E.MinAllowedUidsGreaterThanCurrentUids({ netuid: a.netuid });
      S.MinAllowedUids.set(ctx.state, a.netuid, a.min_allowed_uids);
      emit(ctx, SUBTENSOR, 'MinAllowedUidsSet', a.netuid, a.min_allowed_uids);
    },
  }),

  sudo_set_recycle_or_burn: call<NetArgs<'recycle_or_burn', EnumValue>>({
    index: 80,
    args: netArgs('recycle_or_burn', RecycleOrBurnEnum),
    weight: w(20_000_000n, 2n, 2n),
    docs: 'Owner or root, FW: set RecycleOrBurn (no event).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['RecycleOrBurn'], () => {
        S.RecycleOrBurn.set(ctx.state, a.netuid, { type: a.recycle_or_burn.type });
      }),
  }),

  sudo_set_tao_flow_cutoff: call<{ flow_cutoff: bigint }>({
    index: 81,
    args: [['flow_cutoff', I64F64Type]],
    weight: w(7_343_000n, 0n, 1n),
    docs: 'Root: set TaoFlowCutoff (I64F64 bits).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.TaoFlowCutoff.set(ctx.state, a.flow_cutoff);
    },
  }),

  sudo_set_tao_flow_normalization_exponent: call<{ exponent: bigint }>({
    index: 82,
    args: [['exponent', U64F64Type]],
    weight: w(7_343_000n, 0n, 1n),
    docs: 'Root: set FlowNormExponent (U64F64 bits, 1..=2).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      if (!(FIXED_ONE <= a.exponent && a.exponent <= 2n * FIXED_ONE)) throw E.InvalidValue({ exponent: a.exponent });
      S.FlowNormExponent.set(ctx.state, a.exponent);
    },
  }),

  sudo_set_tao_flow_smoothing_factor: call<{ smoothing_factor: bigint }>({
    index: 83,
    args: [['smoothing_factor', T.u64]],
    weight: w(7_343_000n, 0n, 1n),
    docs: 'Root: set FlowEmaSmoothingFactor.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.FlowEmaSmoothingFactor.set(ctx.state, a.smoothing_factor);
    },
  }),

  sudo_set_min_non_immune_uids: call<NetArgs<'min', number>>({
    index: 84,
    args: netArgs('min', T.u16),
    weight: w(6_783_000n, 0n, 1n),
    docs: 'Root: set MinNonImmuneUids (no existence check).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.MinNonImmuneUids.set(ctx.state, a.netuid, a.min);
      emit(ctx, SUBTENSOR, 'MinNonImmuneUidsSet', a.netuid, a.min);
    },
  }),

  sudo_set_start_call_delay: call<{ delay: bigint }>({
    index: 85,
    args: [['delay', T.u64]],
    weight: w(14_000_000n, 0n, 1n),
    docs: 'Root: set StartCallDelay.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.StartCallDelay.set(ctx.state, a.delay);
      emit(ctx, SUBTENSOR, 'StartCallDelaySet', a.delay);
    },
  }),

  sudo_set_coldkey_swap_announcement_delay: call<{ duration: number }>({
    index: 86,
    args: [['duration', BlockNumber]],
    weight: w(5_370_000n, 0n, 1n),
    docs: 'Root: set ColdkeySwapAnnouncementDelay.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.ColdkeySwapAnnouncementDelay.set(ctx.state, BigInt(a.duration));
      emit(ctx, SUBTENSOR, 'ColdkeySwapAnnouncementDelaySet', a.duration);
    },
  }),

  sudo_set_coldkey_swap_reannouncement_delay: call<{ duration: number }>({
    index: 87,
    args: [['duration', BlockNumber]],
    weight: w(5_360_000n, 0n, 1n),
    docs: 'Root: set ColdkeySwapReannouncementDelay.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.ColdkeySwapReannouncementDelay.set(ctx.state, BigInt(a.duration));
      emit(ctx, SUBTENSOR, 'ColdkeySwapReannouncementDelaySet', a.duration);
    },
  }),

  sudo_set_max_mechanism_count: call<{ max_mechanism_count: number }>({
    index: 88,
    args: [['max_mechanism_count', MechId]],
    weight: w(15_000_000n, 1n, 1n),
    docs: 'Root: set MaxMechanismCount (1..=16).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      doSetMaxMechanismCount(ctx.state, a.max_mechanism_count);
    },
  }),

  sudo_set_burn_half_life: call<NetArgs<'burn_half_life', number>>({
    index: 89,
    args: netArgs('burn_half_life', T.u16),
    weight: w(25_000_000n, 4n, 1n),
    dispatchClass: 'Operational',
    docs: 'Owner or root, FW: set BurnHalfLife (1..=36_100, not root).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['BurnHalfLife'], () => {
        ensureExists(ctx, a.netuid);
        ensureNotRoot(a.netuid);
        if (!(a.burn_half_life > 0 && a.burn_half_life <= MAX_BURN_HALF_LIFE)) throw E.InvalidValue({ burn_half_life: a.burn_half_life });
        S.BurnHalfLife.set(ctx.state, a.netuid, a.burn_half_life);
        emit(ctx, PALLET, 'BurnHalfLifeSet', a.netuid, a.burn_half_life);
      }),
  }),

  sudo_set_burn_increase_mult: call<NetArgs<'burn_increase_mult', bigint>>({
    index: 90,
    args: netArgs('burn_increase_mult', U64F64Type),
    weight: w(25_000_000n, 4n, 1n),
    dispatchClass: 'Operational',
    docs: 'Owner or root, FW: set BurnIncreaseMult (U64F64 bits, 1..=3, not root).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['BurnIncreaseMult'], () => {
        ensureExists(ctx, a.netuid);
        ensureNotRoot(a.netuid);
        if (!(a.burn_increase_mult >= FIXED_ONE && a.burn_increase_mult <= 3n * FIXED_ONE)) {
          throw E.InvalidValue({ burn_increase_mult: a.burn_increase_mult });
        }
        S.BurnIncreaseMult.set(ctx.state, a.netuid, a.burn_increase_mult);
        emit(ctx, PALLET, 'BurnIncreaseMultSet', a.netuid, a.burn_increase_mult);
      }),
  }),

  sudo_set_net_tao_flow_enabled: call<{ enabled: boolean }>({
    index: 91,
    args: [['enabled', T.bool]],
    weight: w(7_343_000n, 0n, 1n),
    docs: 'Root: set NetTaoFlowEnabled.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.NetTaoFlowEnabled.set(ctx.state, a.enabled);
    },
  }),

  sudo_set_owner_cut_enabled: call<NetArgs<'enabled', boolean>>({
    index: 92,
    args: netArgs('enabled', T.bool),
    weight: w(25_000_000n, 4n, 1n),
    dispatchClass: 'Operational',
    docs: 'Owner or root (no rate limit), FW: set OwnerCutEnabled (not root subnet).',
    fn: (ctx, a) => {
      ensureSubnetOwnerOrRoot(ctx, a.netuid);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      ensureNotRoot(a.netuid);
      S.OwnerCutEnabled.set(ctx.state, a.netuid, a.enabled);
    },
  }),

  sudo_set_min_childkey_take_per_subnet: call<NetArgs<'take', number>>({
    index: 93,
    args: netArgs('take', T.u16),
    weight: w(38_100_000n, 7n, 1n),
    docs: 'Owner or root, FW: set MinChildkeyTakePerSubnet (within [MinChildkeyTake, MaxChildkeyTake]).',
    fn: (ctx, a) =>
      ownerFlow(ctx, a.netuid, ['MinChildkeyTake'], () => {
        ensureExists(ctx, a.netuid);
        const s = ctx.state;
        if (!(a.take >= S.MinChildkeyTake.get(s) && a.take <= S.MaxChildkeyTake.get(s))) throw E.InvalidValue({ take: a.take });
        S.MinChildkeyTakePerSubnet.set(s, a.netuid, a.take);
        emit(ctx, SUBTENSOR, 'MinChildKeyTakePerSubnetSet', a.netuid, a.take);
      }),
  }),

  sudo_set_subnet_emission_enabled: call<NetArgs<'enabled', boolean>>({
    index: 94,
    args: netArgs('enabled', T.bool),
    weight: w(16_351_000n, 1n, 1n),
    docs: 'Root: set SubnetEmissionEnabled (not root subnet).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      ensureExists(ctx, a.netuid);
      ensureNotRoot(a.netuid);
      S.SubnetEmissionEnabled.set(ctx.state, a.netuid, a.enabled);
      emit(ctx, PALLET, 'SubnetEmissionEnabledSet', a.netuid, a.enabled);
    },
  }),

  sudo_set_owner_cut_auto_lock_enabled: call<NetArgs<'enabled', boolean>>({
    index: 95,
    args: netArgs('enabled', T.bool),
    weight: w(25_000_000n, 4n, 1n),
    dispatchClass: 'Operational',
    docs: 'Owner or root (no rate limit), FW: set OwnerCutAutoLockEnabled (not root subnet).',
    fn: (ctx, a) => {
      ensureSubnetOwnerOrRoot(ctx, a.netuid);
      ensureAdminWindowOpen(ctx, a.netuid);
      ensureExists(ctx, a.netuid);
      ensureNotRoot(a.netuid);
      S.OwnerCutAutoLockEnabled.set(ctx.state, a.netuid, a.enabled);
    },
  }),

  sudo_set_max_epochs_per_block: call<{ max_epochs_per_block: number }>({
    index: 96,
    args: [['max_epochs_per_block', T.u8]],
    weight: w(5_530_000n, 0n, 1n),
    docs: 'Root: set MaxEpochsPerBlock (>= 1).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      if (a.max_epochs_per_block < 1) throw E.ValueNotInBounds({ max_epochs_per_block: a.max_epochs_per_block });
      S.MaxEpochsPerBlock.set(ctx.state, a.max_epochs_per_block);
      emit(ctx, SUBTENSOR, 'MaxEpochsPerBlockSet', a.max_epochs_per_block);
    },
  }),
};

export const adminUtils = definePallet({
  name: PALLET,
  index: 19,
  docs: 'Root and subnet-owner hyperparameter setters.',
  storage: Object.values(storage),
  errors: E,
  calls: adminUtilsCalls,
  events: {
    PrecompileUpdated: {
      fields: [
        ['precompile_id', PrecompileEnum],
        ['enabled', T.bool],
      ],
      docs: 'Event emitted when a precompile operation is updated.',
    },
    Yuma3EnableToggled: {
      fields: [
        ['netuid', NetUid],
        ['enabled', T.bool],
      ],
      docs: 'Event emitted when the Yuma3 enable is toggled.',
    },
    BondsResetToggled: {
      fields: [
        ['netuid', NetUid],
        ['enabled', T.bool],
      ],
      docs: 'Event emitted when Bonds Reset is toggled.',
    },
    BurnHalfLifeSet: {
      fields: [
        ['netuid', NetUid],
        ['burn_half_life', T.u16],
      ],
      docs: 'Event emitted when the burn half-life parameter is set for a subnet.',
    },
    BurnIncreaseMultSet: {
      fields: [
        ['netuid', NetUid],
        ['burn_increase_mult', U64F64Type],
      ],
      docs: 'Event emitted when the burn increase multiplier is set for a subnet.',
    },
    SubnetEmissionEnabledSet: {
      fields: [
        ['netuid', NetUid],
        ['enabled', T.bool],
      ],
      docs: 'Pool-side subnet emission injections and chain buys were enabled or disabled.',
    },
  },
});
