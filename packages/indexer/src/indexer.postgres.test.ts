import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { startIndexer } from './api/server.js';
import { apiSuite } from './apiChecks.js';
import { openDb, type Db } from './db/db.js';
import { Indexer } from './indexer.js';
import { startPostgres, type PgServer } from './pgServer.js';
import { advanceToEpoch, buildScenario, connectApi } from './testUtil.js';
import { verifyAgainstNode } from './verify.js';

const TABLES = ['blocks', 'extrinsics', 'events', 'transfers', 'accounts', 'balance_history', 'stakes', 'stake_history', 'subnets', 'subnet_blocks', 'hyperparameters', 'hyperparameter_history', 'metagraph_snapshots', 'neurons', 'registrations', 'weights', 'validators'];

async function contents(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) {
    const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${t}`);
    out[t] = rows.map((r) => JSON.stringify(Object.entries(r).filter(([k]) => k !== 'timestamp').map(([k, v]) => [k, v === null ? null : String(v)]))).sort();
  }
  return out;
}

test('PostgreSQL: the same store and API tests against a real server (started by the test)', { timeout: 400_000 }, async () => {
  // fails (does not skip) when the PostgreSQL binaries are missing
  const pg: PgServer = await startPostgres();
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const api = await connectApi(node.url);
  let server: Awaited<ReturnType<typeof startIndexer>> | undefined;
  const sqlite = await openDb(':memory:');
  const ix = new Indexer({ nodeUrl: node.url, db: sqlite });
  try {
    const sc = await buildScenario(api, node.httpUrl);
    const head = await advanceToEpoch(api, node.httpUrl, sc.netuid);
    server = await startIndexer({ nodeUrl: node.url, database: pg.url, port: 0 });
    assert.equal(server.db.dialect, 'postgres');
    await server.indexer.waitFor(head, 240_000);
    const checks = await verifyAgainstNode(server.db, api, node.httpUrl, sc);
    assert.ok(checks > 100);
    await apiSuite(server.url, sc, head);

    // same schema, same rows: a SQLite index of the same chain holds exactly the same data
    await ix.start();
    await ix.waitFor(head, 240_000);
    await server.indexer.stop();
    await ix.stop();
    const [a, b] = [await contents(server.db), await contents(sqlite)];
    for (const t of TABLES) assert.deepEqual(a[t].filter((r) => !r.includes(`"block_number","${head + 1}"`)), b[t].filter((r) => !r.includes(`"block_number","${head + 1}"`)), `table ${t}`);

    // restart on the same database resumes after the last block
    await server.close();
    server = await startIndexer({ nodeUrl: node.url, database: pg.url, port: 0 });
    assert.ok(server.indexer.status().indexedBlock >= head);
  } finally {
    await ix.stop();
    await server?.close();
    await sqlite.close();
    await api.disconnect();
    await node.stop();
    await pg.stop();
  }
});
