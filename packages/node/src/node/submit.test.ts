import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sr25519Sign } from '@polkadot/util-crypto';
import { decode } from '@tensorium/primitives';
import { AccountInfoType } from '@tensorium/runtime/types';
import { devAccount, devKeypair } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../extrinsic/index.js';
import { blake2_128, concatBytes, fromHex, toHex, twox128 } from '../storage/hashing.js';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';
import { httpRpc, wsClient } from './testUtil.js';

const accountKey = (id: string): string => {
  const b = fromHex(id);
  return toHex(concatBytes(twox128('System'), twox128('Account'), blake2_128(b), b));
};

function transfer(genesisHash: string, nonce: number, value: bigint, tip = 0n): string {
  const kp = devKeypair('//Alice');
  return toHex(
    encodeSignedExtrinsic({
      call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value } },
      signer: devAccount('Alice'),
      sign: (payload) => sr25519Sign(payload, kp),
      nonce,
      tip,
      genesisHash,
    }),
  );
}

test('signed transfers through the pool: watch, inclusion, events, rejections', { timeout: 60_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const ws = await wsClient(node.port);
  try {
    const g = node.chain.genesisHash;
    const bobFree = async (): Promise<bigint> => (decode(AccountInfoType, fromHex((await httpRpc(node.port, 'state_getStorage', [accountKey(devAccount('Bob'))])).result as string)) as { data: { free: bigint } }).data.free;
    const before = await bobFree();
    const t0 = performance.now();
    const sub = (await ws.call('author_submitAndWatchExtrinsic', [transfer(g, 0, 5_000_000_000n)])) as string;
    const statuses = await ws.next(sub, 3);
    const ms = performance.now() - t0;
    assert.equal(statuses[0], 'ready');
    const inBlock = (statuses[1] as { inBlock: string }).inBlock;
    assert.match(inBlock, /^0x[0-9a-f]{64}$/);
    assert.deepEqual(statuses[2], { finalized: inBlock });
    console.log(`submit -> finalized ${ms.toFixed(1)} ms`);
    // the final status ended the subscription on the server (as Substrate's stream ends): unwatching finds nothing
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await ws.call('author_unwatchExtrinsic', [sub]), false);
    assert.equal((await bobFree()) - before, 5_000_000_000n);
    const block = (await httpRpc(node.port, 'chain_getBlock', [inBlock])).result as { block: { extrinsics: string[] } };
    // the timestamp inherent (an unsigned Timestamp.set, pallet 2 call 0) first, then the transfer
    assert.equal(block.block.extrinsics.length, 2);
    assert.match(block.block.extrinsics[0], /^0x[0-9a-f]{2}040200/);
    // the block's events are readable at its hash
    const eventsKey = toHex(concatBytes(twox128('System'), twox128('Events')));
    const ev = (await httpRpc(node.port, 'state_getStorage', [eventsKey, inBlock])).result;
    assert.equal(typeof ev, 'string');
    assert.equal((await httpRpc(node.port, 'system_accountNextIndex', [toHex(fromHex(devAccount('Alice')))])).result, 1);
    // rejections
    const stale = await httpRpc(node.port, 'author_submitExtrinsic', [transfer(g, 0, 1n)]);
    assert.equal(stale.error?.code, 1010);
    assert.equal(stale.error?.data, 'Transaction is outdated');
    const badGenesis = await httpRpc(node.port, 'author_submitExtrinsic', [transfer('11'.repeat(32), 1, 1_000_000_000n)]);
    assert.equal(badGenesis.error?.code, 1010);
    const truncated = await httpRpc(node.port, 'author_submitExtrinsic', [transfer(g, 1, 1_000_000_000n).slice(0, -10)]);
    assert.equal(truncated.error?.code, 1001);
    const poor = await httpRpc(node.port, 'author_submitExtrinsic', [transfer(g, 1, 10n ** 30n)]);
    assert.ok(poor.error === undefined || poor.error.code === 1010 || poor.error.code === 1001, JSON.stringify(poor.error));
    // future nonce waits, then becomes ready when the gap is filled
    await new Promise((r) => setTimeout(r, 50));
    const nextNonce = (await httpRpc(node.port, 'system_accountNextIndex', [toHex(fromHex(devAccount('Alice')))])).result as number;
    const futureHex = transfer(g, nextNonce + 1, 1_000_000_000n);
    const future = await httpRpc(node.port, 'author_submitExtrinsic', [futureHex]);
    assert.match(future.result as string, /^0x/);
    const dup = await httpRpc(node.port, 'author_submitExtrinsic', [futureHex]);
    assert.equal(dup.error?.code, 1013);
    // same nonce, same priority, different signature: too low to replace
    const replace = await httpRpc(node.port, 'author_submitExtrinsic', [transfer(g, nextNonce + 1, 1_000_000_000n)]);
    assert.equal(replace.error?.code, 1014);
    assert.equal(((await httpRpc(node.port, 'author_pendingExtrinsics')).result as string[]).length, 1);
    const gap = await httpRpc(node.port, 'author_submitExtrinsic', [transfer(g, nextNonce, 1_000_000_000n)]);
    assert.match(gap.result as string, /^0x/);
    for (let i = 0; i < 50 && node.pool.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(node.pool.size, 0);
    assert.equal((await httpRpc(node.port, 'system_accountNextIndex', [toHex(fromHex(devAccount('Alice')))])).result, nextNonce + 2);
    // payment info via RPC and runtime API
    const info = (await httpRpc(node.port, 'payment_queryInfo', [transfer(g, 9, 1n)])).result as { partialFee: string };
    assert.ok(BigInt(info.partialFee) > 0n);
  } finally {
    await ws.close();
    await node.stop();
  }
});

test('a long-lived connection watches more transactions than its subscription limit: finished watches free their slot', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const ws = await wsClient(node.port);
  try {
    const g = node.chain.genesisHash;
    // 1,100 watched transfers, 100 at a time, without author_unwatchExtrinsic (as polkadot.js' signAndSend
    // callers that never call the returned unsubscribe); the limit is 1,024 open subscriptions per connection
    let nonce = 0;
    for (let round = 0; round < 11; round++) {
      const subs: string[] = [];
      for (let i = 0; i < 100; i++) subs.push((await ws.call('author_submitAndWatchExtrinsic', [transfer(g, nonce++, 1_000_000_000n)])) as string);
      for (const sub of subs) {
        const [ready, inBlock, finalized] = await ws.next(sub, 3, 30_000);
        assert.equal(ready, 'ready');
        assert.deepEqual(finalized, { finalized: (inBlock as { inBlock: string }).inBlock });
      }
    }
    assert.equal((await httpRpc(node.port, 'system_accountNextIndex', [toHex(fromHex(devAccount('Alice')))])).result, 1_100);
  } finally {
    await ws.close();
    await node.stop();
  }
});
