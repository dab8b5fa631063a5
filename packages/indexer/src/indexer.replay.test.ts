import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { openDb } from './db/db.js';
import { Indexer } from './indexer.js';
import { advanceToEpoch, buildScenario, connectApi } from './testUtil.js';
import { verifyAgainstNode } from './verify.js';

test('replay: a fresh index of a chain equals the node’s storage and runtime APIs (SQLite)', { timeout: 300_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const api = await connectApi(node.url);
  const db = await openDb(':memory:');
  const indexer = new Indexer({ nodeUrl: node.url, db });
  try {
    const sc = await buildScenario(api, node.httpUrl);
    const head = await advanceToEpoch(api, node.httpUrl, sc.netuid);
    await indexer.start();
    await indexer.waitFor(head, 240_000);
    const checks = await verifyAgainstNode(db, api, node.httpUrl, sc);
    assert.ok(checks > 100, `${checks} comparisons`);
    // a failed extrinsic is indexed with its module error
    await assert.rejects(
      (async () => {
        const { send } = await import('./testUtil.js');
        await send(api, api.tx.subtensorModule.addStake(sc.keys.validatorHk.address, 999, 1_000_000_000n), sc.keys.bob);
      })(),
      /SubnetNotExists|dispatch failed/,
    );
    const n = (await api.rpc.chain.getHeader()).number.toNumber();
    await indexer.waitFor(n);
    const x = await db.get<{ success: number; error_module: string; error_name: string }>("SELECT success, error_module, error_name FROM extrinsics WHERE block_number = ? AND call_name = 'add_stake'", [n]);
    assert.deepEqual([Number(x?.success), x?.error_module, x?.error_name], [0, 'SubtensorModule', 'SubnetNotExists']);
  } finally {
    await indexer.stop();
    await api.disconnect();
    await db.close();
    await node.stop();
  }
});
