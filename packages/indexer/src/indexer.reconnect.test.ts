import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { openDb } from './db/db.js';
import { Indexer } from './indexer.js';
import { rpc } from './testUtil.js';

test('reconnect: the indexer survives a node restart and catches up without gaps', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'indexer-node-'));
  let node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger, basePath: dir });
  const port = node.port;
  const db = await openDb(':memory:');
  const indexer = new Indexer({ nodeUrl: node.url, db });
  try {
    await rpc(node.httpUrl, 'dev_jumpBlocks', [5]);
    await indexer.start();
    await indexer.waitFor(5);
    await node.stop();
    // while the node is down the indexer retries with backoff
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(indexer.status().connected, false);
    node = await TensoriumNode.start({ rpcPort: port, sealing: 'manual', logger: silentLogger, basePath: dir });
    await rpc(node.httpUrl, 'dev_jumpBlocks', [7]);
    await indexer.waitFor(12, 60_000);
    const nums = (await db.all<{ block_number: number }>('SELECT block_number FROM blocks ORDER BY block_number')).map((r) => Number(r.block_number));
    assert.deepEqual(nums, [...Array(13).keys()]);
    const hashes = await db.all<{ block_number: number; hash: string }>('SELECT block_number, hash FROM blocks');
    for (const h of hashes) assert.equal(h.hash, await rpc<string>(node.httpUrl, 'chain_getBlockHash', [Number(h.block_number)]));
  } finally {
    await indexer.stop();
    await db.close();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('old blocks: state the node no longer keeps is skipped, the rest is indexed', { timeout: 180_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger });
  const db = await openDb(':memory:');
  const indexer = new Indexer({ nodeUrl: node.url, db, untilBlock: 300 });
  try {
    // the node keeps the state of its last 256 blocks only
    await rpc(node.httpUrl, 'dev_jumpBlocks', [300]);
    await indexer.start();
    await indexer.done();
    const rows = await db.all<{ block_number: number; has_state: number }>('SELECT block_number, has_state FROM blocks ORDER BY block_number');
    assert.equal(rows.length, 301);
    const withState = rows.filter((r) => Number(r.has_state) === 1).map((r) => Number(r.block_number));
    assert.ok(withState.length >= 200 && withState.length <= 257, `${withState.length} blocks with state`);
    assert.equal(withState[withState.length - 1], 300);
    assert.ok(rows.slice(0, 10).every((r) => Number(r.has_state) === 0));
    // genesis accounts are seeded at the first block with state
    const alice = await db.get<{ free: string }>("SELECT free FROM accounts WHERE address = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'");
    assert.ok(alice && BigInt(alice.free) > 0n);
  } finally {
    await indexer.stop();
    await db.close();
    await node.stop();
  }
});
