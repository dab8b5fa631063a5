/**
 * Test support: the HTTP API checks of API.md against a running server over an indexed scenario
 * chain (shared by the SQLite API test and the PostgreSQL store test).
 */
import assert from 'node:assert/strict';
import type { Scenario } from './testUtil.js';

interface Envelope<T = Record<string, unknown>> {
  pagination: { current_page: number; per_page: number; total_items: number; total_pages: number; next_page: number | null; prev_page: number | null };
  data: T[];
}
type Obj = Record<string, unknown>;

export async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T };
}

async function ok<T>(base: string, path: string): Promise<T> {
  const r = await getJson<T>(base + path);
  assert.equal(r.status, 200, `GET ${path} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

async function fails(base: string, path: string, status: number, code: string): Promise<void> {
  const r = await getJson<{ error?: { code: string; message: string; details: unknown } }>(base + path);
  assert.equal(r.status, status, `GET ${path} → ${r.status}`);
  assert.equal(r.body.error?.code, code, `error code of ${path}`);
  assert.equal(typeof r.body.error?.message, 'string');
  assert.ok(r.body.error && 'details' in r.body.error, 'error details present');
}

/** Runs every API check; `head` must be indexed. */
export async function apiSuite(base: string, sc: Scenario, head: number): Promise<void> {
  const A = `/api/v1`;
  const status = await ok<{ data: { indexed_block: number; node_head: number; lag: number; genesis_hash: string } }>(base, `${A}/status`);
  assert.equal(status.data.indexed_block, head);
  assert.match(status.data.genesis_hash, /^0x[0-9a-f]{64}$/);

  // pagination envelope
  const p1 = await ok<Envelope>(base, `${A}/blocks?limit=5`);
  assert.deepEqual(p1.pagination, { current_page: 1, per_page: 5, total_items: head + 1, total_pages: Math.ceil((head + 1) / 5), next_page: 2, prev_page: null });
  assert.deepEqual(p1.data.map((b) => b.block_number), [head, head - 1, head - 2, head - 3, head - 4]);
  const p2 = await ok<Envelope>(base, `${A}/blocks?limit=5&page=2`);
  assert.equal(p2.pagination.prev_page, 1);
  assert.equal(p2.data[0].block_number, head - 5);
  const last = await ok<Envelope>(base, `${A}/blocks?limit=5&page=${p1.pagination.total_pages}`);
  assert.equal(last.pagination.next_page, null);
  assert.equal(last.data[last.data.length - 1].block_number, 0);
  const asc = await ok<Envelope>(base, `${A}/blocks?order=block_number_asc&limit=3&block_start=2`);
  assert.deepEqual(asc.data.map((b) => b.block_number), [2, 3, 4]);
  const range = await ok<Envelope>(base, `${A}/blocks?block_start=3&block_end=7`);
  assert.equal(range.pagination.total_items, 5);
  const beyond = await ok<Envelope>(base, `${A}/blocks?page=999`);
  assert.deepEqual(beyond.data, []);

  // bad query parameters → 400 with the error envelope
  for (const q of ['limit=0', 'limit=501', 'page=0', 'page=abc', 'order=sideways', 'block_start=-1']) await fails(base, `${A}/blocks?${q}`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/blocks/not-a-block`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/extrinsics?signer=5notanaddress000000000000000000000000000000000`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/subnets/abc`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/subnets/${sc.netuid}/candles?interval=2m`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/search`, 400, 'BAD_REQUEST');
  await fails(base, `${A}/extrinsics?success=maybe`, 400, 'BAD_REQUEST');

  // 404s
  await fails(base, `${A}/blocks/${head + 1000}`, 404, 'NOT_FOUND');
  await fails(base, `${A}/blocks/0x${'ab'.repeat(32)}`, 404, 'NOT_FOUND');
  await fails(base, `${A}/extrinsics/1-99`, 404, 'NOT_FOUND');
  await fails(base, `${A}/subnets/999`, 404, 'NOT_FOUND');
  await fails(base, `${A}/subnets/999/pool/history`, 404, 'NOT_FOUND');
  await fails(base, `${A}/accounts/5GrpknVvGGrGH3EFuURXeMrWHvbpj3VfER1oX5jFtuGbfzCE`, 404, 'NOT_FOUND');
  await fails(base, `${A}/validators/${sc.keys.charlie.address}`, 404, 'NOT_FOUND');
  await fails(base, `${A}/no/such/route`, 404, 'NOT_FOUND');

  // blocks and extrinsics
  const b0 = await ok<{ data: Obj & { extrinsics: Obj[]; events: Obj[] } }>(base, `${A}/blocks/1`);
  assert.equal(b0.data.block_number, 1);
  assert.ok(Array.isArray(b0.data.extrinsics) && Array.isArray(b0.data.events));
  const byHash = await ok<{ data: Obj }>(base, `${A}/blocks/${b0.data.hash as string}`);
  assert.equal(byHash.data.block_number, 1);
  for (const k of ['block_number', 'hash', 'parent_hash', 'state_root', 'extrinsics_root', 'timestamp', 'extrinsic_count', 'event_count', 'finalized']) assert.ok(k in b0.data, `Block.${k}`);
  const stakes = await ok<Envelope>(base, `${A}/extrinsics?call_module=SubtensorModule&call_name=add_stake&success=true`);
  assert.equal(stakes.pagination.total_items, 2);
  for (const x of stakes.data) {
    assert.equal(x.call_name, 'add_stake');
    assert.equal(x.success, true);
    assert.equal(x.error, null);
    assert.equal(typeof (x.args as Obj).amount_staked, 'string', 'u64 args as strings: ' + JSON.stringify(x.args));
    assert.match(x.fee as string, /^[0-9]+$/);
  }
  // every block starts with its Timestamp.set inherent (unsigned, index 0); `signed` splits the two kinds
  const all = await ok<Envelope>(base, `${A}/extrinsics?limit=1`);
  const txs = await ok<Envelope>(base, `${A}/extrinsics?signed=true&limit=500`);
  const inherents = await ok<Envelope>(base, `${A}/extrinsics?signed=false&limit=500`);
  assert.ok(txs.data.length > 0 && txs.data.every((x) => typeof x.signer === 'string'));
  assert.ok(inherents.data.every((x) => x.signer === null && x.call_module === 'Timestamp' && x.call_name === 'set' && x.index === 0 && x.nonce === null && x.fee === '0'));
  assert.equal(inherents.pagination.total_items, head, 'one inherent per block after genesis');
  assert.equal(txs.pagination.total_items + inherents.pagination.total_items, all.pagination.total_items);
  await fails(base, `${A}/extrinsics?signed=perhaps`, 400, 'BAD_REQUEST');
  const bySigner = await ok<Envelope>(base, `${A}/extrinsics?signer=${sc.keys.bob.address}`);
  assert.ok(bySigner.data.length >= 3 && bySigner.data.every((x) => x.signer === sc.keys.bob.address));
  const one = await ok<{ data: Obj & { events: Obj[] } }>(base, `${A}/extrinsics/${stakes.data[0].id as string}`);
  assert.equal(one.data.id, stakes.data[0].id);
  assert.ok(one.data.events.some((e) => e.name === 'StakeAdded'));
  const byXtHash = await ok<{ data: Obj }>(base, `${A}/extrinsics/${stakes.data[0].hash as string}`);
  assert.equal(byXtHash.data.id, stakes.data[0].id);

  // events and transfers
  const ev = await ok<Envelope>(base, `${A}/events?pallet=SubtensorModule&name=StakeAdded`);
  assert.equal(ev.pagination.total_items, 2);
  const evx = await ok<Envelope>(base, `${A}/events?extrinsic_id=${stakes.data[0].id as string}`);
  assert.ok(evx.data.length >= 2 && evx.data.every((e) => e.extrinsic_id === stakes.data[0].id));
  const tr = await ok<Envelope>(base, `${A}/transfers?address=${sc.keys.bob.address}`);
  // the two transfers Bob made/received, plus the chain's own Transfer events for his stake and burn
  assert.ok(tr.data.some((t) => t.from === sc.keys.bob.address && t.to === sc.keys.validatorHk.address && t.amount === '1000000000'));
  assert.ok(tr.data.every((t) => t.from === sc.keys.bob.address || t.to === sc.keys.bob.address));
  const trFrom = await ok<Envelope>(base, `${A}/transfers?from=${sc.keys.alice.address}&to=${sc.keys.bob.address}`);
  assert.equal(trFrom.data.length, 1);
  assert.equal(trFrom.data[0].amount, '50000000000');

  // subnets
  const subnets = await ok<Envelope>(base, `${A}/subnets`);
  const s = subnets.data.find((x) => x.netuid === sc.netuid);
  assert.ok(s, 'the new subnet is listed');
  for (const k of ['name', 'symbol', 'owner_coldkey', 'owner_hotkey', 'registered_at_block', 'tempo', 'mechanism', 'n', 'max_n', 'tao_in', 'alpha_in', 'alpha_out', 'price', 'ema_price', 'market_cap', 'emission_share', 'tao_in_emission', 'alpha_out_emission', 'price_change_1h', 'price_change_24h', 'price_change_7d', 'tao_volume_24h', 'tao_flow_24h', 'registration_cost', 'block_number']) {
    assert.ok(k in s, `Subnet.${k}`);
  }
  assert.equal(s.owner_coldkey, sc.keys.alice.address);
  assert.equal(s.n, 4, 'owner hotkey + validator + two miners');
  assert.match(s.price as string, /^[0-9]+\.[0-9]{9}$/);
  // volume = TAO moved by the StakeAdded / StakeRemoved events (after fees), as the events say
  let volume = 0n;
  for (const name of ['StakeAdded', 'StakeRemoved']) {
    const e = await ok<Envelope<{ data: unknown[] }>>(base, `${A}/events?pallet=SubtensorModule&name=${name}&limit=500`);
    for (const x of e.data) if (Number(x.data[4]) === sc.netuid) volume += BigInt(x.data[2] as string);
  }
  assert.ok(volume > 100_000_000_000n);
  assert.equal(s.tao_volume_24h, volume.toString(), 'stake volume');
  const detail = await ok<{ data: Obj & { hyperparameters: Obj } }>(base, `${A}/subnets/${sc.netuid}`);
  assert.equal(detail.data.hyperparameters.tempo, s.tempo);
  assert.equal(detail.data.hyperparameters.commit_reveal_weights_enabled, false);
  const hh = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/hyperparameters/history?name=commit_reveal_weights_enabled&order=block_number_asc`);
  assert.equal(hh.data[hh.data.length - 1].value, false, 'commit-reveal off');
  assert.equal(hh.data[0].block_number, s.registered_at_block, 'first recorded when the subnet appeared');
  const pool = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/pool/history?limit=3`);
  assert.equal(pool.data[0].block_number, head);
  assert.equal(pool.data[0].price, s.price);
  const candles = await ok<Envelope<{ time: number; open: string; high: string; low: string; close: string; volume_tao: string }>>(base, `${A}/subnets/${sc.netuid}/candles?interval=1m&limit=500`);
  assert.ok(candles.data.length >= 1);
  for (let i = 1; i < candles.data.length; i++) assert.ok(candles.data[i].time > candles.data[i - 1].time, 'ascending');
  assert.equal(candles.data.reduce((a, c) => a + BigInt(c.volume_tao), 0n), volume);
  assert.equal(candles.data[candles.data.length - 1].close, s.price);
  // newest first, paged over candles: the same candles reversed, one per page, then an empty page past the end
  const n = candles.pagination.total_items;
  for (let p = 1; p <= n + 1; p++) {
    const one = await ok<Envelope<{ time: number; close: string }>>(base, `${A}/subnets/${sc.netuid}/candles?interval=1m&order=time_desc&limit=1&page=${p}`);
    assert.equal(one.pagination.total_items, n);
    assert.deepEqual(one.data, p <= n ? [candles.data[n - p]] : [], `newest-first page ${p} of ${n}`);
  }
  const newest = await ok<Envelope<{ time: number }>>(base, `${A}/subnets/${sc.netuid}/candles?interval=1m&order=time_desc&limit=500`);
  assert.deepEqual(newest.data, [...candles.data].reverse());
  await fails(base, `${A}/subnets/${sc.netuid}/candles?order=newest`, 400, 'BAD_REQUEST');
  const em = await ok<Envelope>(base, `${A}/emission/history?netuid=${sc.netuid}&limit=2`);
  assert.ok(em.data.every((e) => e.netuid === sc.netuid && typeof e.emission_share === 'string'));
  const em2 = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/emission/history?limit=2`);
  assert.deepEqual(em2.data, em.data);
  const burn = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/registration_cost/history?limit=1`);
  assert.equal(burn.data[0].burn, s.registration_cost);

  // metagraph, registrations, weights
  const mg = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/metagraph`);
  assert.equal(mg.data.length, 4);
  const v = mg.data.find((nn) => nn.hotkey === sc.keys.validatorHk.address)!;
  assert.equal(v.role, 'validator');
  assert.equal(v.coldkey, sc.keys.bob.address);
  for (const k of ['stake', 'stake_weight', 'rank', 'trust', 'validator_trust', 'consensus', 'incentive', 'dividends', 'emission', 'last_update', 'registered_at_block', 'is_immune', 'axon', 'active']) assert.ok(k in v, `Neuron.${k}`);
  const early = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/metagraph?block=${Number(v.registered_at_block)}`);
  assert.ok(early.data.length >= 1 && early.data.length < 4, 'an earlier snapshot has fewer neurons');
  const nh = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/neurons/${v.uid as number}/history`);
  assert.ok(nh.data.length >= 2 && nh.data.every((x) => x.uid === v.uid));
  const regs = await ok<Envelope>(base, `${A}/subnets/${sc.netuid}/registrations`);
  assert.equal(regs.data.filter((r) => r.kind === 'registered').length, 4);
  const ws = await ok<Envelope<{ uid: number; weights: [number, number][] }>>(base, `${A}/subnets/${sc.netuid}/weights`);
  assert.equal(ws.data.length, 1);
  assert.equal(ws.data[0].uid, v.uid);
  assert.equal(ws.data[0].weights.length, 2);

  // validators
  const vals = await ok<Envelope>(base, `${A}/validators`);
  const val = vals.data.find((x) => x.hotkey === sc.keys.validatorHk.address);
  assert.ok(val);
  assert.equal(val.owner, sc.keys.bob.address);
  assert.equal(val.nominators, 1, 'Dave nominates');
  assert.ok((val.netuids as number[]).includes(sc.netuid));
  const vd = await ok<{ data: Obj & { nominators: Obj[]; subnets: Obj[] } }>(base, `${A}/validators/${sc.keys.validatorHk.address}`);
  assert.deepEqual(vd.data.nominators.map((x) => x.coldkey).sort(), [sc.keys.bob.address, sc.keys.dave.address].sort());
  assert.equal(vd.data.subnets[0].netuid, sc.netuid);

  // accounts and stake
  const accs = await ok<Envelope>(base, `${A}/accounts?order=balance_desc&limit=500`);
  const totals = accs.data.map((x) => BigInt(x.total as string));
  for (let i = 1; i < totals.length; i++) assert.ok(totals[i - 1] >= totals[i], 'ordered by balance (numerically)');
  const bob = await ok<{ data: Obj & { stakes: Obj[] } }>(base, `${A}/accounts/${sc.keys.bob.address}`);
  assert.equal(bob.data.stakes.length, 1);
  assert.equal(bob.data.stakes[0].hotkey, sc.keys.validatorHk.address);
  assert.equal(bob.data.stake_tao, bob.data.stakes[0].tao_value);
  const bh = await ok<Envelope>(base, `${A}/accounts/${sc.keys.bob.address}/balance/history?order=block_number_asc`);
  assert.ok(bh.data.length >= 4);
  assert.equal(bh.data[bh.data.length - 1].free, bob.data.free);
  const sh = (await ok<Envelope>(base, `${A}/accounts/${sc.keys.dave.address}/stake/history?order=block_number_asc&limit=500`)).data.filter((x) => x.hotkey === sc.keys.validatorHk.address);
  assert.ok(sh.length >= 2, 'stake added, then partly removed');
  const st = await ok<Envelope>(base, `${A}/stake?coldkey=${sc.keys.dave.address}&hotkey=${sc.keys.validatorHk.address}&netuid=${sc.netuid}`);
  assert.equal(st.data.length, 1);
  assert.equal(st.data[0].alpha, sh[sh.length - 1].alpha);
  const sth = await ok<Envelope>(base, `${A}/stake/history?hotkey=${sc.keys.validatorHk.address}`);
  assert.ok(sth.data.every((x) => x.hotkey === sc.keys.validatorHk.address));

  // network
  const net = await ok<{ data: Obj & { halving: Obj & { schedule: Obj[] } } }>(base, `${A}/network/latest`);
  assert.equal(net.data.block_number, head);
  assert.equal(net.data.issuance_cap, '21000000000000000');
  assert.equal(net.data.subnet_count, 1);
  assert.equal(net.data.halving.next_threshold, '10500000000000000');
  assert.ok((net.data.halving.schedule as Obj[]).length >= 1);
  const nh2 = await ok<Envelope>(base, `${A}/network/history?every=5&limit=3`);
  assert.ok(nh2.data.every((x) => (x.block_number as number) % 5 === 0));

  // search
  const s1 = await ok<{ data: Obj[] }>(base, `${A}/search?q=${head}`);
  assert.ok(s1.data.some((x) => x.kind === 'block' && x.path === `/blocks/${head}`));
  const s2 = await ok<{ data: Obj[] }>(base, `${A}/search?q=${sc.keys.alice.address}`);
  assert.ok(s2.data.some((x) => x.kind === 'account'));
  const s3 = await ok<{ data: Obj[] }>(base, `${A}/search?q=add_stake`);
  assert.ok(s3.data.some((x) => x.kind === 'call' && x.path === '/extrinsics?call_module=SubtensorModule&call_name=add_stake'));
  const s4 = await ok<{ data: Obj[] }>(base, `${A}/search?q=${stakes.data[0].id as string}`);
  assert.ok(s4.data.some((x) => x.kind === 'extrinsic'));

  // OpenAPI
  const spec = await ok<{ openapi: string; paths: Record<string, unknown> }>(base, '/openapi.json');
  assert.match(spec.openapi, /^3\./);
  for (const p of ['/api/v1/blocks', '/api/v1/subnets/{netuid}/metagraph', '/api/v1/accounts/{address}']) assert.ok(p in spec.paths, `OpenAPI path ${p}`);
  const docs = await fetch(`${base}/docs`);
  assert.equal(docs.status, 200);
}
