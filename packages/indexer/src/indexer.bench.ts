/**
 * Indexing throughput: a chain with a subnet, stakers and epochs (the test scenario) plus N empty
 * blocks, indexed from genesis into SQLite (in memory and on disk).
 *   npx tsx packages/indexer/src/indexer.bench.ts [N=300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { openDb } from './db/db.js';
import { Indexer } from './indexer.js';
import { buildScenario, connectApi, rpc } from './testUtil.js';

const extra = Number(process.argv[2] ?? 300);
const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
const api = await connectApi(node.url);
const dir = mkdtempSync(join(tmpdir(), 'indexer-bench-'));
try {
  await buildScenario(api, node.httpUrl);
  await rpc(node.httpUrl, 'dev_jumpBlocks', [extra]);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  for (const target of [':memory:', join(dir, 'bench.sqlite')]) {
    const db = await openDb(target);
    const ix = new Indexer({ nodeUrl: node.url, db, untilBlock: head });
    const t0 = performance.now();
    await ix.start();
    await ix.done();
    const ms = performance.now() - t0;
    console.log(`${target === ':memory:' ? 'sqlite :memory:' : 'sqlite file'}: ${head + 1} blocks in ${(ms / 1000).toFixed(1)} s = ${((head + 1) / (ms / 1000)).toFixed(0)} blocks/s (${(ms / (head + 1)).toFixed(1)} ms/block, 2 subnets, ~20 stake positions)`);
    await ix.stop();
    await db.close();
  }
} finally {
  await api.disconnect();
  await node.stop();
  rmSync(dir, { recursive: true, force: true });
}
