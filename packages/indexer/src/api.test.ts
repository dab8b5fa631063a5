import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { startIndexer } from './api/server.js';
import { apiSuite } from './apiChecks.js';
import { advanceToEpoch, buildScenario, connectApi, rpc } from './testUtil.js';

test('API: pagination, filters, 404s, 400s, OpenAPI, live updates, explorer files (SQLite)', { timeout: 300_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const api = await connectApi(node.url);
  const dist = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dist, 'app.js'), 'console.log(1)');
  let server: Awaited<ReturnType<typeof startIndexer>> | undefined;
  let socket: WebSocket | undefined;
  try {
    const sc = await buildScenario(api, node.httpUrl);
    const head = await advanceToEpoch(api, node.httpUrl, sc.netuid);
    server = await startIndexer({ nodeUrl: node.url, database: ':memory:', port: 0, explorerDist: dist });
    await server.indexer.waitFor(head, 240_000);
    await apiSuite(server.url, sc, head);

    // explorer build: files, SPA fallback, API 404s stay JSON
    const html = await fetch(`${server.url}/subnets/3`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await html.text(), /<title>explorer/);
    const js = await fetch(`${server.url}/app.js`);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    const traversal = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    assert.doesNotMatch(await traversal.text(), /root:/);

    // live updates: a new block gives a `block` and a `subnets` message
    const url = server.url.replace('http', 'ws') + '/api/v1/ws';
    socket = new WebSocket(url);
    const ws = socket;
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const got = new Map<string, unknown>();
    const both = new Promise<void>((resolve) => {
      ws.on('message', (m) => {
        const msg = JSON.parse(String(m)) as { type: string; data: unknown };
        got.set(msg.type, msg.data);
        if (got.has('block') && got.has('subnets')) resolve();
      });
    });
    const b = await rpc<{ number: number }>(node.httpUrl, 'dev_newBlock');
    await both;
    assert.equal((got.get('block') as { block_number: number }).block_number, b.number);
    assert.ok((got.get('subnets') as { netuid: number }[]).some((s) => s.netuid === sc.netuid));
    // an epoch gives a `metagraph` message
    const epoch = new Promise<{ netuid: number; block_number: number }>((resolve) => {
      ws.on('message', (m) => {
        const msg = JSON.parse(String(m)) as { type: string; data: { netuid: number; block_number: number } };
        if (msg.type === 'metagraph' && msg.data.netuid === sc.netuid) resolve(msg.data);
      });
    });
    const epochBlock = await advanceToEpoch(api, node.httpUrl, sc.netuid);
    assert.deepEqual(await epoch, { netuid: sc.netuid, block_number: epochBlock });
    const mg = (await (await fetch(`${server.url}/api/v1/subnets/${sc.netuid}/metagraph`)).json()) as { data: { block_number: number }[] };
    assert.ok(mg.data.every((n) => n.block_number === epochBlock));
  } finally {
    socket?.close();
    await server?.close();
    await api.disconnect();
    await node.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});
