/**
 * The metagraph after real epochs on a real node: a subnet with an owner-validator and two miners,
 * weights set, blocks advanced past several tempos with dev_jumpBlocks; every field compared with
 * direct storage reads at the same block.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { Keypair } from '../wallet/keypair.js';
import { parseTao } from '../balance.js';
import { addStake, burnedRegister, createClient, registerNetwork, serveAxon, setChildren, setWeights, startCall, transfer, TensoriumError } from '../client/index.js';
import { syncMetagraph } from './metagraph.js';

type Json = { toJSON(): unknown };

test('syncMetagraph after real epochs matches storage', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const client = await createClient({ url: node.url });
  try {
    const alice = Keypair.fromUri('//Alice');
    const cold = Keypair.fromUri('//Mg//cold');
    const vali = Keypair.fromUri('//Mg//vali');
    const m1 = Keypair.fromUri('//Mg//m1');
    const m2 = Keypair.fromUri('//Mg//m2');
    await transfer(client, { signer: alice, dest: cold.ss58Address, amount: parseTao('10000') });
    await transfer(client, { signer: alice, dest: vali.ss58Address, amount: parseTao('1') });
    const { netuid } = await registerNetwork(client, { signer: cold, hotkey: vali.ss58Address });
    await startCall(client, { signer: cold, netuid });
    await burnedRegister(client, { signer: cold, netuid, hotkey: m1.ss58Address });
    await burnedRegister(client, { signer: cold, netuid, hotkey: m2.ss58Address });
    await addStake(client, { signer: cold, hotkey: vali.ss58Address, netuid, amount: parseTao('500') });
    await serveAxon(client, { signer: m1, netuid, ip: '192.168.7.9', port: 9000 });
    // a couple of epochs so the validator gets its permit, then weights, then more epochs
    await client.request('dev_jumpBlocks', [25]);
    await setWeights(client, { signer: vali, netuid, uids: [1, 2], weights: [3, 1] });
    // a child key so stakes are inherited (applied after the pending cooldown)
    await setChildren(client, { signer: cold, hotkey: vali.ss58Address, netuid, children: [{ hotkey: m2.ss58Address, proportion: 0.25 }] });
    await client.request('dev_jumpBlocks', [40]);
    assert.ok(JSON.stringify((await client.api.query.subtensorModule.childKeys(vali.ss58Address, netuid)).toJSON()).length > 4, 'child key applied');

    const mg = await syncMetagraph(client, { netuid, lite: false });
    const at = await client.api.at(mg.blockHash);
    const q = at.query.subtensorModule;
    const header = await client.api.rpc.chain.getHeader(mg.blockHash);
    assert.equal(mg.block, header.number.toNumber());
    assert.equal(mg.n, 3);
    assert.deepEqual(mg.uids, [0, 1, 2]);
    assert.deepEqual(mg.hotkeys, [vali.ss58Address, m1.ss58Address, m2.ss58Address]);
    for (let uid = 0; uid < mg.n; uid++) {
      assert.equal((await q.keys(netuid, uid)).toString(), mg.hotkeys[uid]);
      assert.equal((await q.owner(mg.hotkeys[uid])).toString(), mg.coldkeys[uid]);
      const alpha = ((await q.totalHotkeyAlpha(mg.hotkeys[uid], netuid)) as unknown as { toBigInt(): bigint }).toBigInt();
      if (uid === 1) assert.equal(mg.alphaStakeRao[uid], alpha, 'no child keys: alpha stake = TotalHotkeyAlpha');
      assert.ok(mg.totalStakeRao[uid] >= mg.alphaStakeRao[uid]);
    }
    const u16 = async (item: string): Promise<number[]> => ((await (q[item] as (n: number) => Promise<Json>)(netuid)).toJSON() as number[]).map((v) => v / 65535);
    assert.deepEqual(mg.incentive, await u16('incentive'));
    assert.deepEqual(mg.dividends, await u16('dividends'));
    assert.deepEqual(mg.consensus, await u16('consensus'));
    assert.deepEqual(mg.validatorTrust, await u16('validatorTrust'));
    assert.deepEqual(mg.emissionRao, ((await q.emission(netuid)).toJSON() as (number | string)[]).map((v) => BigInt(v)));
    assert.deepEqual(mg.active, (await q.active(netuid)).toJSON());
    assert.deepEqual(mg.validatorPermit, (await q.validatorPermit(netuid)).toJSON());
    assert.deepEqual(mg.lastUpdate, ((await q.lastUpdate(netuid)).toJSON() as number[]).map(Number));
    // the epoch ran: the validator has a permit and dividends, miners incentive in the 3:1 ratio
    assert.equal(mg.validatorPermit[0], true);
    assert.ok(mg.dividends[0] > 0, 'validator dividends');
    assert.ok(mg.incentive[1] > mg.incentive[2] && mg.incentive[2] > 0, 'miner incentive follows weights');
    assert.ok(mg.emission[1] > 0);
    assert.deepEqual(mg.ranks, [0, 0, 0]);
    // weights: row-normalised from storage
    const w0 = (await q.weights(netuid, 0)).toJSON() as [number, number][];
    const sum = w0.reduce((a, [, v]) => a + v, 0);
    assert.deepEqual(mg.weights[0], [0, ...[1, 2].map((j) => (w0.find(([u]) => u === j)?.[1] ?? 0) / sum)]);
    assert.ok(Math.abs(mg.weights[0][1] - 0.75) < 1e-4);
    assert.deepEqual(mg.weights[1], [0, 0, 0]);
    const b0 = (await q.bonds(netuid, 0)).toJSON() as [number, number][];
    for (const [j, v] of b0) assert.equal(mg.bonds[0][j], v);
    assert.ok(mg.bonds[0][1] > 0, 'bonds formed');
    // axons
    assert.equal(mg.axons[1].ip, '192.168.7.9');
    assert.equal(mg.axons[1].port, 9000);
    assert.equal(mg.axons[0].isServing, false);
    // hyperparameters and pool come from the same snapshot
    assert.equal(mg.tempo, Number((await q.tempo(netuid)).toString()));
    assert.equal(mg.pool.taoIn, BigInt((await q.subnetTAO(netuid)).toString()));

    // lite skips the matrices
    const lite = await syncMetagraph(client, { netuid });
    assert.equal(lite.lite, true);
    assert.deepEqual(lite.weights, []);
    await assert.rejects(syncMetagraph(client, { netuid: 999 }), (e: unknown) => e instanceof TensoriumError && e.code === 'SUBNET_NOT_FOUND');
    // child-key inheritance: the validator keeps 3/4 of its own alpha, its child gains 1/4
    const own = ((await q.totalHotkeyAlpha(vali.ss58Address, netuid)) as unknown as { toBigInt(): bigint }).toBigInt();
    assert.ok(mg.alphaStakeRao[0] < own && mg.alphaStakeRao[0] >= (own * 3n) / 4n - 1n);
    assert.ok(mg.alphaStakeRao[2] > ((await q.totalHotkeyAlpha(m2.ss58Address, netuid)) as unknown as { toBigInt(): bigint }).toBigInt());

    // the storage path (raw storage + the chain's stake-weight arithmetic) equals the runtime API
    const fromStorage = await syncMetagraph(client, { netuid, lite: false, source: 'storage', block: mg.block });
    assert.equal(fromStorage.source, 'storage');
    assert.deepEqual({ ...fromStorage, source: mg.source }, mg);

    // a past block: read from storage at that block, equal to what the runtime API said then
    await client.request('dev_jumpBlocks', [7]);
    const past = await syncMetagraph(client, { netuid, lite: false, block: mg.block });
    assert.equal(past.block, mg.block);
    assert.deepEqual({ ...past, source: mg.source }, mg);
    await assert.rejects(syncMetagraph(client, { netuid, block: 10_000_000 }), (e: unknown) => e instanceof TensoriumError && e.code === 'BLOCK_NOT_FOUND');
    await assert.rejects(syncMetagraph(client, { netuid, block: 1, source: 'runtime-api' }), (e: unknown) => e instanceof TensoriumError && e.code === 'HISTORIC_BLOCK_UNSUPPORTED');
  } finally {
    await client.disconnect();
    await node.stop();
  }
});
