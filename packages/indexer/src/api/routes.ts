/**
 * The HTTP API of API.md (prefix /api/v1): list endpoints answer the pagination envelope, single
 * entities `{ data }`, errors `{ error: { code, message, details } }`. Query strings are validated by
 * JSON schemas (which also feed the OpenAPI document at /openapi.json).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeAddress } from '@polkadot/util-crypto';
import { getBlockEmissionForIssuance } from '@tensorium/runtime/pallets/subtensor/coinbase/blockEmission';
import { ratioDecimal } from '../chain/codec.js';
import type { Db, SqlValue } from '../db/db.js';
import { IndexerError } from '../errors.js';
import type { Indexer } from '../indexer.js';
import { blockOf, eventOf, extrinsicOf, nanos, neuronOf, percentChange, type BlockRow, type EventRow, type ExtrinsicRow, type NeuronRow } from './format.js';
import type {
  Account, AccountDetail, BalancePoint, Block, BlockDetail, Candle, ChainEvent, EmissionPoint, Extrinsic, ExtrinsicDetail, HalvingInfo, HyperparameterChange, ItemResponse, JsonValue, ListResponse,
  NetworkLatest, NetworkPoint, Neuron, NextHalving, PoolPoint, Registration, RegistrationCostPoint, SearchResult, StakeHistoryPoint, StakePoint, Status, Subnet, SubnetDetail, Transfer,
  Validator, ValidatorDetail, WeightsSet,
} from './types.js';

type Query = Record<string, string | number | boolean | undefined>;
type Obj = Record<string, unknown>;

const page = { type: 'integer', minimum: 1, default: 1 } as const;
const limit = { type: 'integer', minimum: 1, maximum: 500, default: 50 } as const;
const order = { type: 'string', enum: ['block_number_desc', 'block_number_asc'], default: 'block_number_desc' } as const;
const blockRange = { block_start: { type: 'integer', minimum: 0 }, block_end: { type: 'integer', minimum: 0 } } as const;
const timeRange = { timestamp_start: { type: 'integer', minimum: 0 }, timestamp_end: { type: 'integer', minimum: 0 } } as const;
const listQs = (extra: Obj = {}, withTime = true): Obj => ({
  type: 'object',
  properties: { page, limit, order, ...blockRange, ...(withTime ? timeRange : {}), ...extra },
});
const netuidParam = { type: 'object', properties: { netuid: { type: 'integer', minimum: 0, maximum: 65535 } }, required: ['netuid'] };
const ss58 = { type: 'string', minLength: 40, maxLength: 60 } as const;

const ISSUANCE_CAP = 21_000_000_000_000_000n;
const BLOCKS_PER_DAY = 7200n;
const BLOCK_SECONDS = 12;

export const notFound = (what: string, details: Obj = {}): IndexerError => new IndexerError('NOT_FOUND', `${what} not found`, details);
const badRequest = (message: string, details: Obj = {}): IndexerError => new IndexerError('BAD_REQUEST', message, details);

function checkAddress(a: string, name = 'address'): string {
  try {
    decodeAddress(a);
    return a;
  } catch {
    throw badRequest(`${name}: not a valid SS58 address`, { [name]: a });
  }
}

interface ListSpec {
  readonly from: string;
  readonly where?: string[];
  readonly params?: SqlValue[];
  /** Column(s) for block_number ordering (with tie-breakers). */
  readonly orderBy?: readonly string[];
  readonly hasTimestamp?: boolean;
  readonly blockColumn?: string;
}

/** Runs a paginated list query and wraps it in the envelope. */
async function list<R, T>(db: Db, q: Query, spec: ListSpec, map: (r: R) => T): Promise<ListResponse<T>> {
  const where = [...(spec.where ?? [])];
  const params = [...(spec.params ?? [])];
  const bc = spec.blockColumn ?? 'block_number';
  if (q.block_start !== undefined) {
    where.push(`${bc} >= ?`);
    params.push(Number(q.block_start));
  }
  if (q.block_end !== undefined) {
    where.push(`${bc} <= ?`);
    params.push(Number(q.block_end));
  }
  if (spec.hasTimestamp !== false) {
    if (q.timestamp_start !== undefined) {
      where.push('timestamp >= ?');
      params.push(Number(q.timestamp_start));
    }
    if (q.timestamp_end !== undefined) {
      where.push('timestamp <= ?');
      params.push(Number(q.timestamp_end));
    }
  }
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const dir = q.order === 'block_number_asc' ? 'ASC' : 'DESC';
  const orderBy = (spec.orderBy ?? [bc]).map((c) => `${c} ${dir}`).join(', ');
  const perPage = Number(q.limit ?? 50);
  const current = Number(q.page ?? 1);
  const total = Number((await db.get<{ c: number }>(`SELECT COUNT(*) AS c FROM ${spec.from}${w}`, params))?.c ?? 0);
  const rows = await db.all<R>(`SELECT * FROM ${spec.from}${w} ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [...params, perPage, (current - 1) * perPage]);
  return envelope(rows.map(map), total, current, perPage);
}

export function envelope<T>(data: T[], total: number, current: number, perPage: number): ListResponse<T> {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return {
    pagination: { current_page: current, per_page: perPage, total_items: total, total_pages: pages, next_page: current < pages ? current + 1 : null, prev_page: current > 1 ? current - 1 : null },
    data,
  };
}

/** Pages an in-memory list (for computed lists). */
function pageOf<T>(items: T[], q: Query): ListResponse<T> {
  const perPage = Number(q.limit ?? 50);
  const current = Number(q.page ?? 1);
  return envelope(items.slice((current - 1) * perPage, current * perPage), items.length, current, perPage);
}

/** A `subnets` row: the Subnet answer's registration fields, the burn and identity (JSON) and when it was written. */
export type SubnetRow = Pick<Subnet, 'netuid' | 'name' | 'symbol' | 'owner_coldkey' | 'owner_hotkey' | 'registered_at_block' | 'mechanism' | 'tempo' | 'n' | 'max_n'> & {
  /** Registration cost (rao) when the row was written. */
  burn: string;
  identity: string | null;
  block_number: number;
};
/** A `subnet_blocks` row: the pool point plus the block's emissions, volume and burn. */
type PoolRow = PoolPoint & {
  netuid: number;
  tao_in_emission: string;
  alpha_in_emission: string;
  alpha_out_emission: string;
  emission_share: string;
  tao_volume: string;
  tao_flow: string;
  burn: string;
};

/** The Subnet objects of API.md (latest figures), for one subnet or all active ones. */
export async function subnetObjects(db: Db, netuid?: number): Promise<Subnet[]> {
  const subnets = await db.all<SubnetRow>(`SELECT * FROM subnets WHERE active = 1${netuid === undefined ? '' : ' AND netuid = ?'} ORDER BY netuid`, netuid === undefined ? [] : [netuid]);
  const out: Subnet[] = [];
  for (const s of subnets) {
    const p = await db.get<PoolRow>('SELECT * FROM subnet_blocks WHERE netuid = ? ORDER BY block_number DESC LIMIT 1', [s.netuid]);
    if (!p) continue;
    const now = Number(p.timestamp);
    // the latest block at or before `now - secondsAgo`: block times never decrease, so it is the last block of
    // the latest such timestamp (two seeks on subnet_blocks_time instead of a scan back over the window; the
    // unary `+` keeps the planner off the primary key, which would walk back from the newest block)
    const priceAt = async (secondsAgo: number): Promise<string | undefined> => {
      const t = (await db.get<{ t: number | null }>('SELECT MAX(timestamp) AS t FROM subnet_blocks WHERE netuid = ? AND timestamp <= ?', [s.netuid, now - secondsAgo]))?.t;
      if (t === null || t === undefined) return undefined;
      return (await db.get<{ price: string }>('SELECT price FROM subnet_blocks WHERE netuid = ? AND timestamp = ? ORDER BY +block_number DESC LIMIT 1', [s.netuid, Number(t)]))?.price;
    };
    const flows = await db.all<{ tao_volume: string; tao_flow: string }>("SELECT tao_volume, tao_flow FROM subnet_blocks WHERE netuid = ? AND timestamp > ? AND tao_volume <> '0'", [s.netuid, now - 86_400]);
    let vol = 0n;
    let flow = 0n;
    for (const f of flows) {
      vol += BigInt(f.tao_volume);
      flow += BigInt(f.tao_flow);
    }
    const supply = BigInt(p.alpha_in) + BigInt(p.alpha_out);
    out.push({
      netuid: Number(s.netuid), name: s.name, symbol: s.symbol, owner_coldkey: s.owner_coldkey, owner_hotkey: s.owner_hotkey,
      registered_at_block: Number(s.registered_at_block), tempo: Number(s.tempo), mechanism: Number(s.mechanism),
      n: Number(s.n), max_n: Number(s.max_n), tao_in: p.tao_in, alpha_in: p.alpha_in, alpha_out: p.alpha_out, price: p.price, ema_price: p.ema_price,
      market_cap: ((nanos(p.price) * supply) / 1_000_000_000n).toString(), emission_share: p.emission_share, tao_in_emission: p.tao_in_emission,
      alpha_out_emission: p.alpha_out_emission, price_change_1h: percentChange(await priceAt(3600), p.price), price_change_24h: percentChange(await priceAt(86_400), p.price),
      price_change_7d: percentChange(await priceAt(7 * 86_400), p.price), tao_volume_24h: vol.toString(), tao_flow_24h: flow.toString(), registration_cost: p.burn,
      block_number: Number(p.block_number), timestamp: Number(p.timestamp),
    });
  }
  return out;
}

async function latestSnapshotBlock(db: Db, netuid: number, atOrBefore?: number): Promise<number | undefined> {
  const r = await db.get<{ b: number | null }>(
    `SELECT MAX(block_number) AS b FROM metagraph_snapshots WHERE netuid = ?${atOrBefore === undefined ? '' : ' AND block_number <= ?'}`,
    atOrBefore === undefined ? [netuid] : [netuid, atOrBefore],
  );
  return r?.b === null || r?.b === undefined ? undefined : Number(r.b);
}

export async function blockObject(db: Db, indexer: Indexer, n: number): Promise<Block | undefined> {
  const r = await db.get<BlockRow>('SELECT * FROM blocks WHERE block_number = ?', [n]);
  return r ? blockOf(r, indexer.status().nodeFinalized) : undefined;
}

export function registerRoutes(app: FastifyInstance, db: Db, indexer: Indexer): void {
  const qs = (req: FastifyRequest): Query => req.query as Query;
  const prm = (req: FastifyRequest): Record<string, string | number> => req.params as Record<string, string | number>;
  const finalized = (): number => indexer.status().nodeFinalized;
  const P = '/api/v1';

  app.get(`${P}/status`, { schema: { tags: ['network'], summary: 'Indexer progress and node head' } }, async (): Promise<ItemResponse<Status>> => {
    const s = indexer.status();
    return { data: { indexed_block: s.indexedBlock, node_head: s.nodeHead, node_finalized: s.nodeFinalized, lag: Math.max(0, s.nodeHead - s.indexedBlock), genesis_hash: s.genesisHash, connected: s.connected } };
  });

  app.get(`${P}/network/latest`, { schema: { tags: ['network'], summary: 'Latest network figures and the halving schedule' } }, async (): Promise<ItemResponse<NetworkLatest>> => {
    const b = await db.get<BlockRow & { total_issuance: string; total_stake: string; root_stake: string; alpha_stake_tao: string; subnet_count: number; block_emission: string }>(
      'SELECT * FROM blocks WHERE has_state = 1 ORDER BY block_number DESC LIMIT 1',
    );
    if (!b) throw notFound('indexed block');
    const accounts = Number((await db.get<{ c: number }>('SELECT COUNT(*) AS c FROM accounts'))?.c ?? 0);
    const issuance = BigInt(b.total_issuance);
    const perBlock = BigInt(b.block_emission ?? getBlockEmissionForIssuance(issuance));
    const schedule: HalvingInfo['schedule'] = [];
    let halvings = 0;
    let next: NextHalving | undefined;
    let blockAt = Number(b.block_number);
    let issued = issuance;
    for (let k = 1; k <= 8; k++) {
      const threshold = ISSUANCE_CAP - ISSUANCE_CAP / 2n ** BigInt(k);
      if (issuance >= threshold) {
        halvings++;
        schedule.push({ threshold: threshold.toString(), block_estimate: null });
        continue;
      }
      const rate = getBlockEmissionForIssuance(issued);
      if (rate === 0n) break;
      blockAt += Number((threshold - issued + rate - 1n) / rate);
      issued = threshold;
      schedule.push({ threshold: threshold.toString(), block_estimate: blockAt });
      if (!next) {
        const remaining = blockAt - Number(b.block_number);
        next = { next_halving_block: blockAt, next_threshold: threshold.toString(), blocks_remaining: remaining, eta_seconds: remaining * BLOCK_SECONDS };
      }
    }
    return {
      data: {
        block_number: Number(b.block_number), finalized_block_number: finalized(), timestamp: Number(b.timestamp), total_issuance: b.total_issuance,
        issuance_cap: ISSUANCE_CAP.toString(), total_stake: b.total_stake, root_stake: b.root_stake, alpha_stake_tao: b.alpha_stake_tao, subnet_count: Number(b.subnet_count),
        account_count: accounts, emission_per_block: perBlock.toString(), emission_per_day: (perBlock * BLOCKS_PER_DAY).toString(),
        halving: { ...(next ?? { next_halving_block: null, next_threshold: null, blocks_remaining: null, eta_seconds: null }), halvings_so_far: halvings, schedule },
      },
    };
  });

  app.get(`${P}/network/history`, { schema: { tags: ['network'], summary: 'Issuance and stake over time (every `every` blocks)', querystring: listQs({ every: { type: 'integer', minimum: 1, default: 1 } }) } }, async (req) => {
    const q = qs(req);
    const every = Number(q.every ?? 1);
    return list<{ block_number: number; timestamp: number; total_issuance: string; total_stake: string }, NetworkPoint>(
      db, q, { from: 'blocks', where: ['has_state = 1', ...(every > 1 ? ['block_number % ? = 0'] : [])], params: every > 1 ? [every] : [] },
      (r) => ({ block_number: Number(r.block_number), timestamp: Number(r.timestamp), total_issuance: r.total_issuance, total_stake: r.total_stake }),
    );
  });

  app.get(`${P}/blocks`, { schema: { tags: ['blocks'], summary: 'Blocks', querystring: listQs() } }, async (req) => list<BlockRow, Block>(db, qs(req), { from: 'blocks' }, (r) => blockOf(r, finalized())));

  app.get(`${P}/blocks/:id`, { schema: { tags: ['blocks'], summary: 'A block (by number or hash) with its extrinsics and events', params: { type: 'object', properties: { id: { type: 'string', pattern: '^([0-9]{1,12}|0x[0-9a-fA-F]{64})$' } } } } }, async (req): Promise<ItemResponse<BlockDetail>> => {
    const id = String(prm(req).id);
    const r = id.startsWith('0x')
      ? await db.get<BlockRow>('SELECT * FROM blocks WHERE hash = ?', [id.toLowerCase()])
      : await db.get<BlockRow>('SELECT * FROM blocks WHERE block_number = ?', [Number(id)]);
    if (!r) throw notFound('block', { id });
    const xts = await db.all<ExtrinsicRow>('SELECT * FROM extrinsics WHERE block_number = ? ORDER BY idx', [r.block_number]);
    const evs = await db.all<EventRow>('SELECT * FROM events WHERE block_number = ? ORDER BY idx', [r.block_number]);
    return { data: { ...blockOf(r, finalized()), extrinsics: xts.map(extrinsicOf), events: evs.map(eventOf) } };
  });

  app.get(
    `${P}/extrinsics`,
    { schema: { tags: ['extrinsics'], summary: 'Extrinsics', querystring: listQs({ block_number: { type: 'integer', minimum: 0 }, signer: ss58, call_module: { type: 'string' }, call_name: { type: 'string' }, success: { type: 'boolean' }, signed: { type: 'boolean', description: 'true: transactions only (a signer); false: inherents and other unsigned extrinsics only' } }) } },
    async (req) => {
      const q = qs(req);
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (q.block_number !== undefined) (where.push('block_number = ?'), params.push(Number(q.block_number)));
      if (q.signer !== undefined) (where.push('signer = ?'), params.push(checkAddress(String(q.signer), 'signer')));
      if (q.call_module !== undefined) (where.push('call_module = ?'), params.push(String(q.call_module)));
      if (q.call_name !== undefined) (where.push('call_name = ?'), params.push(String(q.call_name)));
      if (q.success !== undefined) (where.push('success = ?'), params.push(q.success === true ? 1 : 0));
      if (q.signed !== undefined) where.push(q.signed === true ? 'signer IS NOT NULL' : 'signer IS NULL');
      return list<ExtrinsicRow, Extrinsic>(db, q, { from: 'extrinsics', where, params, orderBy: ['block_number', 'idx'] }, extrinsicOf);
    },
  );

  app.get(`${P}/extrinsics/:id`, { schema: { tags: ['extrinsics'], summary: 'An extrinsic by "<block>-<index>" or hash', params: { type: 'object', properties: { id: { type: 'string', pattern: '^([0-9]{1,12}-[0-9]{1,6}|0x[0-9a-fA-F]{64})$' } } } } }, async (req): Promise<ItemResponse<ExtrinsicDetail>> => {
    const id = String(prm(req).id);
    let r: ExtrinsicRow | undefined;
    if (id.startsWith('0x')) r = await db.get<ExtrinsicRow>('SELECT * FROM extrinsics WHERE hash = ? ORDER BY block_number DESC LIMIT 1', [id.toLowerCase()]);
    else {
      const [b, i] = id.split('-').map(Number);
      r = await db.get<ExtrinsicRow>('SELECT * FROM extrinsics WHERE block_number = ? AND idx = ?', [b, i]);
    }
    if (!r) throw notFound('extrinsic', { id });
    const evs = await db.all<EventRow>('SELECT * FROM events WHERE block_number = ? AND extrinsic_index = ? ORDER BY idx', [r.block_number, r.idx]);
    return { data: { ...extrinsicOf(r), events: evs.map(eventOf) } };
  });

  app.get(
    `${P}/events`,
    { schema: { tags: ['events'], summary: 'Events', querystring: listQs({ block_number: { type: 'integer', minimum: 0 }, pallet: { type: 'string' }, name: { type: 'string' }, extrinsic_id: { type: 'string', pattern: '^[0-9]{1,12}-[0-9]{1,6}$' } }) } },
    async (req) => {
      const q = qs(req);
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (q.block_number !== undefined) (where.push('block_number = ?'), params.push(Number(q.block_number)));
      if (q.pallet !== undefined) (where.push('pallet = ?'), params.push(String(q.pallet)));
      if (q.name !== undefined) (where.push('name = ?'), params.push(String(q.name)));
      if (q.extrinsic_id !== undefined) {
        const [b, i] = String(q.extrinsic_id).split('-').map(Number);
        where.push('block_number = ? AND extrinsic_index = ?');
        params.push(b, i);
      }
      return list<EventRow, ChainEvent>(db, q, { from: 'events', where, params, orderBy: ['block_number', 'idx'] }, eventOf);
    },
  );

  app.get(`${P}/transfers`, { schema: { tags: ['accounts'], summary: 'Balance transfers', querystring: listQs({ address: ss58, from: ss58, to: ss58 }) } }, async (req) => {
    const q = qs(req);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.address !== undefined) {
      const a = checkAddress(String(q.address));
      where.push('(from_address = ? OR to_address = ?)');
      params.push(a, a);
    }
    if (q.from !== undefined) (where.push('from_address = ?'), params.push(checkAddress(String(q.from), 'from')));
    if (q.to !== undefined) (where.push('to_address = ?'), params.push(checkAddress(String(q.to), 'to')));
    return list<{ block_number: number; event_index: number; extrinsic_index: number | null; from_address: string; to_address: string; amount: string; fee: string; timestamp: number }, Transfer>(
      db, q, { from: 'transfers', where, params, orderBy: ['block_number', 'event_index'] },
      (r) => ({
        id: `${r.block_number}-${r.event_index}`, block_number: Number(r.block_number), extrinsic_id: r.extrinsic_index === null ? null : `${r.block_number}-${r.extrinsic_index}`,
        from: r.from_address, to: r.to_address, amount: r.amount, fee: r.fee, timestamp: Number(r.timestamp),
      }),
    );
  });

  // ---- subnets
  app.get(`${P}/subnets`, { schema: { tags: ['subnets'], summary: 'Subnets (latest figures)', querystring: { type: 'object', properties: { page, limit } } } }, async (req) => pageOf(await subnetObjects(db), qs(req)));

  app.get(`${P}/subnets/:netuid`, { schema: { tags: ['subnets'], summary: 'A subnet with identity and hyperparameters', params: netuidParam } }, async (req): Promise<ItemResponse<SubnetDetail>> => {
    const netuid = Number(prm(req).netuid);
    const [s] = await subnetObjects(db, netuid);
    if (!s) throw notFound('subnet', { netuid });
    const row = await db.get<{ identity: string | null }>('SELECT identity FROM subnets WHERE netuid = ?', [netuid]);
    const hyper: SubnetDetail['hyperparameters'] = {};
    for (const h of await db.all<{ name: string; value: string }>('SELECT name, value FROM hyperparameters WHERE netuid = ? ORDER BY name', [netuid])) hyper[h.name] = JSON.parse(h.value) as JsonValue;
    return { data: { ...s, identity: row?.identity ? (JSON.parse(row.identity) as SubnetDetail['identity']) : null, hyperparameters: hyper } };
  });

  const subnetExists = async (netuid: number): Promise<void> => {
    if (!(await db.get('SELECT netuid FROM subnets WHERE netuid = ?', [netuid]))) throw notFound('subnet', { netuid });
  };

  app.get(`${P}/subnets/:netuid/pool/history`, { schema: { tags: ['subnets'], summary: 'Pool reserves and prices per block', params: netuidParam, querystring: listQs() } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    return list<PoolRow, PoolPoint>(db, qs(req), { from: 'subnet_blocks', where: ['netuid = ?'], params: [netuid] }, (r) => ({
      block_number: Number(r.block_number), timestamp: Number(r.timestamp), tao_in: r.tao_in, alpha_in: r.alpha_in, alpha_out: r.alpha_out, price: r.price, ema_price: r.ema_price,
    }));
  });

  const INTERVALS: Record<string, number> = { '1m': 60, '5m': 300, '15m': 900, '1h': 3600, '4h': 14_400, '1d': 86_400 };
  type CandleAcc = { time: number; open: string; high: string; low: string; close: string; volume_tao: bigint };
  const candlesOf = (rows: { timestamp: number; price: string; tao_volume: string }[], size: number): CandleAcc[] => {
    const out: CandleAcc[] = [];
    for (const r of rows) {
      const time = Math.floor(Number(r.timestamp) / size) * size;
      let c = out[out.length - 1];
      if (!c || c.time !== time) {
        c = { time, open: r.price, high: r.price, low: r.price, close: r.price, volume_tao: 0n };
        out.push(c);
      }
      if (nanos(r.price) > nanos(c.high)) c.high = r.price;
      if (nanos(r.price) < nanos(c.low)) c.low = r.price;
      c.close = r.price;
      c.volume_tao += BigInt(r.tao_volume);
    }
    return out;
  };
  app.get(
    `${P}/subnets/:netuid/candles`,
    {
      schema: {
        tags: ['subnets'],
        summary: 'OHLC candles of the alpha price (ascending; order=time_desc pages from the newest)',
        params: netuidParam,
        querystring: { type: 'object', properties: { interval: { type: 'string', enum: Object.keys(INTERVALS), default: '1h' }, order: { type: 'string', enum: ['time_asc', 'time_desc'], default: 'time_asc' }, page, limit, ...timeRange } },
      },
    },
    async (req) => {
      const netuid = Number(prm(req).netuid);
      await subnetExists(netuid);
      const q = qs(req);
      const size = INTERVALS[String(q.interval ?? '1h')];
      const where = ['netuid = ?'];
      const params: SqlValue[] = [netuid];
      if (q.timestamp_start !== undefined) (where.push('timestamp >= ?'), params.push(Number(q.timestamp_start)));
      if (q.timestamp_end !== undefined) (where.push('timestamp <= ?'), params.push(Number(q.timestamp_end)));
      const rowsFrom = (from: number | null) =>
        db.all<{ timestamp: number; price: string; tao_volume: string }>(
          `SELECT timestamp, price, tao_volume FROM subnet_blocks WHERE ${[...where, ...(from === null ? [] : ['timestamp >= ?'])].join(' AND ')} ORDER BY block_number ASC`,
          from === null ? params : [...params, from],
        );
      if (q.order !== 'time_desc') return pageOf(candlesOf(await rowsFrom(null), size).map((c): Candle => ({ ...c, volume_tao: c.volume_tao.toString() })), q);

      // newest first: read only the recent blocks the requested page needs (a month of history is ~216k rows
      // per subnet; the chart wants the last few hundred candles), widening the window over gaps in the chain
      const perPage = Number(q.limit ?? 50);
      const current = Number(q.page ?? 1);
      const need = current * perPage;
      const bounds = await db.get<{ lo: number | null; hi: number | null; buckets: number | string }>(
        `SELECT MIN(timestamp) AS lo, MAX(timestamp) AS hi, COUNT(DISTINCT timestamp / ${size}) AS buckets FROM subnet_blocks WHERE ${where.join(' AND ')}`,
        params,
      );
      const total = Number(bounds?.buckets ?? 0);
      if (!bounds || bounds.hi === null || bounds.lo === null) return envelope([], 0, current, perPage);
      const lo = Number(bounds.lo);
      const last = Math.floor(Number(bounds.hi) / size) * size;
      let span = need;
      let candles: CandleAcc[];
      for (;;) {
        const from = last - (span - 1) * size;
        candles = candlesOf(await rowsFrom(from <= lo ? null : from), size);
        if (candles.length >= need || from <= lo) break;
        span *= 2;
      }
      candles.reverse();
      return envelope(candles.slice((current - 1) * perPage, need).map((c): Candle => ({ ...c, volume_tao: c.volume_tao.toString() })), total, current, perPage);
    },
  );


  const emissionHistory = async (q: Query, netuid: number | undefined): Promise<ListResponse<EmissionPoint>> =>
    list<PoolRow, EmissionPoint>(db, q, { from: 'subnet_blocks', where: netuid === undefined ? [] : ['netuid = ?'], params: netuid === undefined ? [] : [netuid], orderBy: ['block_number', 'netuid'] }, (r) => ({
      block_number: Number(r.block_number), timestamp: Number(r.timestamp), netuid: Number(r.netuid), emission_share: r.emission_share, tao_in_emission: r.tao_in_emission,
      alpha_in_emission: r.alpha_in_emission, alpha_out_emission: r.alpha_out_emission,
    }));
  app.get(`${P}/subnets/:netuid/emission/history`, { schema: { tags: ['subnets'], summary: 'Emission of a subnet per block', params: netuidParam, querystring: listQs() } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    return emissionHistory(qs(req), netuid);
  });
  app.get(`${P}/emission/history`, { schema: { tags: ['subnets'], summary: 'Emission per subnet per block', querystring: listQs({ netuid: { type: 'integer', minimum: 0, maximum: 65535 } }) } }, async (req) => {
    const q = qs(req);
    return emissionHistory(q, q.netuid === undefined ? undefined : Number(q.netuid));
  });

  app.get(`${P}/subnets/:netuid/hyperparameters/history`, { schema: { tags: ['subnets'], summary: 'Hyperparameter changes', params: netuidParam, querystring: listQs({ name: { type: 'string' } }, false) } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    const q = qs(req);
    const where = ['netuid = ?'];
    const params: SqlValue[] = [netuid];
    if (q.name !== undefined) (where.push('name = ?'), params.push(String(q.name)));
    return list<{ block_number: number; name: string; value: string }, HyperparameterChange>(db, q, { from: 'hyperparameter_history', where, params, orderBy: ['block_number', 'name'], hasTimestamp: false }, (r) => ({
      block_number: Number(r.block_number), name: r.name, value: JSON.parse(r.value) as JsonValue,
    }));
  });

  app.get(`${P}/subnets/:netuid/registration_cost/history`, { schema: { tags: ['subnets'], summary: 'Burn (registration cost) per block', params: netuidParam, querystring: listQs() } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    return list<PoolRow, RegistrationCostPoint>(db, qs(req), { from: 'subnet_blocks', where: ['netuid = ?'], params: [netuid] }, (r) => ({ block_number: Number(r.block_number), timestamp: Number(r.timestamp), burn: r.burn }));
  });

  app.get(
    `${P}/subnets/:netuid/metagraph`,
    { schema: { tags: ['metagraph'], summary: 'Neurons of the latest snapshot (or the last one at or before `block`)', params: netuidParam, querystring: { type: 'object', properties: { block: { type: 'integer', minimum: 0 }, page, limit: { ...limit, default: 500 } } } } },
    async (req): Promise<ListResponse<Neuron>> => {
      const netuid = Number(prm(req).netuid);
      await subnetExists(netuid);
      const q = qs(req);
      const b = await latestSnapshotBlock(db, netuid, q.block === undefined ? undefined : Number(q.block));
      if (b === undefined) return envelope([], 0, 1, Number(q.limit ?? 500));
      const perPage = Number(q.limit ?? 500);
      const current = Number(q.page ?? 1);
      const total = Number((await db.get<{ c: number }>('SELECT COUNT(*) AS c FROM neurons WHERE netuid = ? AND block_number = ?', [netuid, b]))?.c ?? 0);
      const rows = await db.all<NeuronRow>('SELECT * FROM neurons WHERE netuid = ? AND block_number = ? ORDER BY uid LIMIT ? OFFSET ?', [netuid, b, perPage, (current - 1) * perPage]);
      return envelope(rows.map(neuronOf), total, current, perPage);
    },
  );

  app.get(
    `${P}/subnets/:netuid/neurons/:uid/history`,
    { schema: { tags: ['metagraph'], summary: 'Snapshots of one neuron', params: { type: 'object', properties: { netuid: { type: 'integer', minimum: 0, maximum: 65535 }, uid: { type: 'integer', minimum: 0, maximum: 65535 } } }, querystring: listQs({}, false) } },
    async (req) => {
      const netuid = Number(prm(req).netuid);
      await subnetExists(netuid);
      return list<NeuronRow, Neuron>(db, qs(req), { from: 'neurons', where: ['netuid = ?', 'uid = ?'], params: [netuid, Number(prm(req).uid)], hasTimestamp: false }, neuronOf);
    },
  );

  app.get(`${P}/subnets/:netuid/registrations`, { schema: { tags: ['metagraph'], summary: 'Registrations and deregistrations', params: netuidParam, querystring: listQs({ kind: { type: 'string', enum: ['registered', 'deregistered'] } }, false) } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    const q = qs(req);
    const where = ['netuid = ?'];
    const params: SqlValue[] = [netuid];
    if (q.kind !== undefined) (where.push('kind = ?'), params.push(String(q.kind)));
    return list<{ block_number: number; uid: number; hotkey: string; coldkey: string | null; kind: Registration['kind']; burn: string | null }, Registration>(
      db, q, { from: 'registrations', where, params, orderBy: ['block_number', 'event_index'], hasTimestamp: false },
      (r) => ({ block_number: Number(r.block_number), uid: Number(r.uid), hotkey: r.hotkey, coldkey: r.coldkey, kind: r.kind, burn: r.burn }),
    );
  });

  app.get(`${P}/subnets/:netuid/weights`, { schema: { tags: ['metagraph'], summary: 'Weights set by validators', params: netuidParam, querystring: listQs({ block: { type: 'integer', minimum: 0 }, uid: { type: 'integer', minimum: 0, maximum: 65535 } }, false) } }, async (req) => {
    const netuid = Number(prm(req).netuid);
    await subnetExists(netuid);
    const q = qs(req);
    const where = ['netuid = ?'];
    const params: SqlValue[] = [netuid];
    if (q.block !== undefined) (where.push('block_number <= ?'), params.push(Number(q.block)));
    if (q.uid !== undefined) (where.push('uid = ?'), params.push(Number(q.uid)));
    return list<{ block_number: number; uid: number; weights: string }, WeightsSet>(db, q, { from: 'weights', where, params, orderBy: ['block_number', 'uid'], hasTimestamp: false }, (r) => ({
      block_number: Number(r.block_number), uid: Number(r.uid), weights: JSON.parse(r.weights) as WeightsSet['weights'],
    }));
  });

  // ---- validators
  interface StakeRow {
    coldkey: string;
    hotkey: string;
    netuid: number;
    alpha: string;
    tao_value: string;
    block_number: number;
  }
  const validatorObjects = async (hotkey?: string): Promise<Validator[]> => {
    const vals = await db.all<{ hotkey: string; owner: string; take: number }>(`SELECT * FROM validators${hotkey ? ' WHERE hotkey = ?' : ''}`, hotkey ? [hotkey] : []);
    const all = await db.all<StakeRow>('SELECT * FROM stakes');
    const latest = await db.all<{ netuid: number; hotkey: string }>(
      'SELECT n.netuid, n.hotkey FROM neurons n JOIN (SELECT netuid, MAX(block_number) AS b FROM metagraph_snapshots GROUP BY netuid) s ON n.netuid = s.netuid AND n.block_number = s.b',
    );
    let grand = 0n;
    const byHotkey = new Map<string, StakeRow[]>();
    for (const s of all) {
      grand += BigInt(s.tao_value);
      byHotkey.set(s.hotkey, [...(byHotkey.get(s.hotkey) ?? []), s]);
    }
    const out = vals.map((v): Validator => {
      const stakes = byHotkey.get(v.hotkey) ?? [];
      const total = stakes.reduce((a, s) => a + BigInt(s.tao_value), 0n);
      const root = stakes.filter((s) => Number(s.netuid) === 0).reduce((a, s) => a + BigInt(s.tao_value), 0n);
      return {
        hotkey: v.hotkey, owner: v.owner, take: ratioDecimal(BigInt(v.take), 65535n), total_stake_tao: total.toString(),
        nominators: new Set(stakes.filter((s) => s.coldkey !== v.owner).map((s) => s.coldkey)).size, dominance: grand === 0n ? '0' : ratioDecimal(total, grand),
        netuids: [...new Set(latest.filter((l) => l.hotkey === v.hotkey).map((l) => Number(l.netuid)))].sort((a, b) => a - b), root_stake: root.toString(), return_24h: null, apy: null,
      };
    });
    return out.sort((a, b) => (BigInt(b.total_stake_tao) > BigInt(a.total_stake_tao) ? 1 : BigInt(b.total_stake_tao) < BigInt(a.total_stake_tao) ? -1 : 0));
  };
  app.get(`${P}/validators`, { schema: { tags: ['validators'], summary: 'Validators by total stake', querystring: { type: 'object', properties: { page, limit } } } }, async (req) => pageOf(await validatorObjects(), qs(req)));
  app.get(`${P}/validators/:hotkey`, { schema: { tags: ['validators'], summary: 'A validator with nominators and subnets', params: { type: 'object', properties: { hotkey: ss58 } } } }, async (req): Promise<ItemResponse<ValidatorDetail>> => {
    const hotkey = checkAddress(String(prm(req).hotkey), 'hotkey');
    const [v] = await validatorObjects(hotkey);
    if (!v) throw notFound('validator', { hotkey });
    const stakes = await db.all<StakeRow>('SELECT * FROM stakes WHERE hotkey = ? ORDER BY netuid, coldkey', [hotkey]);
    const subnets = await db.all<NeuronRow>(
      'SELECT n.* FROM neurons n JOIN (SELECT netuid, MAX(block_number) AS b FROM metagraph_snapshots GROUP BY netuid) s ON n.netuid = s.netuid AND n.block_number = s.b WHERE n.hotkey = ? ORDER BY n.netuid',
      [hotkey],
    );
    return {
      data: {
        ...v,
        nominators: stakes.map((s) => ({ coldkey: s.coldkey, netuid: Number(s.netuid), alpha: s.alpha, tao_value: s.tao_value })),
        subnets: subnets.map((n) => ({ netuid: Number(n.netuid), uid: Number(n.uid), stake: n.stake, vtrust: n.validator_trust, dividends: n.dividends, emission: n.emission })),
      },
    };
  });

  // ---- accounts and stake
  interface AccountRow {
    address: string;
    free: string;
    reserved: string;
    total: string;
    nonce: number;
    block_number: number;
  }
  const accountOf = async (r: AccountRow): Promise<Account> => {
    const st = await db.all<{ tao_value: string }>('SELECT tao_value FROM stakes WHERE coldkey = ?', [r.address]);
    return { address: r.address, free: r.free, reserved: r.reserved, total: r.total, stake_tao: st.reduce((a, s) => a + BigInt(s.tao_value), 0n).toString(), nonce: Number(r.nonce), block_number: Number(r.block_number) };
  };
  app.get(`${P}/accounts`, { schema: { tags: ['accounts'], summary: 'Accounts', querystring: { type: 'object', properties: { page, limit, order: { type: 'string', enum: ['balance_desc', 'balance_asc', 'address_asc'], default: 'balance_desc' } } } } }, async (req) => {
    const q = qs(req);
    const perPage = Number(q.limit ?? 50);
    const current = Number(q.page ?? 1);
    const orderBy = q.order === 'address_asc' ? 'address ASC' : `${db.num('total')} ${q.order === 'balance_asc' ? 'ASC' : 'DESC'}, address ASC`;
    const total = Number((await db.get<{ c: number }>('SELECT COUNT(*) AS c FROM accounts'))?.c ?? 0);
    const rows = await db.all<AccountRow>(`SELECT * FROM accounts ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [perPage, (current - 1) * perPage]);
    const data: Account[] = [];
    for (const r of rows) data.push(await accountOf(r));
    return envelope(data, total, current, perPage);
  });
  app.get(`${P}/accounts/:address`, { schema: { tags: ['accounts'], summary: 'An account with its stakes', params: { type: 'object', properties: { address: ss58 } } } }, async (req): Promise<ItemResponse<AccountDetail>> => {
    const address = checkAddress(String(prm(req).address));
    const r = await db.get<AccountRow>('SELECT * FROM accounts WHERE address = ?', [address]);
    if (!r) throw notFound('account', { address });
    const stakes = await db.all<StakeRow>('SELECT * FROM stakes WHERE coldkey = ? ORDER BY netuid, hotkey', [address]);
    return { data: { ...(await accountOf(r)), stakes: stakes.map((s) => ({ hotkey: s.hotkey, netuid: Number(s.netuid), alpha: s.alpha, tao_value: s.tao_value })) } };
  });
  app.get(`${P}/accounts/:address/balance/history`, { schema: { tags: ['accounts'], summary: 'Balance changes of an account', params: { type: 'object', properties: { address: ss58 } }, querystring: listQs() } }, async (req) => {
    const address = checkAddress(String(prm(req).address));
    return list<{ block_number: number; free: string; reserved: string; total: string; timestamp: number }, BalancePoint>(db, qs(req), { from: 'balance_history', where: ['address = ?'], params: [address] }, (r) => ({
      block_number: Number(r.block_number), timestamp: Number(r.timestamp), free: r.free, reserved: r.reserved, total: r.total,
    }));
  });
  const stakeHistoryRow = (r: StakeRow & { timestamp: number }): StakeHistoryPoint => ({ block_number: Number(r.block_number), timestamp: Number(r.timestamp), coldkey: r.coldkey, hotkey: r.hotkey, netuid: Number(r.netuid), alpha: r.alpha, tao_value: r.tao_value });
  app.get(`${P}/accounts/:address/stake/history`, { schema: { tags: ['accounts'], summary: 'Stake changes of a coldkey', params: { type: 'object', properties: { address: ss58 } }, querystring: listQs() } }, async (req) => {
    const address = checkAddress(String(prm(req).address));
    return list<StakeRow & { timestamp: number }, StakeHistoryPoint>(db, qs(req), { from: 'stake_history', where: ['coldkey = ?'], params: [address], orderBy: ['block_number', 'hotkey', 'netuid'] }, stakeHistoryRow);
  });
  const stakeFilters = (q: Query): { where: string[]; params: SqlValue[] } => {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.coldkey !== undefined) (where.push('coldkey = ?'), params.push(checkAddress(String(q.coldkey), 'coldkey')));
    if (q.hotkey !== undefined) (where.push('hotkey = ?'), params.push(checkAddress(String(q.hotkey), 'hotkey')));
    if (q.netuid !== undefined) (where.push('netuid = ?'), params.push(Number(q.netuid)));
    return { where, params };
  };
  const stakeQs = { coldkey: ss58, hotkey: ss58, netuid: { type: 'integer', minimum: 0, maximum: 65535 } };
  app.get(`${P}/stake`, { schema: { tags: ['accounts'], summary: 'Current stake positions', querystring: listQs(stakeQs, false) } }, async (req) => {
    const q = qs(req);
    return list<StakeRow, StakePoint>(db, q, { ...stakeFilters(q), from: 'stakes', orderBy: ['block_number', 'coldkey', 'hotkey', 'netuid'], hasTimestamp: false }, (r) => ({
      block_number: Number(r.block_number), coldkey: r.coldkey, hotkey: r.hotkey, netuid: Number(r.netuid), alpha: r.alpha, tao_value: r.tao_value,
    }));
  });
  app.get(`${P}/stake/history`, { schema: { tags: ['accounts'], summary: 'Stake changes', querystring: listQs(stakeQs) } }, async (req) => {
    const q = qs(req);
    return list<StakeRow & { timestamp: number }, StakeHistoryPoint>(db, q, { ...stakeFilters(q), from: 'stake_history', orderBy: ['block_number', 'coldkey', 'hotkey', 'netuid'] }, stakeHistoryRow);
  });

  // ---- search
  app.get(`${P}/search`, { schema: { tags: ['network'], summary: 'Find blocks, extrinsics, accounts, subnets and calls', querystring: { type: 'object', properties: { q: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['q'] } } }, async (req): Promise<ItemResponse<SearchResult[]>> => {
    const term = String(qs(req).q).trim();
    const out: SearchResult[] = [];
    if (/^[0-9]{1,12}$/.test(term)) {
      const b = await db.get<{ block_number: number }>('SELECT block_number FROM blocks WHERE block_number = ?', [Number(term)]);
      if (b) out.push({ kind: 'block', label: `Block #${term}`, path: `/blocks/${term}` });
      const s = await db.get<{ netuid: number; name: string }>('SELECT netuid, name FROM subnets WHERE netuid = ?', [Number(term)]);
      if (s) out.push({ kind: 'subnet', label: `Subnet ${s.netuid} ${s.name}`, path: `/subnets/${s.netuid}` });
    }
    if (/^0x[0-9a-fA-F]{64}$/.test(term)) {
      const h = term.toLowerCase();
      const b = await db.get<{ block_number: number }>('SELECT block_number FROM blocks WHERE hash = ?', [h]);
      if (b) out.push({ kind: 'block', label: `Block #${b.block_number}`, path: `/blocks/${b.block_number}` });
      const x = await db.get<{ block_number: number; idx: number }>('SELECT block_number, idx FROM extrinsics WHERE hash = ?', [h]);
      if (x) out.push({ kind: 'extrinsic', label: `Extrinsic ${x.block_number}-${x.idx}`, path: `/extrinsics/${x.block_number}-${x.idx}` });
    }
    if (/^[0-9]{1,12}-[0-9]{1,6}$/.test(term)) {
      const [b, i] = term.split('-').map(Number);
      if (await db.get('SELECT idx FROM extrinsics WHERE block_number = ? AND idx = ?', [b, i])) out.push({ kind: 'extrinsic', label: `Extrinsic ${term}`, path: `/extrinsics/${term}` });
    }
    try {
      if (term.length >= 40) {
        decodeAddress(term);
        out.push({ kind: 'account', label: term, path: `/accounts/${term}` });
      }
    } catch {
      // not an address
    }
    if (term.length >= 2 && !/^[0-9]+$/.test(term)) {
      const like = `%${term.toLowerCase()}%`;
      for (const s of await db.all<{ netuid: number; name: string }>('SELECT netuid, name FROM subnets WHERE LOWER(name) LIKE ? ORDER BY netuid LIMIT 10', [like])) {
        out.push({ kind: 'subnet', label: `Subnet ${s.netuid} ${s.name}`, path: `/subnets/${s.netuid}` });
      }
      for (const c of await db.all<{ call_module: string; call_name: string }>('SELECT DISTINCT call_module, call_name FROM extrinsics WHERE LOWER(call_name) LIKE ? OR LOWER(call_module) LIKE ? ORDER BY call_module, call_name LIMIT 10', [like, like])) {
        out.push({ kind: 'call', label: `${c.call_module}.${c.call_name}`, path: `/extrinsics?call_module=${encodeURIComponent(c.call_module)}&call_name=${encodeURIComponent(c.call_name)}` });
      }
    }
    return { data: out };
  });
}
