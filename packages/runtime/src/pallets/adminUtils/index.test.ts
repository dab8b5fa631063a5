import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode, encode, type EnumValue } from '@tensorium/primitives';
import type { CallSpec, Origin } from '../../frame/pallet.js';
import type { State } from '../../state/state.js';
import { storage as S } from '../subtensor/storage.js';
import { rlOwnerHyperparam, type RateLimitedTx } from '../subtensor/utils/ownerOrRoot.js';
import {
  addSubnet,
  BLOCK,
  closeWindow,
  events,
  expectFails,
  hk,
  MISSING,
  NETUID,
  NONE,
  other,
  owner,
  OWNER,
  ROOT,
  runCall,
  Scenario,
} from '../subtensor/utils/testkit.js';
import { adminUtils, adminUtilsCalls as C, clearSmallNominations, PrecompileEnum, setClearSmallNominationsHook, storage as AS } from './index.js';

type Args = Record<string, unknown>;
type AnyCall = CallSpec<Args>;
const spec = (name: keyof typeof C): AnyCall => C[name] as unknown as AnyCall;
const ONE = 1n << 64n;

interface Case {
  readonly call: keyof typeof C;
  readonly args: Args;
  /** root: root only; owner: owner or root with rate limit `hp`; ownerNoLimit: owner or root, no rate limit. */
  readonly origin: 'root' | 'owner' | 'ownerNoLimit';
  readonly hp?: RateLimitedTx;
  readonly fw?: boolean;
  /** Error raised for a missing subnet (called as root on MISSING). */
  readonly missing?: string;
  readonly check: (s: State) => void;
  readonly event?: readonly [string, string, readonly unknown[]];
  /** Other failures: [args, error, origin = root, setup]. */
  readonly bad?: readonly (readonly [Args, string, Origin?, ((s: State) => void)?])[];
}

const N = NETUID;
const SDNE = 'SubnetDoesNotExist';
const ST = 'SubtensorModule';

const cases: Case[] = [
  { call: 'sudo_set_default_take', args: { default_take: 1000 }, origin: 'root', check: (s) => assert.equal(S.MaxDelegateTake.get(s), 1000), event: [ST, 'MaxDelegateTakeSet', [1000]] },
  { call: 'sudo_set_tx_rate_limit', args: { tx_rate_limit: 7n }, origin: 'root', check: (s) => assert.equal(S.TxRateLimit.get(s), 7n), event: [ST, 'TxRateLimitSet', [7n]] },
  { call: 'sudo_set_serving_rate_limit', args: { netuid: N, serving_rate_limit: 9n }, origin: 'owner', hp: 'ServingRateLimit', fw: true, check: (s) => assert.equal(S.ServingRateLimit.get(s, N), 9n), event: [ST, 'ServingRateLimitSet', [N, 9n]] },
  { call: 'sudo_set_min_difficulty', args: { netuid: N, min_difficulty: 9n }, origin: 'root', fw: true, missing: SDNE, check: (s) => assert.equal(S.MinDifficulty.get(s, N), 9n), event: [ST, 'MinDifficultySet', [N, 9n]] },
  { call: 'sudo_set_max_difficulty', args: { netuid: N, max_difficulty: 9n }, origin: 'owner', hp: 'MaxDifficulty', fw: true, missing: SDNE, check: (s) => assert.equal(S.MaxDifficulty.get(s, N), 9n), event: [ST, 'MaxDifficultySet', [N, 9n]] },
  { call: 'sudo_set_weights_version_key', args: { netuid: N, weights_version_key: 3n }, origin: 'owner', hp: 'SetWeightsVersionKey', fw: true, missing: SDNE, check: (s) => assert.equal(S.WeightsVersionKey.get(s, N), 3n), event: [ST, 'WeightsVersionKeySet', [N, 3n]] },
  { call: 'sudo_set_weights_set_rate_limit', args: { netuid: N, weights_set_rate_limit: 3n }, origin: 'root', missing: SDNE, check: (s) => assert.equal(S.WeightsSetRateLimit.get(s, N), 3n), event: [ST, 'WeightsSetRateLimitSet', [N, 3n]] },
  { call: 'sudo_set_adjustment_interval', args: { netuid: N, adjustment_interval: 3 }, origin: 'root', missing: SDNE, check: (s) => assert.equal(S.AdjustmentInterval.get(s, N), 3) },
  { call: 'sudo_set_adjustment_alpha', args: { netuid: N, adjustment_alpha: 3n }, origin: 'owner', hp: 'AdjustmentAlpha', fw: true, missing: SDNE, check: (s) => assert.equal(S.AdjustmentAlpha.get(s, N), 3n) },
  { call: 'sudo_set_immunity_period', args: { netuid: N, immunity_period: 33 }, origin: 'owner', hp: 'ImmunityPeriod', fw: true, missing: SDNE, check: (s) => assert.equal(S.ImmunityPeriod.get(s, N), 33) },
  { call: 'sudo_set_min_allowed_weights', args: { netuid: N, min_allowed_weights: 3 }, origin: 'owner', hp: 'MinAllowedWeights', fw: true, missing: SDNE, check: (s) => assert.equal(S.MinAllowedWeights.get(s, N), 3), event: [ST, 'MinAllowedWeightSet', [N, 3]] },
  {
    call: 'sudo_set_max_allowed_uids',
    args: { netuid: N, max_allowed_uids: 128 },
    origin: 'owner',
    hp: 'MaxAllowedUids',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MaxAllowedUids.get(s, N), 128),
    bad: [
      [{ netuid: N, max_allowed_uids: 63 }, 'MaxAllowedUidsLessThanMinAllowedUids'],
      [{ netuid: N, max_allowed_uids: 64 }, 'MaxAllowedUIdsLessThanCurrentUIds', ROOT, (s) => S.SubnetworkN.set(s, N, 65)],
      [{ netuid: N, max_allowed_uids: 257 }, 'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids'],
      [{ netuid: N, max_allowed_uids: 129 }, 'TooManyUIDsPerMechanism', ROOT, (s) => S.MechanismCountCurrent.set(s, N, 2)],
    ],
  },
  { call: 'sudo_set_kappa', args: { netuid: N, kappa: 5 }, origin: 'root', missing: SDNE, check: (s) => assert.equal(S.Kappa.get(s, N), 5), event: [ST, 'KappaSet', [N, 5]] },
  { call: 'sudo_set_rho', args: { netuid: N, rho: 5 }, origin: 'owner', hp: 'Rho', fw: true, missing: SDNE, check: (s) => assert.equal(S.Rho.get(s, N), 5) },
  {
    call: 'sudo_set_activity_cutoff',
    args: { netuid: N, activity_cutoff: 400 },
    origin: 'owner',
    hp: 'ActivityCutoff',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.ActivityCutoff.get(s, N), 400),
    bad: [[{ netuid: N, activity_cutoff: 359 }, 'ActivityCutoffTooLow']],
  },
  { call: 'sudo_set_network_registration_allowed', args: { netuid: N, registration_allowed: false }, origin: 'root', check: (s) => assert.equal(S.NetworkRegistrationAllowed.get(s, N), false), event: [ST, 'RegistrationAllowed', [N, false]] },
  { call: 'sudo_set_target_registrations_per_interval', args: { netuid: N, target_registrations_per_interval: 4 }, origin: 'root', fw: true, missing: SDNE, check: (s) => assert.equal(S.TargetRegistrationsPerInterval.get(s, N), 4) },
  {
    call: 'sudo_set_min_burn',
    args: { netuid: N, min_burn: 1_000_000n },
    origin: 'owner',
    hp: 'MinBurn',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MinBurn.get(s, N), 1_000_000n),
    bad: [
      [{ netuid: N, min_burn: 1_000_000_000n }, 'ValueNotInBounds'],
      [{ netuid: N, min_burn: 200_000_000n }, 'ValueNotInBounds', ROOT, (s) => S.MaxBurn.set(s, N, 200_000_000n)],
    ],
  },
  {
    call: 'sudo_set_max_burn',
    args: { netuid: N, max_burn: 200_000_000n },
    origin: 'owner',
    hp: 'MaxBurn',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MaxBurn.get(s, N), 200_000_000n),
    bad: [
      [{ netuid: N, max_burn: 100_000_000n }, 'ValueNotInBounds'],
      [{ netuid: N, max_burn: 300_000_000n }, 'ValueNotInBounds', ROOT, (s) => S.MinBurn.set(s, N, 300_000_000n)],
    ],
  },
  { call: 'sudo_set_difficulty', args: { netuid: N, difficulty: 5n }, origin: 'root', fw: true, missing: SDNE, check: (s) => assert.equal(S.Difficulty.get(s, N), 5n) },
  {
    call: 'sudo_set_max_allowed_validators',
    args: { netuid: N, max_allowed_validators: 64 },
    origin: 'root',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MaxAllowedValidators.get(s, N), 64),
    bad: [[{ netuid: N, max_allowed_validators: 129 }, 'MaxValidatorsLargerThanMaxUIds']],
  },
  {
    call: 'sudo_set_bonds_moving_average',
    args: { netuid: N, bonds_moving_average: 975_000n },
    origin: 'owner',
    hp: 'BondsMovingAverage',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.BondsMovingAverage.get(s, N), 975_000n),
    bad: [[{ netuid: N, bonds_moving_average: 975_001n }, 'BondsMovingAverageMaxReached', owner]],
  },
  { call: 'sudo_set_bonds_penalty', args: { netuid: N, bonds_penalty: 7 }, origin: 'owner', hp: 'BondsPenalty', fw: true, missing: SDNE, check: (s) => assert.equal(S.BondsPenalty.get(s, N), 7) },
  { call: 'sudo_set_max_registrations_per_block', args: { netuid: N, max_registrations_per_block: 7 }, origin: 'root', fw: true, missing: SDNE, check: (s) => assert.equal(S.MaxRegistrationsPerBlock.get(s, N), 7) },
  { call: 'sudo_set_subnet_owner_cut', args: { subnet_owner_cut: 7 }, origin: 'root', check: (s) => assert.equal(S.SubnetOwnerCut.get(s), 7), event: [ST, 'SubnetOwnerCutSet', [7]] },
  { call: 'sudo_set_network_rate_limit', args: { rate_limit: 7n }, origin: 'root', check: (s) => assert.equal(S.NetworkRateLimit.get(s), 7n) },
  {
    call: 'sudo_set_tempo',
    args: { netuid: N, tempo: 99 },
    origin: 'root',
    fw: true,
    missing: SDNE,
    check: (s) => {
      assert.equal(S.Tempo.get(s, N), 99);
      assert.equal(S.LastEpochBlock.get(s, N), BLOCK);
    },
    event: [ST, 'TempoSet', [N, 99]],
  },
  { call: 'sudo_set_network_immunity_period', args: { immunity_period: 7n }, origin: 'root', check: (s) => assert.equal(S.NetworkImmunityPeriod.get(s), 7n) },
  { call: 'sudo_set_network_min_lock_cost', args: { lock_cost: 7n }, origin: 'root', check: (s) => assert.equal(S.NetworkMinLockCost.get(s), 7n) },
  { call: 'sudo_set_subnet_limit', args: { max_subnets: 7 }, origin: 'root', check: (s) => assert.equal(S.SubnetLimit.get(s), 7) },
  { call: 'sudo_set_lock_reduction_interval', args: { interval: 7n }, origin: 'root', check: (s) => assert.equal(S.NetworkLockReductionInterval.get(s), 7n) },
  { call: 'sudo_set_rao_recycled', args: { netuid: N, rao_recycled: 7n }, origin: 'root', missing: SDNE, check: (s) => assert.equal(S.RAORecycledForRegistration.get(s, N), 7n) },
  { call: 'sudo_set_stake_threshold', args: { min_stake: 7n }, origin: 'root', check: (s) => assert.equal(S.StakeThreshold.get(s), 7n) },
  { call: 'sudo_set_tx_delegate_take_rate_limit', args: { tx_rate_limit: 7n }, origin: 'root', check: (s) => assert.equal(S.TxDelegateTakeRateLimit.get(s), 7n) },
  { call: 'sudo_set_min_delegate_take', args: { take: 7 }, origin: 'root', check: (s) => assert.equal(S.MinDelegateTake.get(s), 7) },
  { call: 'sudo_set_commit_reveal_weights_enabled', args: { netuid: N, enabled: true }, origin: 'owner', hp: 'CommitRevealEnabled', fw: true, missing: SDNE, check: (s) => assert.equal(S.CommitRevealWeightsEnabled.get(s, N), true), event: [ST, 'CommitRevealEnabled', [N, true]] },
  { call: 'sudo_set_liquid_alpha_enabled', args: { netuid: N, enabled: true }, origin: 'owner', hp: 'LiquidAlphaEnabled', fw: true, check: (s) => assert.equal(S.LiquidAlphaOn.get(s, N), true) },
  {
    call: 'sudo_set_alpha_values',
    args: { netuid: N, alpha_low: 2000, alpha_high: 3000 },
    origin: 'owner',
    hp: 'AlphaValues',
    fw: true,
    check: (s) => assert.deepEqual(S.AlphaValues.get(s, N), [2000, 3000]),
    bad: [
      [{ netuid: N, alpha_low: 2000, alpha_high: 3000 }, 'LiquidAlphaDisabled', ROOT, (s) => S.LiquidAlphaOn.set(s, N, false)],
      [{ netuid: N, alpha_low: 1000, alpha_high: 1637 }, 'AlphaHighTooLow'],
      [{ netuid: N, alpha_low: 1637, alpha_high: 3000 }, 'AlphaLowOutOfRange'],
      [{ netuid: N, alpha_low: 3001, alpha_high: 3000 }, 'AlphaLowOutOfRange'],
    ],
  },
  { call: 'sudo_set_dissolve_network_schedule_duration', args: { duration: 77 }, origin: 'root', check: (s) => assert.equal(S.DissolveNetworkScheduleDuration.get(s), 77n), event: [ST, 'DissolveNetworkScheduleDurationSet', [77]] },
  {
    call: 'sudo_set_commit_reveal_weights_interval',
    args: { netuid: N, interval: 100n },
    origin: 'owner',
    hp: 'WeightCommitInterval',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.RevealPeriodEpochs.get(s, N), 100n),
    bad: [
      [{ netuid: N, interval: 101n }, 'RevealPeriodTooLarge'],
      [{ netuid: N, interval: 0n }, 'RevealPeriodTooSmall'],
    ],
  },
  { call: 'sudo_set_toggle_transfer', args: { netuid: N, toggle: false }, origin: 'owner', hp: 'TransferEnabled', fw: true, check: (s) => assert.equal(S.TransferToggle.get(s, N), false), event: [ST, 'TransferToggle', [N, false]] },
  { call: 'sudo_set_subnet_moving_alpha', args: { alpha: 12345n }, origin: 'root', check: (s) => assert.equal(S.SubnetMovingAlpha.get(s), 12345n) },
  { call: 'sudo_set_ema_price_halving_period', args: { netuid: N, ema_halving: 7n }, origin: 'root', check: (s) => assert.equal(S.EMAPriceHalvingBlocks.get(s, N), 7n) },
  { call: 'sudo_set_subtoken_enabled', args: { netuid: N, subtoken_enabled: true }, origin: 'root', fw: true, check: (s) => assert.equal(S.SubtokenEnabled.get(s, N), true) },
  {
    call: 'sudo_set_alpha_sigmoid_steepness',
    args: { netuid: N, steepness: 5 },
    origin: 'owner',
    hp: 'AlphaSigmoidSteepness',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.AlphaSigmoidSteepness.get(s, N), 5),
    bad: [[{ netuid: N, steepness: -1 }, 'NegativeSigmoidSteepness', owner]],
  },
  { call: 'sudo_set_yuma3_enabled', args: { netuid: N, enabled: true }, origin: 'owner', hp: 'Yuma3Enabled', fw: true, check: (s) => assert.equal(S.Yuma3On.get(s, N), true), event: ['AdminUtils', 'Yuma3EnableToggled', [N, true]] },
  { call: 'sudo_set_bonds_reset_enabled', args: { netuid: N, enabled: true }, origin: 'owner', hp: 'BondsResetEnabled', fw: true, check: (s) => assert.equal(S.BondsResetOn.get(s, N), true), event: ['AdminUtils', 'BondsResetToggled', [N, true]] },
  { call: 'sudo_set_commit_reveal_version', args: { version: 5 }, origin: 'root', check: (s) => assert.equal(S.CommitRevealWeightsVersion.get(s), 5) },
  {
    call: 'sudo_set_owner_immune_neuron_limit',
    args: { netuid: N, immune_neurons: 10 },
    origin: 'owner',
    hp: 'ImmuneNeuronLimit',
    fw: true,
    check: (s) => assert.equal(S.ImmuneOwnerUidsLimit.get(s, N), 10),
    bad: [
      [{ netuid: N, immune_neurons: 0 }, 'InvalidValue'],
      [{ netuid: N, immune_neurons: 11 }, 'InvalidValue'],
    ],
  },
  { call: 'sudo_set_ck_burn', args: { burn: 5n }, origin: 'root', check: (s) => assert.equal(S.CKBurn.get(s), 5n) },
  { call: 'sudo_set_admin_freeze_window', args: { window: 5 }, origin: 'root', check: (s) => assert.equal(S.AdminFreezeWindow.get(s), 5), event: [ST, 'AdminFreezeWindowSet', [5]] },
  { call: 'sudo_set_owner_hparam_rate_limit', args: { epochs: 5 }, origin: 'root', check: (s) => assert.equal(S.OwnerHyperparamRateLimit.get(s), 5), event: [ST, 'OwnerHyperparamRateLimitSet', [5]] },
  {
    call: 'sudo_set_mechanism_count',
    args: { netuid: N, mechanism_count: 2 },
    origin: 'owner',
    hp: 'MechanismCountUpdate',
    fw: true,
    missing: 'MechanismDoesNotExist',
    check: (s) => assert.equal(S.MechanismCountCurrent.get(s, N), 2),
    bad: [
      [{ netuid: N, mechanism_count: 0 }, 'InvalidValue'],
      [{ netuid: N, mechanism_count: 3 }, 'InvalidValue'],
      [{ netuid: N, mechanism_count: 2 }, 'TooManyUIDsPerMechanism', ROOT, (s) => S.MaxAllowedUids.set(s, N, 200)],
    ],
  },
  {
    call: 'sudo_set_mechanism_emission_split',
    args: { netuid: N, maybe_split: [65535] },
    origin: 'owner',
    hp: 'MechanismEmission',
    fw: true,
    missing: 'MechanismDoesNotExist',
    check: (s) => assert.deepEqual(S.MechanismEmissionSplit.raw(s, N), [65535]),
    bad: [
      [{ netuid: N, maybe_split: [] }, 'InvalidValue'],
      [{ netuid: N, maybe_split: [30000, 35535] }, 'InvalidValue'],
      [{ netuid: N, maybe_split: [65534] }, 'InvalidValue'],
    ],
  },
  {
    call: 'sudo_trim_to_max_allowed_uids',
    args: { netuid: N, max_n: 100 },
    origin: 'owner',
    hp: 'MaxUidsTrimming',
    fw: true,
    missing: 'SubnetNotExists',
    check: (s) => assert.equal(S.MaxAllowedUids.get(s, N), 100),
    bad: [[{ netuid: N, max_n: 129 }, 'InvalidValue'], [{ netuid: N, max_n: 63 }, 'InvalidValue']],
  },
  {
    call: 'sudo_set_min_allowed_uids',
    args: { netuid: N, min_allowed_uids: 3 },
    origin: 'root',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MinAllowedUids.get(s, N), 3),
    bad: [
      [{ netuid: N, min_allowed_uids: 128 }, 'MinAllowedUidsGreaterThanMaxAllowedUids'],
      [{ netuid: N, min_allowed_uids: 4 }, 'MinAllowedUidsGreaterThanCurrentUids'],
    ],
  },
  { call: 'sudo_set_recycle_or_burn', args: { netuid: N, recycle_or_burn: { type: 'Recycle' } }, origin: 'owner', hp: 'RecycleOrBurn', fw: true, check: (s) => assert.deepEqual(S.RecycleOrBurn.get(s, N), { type: 'Recycle' }) },
  { call: 'sudo_set_tao_flow_cutoff', args: { flow_cutoff: -5n }, origin: 'root', check: (s) => assert.equal(S.TaoFlowCutoff.get(s), -5n) },
  {
    call: 'sudo_set_tao_flow_normalization_exponent',
    args: { exponent: 2n * ONE },
    origin: 'root',
    check: (s) => assert.equal(S.FlowNormExponent.get(s), 2n * ONE),
    bad: [
      [{ exponent: ONE - 1n }, 'InvalidValue'],
      [{ exponent: 2n * ONE + 1n }, 'InvalidValue'],
    ],
  },
  { call: 'sudo_set_tao_flow_smoothing_factor', args: { smoothing_factor: 5n }, origin: 'root', check: (s) => assert.equal(S.FlowEmaSmoothingFactor.get(s), 5n) },
  { call: 'sudo_set_min_non_immune_uids', args: { netuid: N, min: 5 }, origin: 'root', check: (s) => assert.equal(S.MinNonImmuneUids.get(s, N), 5), event: [ST, 'MinNonImmuneUidsSet', [N, 5]] },
  { call: 'sudo_set_start_call_delay', args: { delay: 5n }, origin: 'root', check: (s) => assert.equal(S.StartCallDelay.get(s), 5n), event: [ST, 'StartCallDelaySet', [5n]] },
  { call: 'sudo_set_coldkey_swap_announcement_delay', args: { duration: 5 }, origin: 'root', check: (s) => assert.equal(S.ColdkeySwapAnnouncementDelay.get(s), 5n) },
  { call: 'sudo_set_coldkey_swap_reannouncement_delay', args: { duration: 5 }, origin: 'root', check: (s) => assert.equal(S.ColdkeySwapReannouncementDelay.get(s), 5n) },
  {
    call: 'sudo_set_max_mechanism_count',
    args: { max_mechanism_count: 16 },
    origin: 'root',
    check: (s) => assert.equal(S.MaxMechanismCount.get(s), 16),
    bad: [
      [{ max_mechanism_count: 0 }, 'InvalidValue'],
      [{ max_mechanism_count: 17 }, 'InvalidValue'],
    ],
  },
  {
    call: 'sudo_set_burn_half_life',
    args: { netuid: N, burn_half_life: 36_100 },
    origin: 'owner',
    hp: 'BurnHalfLife',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.BurnHalfLife.get(s, N), 36_100),
    event: ['AdminUtils', 'BurnHalfLifeSet', [N, 36_100]],
    bad: [
      [{ netuid: N, burn_half_life: 0 }, 'InvalidValue'],
      [{ netuid: N, burn_half_life: 36_101 }, 'InvalidValue'],
      [{ netuid: 0, burn_half_life: 5 }, 'NotPermittedOnRootSubnet', ROOT, (s) => S.LastEpochBlock.set(s, 0, BLOCK)],
    ],
  },
  {
    call: 'sudo_set_burn_increase_mult',
    args: { netuid: N, burn_increase_mult: 3n * ONE },
    origin: 'owner',
    hp: 'BurnIncreaseMult',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.BurnIncreaseMult.get(s, N), 3n * ONE),
    event: ['AdminUtils', 'BurnIncreaseMultSet', [N, 3n * ONE]],
    bad: [
      [{ netuid: N, burn_increase_mult: ONE - 1n }, 'InvalidValue'],
      [{ netuid: N, burn_increase_mult: 3n * ONE + 1n }, 'InvalidValue'],
    ],
  },
  { call: 'sudo_set_net_tao_flow_enabled', args: { enabled: false }, origin: 'root', check: (s) => assert.equal(S.NetTaoFlowEnabled.get(s), false) },
  {
    call: 'sudo_set_owner_cut_enabled',
    args: { netuid: N, enabled: false },
    origin: 'ownerNoLimit',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.OwnerCutEnabled.get(s, N), false),
    bad: [[{ netuid: 0, enabled: false }, 'NotPermittedOnRootSubnet', ROOT, (s) => S.LastEpochBlock.set(s, 0, BLOCK)]],
  },
  {
    call: 'sudo_set_min_childkey_take_per_subnet',
    args: { netuid: N, take: 100 },
    origin: 'owner',
    hp: 'MinChildkeyTake',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.MinChildkeyTakePerSubnet.get(s, N), 100),
    event: [ST, 'MinChildKeyTakePerSubnetSet', [N, 100]],
    bad: [
      [{ netuid: N, take: 11_797 }, 'InvalidValue'],
      [{ netuid: N, take: 5 }, 'InvalidValue', ROOT, (s) => S.MinChildkeyTake.set(s, 6)],
    ],
  },
  {
    call: 'sudo_set_subnet_emission_enabled',
    args: { netuid: N, enabled: false },
    origin: 'root',
    missing: SDNE,
    check: (s) => assert.equal(S.SubnetEmissionEnabled.get(s, N), false),
    event: ['AdminUtils', 'SubnetEmissionEnabledSet', [N, false]],
    bad: [[{ netuid: 0, enabled: false }, 'NotPermittedOnRootSubnet']],
  },
  {
    call: 'sudo_set_owner_cut_auto_lock_enabled',
    args: { netuid: N, enabled: true },
    origin: 'ownerNoLimit',
    fw: true,
    missing: SDNE,
    check: (s) => assert.equal(S.OwnerCutAutoLockEnabled.get(s, N), true),
  },
  {
    call: 'sudo_set_max_epochs_per_block',
    args: { max_epochs_per_block: 1 },
    origin: 'root',
    check: (s) => assert.equal(S.MaxEpochsPerBlock.get(s), 1),
    bad: [[{ max_epochs_per_block: 0 }, 'ValueNotInBounds']],
  },
];

/** Base scenario: subnet 1 (4 neurons, owner OWNER, MaxAllowedUids 128), liquid alpha on. */
const base = (): Scenario =>
  new Scenario((s) => {
    addSubnet(s);
    S.LiquidAlphaOn.set(s, N, true);
    S.MaxAllowedUids.set(s, N, 128);
  });

for (const c of cases) {
  describe(`AdminUtils.${c.call}`, () => {
    const sc = base();
    const f = spec(c.call);
    it('succeeds as root', () => {
      const s = sc.fresh();
      runCall(s, f, ROOT, c.args);
      c.check(s);
      if (c.event) assert.deepEqual(events(s, c.event[0], c.event[1]), [c.event[2]]);
    });
    if (c.origin !== 'root') {
      it('succeeds as the subnet owner', () => {
        const s = sc.fresh();
        runCall(s, f, owner, c.args);
        c.check(s);
      });
    }
    it('rejects other origins (BadOrigin), changing nothing', () => {
      const s = sc.fresh();
      expectFails(s, 'BadOrigin', f, other, c.args);
      expectFails(s, 'BadOrigin', f, NONE, c.args);
      if (c.origin === 'root') expectFails(s, 'BadOrigin', f, owner, c.args);
    });
    if (c.fw) {
      it('is refused in the admin freeze window, even for root', () => {
        const s = sc.fresh();
        closeWindow(s);
        expectFails(s, 'AdminActionProhibitedDuringWeightsWindow', f, ROOT, c.args);
        const p = sc.fresh();
        S.PendingEpochAt.set(p, N, BLOCK + 3n);
        expectFails(p, 'AdminActionProhibitedDuringWeightsWindow', f, ROOT, c.args);
      });
    }
    if (c.missing) {
      it(`fails with ${c.missing} on a missing subnet`, () => {
        const s = sc.fresh();
        expectFails(s, c.missing as string, f, ROOT, { ...c.args, netuid: MISSING });
      });
    }
    if (c.hp) {
      const hp = c.hp;
      it(`rate-limits the owner (${hp}); root is exempt`, () => {
        const s = sc.fresh();
        runCall(s, f, owner, c.args);
        expectFails(s, 'TxRateLimitExceeded', f, owner, c.args, BLOCK + 1n);
        runCall(s, f, ROOT, c.args, BLOCK + 2n);
      });
    }
    for (const [args, err, origin, setup] of c.bad ?? []) {
      it(`fails with ${err} for ${JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`, () => {
        let s = sc.fresh();
        if (setup) {
          const sc2 = base();
          sc2.commit(setup);
          s = sc2.fresh();
        }
        expectFails(s, err, f, origin ?? ROOT, args);
      });
    }
  });
}

describe('AdminUtils: calls with special behaviour', () => {
  const sc = base();
  it('declares all 82 calls with unique indices', () => {
    assert.equal(adminUtils.calls.length, 82);
    assert.equal(adminUtils.index, 19);
    assert.equal(new Set(adminUtils.calls.map((c) => c.index)).size, 82);
  });
  it('sudo_set_network_pow_registration_allowed and sudo_set_total_issuance always fail', () => {
    const s = sc.fresh();
    expectFails(s, 'POWRegistrationDisabled', spec('sudo_set_network_pow_registration_allowed'), ROOT, { _netuid: N, _registration_allowed: true });
    expectFails(s, 'Deprecated', spec('sudo_set_total_issuance'), ROOT, { _total_issuance: 1n });
  });
  it('owner weights-version-key limit is WeightsVersionKeyRateLimit tempos and stored in TransactionKeyLastBlock', () => {
    const s = sc.fresh();
    runCall(s, spec('sudo_set_weights_version_key'), owner, { netuid: N, weights_version_key: 1n });
    assert.equal(S.TransactionKeyLastBlock.get(s, OWNER, N, 4), BLOCK);
    expectFails(s, 'TxRateLimitExceeded', spec('sudo_set_weights_version_key'), owner, { netuid: N, weights_version_key: 2n }, BLOCK + 5n * 360n - 1n);
  });
  it('owner hyperparameter update is recorded in LastRateLimitedBlock; root leaves it untouched', () => {
    const s = sc.fresh();
    runCall(s, spec('sudo_set_rho'), ROOT, { netuid: N, rho: 3 });
    assert.equal(S.LastRateLimitedBlock.raw(s, rlOwnerHyperparam(N, 'Rho')), undefined);
    runCall(s, spec('sudo_set_rho'), owner, { netuid: N, rho: 4 });
    assert.equal(S.LastRateLimitedBlock.get(s, rlOwnerHyperparam(N, 'Rho')), BLOCK);
  });
  it('root may set a negative sigmoid steepness and bonds moving average above 975_000', () => {
    const s = sc.fresh();
    runCall(s, spec('sudo_set_alpha_sigmoid_steepness'), ROOT, { netuid: N, steepness: -7 });
    assert.equal(S.AlphaSigmoidSteepness.get(s, N), -7);
    runCall(s, spec('sudo_set_bonds_moving_average'), ROOT, { netuid: N, bonds_moving_average: 999_999n });
    assert.equal(S.BondsMovingAverage.get(s, N), 999_999n);
  });
  it('sudo_set_bonds_reset_enabled also deposits SubtensorModule.BondsResetOnSet', () => {
    const s = sc.fresh();
    runCall(s, spec('sudo_set_bonds_reset_enabled'), ROOT, { netuid: N, enabled: true });
    assert.deepEqual(events(s, 'SubtensorModule', 'BondsResetOnSet'), [[N, true]]);
  });
  it('sudo_toggle_evm_precompile writes and emits only on change', () => {
    const s = sc.fresh();
    const f = spec('sudo_toggle_evm_precompile');
    runCall(s, f, ROOT, { precompile_id: { type: 'Staking' }, enabled: true });
    assert.equal(s.isDirty(), false);
    runCall(s, f, ROOT, { precompile_id: { type: 'Staking' }, enabled: false });
    assert.equal(AS.PrecompileEnable.get(s, { type: 'Staking' }), false);
    assert.equal(events(s, 'AdminUtils', 'PrecompileUpdated').length, 1);
    expectFails(s, 'BadOrigin', f, owner, { precompile_id: { type: 'Staking' }, enabled: true });
    assert.deepEqual(decode(PrecompileEnum, encode(PrecompileEnum, { type: 'VotingPower' })) as EnumValue, { type: 'VotingPower' });
  });
  it('sudo_set_sn_owner_hotkey / sudo_set_subnet_owner_hotkey: owner or root, once per 50_400 blocks per subnet', () => {
    for (const name of ['sudo_set_sn_owner_hotkey', 'sudo_set_subnet_owner_hotkey'] as const) {
      const s = sc.fresh();
      const f = spec(name);
      expectFails(s, 'BadOrigin', f, other, { netuid: N, hotkey: hk(9) });
      expectFails(s, 'SubnetNotExists', f, ROOT, { netuid: MISSING, hotkey: hk(9) });
      runCall(s, f, owner, { netuid: N, hotkey: hk(9) });
      assert.equal(S.SubnetOwnerHotkey.get(s, N), hk(9));
      assert.deepEqual(events(s, 'SubtensorModule', 'SubnetOwnerHotkeySet'), [[N, hk(9)]]);
      expectFails(s, 'TxRateLimitExceeded', f, ROOT, { netuid: N, hotkey: hk(8) }, BLOCK + 50_399n);
      runCall(s, f, ROOT, { netuid: N, hotkey: hk(8) }, BLOCK + 50_400n);
      const sys = '6d6f646c73756274656e7372' + '0100' + '00'.repeat(18);
      expectFails(s, 'CannotUseSystemAccount', f, ROOT, { netuid: N, hotkey: sys }, BLOCK + 200_000n);
    }
  });
  it('sudo_set_nominator_min_required_stake runs the small-nomination sweep only when raised', () => {
    const s = sc.fresh();
    let sweeps = 0;
    setClearSmallNominationsHook(() => {
      sweeps++;
    });
    const f = spec('sudo_set_nominator_min_required_stake');
    runCall(s, f, ROOT, { min_stake: 5n });
    assert.equal(S.NominatorMinRequiredStake.get(s), 5n);
    assert.equal(sweeps, 1);
    // prev minimum = 2_000_000 × 5 / 1e6 = 10 rao; 10 is not above it.
    runCall(s, f, ROOT, { min_stake: 10n });
    assert.equal(sweeps, 1);
    expectFails(s, 'BadOrigin', f, owner, { min_stake: 1n });
    setClearSmallNominationsHook(clearSmallNominations);
    // The real sweep over an empty Alpha map changes nothing beyond the factor.
    runCall(s, f, ROOT, { min_stake: 1_000n });
    assert.equal(S.NominatorMinRequiredStake.get(s), 1_000n);
  });
  it('consensus calls check root only', () => {
    const s = sc.fresh();
    runCall(s, spec('swap_authorities'), ROOT, { new_authorities: [hk(1)] });
    runCall(s, spec('schedule_grandpa_change'), ROOT, { next_authorities: [[hk(1), 1n]], in_blocks: 5, forced: undefined });
    runCall(s, spec('sudo_set_evm_chain_id'), ROOT, { chain_id: 945n });
    assert.equal(s.isDirty(), false);
    expectFails(s, 'BadOrigin', spec('swap_authorities'), owner, { new_authorities: [] });
    expectFails(s, 'BadOrigin', spec('schedule_grandpa_change'), owner, { next_authorities: [], in_blocks: 5, forced: undefined });
    expectFails(s, 'BadOrigin', spec('sudo_set_evm_chain_id'), owner, { chain_id: 1n });
  });
  it('weights follow the runtime WeightInfo (examples)', () => {
    const byName = new Map(adminUtils.calls.map((c) => [c.name, c]));
    assert.equal(byName.get('sudo_set_kappa')?.weight, 141_301_000n);
    assert.equal(byName.get('sudo_set_recycle_or_burn')?.weight, 270_000_000n);
    assert.equal(byName.get('sudo_set_burn_half_life')?.dispatchClass, 'Operational');
    const sa = byName.get('swap_authorities')?.weight;
    assert.equal(typeof sa === 'function' ? sa({ new_authorities: [hk(1), hk(2)] }) : sa, 4_442_146n + 2n * 29_392n + 100_000_000n);
  });
});
