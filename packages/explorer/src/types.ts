// Response shapes of the indexer HTTP API (packages/indexer/API.md). Amounts are rao decimal strings,
// prices and ratios decimal strings, timestamps unix seconds.

export interface Pagination {
  current_page: number;
  per_page: number;
  total_items: number;
  total_pages: number;
  next_page: number | null;
  prev_page: number | null;
}
export interface ListResponse<T> {
  pagination: Pagination;
  data: T[];
}
export interface ItemResponse<T> {
  data: T;
}
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export interface Status {
  indexed_block: number;
  node_head: number;
  node_finalized: number;
  lag: number;
  genesis_hash: string;
}

export interface HalvingInfo {
  next_halving_block: number | null;
  next_threshold: string;
  blocks_remaining: number | null;
  eta_seconds: number | null;
  halvings_so_far: number;
  schedule: { threshold: string; block_estimate: number | null }[];
}

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

export interface NetworkPoint {
  block_number: number;
  timestamp: number;
  total_issuance: string;
  total_stake: string;
}

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

export interface Extrinsic {
  id: string;
  block_number: number;
  index: number;
  hash: string;
  signer: string | null;
  call_module: string;
  call_name: string;
  args: unknown;
  success: boolean;
  error: { module: string; name: string } | null;
  fee: string;
  tip: string;
  nonce: number | null;
  timestamp: number;
}

export interface ChainEvent {
  id: string;
  block_number: number;
  index: number;
  extrinsic_index: number | null;
  pallet: string;
  name: string;
  data: unknown;
  timestamp: number;
}

export interface BlockDetail extends Block {
  extrinsics: Extrinsic[];
  events: ChainEvent[];
}

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
  market_cap: string;
  emission_share: string;
  tao_in_emission: string;
  alpha_out_emission: string;
  price_change_1h: string | null;
  price_change_24h: string | null;
  price_change_7d: string | null;
  tao_volume_24h: string;
  tao_flow_24h: string;
  registration_cost: string;
  block_number: number;
}

export interface SubnetDetail extends Subnet {
  identity: Record<string, unknown> | null;
  hyperparameters: Record<string, string | number | boolean | null>;
}

export interface PoolPoint {
  block_number: number;
  timestamp: number;
  tao_in: string;
  alpha_in: string;
  alpha_out: string;
  price: string;
  ema_price: string;
}

export interface Candle {
  time: number;
  open: string | number;
  high: string | number;
  low: string | number;
  close: string | number;
  volume_tao: string;
}

export interface EmissionPoint {
  block_number: number;
  timestamp: number;
  netuid: number;
  emission_share: string;
  tao_in_emission: string;
}

export interface RegistrationCostPoint {
  block_number: number;
  timestamp: number;
  burn: string;
}

export interface Axon {
  ip: string;
  port: number;
  protocol: number;
  version: number;
}

export interface Neuron {
  netuid: number;
  uid: number;
  hotkey: string;
  coldkey: string;
  active: boolean;
  validator_permit: boolean;
  role: 'validator' | 'miner';
  stake: string;
  stake_weight: string;
  rank: string;
  trust: string;
  validator_trust: string;
  consensus: string;
  incentive: string;
  dividends: string;
  emission: string;
  last_update: number;
  registered_at_block: number;
  is_immune: boolean;
  axon: Axon | null;
  block_number: number;
}

export interface Registration {
  block_number: number;
  uid: number;
  hotkey: string;
  coldkey: string;
  kind: 'registered' | 'deregistered';
  burn: string | null;
}

export interface Validator {
  hotkey: string;
  owner: string;
  take: string;
  total_stake_tao: string;
  nominators: number;
  dominance: string;
  netuids: number[];
  root_stake: string;
  return_24h: string | null;
  apy: string | null;
}


/** `GET /validators/:hotkey` reuses the `nominators` key for the list, so the detail is typed apart. */
export type ValidatorDetailResponse = Omit<Validator, 'nominators'> & {
  nominators: { coldkey: string; netuid: number; alpha: string; tao_value: string }[] | number;
  subnets: { netuid: number; uid: number; stake: string; vtrust: string; dividends: string; emission: string }[];
};

export interface Account {
  address: string;
  free: string;
  reserved: string;
  total: string;
  stake_tao: string;
  nonce: number;
}

export interface AccountDetail extends Account {
  stakes: { hotkey: string; netuid: number; alpha: string; tao_value: string }[];
}

export interface BalancePoint {
  block_number: number;
  timestamp?: number;
  free?: string;
  reserved?: string;
  total?: string;
  stake_tao?: string;
}

export interface StakePoint {
  block_number: number;
  coldkey: string;
  hotkey: string;
  netuid: number;
  alpha: string;
  tao_value: string;
}

export interface SearchResult {
  kind: 'block' | 'extrinsic' | 'account' | 'subnet' | 'call';
  label: string;
  path: string;
}

export type LiveMessage =
  | { type: 'block'; data: Block }
  | { type: 'subnets'; data: Subnet[] }
  | { type: 'metagraph'; data: { netuid: number; block_number: number } };
