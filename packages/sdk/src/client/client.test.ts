/**
 * Client actions against a real node (instant sealing): reads, every write path used by users,
 * typed results (block, events, fee) and typed chain errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { Keypair } from '../wallet/keypair.js';
import { parseTao } from '../balance.js';
import {
  addStake,
  burnedRegister,
  ChainError,
  ConnectionError,
  TransactionError,
  createClient,
  getBalance,
  getBurnCost,
  getCommitment,
  getDynamicInfo,
  getHyperparameters,
  getLockCost,
  getStake,
  getStakeInfo,
  getSubnets,
  moveStake,
  previewStake,
  registerNetwork,
  removeStake,
  setCommitment,
  setHyperparameter,
  setWeights,
  startCall,
  swapStake,
  transfer,
  transferStake,
  commitWeights,
  revealWeights,
  serveAxon,
  setDelegateTake,
  setChildren,
  claimRoot,
  getTimestamp,
} from './index.js';

test('createClient: unreachable endpoint → ConnectionError', async () => {
  await assert.rejects(createClient({ url: 'ws://127.0.0.1:1', connectTimeoutMs: 2000 }), (e: unknown) => e instanceof ConnectionError && e.code === 'CONNECTION_FAILED');
});

test('client actions against a real node', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const client = await createClient({ url: node.url });
  try {
    const alice = Keypair.fromUri('//Alice');
    const cold = Keypair.fromUri('//Client//cold');
    const hot = Keypair.fromUri('//Client//hot');
    const hot2 = Keypair.fromUri('//Client//hot2');
    const bob = Keypair.fromUri('//Bob');

    // transfer: fee from TransactionFeePaid, balances move by exactly amount (+fee on the sender)
    const aliceBefore = await getBalance(client, { address: alice.ss58Address });
    const t = await transfer(client, { signer: alice, dest: cold.ss58Address, amount: parseTao('20000') });
    assert.ok(t.blockNumber > 0 && /^0x[0-9a-f]{64}$/.test(t.blockHash));
    assert.ok(t.fee > 0n, 'fee paid');
    assert.ok(t.events.some((e) => e.pallet === 'Balances' && e.name === 'Transfer'));
    const aliceAfter = await getBalance(client, { address: alice.ss58Address, at: t.blockHash });
    assert.equal(aliceBefore.free - aliceAfter.free, parseTao('20000') + t.fee);
    assert.equal((await getBalance(client, { address: cold.ss58Address })).free, parseTao('20000'));

    // block time: the transfer's block carries the sealer's clock (Timestamp.Now), later blocks are later
    const clock = Date.now();
    const tsAt = await getTimestamp(client, { at: t.blockHash });
    // (at most MinimumPeriod = 125 ms per block ahead of the clock, when blocks come faster than that)
    assert.ok(tsAt.ms > 1_700_000_000_000n && tsAt.ms <= BigInt(clock) + 125n * BigInt(t.blockNumber), `block time ${tsAt.ms}`);
    assert.equal(tsAt.date.getTime(), Number(tsAt.ms));
    assert.ok((await getTimestamp(client)).ms >= tsAt.ms);

    // chain error is typed and named
    const poor = Keypair.fromUri('//Client//poor');
    await transfer(client, { signer: alice, dest: poor.ss58Address, amount: parseTao('1') });
    await assert.rejects(
      addStake(client, { signer: poor, hotkey: hot.ss58Address, netuid: 0, amount: parseTao('100') }),
      (e: unknown) => (e instanceof ChainError && e.code.startsWith('SubtensorModule.')) || (e as { code?: string }).code === 'TX_CANNOT_PAY',
    );

    // subnet lifecycle
    const lock = await getLockCost(client);
    assert.ok(lock > 0n);
    const before = await getBalance(client, { address: cold.ss58Address });
    const reg = await registerNetwork(client, { signer: cold, hotkey: hot.ss58Address });
    assert.ok(reg.netuid > 0);
    const after = await getBalance(client, { address: cold.ss58Address, at: reg.blockHash });
    assert.equal(before.free - after.free, lock + reg.fee, 'lock cost as quoted');
    const netuid = reg.netuid;
    await startCall(client, { signer: cold, netuid });
    await assert.rejects(startCall(client, { signer: cold, netuid }), (e: unknown) => e instanceof ChainError && e.code === 'SubtensorModule.FirstEmissionBlockNumberAlreadySet');

    const subnets = await getSubnets(client);
    assert.ok(subnets.some((s) => s.netuid === 0) && subnets.some((s) => s.netuid === netuid));
    const dyn = await getDynamicInfo(client, { netuid });
    assert.equal(dyn.ownerColdkey, cold.ss58Address);
    assert.equal(dyn.ownerHotkey, hot.ss58Address);
    assert.ok(dyn.price > 0n && dyn.taoIn > 0n && dyn.alphaIn > 0n);

    const burn = await getBurnCost(client, { netuid });
    const r2 = await burnedRegister(client, { signer: cold, netuid, hotkey: hot2.ss58Address });
    assert.equal(r2.uid, 1);
    assert.ok(burn > 0n);
    const h = await getHyperparameters(client, { netuid });
    assert.equal(typeof h.tempo, 'number');
    assert.ok('weights_rate_limit' in h && 'kappa' in h);

    // staking with a preview and a limit price
    const q = await previewStake(client, { netuid, direction: 'stake', amount: parseTao('100'), maxSlippage: 0.5 });
    assert.ok(q.slippage >= 0 && q.slippage < 1);
    assert.ok(q.amountOut > 0n && q.amountOut <= q.idealOut);
    assert.ok(q.limitPrice > q.price);
    const s = await addStake(client, { signer: cold, hotkey: hot.ss58Address, netuid, amount: parseTao('100'), limitPrice: q.limitPrice });
    const added = s.events.find((e) => e.name === 'StakeAdded');
    assert.ok(added, 'StakeAdded event');
    const staked = await getStake(client, { coldkey: cold.ss58Address, hotkey: hot.ss58Address, netuid });
    assert.equal(staked, added.data['3'] as bigint, 'alpha from the event = stake on chain');
    const chainStake = (await client.api.query.subtensorModule.totalHotkeyAlpha(hot.ss58Address, netuid)) as unknown as { toBigInt(): bigint };
    assert.ok(chainStake.toBigInt() >= staked);
    // a limit below the current price cannot fill
    await assert.rejects(
      addStake(client, { signer: cold, hotkey: hot.ss58Address, netuid, amount: parseTao('10'), limitPrice: 1n }),
      (e: unknown) => e instanceof ChainError && ['Swap.PriceLimitExceeded', 'SubtensorModule.SlippageTooHigh', 'SubtensorModule.ZeroMaxStakeAmount'].includes(e.code) && typeof e.remedy === 'string',
    );
    const qu = await previewStake(client, { netuid, direction: 'unstake', amount: staked / 4n, maxSlippage: 0.5 });
    assert.ok(qu.amountOut > 0n && qu.limitPrice < qu.price);
    await removeStake(client, { signer: cold, hotkey: hot.ss58Address, netuid, amount: staked / 4n, limitPrice: qu.limitPrice });
    await moveStake(client, { signer: cold, originHotkey: hot.ss58Address, destinationHotkey: hot2.ss58Address, originNetuid: netuid, destinationNetuid: netuid, amount: staked / 4n });
    await transferStake(client, { signer: cold, destinationColdkey: bob.ss58Address, hotkey: hot2.ss58Address, originNetuid: netuid, destinationNetuid: netuid, amount: (await getStake(client, { coldkey: cold.ss58Address, hotkey: hot2.ss58Address, netuid })) / 2n });
    assert.ok((await getStake(client, { coldkey: bob.ss58Address, hotkey: hot2.ss58Address, netuid })) > 0n);
    const second = await registerNetwork(client, { signer: cold, hotkey: Keypair.fromUri('//Client//hot3').ss58Address });
    await startCall(client, { signer: cold, netuid: second.netuid });
    await swapStake(client, { signer: cold, hotkey: hot.ss58Address, originNetuid: netuid, destinationNetuid: second.netuid, amount: parseTao('1') });
    const info = await getStakeInfo(client, { coldkey: cold.ss58Address });
    assert.ok(info.some((p) => p.netuid === second.netuid && p.hotkey === hot.ss58Address) && info.some((p) => p.netuid === netuid));

    // weights (hotkey-signed, Pays::No) and typed weight errors
    await transfer(client, { signer: alice, dest: hot.ss58Address, amount: parseTao('1') });
    const w = await setWeights(client, { signer: hot, netuid, uids: [0, 1], weights: [0.25, 1] });
    assert.deepEqual(w.weights, [16384, 65535]);
    assert.equal(w.fee, 0n);
    const stored = (await client.api.query.subtensorModule.weights(netuid, 0)).toJSON();
    assert.deepEqual(stored, [[0, 16384], [1, 65535]]);
    await assert.rejects(setWeights(client, { signer: hot, netuid, uids: [0, 9], weights: [1, 1] }), (e: unknown) => e instanceof ChainError && e.pallet === 'SubtensorModule');
    await assert.rejects(setWeights(client, { signer: hot, netuid, uids: [0, 1], weights: [1, 1], versionKey: 0n }).then(() => setWeights(client, { signer: hot, netuid: 999, uids: [0], weights: [1] })), (e: unknown) => e instanceof ChainError);

    // commit-reveal: enable via the owner (AdminUtils), commit, reveal
    const hp = await setHyperparameter(client, { signer: cold, netuid, name: 'commit_reveal_weights_enabled', value: true });
    assert.equal(hp.call, 'sudo_set_commit_reveal_weights_enabled');
    assert.equal((await getHyperparameters(client, { netuid })).commit_reveal_weights_enabled, true);
    await assert.rejects(setWeights(client, { signer: hot, netuid, uids: [0], weights: [1] }), (e: unknown) => e instanceof ChainError && e.code === 'SubtensorModule.CommitRevealEnabled');
    const c = await commitWeights(client, { signer: hot, netuid, uids: [0, 1], weights: [1, 3] });
    const commits = (await client.api.query.subtensorModule.weightCommits(netuid, hot.ss58Address)).toJSON() as unknown[] | null;
    assert.ok(commits && JSON.stringify(commits).includes(c.commitHash.slice(2)));
    // revealing too early is a named error (reveal happens an epoch later)
    await assert.rejects(revealWeights(client, { signer: hot, netuid, uids: c.uids, weights: c.weights, salt: c.salt, versionKey: c.versionKey }), (e: unknown) => e instanceof TransactionError && e.code === 'InvalidTransaction.CommitBlockNotInRevealRange');
    // after the reveal period the same reveal succeeds
    // after the reveal period the same reveal succeeds (advance one block at a time until in range)
    const reveal = () => revealWeights(client, { signer: hot, netuid, uids: c.uids, weights: c.weights, salt: c.salt, versionKey: c.versionKey });
    let rv;
    for (let i = 0; i < 80 && !rv; i++) {
      await client.request('dev_jumpBlocks', [1]);
      rv = await reveal().catch((e: unknown) => {
        if ((e as { code?: string }).code !== 'InvalidTransaction.CommitBlockNotInRevealRange') throw e;
        return undefined;
      });
    }
    assert.ok(rv, 'revealed within the reveal epoch');
    assert.ok(rv.events.some((e) => e.name === 'WeightsRevealed'));
    assert.deepEqual((await client.api.query.subtensorModule.weights(netuid, 0)).toJSON(), [[0, 21845], [1, 65535]]);
    // root sudo path: tempo via Sudo.sudo
    await setHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: 20, sudo: true });
    assert.equal((await getHyperparameters(client, { netuid })).tempo, 20);
    // a failing call inside Sudo.sudo surfaces the inner module error (from the Sudid event)
    await assert.rejects(setHyperparameter(client, { signer: alice, netuid: 999, name: 'tempo', value: 20, sudo: true }), (e: unknown) => e instanceof ChainError && /^(SubtensorModule|AdminUtils)\./.test(e.code) && e.code !== 'Sudo.RequireSudo');
    // the owner cannot set a root-only parameter via sudo
    await assert.rejects(setHyperparameter(client, { signer: cold, netuid, name: 'tempo', value: 30, sudo: true }), (e: unknown) => e instanceof ChainError);

    // axon, commitment, take, children, root claim
    await serveAxon(client, { signer: hot, netuid, ip: '10.1.2.3', port: 8091 });
    const axon = (await client.api.query.subtensorModule.axons(netuid, hot.ss58Address)).toJSON() as { ip: number | string; port: number };
    assert.equal(axon.port, 8091);
    assert.equal(BigInt(axon.ip), (10n << 24n) + (1n << 16n) + (2n << 8n) + 3n);
    await setCommitment(client, { signer: hot, netuid, data: 'hello tensorium' });
    assert.equal((await getCommitment(client, { netuid, hotkey: hot.ss58Address }))?.data, 'hello tensorium');
    const take = await setDelegateTake(client, { signer: cold, hotkey: hot.ss58Address, take: 0.1 });
    assert.ok(take.call === 'decrease_take' || take.call === 'increase_take');
    assert.equal(Number((await client.api.query.subtensorModule.delegates(hot.ss58Address)).toString()), take.takeU16);
    await setChildren(client, { signer: cold, hotkey: hot.ss58Address, netuid, children: [{ hotkey: hot2.ss58Address, proportion: 0.5 }] });
    const pending = (await client.api.query.subtensorModule.pendingChildKeys(netuid, hot.ss58Address)).toJSON() as unknown[];
    assert.ok(JSON.stringify(pending).length > 10);
    await claimRoot(client, { signer: cold, netuids: [netuid] });
  } finally {
    await client.disconnect();
    await node.stop();
  }
});
