/**
 * Plain-data inputs and outputs of one mechanism's epoch (spec/epoch.md §3, §4 step 12).
 *
 * The stateful runtime reads storage into `EpochInputs` and writes `EpochOutputs` back; nothing
 * here refers to storage, hotkeys or the clock, so the epoch is a pure function of these values.
 * Integer storage values keep their on-chain width: u64 quantities are `bigint`, u16/i16 values and
 * uids are `number`. Fixed-point outputs are I32F32 raw integers (value = raw / 2^32) as `bigint`.
 */

/** One stored sparse row: `[column_uid, u16 value]` pairs in storage order (order matters, §11). */
export type SparseRowU16 = ReadonlyArray<readonly [number, number]>;

/**
 * A sparse u16 matrix in flat CSR form: row i is entries `rowStart[i] .. rowStart[i + 1]` of
 * `cols`/`vals`, in the chain's row order (`rowStart.length === n + 1`). Columns are uids (< n <=
 * 65535, `SubnetworkN` is u16). Convert rows with `bondRow`/`bondRows` (bonds.ts) where the
 * storage's `[uid, u16]` tuples are needed.
 */
export interface U16Csr {
  rowStart: Uint32Array;
  cols: Uint16Array;
  vals: Uint16Array;
}

/** One sparse row of I32F32 raw values: `[column_uid, raw]` pairs. */
export type SparseRowFixed = Array<[number, bigint]>;

/** Everything `epoch_mechanism(netuid, mecid, rao_emission)` reads (spec §3). */
export interface EpochInputs {
  /** `SubnetworkN`: number of uids. */
  n: number;
  /** Current block number. */
  currentBlock: bigint;
  /** `Tempo[netuid]` (blocks). */
  tempo: bigint;
  /** Activity cutoff in blocks, `max(1, ActivityCutoffFactorMilli * tempo / 1000)`. */
  activityCutoff: bigint;
  /** `LastUpdate[netuid_index]` per uid (block of the last weight set/commit). Shorter ⇒ zero-padded. */
  lastUpdate: readonly bigint[];
  /** `BlockAtRegistration` per uid (0 for a uid without a key). */
  blockAtRegistration: readonly bigint[];
  /** Inherited (childkey-adjusted) alpha stake per uid, rao. */
  alphaStake: readonly bigint[];
  /** Inherited root TAO stake per uid, rao. */
  taoStake: readonly bigint[];
  /** Global `TaoWeight` (raw u64; proportion = value / u64::MAX). */
  taoWeight: bigint;
  /** Global `StakeThreshold` (rao). */
  stakeThreshold: bigint;
  /** Uid of the subnet owner hotkey, or null when unset/unregistered. */
  ownerUid: number | null;
  /** `ValidatorPermit` written by the previous epoch (may be shorter than n). */
  validatorPermits: readonly boolean[];
  /** `MaxAllowedValidators` (top-k for new permits). */
  maxAllowedValidators: number;
  /** `Weights[netuid_index][uid]` rows, storage order (row index = setter uid). */
  weights: readonly SparseRowU16[];
  /** `Bonds[netuid_index][uid]` rows, storage order. */
  bonds: readonly SparseRowU16[];
  /** `Kappa` (u16 proportion). */
  kappa: number;
  /** `BondsPenalty` (u16 proportion). */
  bondsPenalty: number;
  /** `Yuma3On`. */
  yuma3: boolean;
  /** `LiquidAlphaOn` (only used on the Yuma3 path). */
  liquidAlpha: boolean;
  /** `AlphaValues.0` (u16 proportion). */
  alphaLow: number;
  /** `AlphaValues.1` (u16 proportion). */
  alphaHigh: number;
  /** `AlphaSigmoidSteepness` (i16, divided by -100 inside the sigmoid). */
  alphaSigmoidSteepness: number;
  /** `BondsMovingAverage` (u64, /1e6). */
  bondsMovingAverage: bigint;
  /** `LastMechansimStepBlock[netuid]`: block of the previous successful epoch, 0 if never. */
  lastMechanismStepBlock: bigint;
  /** `CommitRevealWeightsEnabled`. */
  commitReveal: boolean;
  /** Per uid: earliest commit block among its non-expired commits (§8.4), null = none. */
  commitBlocks: ReadonlyArray<bigint | null>;
  /** Alpha handed to this mechanism's epoch (rao). */
  raoEmission: bigint;
}

/** Per-uid results of one mechanism's epoch (spec §4 step 12, `EpochTerms`). */
export interface EpochOutputs {
  /** `!(last_update + cutoff < block)` per uid. */
  active: boolean[];
  /** Permits to write to `ValidatorPermit`. */
  newValidatorPermits: boolean[];
  /** Normalised stake (I32F32 raw). */
  stake: bigint[];
  /** Stake masked by activity and old permits, renormalised (I32F32 raw). */
  activeStake: bigint[];
  /** Stake-weighted median weight per column (I32F32 raw, never normalised). */
  consensus: bigint[];
  /** Row sums of clipped weights (I32F32 raw). */
  validatorTrust: bigint[];
  /** Normalised ranks (I32F32 raw). */
  incentive: bigint[];
  /** Normalised dividends (I32F32 raw). */
  dividends: bigint[];
  stakeWeightU16: number[];
  consensusU16: number[];
  incentiveU16: number[];
  dividendsU16: number[];
  validatorTrustU16: number[];
  /** Miner share of `raoEmission` (rao). */
  serverEmission: bigint[];
  /** Validator share of `raoEmission` (rao; used only as a weight by the coinbase). */
  validatorEmission: bigint[];
  /** Combined amount stored in `Emission` (rao). */
  combinedEmission: bigint[];
  /** `floor` of the un-normalised total stake (EpochTerms.stake). */
  rawStake: bigint[];
  /**
   * Bond rows to write to `Bonds[netuid_index][uid]`, one per uid (empty without a new permit), as
   * one flat CSR matrix (no per-entry objects); `bondRow(bonds, uid)` gives the storage tuples.
   */
  bonds: U16Csr;
  /** Optional diagnostics (only with `{ diagnostics: true }`). */
  diagnostics?: EpochDiagnostics;
}

/** Intermediate matrices, for conformance checks and debugging. */
export interface EpochDiagnostics {
  /** Weights after every mask and row normalisation (I32F32 raw). */
  weightsNormalized: SparseRowFixed[];
  /** The I32F32 bond matrix that is converted to u16 for storage. */
  emaBonds: SparseRowFixed[];
  /** Dense n×n liquid-alpha matrix when liquid alpha was applied, else null. */
  liquidAlphas: bigint[][] | null;
}

export interface EpochOptions {
  /** Also return `EpochOutputs.diagnostics` (costs time and memory). */
  diagnostics?: boolean;
}
