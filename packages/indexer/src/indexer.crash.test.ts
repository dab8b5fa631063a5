import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { openDb, type Db } from './db/db.js';
import { Indexer } from './indexer.js';
import { buildScenario, connectApi, rpc } from './testUtil.js';

const BIN = new URL('./bin.ts', import.meta.url).pathname;

/** Starts `bin.ts` (the CLI) and resolves with the child and its API url once it listens. */
function startChild(nodeUrl: string, dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, '--node', nodeUrl, '--db', dbFile, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /indexer API at (http:\/\/\S+)\/api\/v1/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`indexer child exited (${code}) before listening: ${err}`)));
  });
}

async function indexedBlock(url: string): Promise<number> {
  const r = (await (await fetch(`${url}/api/v1/status`)).json()) as { data: { indexed_block: number } };
  return r.data.indexed_block;
}

async function waitIndexed(url: string, n: number): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if ((await indexedBlock(url)) >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`block ${n} not indexed`);
}

const TABLES = ['blocks', 'extrinsics', 'events', 'transfers', 'accounts', 'balance_history', 'stakes', 'stake_history', 'subnets', 'subnet_blocks', 'hyperparameters', 'hyperparameter_history', 'metagraph_snapshots', 'neurons', 'registrations', 'weights', 'validators'];

/** Every table's rows without wall-clock timestamps, sorted. */
async function contents(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) {
    const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${t}`);
    out[t] = rows.map((r) => {
      const { timestamp: _t, ...rest } = r;
      void _t;
      return JSON.stringify(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === null ? null : String(v)])));
    }).sort();
  }
  return out;
}

test('crash: kill -9 while indexing, restart — no gap, no duplicate, same rows as a fresh index', { timeout: 300_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const api = await connectApi(node.url);
  const dir = mkdtempSync(join(tmpdir(), 'indexer-crash-'));
  const dbFile = join(dir, 'index.sqlite');
  const children: ChildProcess[] = [];
  try {
    await buildScenario(api, node.httpUrl);
    await rpc(node.httpUrl, 'dev_jumpBlocks', [40]);
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    let kills = 0;
    for (const stopAt of [5, Math.floor(head / 3), Math.floor((2 * head) / 3)]) {
      const { child, url } = await startChild(node.url, dbFile);
      children.push(child);
      await waitIndexed(url, stopAt);
      // kill while it is busy with later blocks (the SQLite transaction may be open at that moment). The
      // child is catching up, so it writes batches of blocks per transaction (up to 200 blocks / 1 s): the
      // kill lands mid-batch, after processed-but-uncommitted blocks, and the restart must redo them
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      kills++;
    }
    assert.equal(kills, 3);
    const { child, url } = await startChild(node.url, dbFile);
    children.push(child);
    await waitIndexed(url, head);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;

    const crashed = await openDb(dbFile);
    const fresh = await openDb(':memory:');
    const ix = new Indexer({ nodeUrl: node.url, db: fresh, untilBlock: head });
    try {
      const nums = (await crashed.all<{ block_number: number }>('SELECT block_number FROM blocks ORDER BY block_number')).map((r) => Number(r.block_number));
      assert.deepEqual(nums, [...Array(head + 1).keys()], 'blocks 0..head, contiguous, each once');
      await ix.start();
      await ix.done();
      const [a, b] = [await contents(crashed), await contents(fresh)];
      for (const t of TABLES) assert.deepEqual(a[t], b[t], `table ${t} equals a fresh full index`);
      assert.ok(b.stake_history.length > 0 && b.transfers.length > 0 && b.neurons.length > 0);
    } finally {
      await ix.stop();
      await crashed.close();
      await fresh.close();
    }
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await api.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
