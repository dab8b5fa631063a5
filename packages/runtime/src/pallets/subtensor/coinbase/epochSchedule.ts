/**
 * The stateful epoch scheduler (spec/economics.md §4.9): `should_run_epoch` and
 * `blocks_until_next_auto_epoch` (coinbase/run_coinbase.rs), the `LastEpochBlock` stagger of
 * `init_new_network` (subnets/subnet.rs) and the anchors of `migrate_dynamic_tempo`
 * (migrations/migrate_dynamic_tempo.rs). Blocks and counters are u64 bigints.
 */
import { U64_MAX, satAddU64, satSubU64 } from '@tensorium/primitives';
import { MAX_TEMPO } from '@tensorium/params';

export interface ShouldRunEpochInput {
  /** Tempo of the subnet. */
  tempo: bigint;
  /** LastEpochBlock. */
  lastEpochBlock: bigint;
  /** PendingEpochAt (0 = none). */
  pendingEpochAt: bigint;
  /** BlocksSinceLastStep. */
  blocksSinceLastStep: bigint;
  /** The current block. */
  currentBlock: bigint;
}

/**
 * `should_run_epoch`: false if tempo = 0; true if a pending trigger is due, or if
 * BlocksSinceLastStep > MAX_TEMPO (safety net); else now - LastEpochBlock >= tempo.
 */
export function shouldRunEpoch(input: ShouldRunEpochInput): boolean {
  if (input.tempo === 0n) return false;
  if (input.pendingEpochAt > 0n && input.currentBlock >= input.pendingEpochAt) return true;
  if (input.blocksSinceLastStep > BigInt(MAX_TEMPO)) return true;
  return satSubU64(input.currentBlock, input.lastEpochBlock) >= input.tempo;
}

/** `blocks_until_next_auto_epoch`: LastEpochBlock + tempo - now (saturating); u64::MAX if tempo = 0. */
export function blocksUntilNextAutoEpoch(lastEpochBlock: bigint, tempo: bigint, currentBlock: bigint): bigint {
  if (tempo === 0n) return U64_MAX;
  return satSubU64(satAddU64(lastEpochBlock, tempo), currentBlock);
}

/**
 * `init_new_network` step 3.1: LastEpochBlock = now - (netuid mod max(tempo, 1)) (saturating), so
 * subnets registered at the same time do not all fire on the same block.
 */
export function initialLastEpochBlock(netuid: bigint, tempo: bigint, registrationBlock: bigint): bigint {
  const period = tempo > 1n ? tempo : 1n;
  return satSubU64(registrationBlock, netuid % period);
}

export interface DynamicTempoAnchors {
  /** LastEpochBlock = block - r, r = (block + netuid + 1) mod (tempo + 1). */
  lastEpochBlock: bigint;
  /** SubnetEpochIndex = floor((block + netuid + 1) / (tempo + 1)). */
  subnetEpochIndex: bigint;
}

/**
 * `migrate_dynamic_tempo` for one subnet: the anchors that make the first post-upgrade epoch fire
 * on the block the legacy `(block + netuid + 1) % (tempo + 1) == 0` rule would have chosen.
 * Returns undefined for tempo = 0 (the migration leaves such subnets untouched).
 */
export function migrateDynamicTempoAnchors(netuid: bigint, tempo: bigint, migrationBlock: bigint): DynamicTempoAnchors | undefined {
  if (tempo === 0n) return undefined;
  const tempoPlusOne = tempo + 1n;
  const adjusted = (migrationBlock + netuid + 1n) & U64_MAX; // wrapping_add
  const remainder = adjusted % tempoPlusOne;
  const blocksUntilNext = satSubU64(tempo, remainder);
  const offset = satSubU64(tempo, blocksUntilNext);
  return { lastEpochBlock: satSubU64(migrationBlock, offset), subnetEpochIndex: adjusted / tempoPlusOne };
}

/** `MIN_ACTIVITY_CUTOFF_FACTOR_MILLI`, `MAX_ACTIVITY_CUTOFF_FACTOR_MILLI`, `INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI` (lib.rs). */
export const MIN_ACTIVITY_CUTOFF_FACTOR_MILLI = 1_000n;
export const MAX_ACTIVITY_CUTOFF_FACTOR_MILLI = 50_000n;
export const INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI = 13_889n;

/**
 * `migrate_dynamic_tempo` step 2: ActivityCutoffFactorMilli = ceil(ActivityCutoff · 1000 / tempo),
 * clamped to [1000, 50000] (the initial factor when tempo = 0).
 */
export function activityCutoffFactorMilli(activityCutoff: bigint, tempo: bigint): bigint {
  const raw = tempo === 0n ? INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI : satAddU64(activityCutoff * 1000n, satSubU64(tempo, 1n)) / tempo;
  return raw < MIN_ACTIVITY_CUTOFF_FACTOR_MILLI ? MIN_ACTIVITY_CUTOFF_FACTOR_MILLI : raw > MAX_ACTIVITY_CUTOFF_FACTOR_MILLI ? MAX_ACTIVITY_CUTOFF_FACTOR_MILLI : raw;
}
