// API paths each page loads. The router prefetches them at navigation time (in parallel with the page's
// code chunk) and the page asks for exactly the same paths, so both share one request per path.

/** Rows per chart request: charts never ask for more than this many points. */
export const CHART_POINTS = 300;
export const PAGE_SIZE = 25;

export type CandleInterval = '1m' | '5m' | '15m' | '1h' | '4h' | '1d';

/** A sampling step that keeps `blocks` within `points` rows: the next power of two of blocks/points. */
export function sampleEvery(blocks: number, points = CHART_POINTS): number {
  let every = 1;
  while (blocks / every > points) every *= 2;
  return every;
}

function q(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const paths = {
  status: () => '/status',
  networkLatest: () => '/network/latest',
  /** Issuance and stake, every `every` blocks (a power of two, so the path stays stable as the chain grows). */
  networkHistory: (every = 1) => `/network/history${q({ limit: CHART_POINTS, every: every > 1 ? every : undefined })}`,
  blocks: (page = 1, limit = PAGE_SIZE) => `/blocks${q({ page: page > 1 ? page : undefined, limit })}`,
  block: (id: string) => `/blocks/${encodeURIComponent(id)}`,
  extrinsics: (filter: Record<string, string | undefined>, page = 1, limit = PAGE_SIZE) =>
    `/extrinsics${q({ ...filter, page: page > 1 ? page : undefined, limit })}`,
  extrinsic: (id: string) => `/extrinsics/${encodeURIComponent(id)}`,
  events: (filter: Record<string, string | undefined>, page = 1, limit = PAGE_SIZE) =>
    `/events${q({ ...filter, page: page > 1 ? page : undefined, limit })}`,
  transfers: (filter: Record<string, string | undefined>, page = 1, limit = PAGE_SIZE) =>
    `/transfers${q({ ...filter, page: page > 1 ? page : undefined, limit })}`,
  subnets: () => `/subnets${q({ limit: 500 })}`,
  emissionHistory: () => `/emission/history${q({ limit: 500 })}`,
  subnet: (netuid: number) => `/subnets/${netuid}`,
  metagraph: (netuid: number) => `/subnets/${netuid}/metagraph${q({ limit: 500 })}`,
  poolHistory: (netuid: number) => `/subnets/${netuid}/pool/history${q({ limit: CHART_POINTS })}`,
  /** The newest CHART_POINTS candles of `interval`, newest first: the chain's own latest time, not the browser's clock. */
  candles: (netuid: number, interval: CandleInterval) => `/subnets/${netuid}/candles${q({ interval, order: 'time_desc', limit: CHART_POINTS })}`,
  subnetEmission: (netuid: number) => `/subnets/${netuid}/emission/history${q({ limit: CHART_POINTS })}`,
  registrationCost: (netuid: number) => `/subnets/${netuid}/registration_cost/history${q({ limit: CHART_POINTS })}`,
  registrations: (netuid: number) => `/subnets/${netuid}/registrations${q({ limit: 50 })}`,
  validators: () => `/validators${q({ limit: 200 })}`,
  validator: (hotkey: string) => `/validators/${encodeURIComponent(hotkey)}`,
  accounts: (page = 1) => `/accounts${q({ order: 'balance_desc', page: page > 1 ? page : undefined, limit: PAGE_SIZE })}`,
  account: (address: string) => `/accounts/${encodeURIComponent(address)}`,
  accountBalanceHistory: (address: string) => `/accounts/${encodeURIComponent(address)}/balance/history${q({ limit: CHART_POINTS })}`,
  accountExtrinsics: (address: string) => `/extrinsics${q({ signer: address, limit: PAGE_SIZE })}`,
  accountTransfers: (address: string) => `/transfers${q({ address, limit: PAGE_SIZE })}`,
  search: (text: string) => `/search${q({ q: text.trim() })}`,
};
