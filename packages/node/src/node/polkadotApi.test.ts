import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';

test('@polkadot/api: constants, storage, signed transfer included', { timeout: 90_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const provider = new WsProvider(node.url, false);
  await provider.connect();
  const t0 = performance.now();
  let api: ApiPromise;
  try {
    api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  } catch (e) {
    await provider.disconnect().catch(() => undefined);
    await node.stop();
    throw e;
  }
  try {
    console.log(`api ready in ${(performance.now() - t0).toFixed(0)} ms`);
    const ed = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
    assert.ok(ed > 0n);
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const before = (await api.query.system.account(bob.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
    const amount = 1_000_000_000n;
    const status = await new Promise<{ blockHash: string; success: boolean }>((resolve, reject) => {
      // never hang: a missing status fails the test and still lets `finally` stop the node
      const timer = setTimeout(() => reject(new Error('no InBlock status within 30 s')), 30_000);
      timer.unref();
      api.tx.balances
        .transferKeepAlive(bob.address, amount)
        .signAndSend(alice, (r) => {
          if (r.isError) reject(new Error(`tx error ${r.status.type}`));
          if (r.status.isInBlock) {
            const success = r.events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event));
            clearTimeout(timer);
            resolve({ blockHash: r.status.asInBlock.toHex(), success });
          }
        })
        .catch(reject);
    });
    assert.ok(status.success, 'ExtrinsicSuccess event');
    const after = (await api.query.system.account(bob.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
    assert.equal(after.data.free.toBigInt() - before.data.free.toBigInt(), amount);
    const nonce = await api.rpc.system.accountNextIndex(alice.address);
    assert.equal(nonce.toNumber(), 1);
  } finally {
    await api.disconnect();
    await node.stop();
  }
});
