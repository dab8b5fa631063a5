/**
 * Presets chosen at run time and frozen after load (lodestar's pattern). `mainnet` mirrors the
 * production runtime; `fast` mirrors subtensor's `fast-runtime` build used for local networks
 * (250 ms blocks, tempo 10, 32 epochs per block).
 */
export interface Preset {
  readonly name: 'mainnet' | 'fast';
  /** Target block time in milliseconds (node default sealing interval). */
  readonly blockTimeMs: number;
  /** pallet_timestamp's `MinimumPeriod` (ms between consecutive block times): half the block time, as subtensor. */
  readonly minimumPeriodMs: number;
  /** Tempo written by `init_new_network` for a new subnet. */
  readonly initialTempo: number;
  /** Root subnet tempo at genesis. */
  readonly rootTempo: number;
  /** `MaxEpochsPerBlock`. */
  readonly maxEpochsPerBlock: number;
  /** `ImmunityPeriod` written for a new subnet. */
  readonly initialImmunityPeriod: number;
  /** `NetworkImmunityPeriod` (subnet pruning immunity). */
  readonly networkImmunityPeriod: bigint;
  /** `NetworkRateLimit` (blocks between subnet registrations chain-wide). */
  readonly networkRateLimit: bigint;
  /** `NetworkLockReductionInterval`. */
  readonly networkLockReductionInterval: bigint;
  /** `NetworkMinLockCost` in rao. */
  readonly networkMinLockCost: bigint;
  /** `WeightsSetRateLimit` default. */
  readonly weightsSetRateLimit: bigint;
  /** `TxRateLimit` (hotkey swap rate limit per coldkey). */
  readonly txRateLimit: bigint;
  /** `TxDelegateTakeRateLimit` and `TxChildkeyTakeRateLimit`. */
  readonly txDelegateTakeRateLimit: bigint;
  readonly txChildkeyTakeRateLimit: bigint;
  /** `PendingChildKeyCooldown`. */
  readonly pendingChildKeyCooldown: bigint;
  /** `HotkeySwapOnSubnetInterval`. */
  readonly hotkeySwapOnSubnetInterval: bigint;
  /** `ColdkeySwapAnnouncementDelay` / `ColdkeySwapReannouncementDelay`. */
  readonly coldkeySwapAnnouncementDelay: bigint;
  readonly coldkeySwapReannouncementDelay: bigint;
  /** `StartCallDelay`. */
  readonly startCallDelay: bigint;
  /** `TaoWeight` at genesis. */
  readonly taoWeight: bigint;
  /** `CommitRevealWeightsEnabled` default for new subnets. */
  readonly commitRevealDefault: boolean;
  /** `AdminFreezeWindow`: blocks before an epoch in which hyperparameter changes are refused. */
  readonly adminFreezeWindow: number;
}

export const mainnet: Preset = Object.freeze({
  name: 'mainnet',
  blockTimeMs: 12_000,
  minimumPeriodMs: 6_000,
  initialTempo: 360,
  rootTempo: 100,
  maxEpochsPerBlock: 2,
  initialImmunityPeriod: 5_000,
  networkImmunityPeriod: 1_296_000n,
  networkRateLimit: 7_200n,
  networkLockReductionInterval: 100_800n,
  networkMinLockCost: 1_000_000_000_000n,
  weightsSetRateLimit: 100n,
  txRateLimit: 1_000n,
  txDelegateTakeRateLimit: 216_000n,
  txChildkeyTakeRateLimit: 216_000n,
  pendingChildKeyCooldown: 7_200n,
  hotkeySwapOnSubnetInterval: 7_200n,
  coldkeySwapAnnouncementDelay: 36_000n,
  coldkeySwapReannouncementDelay: 7_200n,
  startCallDelay: 0n,
  taoWeight: 971_718_665_099_567_868n,
  commitRevealDefault: true,
  adminFreezeWindow: 10,
} as const);

export const fast: Preset = Object.freeze({
  ...mainnet,
  name: 'fast',
  blockTimeMs: 250,
  minimumPeriodMs: 125,
  initialTempo: 10,
  rootTempo: 10,
  maxEpochsPerBlock: 32,
  initialImmunityPeriod: 100,
  networkImmunityPeriod: 100n,
  networkRateLimit: 0n,
  networkLockReductionInterval: 100n,
  networkMinLockCost: 1_000_000_000_000n,
  weightsSetRateLimit: 0n,
  txRateLimit: 0n,
  txDelegateTakeRateLimit: 0n,
  txChildkeyTakeRateLimit: 0n,
  pendingChildKeyCooldown: 15n,
  hotkeySwapOnSubnetInterval: 0n,
  coldkeySwapAnnouncementDelay: 50n,
  coldkeySwapReannouncementDelay: 10n,
  startCallDelay: 0n,
  commitRevealDefault: false,
  // with tempo 10 a 10-block freeze window would refuse every hyperparameter change
  adminFreezeWindow: 0,
} as const);

export const presets: Readonly<Record<Preset['name'], Preset>> = Object.freeze({ mainnet, fast });

export function getPreset(name: string): Preset {
  const p = (presets as Record<string, Preset | undefined>)[name];
  if (!p) throw new Error(`unknown preset "${name}" (expected one of: ${Object.keys(presets).join(', ')})`);
  return p;
}
