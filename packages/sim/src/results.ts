/** What a run produces: tables (one row per sample or per epoch) and the headline summary. */
import type { Scenario } from './scenario.js';

/** Per sampled block: chain-wide figures. */
export interface ChainRow {
  block: number;
  t: number;
  total_issuance: number;
  block_emission: number;
  total_stake: number;
  halvings: number;
}

/** Per sampled block and subnet: pool, prices and emission share. */
export interface SubnetRow {
  block: number;
  t: number;
  subnet: string;
  netuid: number;
  price: number;
  moving_price: number;
  tao_reserve: number;
  alpha_in: number;
  alpha_out: number;
  tao_emission: number;
  emission_share: number;
}

/** Per epoch and neuron: the epoch's outputs (u16 vectors as fractions) and the emission paid. */
export interface NeuronRow {
  block: number;
  t: number;
  subnet: string;
  netuid: number;
  uid: number;
  name: string;
  role: string;
  strategy: string;
  quality: number;
  stake: number;
  incentive: number;
  dividends: number;
  consensus: number;
  vtrust: number;
  bonds: number;
  emission: number;
}

/** Per epoch and validator: stake share vs dividends. */
export interface ValidatorRow {
  block: number;
  t: number;
  subnet: string;
  name: string;
  strategy: string;
  stake: number;
  stake_share: number;
  dividends: number;
  emission: number;
  cumulative: number;
  vtrust: number;
}

/** Per sampled block and trader. */
export interface TraderRow {
  block: number;
  t: number;
  name: string;
  kind: string;
  subnet: string;
  free: number;
  stake_value: number;
  spent: number;
}

export interface Tables {
  chain: ChainRow[];
  subnets: SubnetRow[];
  neurons: NeuronRow[];
  validators: ValidatorRow[];
  traders: TraderRow[];
}

export function emptyTables(): Tables {
  return { chain: [], subnets: [], neurons: [], validators: [], traders: [] };
}

export interface Summary {
  scenario: string;
  description: string;
  preset: string;
  seed: number | string;
  /** Blocks run after setup. */
  blocks: number;
  setupBlocks: number;
  /** Blocks run through the idle path. */
  idleBlocks: number;
  /** Wall time of setup and run. */
  wallMs: number;
  /** Run blocks per wall-clock second (setup excluded). */
  blocksPerSecond: number;
  chain: { issuanceStart: number; issuanceEnd: number; blockEmissionStart: number; blockEmissionEnd: number; halvingThreshold: number };
  halvings: { t: number; block: number; issuanceBefore: number; emissionBefore: number; emissionAfter: number }[];
  pruned: { t: number; netuid: number; subnet: string; replacedBy: string; movingPrice: number; lowestMovingPrice: number; movingPrices: Record<string, number> }[];
  subnets: { name: string; netuid: number | null; registeredAt: number; removedAt: number | null; price: number; movingPrice: number; emissionShare: number; meanEmissionShare: number; epochs: number }[];
  validators: { subnet: string; name: string; strategy: string; stake: number; earned: number; earnedPerStake: number; meanDividends: number; dividendsPerStakeShare: number }[];
  /** Per subnet and strategy: mean over epochs of (dividend share / stake share); 1 = paid exactly the stake share. */
  dividendsPerStakeShare: Record<string, Record<string, number>>;
  /** Mean alpha earned per TAO initially staked, by validator strategy. */
  earnedPerStakeByStrategy: Record<string, number>;
  miners: { subnet: string; name: string; meanQuality: number; meanIncentive: number; earned: number }[];
  traders: { name: string; kind: string; finalValue: number; pnl: number; holding: string | null }[];
  /** "label: error" → count. */
  failedExtrinsics: Record<string, number>;
}

export interface RunResult {
  readonly scenario: Scenario;
  readonly tables: Tables;
  readonly summary: Summary;
}
