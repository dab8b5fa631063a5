/**
 * The pretraining flow with the commitments on a real chain: miners publish `commitmentFor(hash)` with
 * `Commitments.set_commitment` on a real node, the validator reads them back with `getCommitment`
 * (data and block) and runs a round against real axons. The later commitment of the same model is the
 * copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { Axon, Dendrite, Keypair, burnedRegister, createClient, getCommitment, parseTao, registerNetwork, setCommitment, startCall, transfer } from '@tensorium/sdk';
import { ModelSynapse, createPretrainMinerHandler, createPretrainValidatorTask, initBackend, parseCommitment, trainMinerModel, type PretrainMinerTarget } from './index.js';

test('commitments on chain → validator round: block order decides who is the copy', { timeout: 180_000 }, async () => {
  await initBackend(() => {});
  const weak = await trainMinerModel({ shape: 'small', steps: 20, seed: 'chain-a', initSeed: 1 });
  const strong = await trainMinerModel({ shape: 'small', steps: 150, seed: 'chain-b', initSeed: 2 });
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const client = await createClient({ url: node.url });
  const alice = Keypair.fromUri('//Alice');
  const hotkeys = [0, 1, 2].map((i) => Keypair.fromUri(`//PretrainChain//miner${i}`));
  const files = [weak.bytes, strong.bytes, strong.bytes]; // miner 2 republishes miner 1's model
  const axons = hotkeys.map((keypair, i) => new Axon({ keypair, port: 0, host: '127.0.0.1' }).attach(ModelSynapse, createPretrainMinerHandler({ model: files[i] })));
  const dendrite = new Dendrite({ keypair: alice });
  const task = createPretrainValidatorTask({ samples: 32, log: () => {} });
  try {
    const { netuid } = await registerNetwork(client, { signer: alice, hotkey: Keypair.fromUri('//PretrainChain//owner').ss58Address });
    await startCall(client, { signer: alice, netuid });
    for (const h of hotkeys) {
      await burnedRegister(client, { signer: alice, netuid, hotkey: h.ss58Address });
      await transfer(client, { signer: alice, dest: h.ss58Address, amount: parseTao('10') }); // hotkeys pay their commitment fees
    }
    // miners 0 and 1 commit, then (blocks later) the copier commits miner 1's hash
    await setCommitment(client, { signer: hotkeys[0], netuid, data: weak.commitment });
    await setCommitment(client, { signer: hotkeys[1], netuid, data: strong.commitment });
    await setCommitment(client, { signer: hotkeys[2], netuid, data: strong.commitment });
    await Promise.all(axons.map((a) => a.start()));

    const commitments = await Promise.all(hotkeys.map((h) => getCommitment(client, { netuid, hotkey: h.ss58Address })));
    assert.deepEqual(
      commitments.map((c) => c && parseCommitment(c.data).modelHash),
      [weak.hash, strong.hash, strong.hash],
    );
    assert.ok(commitments[1]!.block < commitments[2]!.block, 'the copier committed later');
    const miners: PretrainMinerTarget[] = hotkeys.map((_, uid) => ({ uid, axon: axons[uid].info(), commitment: commitments[uid] }));
    const r = await task.runRound({ dendrite, miners, seed: 'chain-round-1' });
    assert.deepEqual(
      r.outcomes.map((o) => o.status),
      ['ok', 'ok', 'copy'],
    );
    assert.ok(r.outcomes[1].meanLoss < r.outcomes[0].meanLoss);
    assert.ok(r.outcomes[1].weight > r.outcomes[0].weight && r.outcomes[0].weight > 0);
    assert.equal(r.outcomes[2].weight, 0);
    assert.equal(r.outcomes[2].copyOf, 1);
    assert.deepEqual([...r.uids].sort(), [0, 1]);
  } finally {
    task.dispose();
    await dendrite.close();
    await Promise.all(axons.map((a) => a.stop()));
    await client.disconnect();
    await node.stop();
  }
});
