/**
 * SubtensorModule's own admin and subnet-owner calls (subtensor macros/dispatches.rs,
 * coinbase/tempo_control.rs, utils/voting_power.rs, utils/misc.rs; spec/economics.md §10 and §4.9).
 * Indices, argument types and weights come from `callSigs`; the lead plugs `adminCalls` into the
 * SubtensorModule pallet.
 */
import { MAX_TEMPO, MIN_TEMPO } from '@tensorium/params';
import { call, emit, ensureRoot, type BlockEnv } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { callSigs, errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import {
  blocksUntilNextAutoEpoch,
  ensureAdminWindowOpen,
  ensureSubnetOwner,
  ensureSubnetOwnerOrRoot,
  passesRateLimitOnSubnet,
  setLastBlockOnSubnet,
  U64_MAX,
} from '../utils/ownerOrRoot.js';

/** `MAX_NUM_ROOT_CLAIMS`. */
export const MAX_NUM_ROOT_CLAIMS = 50n;
/** `MAX_ROOT_CLAIM_THRESHOLD` (compared with the u64 argument; stored as I96F32). */
export const MAX_ROOT_CLAIM_THRESHOLD = 10_000_000n;
/** `MAX_VOTING_POWER_EMA_ALPHA` (1.0 with 18 decimals). */
export const MAX_VOTING_POWER_EMA_ALPHA = 1_000_000_000_000_000_000n;
/** `VOTING_POWER_DISABLE_GRACE_PERIOD_BLOCKS` (14 days). */
export const VOTING_POWER_DISABLE_GRACE_PERIOD_BLOCKS = 100_800n;
/** `MIN_ACTIVITY_CUTOFF_FACTOR_MILLI` / `MAX_ACTIVITY_CUTOFF_FACTOR_MILLI`. */
export const MIN_ACTIVITY_CUTOFF_FACTOR_MILLI = 1_000;
export const MAX_ACTIVITY_CUTOFF_FACTOR_MILLI = 50_000;

const satAdd = (a: bigint, b: bigint): bigint => (a + b > U64_MAX ? U64_MAX : a + b);

export interface NetuidArg {
  readonly netuid: number;
}

export const adminCalls = {
  sudo_set_tx_childkey_take_rate_limit: call<{ tx_rate_limit: bigint }>({
    ...callSigs.sudo_set_tx_childkey_take_rate_limit,
    docs: 'Root: set TxChildkeyTakeRateLimit.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.TxChildkeyTakeRateLimit.set(ctx.state, a.tx_rate_limit);
      emit(ctx, PALLET, 'TxChildKeyTakeRateLimitSet', a.tx_rate_limit);
    },
  }),

  sudo_set_min_childkey_take: call<{ take: number }>({
    ...callSigs.sudo_set_min_childkey_take,
    docs: 'Root: set MinChildkeyTake.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.MinChildkeyTake.set(ctx.state, a.take);
      emit(ctx, PALLET, 'MinChildKeyTakeSet', a.take);
    },
  }),

  sudo_set_max_childkey_take: call<{ take: number }>({
    ...callSigs.sudo_set_max_childkey_take,
    docs: 'Root: set MaxChildkeyTake.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.MaxChildkeyTake.set(ctx.state, a.take);
      emit(ctx, PALLET, 'MaxChildKeyTakeSet', a.take);
    },
  }),

  set_pending_childkey_cooldown: call<{ cooldown: bigint }>({
    ...callSigs.set_pending_childkey_cooldown,
    docs: 'Root: set PendingChildKeyCooldown (blocks).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      S.PendingChildKeyCooldown.set(ctx.state, a.cooldown);
    },
  }),

  sudo_set_num_root_claims: call<{ new_value: bigint }>({
    ...callSigs.sudo_set_num_root_claims,
    docs: 'Root: set NumRootClaim (<= 50; 0 disables auto-claim).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      if (a.new_value > MAX_NUM_ROOT_CLAIMS) throw E.InvalidNumRootClaim({ new_value: a.new_value });
      S.NumRootClaim.set(ctx.state, a.new_value);
    },
  }),

  sudo_set_root_claim_threshold: call<{ netuid: number; new_value: bigint }>({
    ...callSigs.sudo_set_root_claim_threshold,
    docs: 'Subnet owner or root: set RootClaimableThreshold (<= 10_000_000).',
    fn: (ctx, a) => {
      ensureSubnetOwnerOrRoot(ctx, a.netuid);
      if (a.new_value > MAX_ROOT_CLAIM_THRESHOLD) throw E.InvalidRootClaimThreshold({ new_value: a.new_value });
      // I96F32::from(u64): raw bits = value << 32.
      S.RootClaimableThreshold.set(ctx.state, a.netuid, a.new_value << 32n);
    },
  }),

  enable_voting_power_tracking: call<NetuidArg>({
    ...callSigs.enable_voting_power_tracking,
    docs: 'Subnet owner or root: enable voting-power tracking (cancels a scheduled disable).',
    fn: (ctx, a) => {
      ensureSubnetOwnerOrRoot(ctx, a.netuid);
      S.VotingPowerTrackingEnabled.set(ctx.state, a.netuid, true);
      S.VotingPowerDisableAtBlock.remove(ctx.state, a.netuid);
      emit(ctx, PALLET, 'VotingPowerTrackingEnabled', a.netuid);
    },
  }),

  disable_voting_power_tracking: call<NetuidArg>({
    ...callSigs.disable_voting_power_tracking,
    docs: 'Subnet owner or root: schedule voting-power tracking to stop after 14 days.',
    fn: (ctx, a) => {
      ensureSubnetOwnerOrRoot(ctx, a.netuid);
      if (!S.VotingPowerTrackingEnabled.get(ctx.state, a.netuid)) throw E.VotingPowerTrackingNotEnabled({ netuid: a.netuid });
      const at = satAdd(ctx.env.number, VOTING_POWER_DISABLE_GRACE_PERIOD_BLOCKS);
      S.VotingPowerDisableAtBlock.set(ctx.state, a.netuid, at);
      emit(ctx, PALLET, 'VotingPowerTrackingDisableScheduled', a.netuid, at);
    },
  }),

  sudo_set_voting_power_ema_alpha: call<{ netuid: number; alpha: bigint }>({
    ...callSigs.sudo_set_voting_power_ema_alpha,
    docs: 'Root: set VotingPowerEmaAlpha (<= 1e18).',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      if (a.alpha > MAX_VOTING_POWER_EMA_ALPHA) throw E.InvalidVotingPowerEmaAlpha({ alpha: a.alpha });
      S.VotingPowerEmaAlpha.set(ctx.state, a.netuid, a.alpha);
      emit(ctx, PALLET, 'VotingPowerEmaAlphaSet', a.netuid, a.alpha);
    },
  }),

  set_tempo: call<{ netuid: number; tempo: number }>({
    ...callSigs.set_tempo,
    docs: 'Subnet owner: set Tempo (360..=50_400, once per 360 blocks, outside the freeze window); restarts the epoch cycle.',
    fn: (ctx, a) => {
      const who = ensureSubnetOwner(ctx, a.netuid);
      if (a.tempo < MIN_TEMPO || a.tempo > MAX_TEMPO) throw E.TempoOutOfBounds({ tempo: a.tempo });
      ensureAdminWindowOpen(ctx, a.netuid);
      if (!passesRateLimitOnSubnet(ctx, 'TempoUpdate', who, a.netuid)) throw E.TxRateLimitExceeded({ netuid: a.netuid });
      applyTempoWithCycleReset(ctx, a.netuid, a.tempo);
      setLastBlockOnSubnet(ctx.state, 'TempoUpdate', who, a.netuid, ctx.env.number);
    },
  }),

  set_activity_cutoff_factor: call<{ netuid: number; factor_milli: number }>({
    ...callSigs.set_activity_cutoff_factor,
    docs: 'Subnet owner (freeze window + rate limit) or root: set ActivityCutoffFactorMilli (1_000..=50_000).',
    fn: (ctx, a) => {
      const who = ensureSubnetOwnerOrRoot(ctx, a.netuid);
      if (a.factor_milli < MIN_ACTIVITY_CUTOFF_FACTOR_MILLI || a.factor_milli > MAX_ACTIVITY_CUTOFF_FACTOR_MILLI) {
        throw E.ActivityCutoffFactorMilliOutOfBounds({ factor_milli: a.factor_milli });
      }
      if (who !== undefined) {
        ensureAdminWindowOpen(ctx, a.netuid);
        if (!passesRateLimitOnSubnet(ctx, 'ActivityCutoffFactorMilli', who, a.netuid)) throw E.TxRateLimitExceeded({ netuid: a.netuid });
      }
      S.ActivityCutoffFactorMilli.set(ctx.state, a.netuid, a.factor_milli);
      emit(ctx, PALLET, 'ActivityCutoffFactorMilliSet', a.netuid, a.factor_milli);
      if (who !== undefined) setLastBlockOnSubnet(ctx.state, 'ActivityCutoffFactorMilli', who, a.netuid, ctx.env.number);
    },
  }),

  trigger_epoch: call<NetuidArg>({
    ...callSigs.trigger_epoch,
    docs: 'Subnet owner: schedule an epoch AdminFreezeWindow blocks from now (commit-reveal off, none pending, auto epoch not imminent).',
    fn: (ctx, a) => {
      const who = ensureSubnetOwner(ctx, a.netuid);
      const s = ctx.state;
      if (S.CommitRevealWeightsEnabled.get(s, a.netuid)) throw E.DynamicTempoBlockedByCommitReveal({ netuid: a.netuid });
      if (S.PendingEpochAt.get(s, a.netuid) !== 0n) throw E.EpochTriggerAlreadyPending({ netuid: a.netuid });
      const now = ctx.env.number;
      const window = BigInt(S.AdminFreezeWindow.get(s));
      const remaining = blocksUntilNextAutoEpoch(s, a.netuid, S.Tempo.get(s, a.netuid), now);
      if (remaining < window) throw E.AutoEpochAlreadyImminent({ netuid: a.netuid, remaining });
      if (!passesRateLimitOnSubnet(ctx, 'TriggerEpoch', who, a.netuid)) throw E.TxRateLimitExceeded({ netuid: a.netuid });
      const firesAt = satAdd(now, window);
      S.PendingEpochAt.set(s, a.netuid, firesAt);
      setLastBlockOnSubnet(s, 'TriggerEpoch', who, a.netuid, now);
      emit(ctx, PALLET, 'EpochTriggered', a.netuid, who, firesAt);
    },
  }),
};

/** `apply_tempo_with_cycle_reset`: `Tempo = tempo` (event TempoSet) and `LastEpochBlock = now`. */
export function applyTempoWithCycleReset(ctx: { state: State; env: BlockEnv; extrinsicIndex?: number }, netuid: number, tempo: number): void {
  S.Tempo.set(ctx.state, netuid, tempo);
  emit(ctx, PALLET, 'TempoSet', netuid, tempo);
  S.LastEpochBlock.set(ctx.state, netuid, ctx.env.number);
}
