/**
 * The answer shapes of the indexer HTTP API (API.md, prefix /api/v1): the one declaration both sides use.
 * The indexer's mappers and routes (format.ts, routes.ts) are typed with them, so the compiler checks that
 * the server answers what the explorer reads; the explorer re-exports them type-only from its src/types.ts
 * (`export type { … } from '@tensorium/indexer/api/types'`), so nothing of the indexer reaches its bundle.
 *
 * This file holds types only and imports nothing: it must type-check under the explorer's tsconfig too.
 * Amounts are rao decimal strings, prices and ratios decimal strings, timestamps unix seconds.
 */

/** A value as JSON carries it (decoded call arguments, event data, identities, hyperparameter values). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// ---- envelopes

export interface Pagination {
  current_page: number;
  per_page: number;
  total_items: number;
  total_pages: number;
  next_page: number | null;
  prev_page: number | null;
}
/** Every list endpoint. */
export interface ListResponse<T> {
  pagination: Pagination;
  data: T[];
}
/** Every single-entity endpoint (and `GET /search`, whose `data` is an array). */
export interface ItemResponse<T> {
  data: T;
}
/** Every error answer (4xx/5xx); `details` is always present, `{}` when there is nothing to add. */
export interface ApiErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

// ---- network

/** `GET /status` */
export interface Status {
  indexed_block: number;
  node_head: number;
  node_finalized: number;
  lag: number;
  /** null until the indexer has reached its node once (a new database). */
  genesis_hash: string | null;
  /** Whether the indexer is connected to its node. */
  connected: boolean;
}

/** The next halving, or all nulls once every halving up to the cap is behind (or emission has stopped). */
export type NextHalving =
  | { next_halving_block: number; next_threshold: string; blocks_remaining: number; eta_seconds: number }
  | { next_halving_block: null; next_threshold: null; blocks_remaining: null; eta_seconds: null };

export type HalvingInfo = NextHalving & {
  halvings_so_far: number;
  /** `block_estimate` is null for thresholds already reached. */
  schedule: { threshold: string; block_estimate: number | null }[];
};

/** `GET /network/latest` */
export interface NetworkLatest {
  block_number: number;
  finalized_block_number: number;
  timestamp: number;
  total_issuance: string;
  issuance_cap: string;
  total_stake: string;
  root_stake: string;
  alpha_stake_tao: string;
  subnet_count: number;
  account_count: number;
  emission_per_block: string;
  emission_per_day: string;
  halving: HalvingInfo;
}

/** `GET /network/history` rows. */
export interface NetworkPoint {
  block_number: number;
  timestamp: number;
  total_issuance: string;
  total_stake: string;
}

// ---- chain

/** `GET /blocks` rows, the `block` live message. */
export interface Block {
  block_number: number;
  hash: string;
  parent_hash: string;
  state_root: string;
  extrinsics_root: string;
  timestamp: number;
  extrinsic_count: number;
  event_count: number;
  finalized: boolean;
}

/** `GET /extrinsics` rows. `id` is `"<block>-<index>"`; `signer` is null for inherents and other unsigned extrinsics. */
export interface Extrinsic {
  id: string;
  block_number: number;
  index: number;
  hash: string;
  signer: string | null;
  call_module: string;
  call_name: string;
  /** Arguments by their metadata (snake_case) names, bigints as strings. */
  args: JsonValue;
  success: boolean;
  error: { module: string; name: string } | null;
  fee: string;
  tip: string;
  nonce: number | null;
  timestamp: number;
}

/** `GET /events` rows (named apart from the DOM's `Event`). */
export interface ChainEvent {
  id: string;
  block_number: number;
  index: number;
  extrinsic_index: number | null;
  /** `"<block>-<extrinsic_index>"`, null when the event belongs to no extrinsic. */
  extrinsic_id: string | null;
  pallet: string;
  name: string;
  data: JsonValue;
  timestamp: number;
}

/** `GET /blocks/:numberOrHash` */
export interface BlockDetail extends Block {
  extrinsics: Extrinsic[];
  events: ChainEvent[];
}

/** `GET /extrinsics/:id` */
export interface ExtrinsicDetail extends Extrinsic {
  events: ChainEvent[];
}

/** `GET /transfers` rows; `id` is `"<block>-<event index>"`. */
export interface Transfer {
  id: string;
  block_number: number;
  extrinsic_id: string | null;
  from: string;
  to: string;
  amount: string;
  fee: string;
  timestamp: number;
}

// ---- subnets

/** `GET /subnets` rows, the `subnets` live message (latest figures of each active subnet). */
export interface Subnet {
  netuid: number;
  name: string;
  symbol: string;
  owner_coldkey: string;
  owner_hotkey: string;
  registered_at_block: number;
  tempo: number;
  mechanism: number;
  n: number;
  max_n: number;
  tao_in: string;
  alpha_in: string;
  alpha_out: string;
  price: string;
  ema_price: string;
  /** rao: price × (alpha_in + alpha_out). */
  market_cap: string;
  emission_share: string;
  tao_in_emission: string;
  alpha_out_emission: string;
  /** Percent changes, null without a price that far back (or from a zero price). */
  price_change_1h: string | null;
  price_change_24h: string | null;
  price_change_7d: string | null;
  tao_volume_24h: string;
  tao_flow_24h: string;
  registration_cost: string;
  block_number: number;
  /** Of `block_number`. */
  timestamp: number;
}

/** `GET /subnets/:netuid` */
export interface SubnetDetail extends Subnet {
  identity: { [field: string]: JsonValue } | null;
  /** By name; numbers, booleans, `alpha_values` a `[low, high]` pair, u64 values beyond 2^53 as strings. */
  hyperparameters: Record<string, JsonValue>;
}

/** `GET /subnets/:netuid/pool/history` rows. */
export interface PoolPoint {
  block_number: number;
  timestamp: number;
  tao_in: string;
  alpha_in: string;
  alpha_out: string;
  price: string;
  ema_price: string;
}

/** `GET /subnets/:netuid/candles` rows: `time` is the bucket start (unix seconds); prices are decimal strings. */
export interface Candle {
  time: number;
  open: string;
  high: string;
  low: string;
  close: string;
  volume_tao: string;
}

/** `GET /subnets/:netuid/emission/history` and `GET /emission/history` rows. */
export interface EmissionPoint {
  block_number: number;
  timestamp: number;
  netuid: number;
  emission_share: string;
  tao_in_emission: string;
  alpha_in_emission: string;
  alpha_out_emission: string;
}

/** `GET /subnets/:netuid/hyperparameters/history` rows. */
export interface HyperparameterChange {
  block_number: number;
  name: string;
  value: JsonValue;
}

/** `GET /subnets/:netuid/registration_cost/history` rows. */
export interface RegistrationCostPoint {
  block_number: number;
  timestamp: number;
  burn: string;
}

// ---- metagraph

export interface Axon {
  ip: string;
  port: number;
  protocol: number;
  version: number;
  /** 4 or 6. */
  ip_type: number;
}

/** `GET /subnets/:netuid/metagraph` and `GET /subnets/:netuid/neurons/:uid/history` rows. */
export interface Neuron {
  netuid: number;
  uid: number;
  hotkey: string;
  coldkey: string;
  active: boolean;
  validator_permit: boolean;
  role: 'validator' | 'miner';
  /** alpha rao */
  stake: string;
  stake_weight: string;
  rank: string;
  trust: string;
  validator_trust: string;
  consensus: string;
  incentive: string;
  dividends: string;
  /** rao */
  emission: string;
  last_update: number;
  registered_at_block: number;
  is_immune: boolean;
  axon: Axon | null;
  block_number: number;
}

/**
 * `GET /subnets/:netuid/registrations` rows. `coldkey` is null for deregistrations (and for a registration seen
 * only in a snapshot, when the indexer has not seen the hotkey's coldkey); `burn` is null for deregistrations,
 * registrations seen only in a snapshot, and root (netuid 0) registrations.
 */
export interface Registration {
  block_number: number;
  uid: number;
  hotkey: string;
  coldkey: string | null;
  kind: 'registered' | 'deregistered';
  burn: string | null;
}

/** `GET /subnets/:netuid/weights` rows: `weights` are `[uid, u16 weight]` pairs. */
export interface WeightsSet {
  block_number: number;
  uid: number;
  weights: [number, number][];
}

// ---- validators, accounts, stake

/** `GET /validators` rows. */
export interface Validator {
  hotkey: string;
  owner: string;
  /** 0..1 */
  take: string;
  total_stake_tao: string;
  /** How many coldkeys other than the owner stake to this hotkey. */
  nominators: number;
  dominance: string;
  netuids: number[];
  root_stake: string;
  return_24h: string | null;
  apy: string | null;
}

/** `GET /validators/:hotkey`: the validator with `nominators` replaced by the list of stake positions. */
export type ValidatorDetail = Omit<Validator, 'nominators'> & {
  nominators: { coldkey: string; netuid: number; alpha: string; tao_value: string }[];
  subnets: { netuid: number; uid: number; stake: string; vtrust: string; dividends: string; emission: string }[];
};

/** `GET /accounts` rows. */
export interface Account {
  address: string;
  free: string;
  reserved: string;
  total: string;
  stake_tao: string;
  nonce: number;
  /** The block of the last balance change. */
  block_number: number;
}

/** `GET /accounts/:address` */
export interface AccountDetail extends Account {
  stakes: { hotkey: string; netuid: number; alpha: string; tao_value: string }[];
}

/** `GET /accounts/:address/balance/history` rows. */
export interface BalancePoint {
  block_number: number;
  timestamp: number;
  free: string;
  reserved: string;
  total: string;
}

/** `GET /stake` rows (current positions). */
export interface StakePoint {
  block_number: number;
  coldkey: string;
  hotkey: string;
  netuid: number;
  alpha: string;
  tao_value: string;
}

/** `GET /stake/history` and `GET /accounts/:address/stake/history` rows. */
export interface StakeHistoryPoint extends StakePoint {
  timestamp: number;
}

// ---- search and live updates

/** `GET /search` answers `ItemResponse<SearchResult[]>`; `path` is the explorer route to open. */
export interface SearchResult {
  kind: 'block' | 'extrinsic' | 'account' | 'subnet' | 'call';
  label: string;
  path: string;
}

/** Messages of the WebSocket at /api/v1/ws. */
export type LiveMessage =
  | { type: 'block'; data: Block }
  | { type: 'subnets'; data: Subnet[] }
  | { type: 'metagraph'; data: { netuid: number; block_number: number } };
