import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';
import { httpRpc, spawnDevNode } from './testUtil.js';

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
      const timer = setTimeout(() => reject(new Error('no InBlock/Finalized status within 30 s')), 30_000);
      timer.unref();
      api.tx.balances
        .transferKeepAlive(bob.address, amount)
        .signAndSend(alice, (r) => {
          if (r.isError) reject(new Error(`tx error ${r.status.type}`));
          // dev finality is immediate: polkadot.js may skip InBlock when Finalized follows at once
          if (r.status.isInBlock || r.status.isFinalized) {
            const success = r.events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event));
            clearTimeout(timer);
            resolve({ blockHash: (r.status.isInBlock ? r.status.asInBlock : r.status.asFinalized).toHex(), success });
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

interface Sent {
  readonly inBlock: string;
  readonly finalized: string;
  readonly events: { section: string; method: string; data: unknown[] }[];
  /** `pallet.Error` of a failed extrinsic, undefined on success. */
  readonly moduleError?: string;
}

/** Sign, submit and wait for finalization; resolves with the events and the module error by name. */
function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<Sent> {
  return new Promise<Sent>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${tx.method.section}.${tx.method.method}: not finalized within 30 s`)), 30_000);
    timer.unref();
    let inBlock = '';
    tx.signAndSend(signer, (r) => {
      if (r.isError) reject(new Error(`${tx.method.section}.${tx.method.method}: ${r.status.type}`));
      if (r.status.isInBlock) inBlock = r.status.asInBlock.toHex();
      if (r.status.isFinalized) {
        clearTimeout(timer);
        let moduleError: string | undefined;
        if (r.dispatchError?.isModule) {
          const meta = api.registry.findMetaError(r.dispatchError.asModule);
          moduleError = `${meta.section}.${meta.name}`;
        }
        resolve({
          inBlock,
          finalized: r.status.asFinalized.toHex(),
          events: r.events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data.toJSON() as unknown[] })),
          moduleError,
        });
      }
    }).catch(reject);
  });
}

test('@polkadot/api against `tensorium node --dev`: subnet round trip (register_network, start_call, burned_register, add/remove_stake, set_weights, a module error)', { timeout: 120_000 }, async () => {
  const node = await spawnDevNode(['--sealing', 'instant']);
  const provider = new WsProvider(node.url, false);
  await provider.connect();
  let api: ApiPromise;
  try {
    api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  } catch (e) {
    await provider.disconnect().catch(() => undefined);
    await node.stop();
    throw e;
  }
  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const charlie = keyring.addFromUri('//Charlie');
    const aliceHot = keyring.addFromUri('//Alice//hot');
    const bobHot = keyring.addFromUri('//Bob//hot');
    const big = (v: unknown): bigint => (v as { toBigInt(): bigint }).toBigInt();
    const num = (v: unknown): number => (typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber());
    const { subtensorModule: sm } = api.tx;
    const q = api.query.subtensorModule;

    const networksBefore = num(await q.totalNetworks());
    const reg = await send(api, sm.registerNetwork(aliceHot.address), alice);
    assert.equal(reg.moduleError, undefined);
    // dev mode finalizes at once (polkadot.js may then skip reporting InBlock: it cancels the event fetch)
    const finalizedHead = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
    const inclusion = await api.rpc.chain.getHeader(reg.finalized);
    assert.ok(finalizedHead.number.toNumber() >= inclusion.number.toNumber());
    if (reg.inBlock) assert.equal(reg.inBlock, reg.finalized);
    const added = reg.events.find((e) => e.section === 'subtensorModule' && e.method === 'NetworkAdded');
    assert.ok(added, 'NetworkAdded event');
    const netuid = Number(added.data[0]);
    assert.equal(num(await q.totalNetworks()), networksBefore + 1);
    assert.equal((await q.subnetOwner(netuid)).toString(), alice.address);

    assert.equal((await send(api, sm.startCall(netuid), alice)).moduleError, undefined);

    const registered = await send(api, sm.burnedRegister(netuid, bobHot.address), bob);
    assert.equal(registered.moduleError, undefined);
    assert.ok(registered.events.some((e) => e.method === 'NeuronRegistered'));
    const uid = async (hot: string): Promise<number> => num((await q.uids(netuid, hot)).toJSON());
    const bobUid = await uid(bobHot.address);
    assert.equal((await q.keys(netuid, bobUid)).toString(), bobHot.address);

    const stakeTao = 500n * 1_000_000_000n;
    const staked = await send(api, sm.addStake(bobHot.address, netuid, stakeTao), bob);
    assert.equal(staked.moduleError, undefined);
    assert.ok(staked.events.some((e) => e.method === 'StakeAdded'));
    // stake shares live in AlphaV2 as a SafeFloat { mantissa, exponent }; zero is mantissa 0
    const shares = async (hot: string, cold: string): Promise<bigint> => {
      const v = (await q.alphaV2(hot, cold, netuid)).toJSON() as { mantissa: number | string };
      return BigInt(v.mantissa);
    };
    assert.ok((await shares(bobHot.address, bob.address)) > 0n, 'Bob holds alpha shares');
    const hotkeyAlpha = big(await q.totalHotkeyAlpha(bobHot.address, netuid));
    assert.ok(hotkeyAlpha > 0n);

    const unstaked = await send(api, sm.removeStake(bobHot.address, netuid, hotkeyAlpha / 4n), bob);
    assert.equal(unstaked.moduleError, undefined);
    assert.ok(unstaked.events.some((e) => e.method === 'StakeRemoved'));
    assert.ok(big(await q.totalHotkeyAlpha(bobHot.address, netuid)) < hotkeyAlpha);

    // one epoch hands out validator permits by stake; then Bob's hotkey weights Alice's hotkey (uid 0)
    const jumped = await httpRpc(node.port, 'dev_jumpBlocks', [12]);
    assert.equal(jumped.error, undefined);
    const aliceUid = await uid(aliceHot.address);
    const weights = await send(api, sm.setWeights(netuid, [aliceUid, bobUid], [65535, 0], 0), bobHot);
    assert.equal(weights.moduleError, undefined);
    assert.ok(weights.events.some((e) => e.method === 'WeightsSet'));
    const row = (await q.weights(netuid, bobUid)).toJSON() as [number, number][];
    assert.deepEqual(row, [[aliceUid, 65535], [bobUid, 0]], 'stored as max-upscaled pairs, zeros kept (as subtensor does)');

    // a failing extrinsic: included, fee paid, state unchanged, the module error by name
    const charlieBefore = (await api.query.system.account(charlie.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
    const unregistered = keyring.addFromUri('//Charlie//never-registered');
    const failed = await send(api, sm.addStake(unregistered.address, netuid, 1_000_000_000n), charlie);
    assert.equal(failed.moduleError, 'subtensorModule.HotKeyAccountNotExists');
    assert.ok(failed.events.some((e) => e.section === 'system' && e.method === 'ExtrinsicFailed'));
    assert.equal(await shares(unregistered.address, charlie.address), 0n);
    const charlieAfter = (await api.query.system.account(charlie.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
    const fee = charlieBefore.data.free.toBigInt() - charlieAfter.data.free.toBigInt();
    assert.ok(fee > 0n && fee < 1_000_000_000n, `only the fee was charged (${fee} rao)`);
  } finally {
    await api.disconnect();
    await node.stop();
  }
});
