// The candle route over a hand-written pool history with gaps: ascending and newest-first answers agree, the
// newest-first pages read back over gaps (the window widens), and the totals count candles, not blocks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDb } from '../db/db.js';
import { migrate } from '../db/schema.js';
import { Indexer } from '../indexer.js';
import { buildServer } from './server.js';
import type { Candle, ListResponse } from './types.js';

const T0 = 1_800_000_000; // a multiple of 60: the first block opens a 1m bucket

test('candles: time_asc and time_desc agree, pages read back over gaps in the chain', async () => {
  const db = await openDb(':memory:');
  await migrate(db);
  await db.run(
    'INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at_block, mechanism, tempo, n, max_n, burn, last_step, identity, active, block_number) VALUES (1, ?, ?, NULL, NULL, 1, 1, 360, 0, 256, ?, 0, NULL, 1, 1)',
    ['apex', 'α', '1000000000'],
  );
  // 12 s blocks, 5 per minute; the chain stops for 10 minutes after block 20 and for an hour after block 40
  // (each run starts on a minute, so each run of 20 blocks fills 4 one-minute candles)
  const times: number[] = [];
  let t = T0;
  for (let b = 1; b <= 60; b++) {
    times.push(t);
    t += b === 20 ? 612 : b === 40 ? 3_612 : 12;
  }
  for (let b = 1; b <= 60; b++) {
    const price = `0.${String(1_000 + ((b * 37) % 101)).padStart(9, '0')}`;
    await db.run(
      "INSERT INTO subnet_blocks (netuid, block_number, timestamp, tao_in, alpha_in, alpha_out, price, ema_price, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, tao_volume, tao_flow, burn) VALUES (1, ?, ?, '1', '1', '1', ?, ?, '0', '0', '0', '0', ?, '0', '0')",
      [b, times[b - 1], price, price, String(b)],
    );
  }
  const app = await buildServer(db, new Indexer({ nodeUrl: 'ws://127.0.0.1:1', db }));
  const get = async (q: string): Promise<ListResponse<Candle>> => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/subnets/1/candles?${q}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as ListResponse<Candle>;
  };
  try {
    const asc = await get('interval=1m&limit=500');
    // 60 blocks, 5 per bucket, in three runs: 20 + 20 + 20 blocks → 4 + 4 + 4 buckets
    assert.equal(asc.pagination.total_items, 12);
    assert.equal(asc.data.length, 12);
    assert.equal(asc.data.reduce((a, c) => a + BigInt(c.volume_tao), 0n), (60n * 61n) / 2n);
    for (let i = 1; i < asc.data.length; i++) assert.ok(asc.data[i].time > asc.data[i - 1].time);

    const desc = await get('interval=1m&order=time_desc&limit=500');
    assert.deepEqual(desc.data, [...asc.data].reverse());
    assert.equal(desc.pagination.total_items, 12);
    // page by page across both gaps: 5 per page → 5, 5, 2, then nothing
    for (let p = 1; p <= 4; p++) {
      const page = await get(`interval=1m&order=time_desc&limit=5&page=${p}`);
      assert.deepEqual(page.data, [...asc.data].reverse().slice((p - 1) * 5, p * 5), `page ${p}`);
      assert.equal(page.pagination.total_pages, 3);
      assert.equal(page.pagination.next_page, p < 3 ? p + 1 : null);
    }
    // a time range bounds both orders alike
    const end = times[39];
    const bounded = await get(`interval=1m&order=time_desc&limit=3&timestamp_end=${end}`);
    assert.equal(bounded.pagination.total_items, 8);
    assert.deepEqual(bounded.data, asc.data.slice(5, 8).reverse());
    // the newest candle closes at the last block's price; an hour candle holds the whole last run
    assert.equal(desc.data[0].close, `0.${String(1_000 + ((60 * 37) % 101)).padStart(9, '0')}`);
    const hours = await get('interval=1h&order=time_desc&limit=1');
    assert.equal(hours.pagination.total_items, 2);
    assert.equal(hours.data[0].volume_tao, String(((41 + 60) * 20) / 2));
    // an empty range and an unknown order
    const none = await get(`interval=1m&order=time_desc&timestamp_start=${t + 10_000}`);
    assert.deepEqual([none.data, none.pagination.total_items], [[], 0]);
    const bad = await app.inject({ method: 'GET', url: '/api/v1/subnets/1/candles?order=newest' });
    assert.equal(bad.statusCode, 400);
  } finally {
    await app.close();
    await db.close();
  }
});
