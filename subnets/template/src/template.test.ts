/**
 * The template subnet end to end on a real node (fast preset: tempo 10, 250 ms blocks): one
 * validator and three miners — good, slow (correct but late) and wrong — run for a few tempos.
 * The validator's weights on chain must order the miners by quality and the epoch's incentive
 * must follow; a restarted validator resumes from its saved scores.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { BaseMiner, BaseValidator, BlockClock, Dendrite, Keypair, bootstrapSubnet, createClient, silentNeuronLogger, syncMetagraph, parseTao, type WeightsReport } from '@tensorium/sdk';
import { Challenge, createTemplateMinerHandler, createTemplateValidatorTask, solveChallenge } from './index.js';
import { parseNeuronArgs } from './neuron.js';

test('solveChallenge: reference answers', () => {
  assert.equal(solveChallenge('add', [1, 2, 3], ''), '6');
  assert.equal(solveChallenge('sub', [10, 2, 3], ''), '5');
  assert.equal(solveChallenge('mul', [-2, 3], ''), '-6');
  assert.equal(solveChallenge('reverse', [], 'abc'), 'cba');
  assert.equal(solveChallenge('upper', [], 'axon'), 'AXON');
  assert.equal(solveChallenge('vowels', [], 'validator'), '4');
  assert.throws(() => solveChallenge('nope', [], ''), /unknown op/);
});

test('parseNeuronArgs: role, defaults, errors', () => {
  const a = parseNeuronArgs(['miner', '--netuid', '3', '--wallet-name', 'm1', '--port', '9000', '--external-ip', '203.0.113.7']);
  assert.deepEqual(a, { role: 'miner', network: 'local', netuid: 3, walletPath: undefined, walletName: 'm1', hotkey: 'default', port: 9000, externalIp: '203.0.113.7', behaviour: 'good' });
  assert.equal(parseNeuronArgs(['validator', '--netuid', '1']).role, 'validator');
  assert.throws(() => parseNeuronArgs(['oracle']), /usage/);
  assert.throws(() => parseNeuronArgs(['miner']), /--netuid/);
  assert.throws(() => parseNeuronArgs(['miner', '--netuid', '1', '--behaviour', 'evil']), /behaviour/);
});

test('template task: correctness × latency factor', async () => {
  const task = createTemplateValidatorTask({ timeoutS: 4 });
  const base = { axon: { ip: '127.0.0.2', port: 1, hotkey: 'x' }, statusCode: 200, statusMessage: 'Success', axonProcessTime: undefined, axonTerminal: {}, responseVerified: false, uid: 1 } as const;
  const ok = (answer: string | null, processTime: number) => ({ ...base, ok: true as const, response: { answer }, processTime });
  const rewards = await task.score('42', [ok('42', 0), ok('42', 2), ok('41', 0), ok('42', 5)]);
  assert.deepEqual(rewards, [1, 0.5, 0, 0]);
});

test('template subnet: weights and incentive follow miner quality', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, preset: 'fast', sealing: { intervalMs: 250 }, logger: silentLogger });
  const client = await createClient({ url: node.url });
  const stateDir = mkdtempSync(join(tmpdir(), 'tensorium-template-'));
  const miners: BaseMiner<typeof Challenge>[] = [];
  let validator: BaseValidator<typeof Challenge, string> | undefined;
  let clock: BlockClock | undefined;
  try {
    const k = (name: string): Keypair => Keypair.fromUri(`//Template//${name}`);
    const kinds = ['good', 'slow', 'wrong'] as const;
    const setup = await bootstrapSubnet(client, {
      funder: Keypair.fromUri('//Alice'),
      owner: { coldkey: k('owner'), hotkey: k('owner-hot') },
      validators: [{ coldkey: k('vali'), hotkey: k('vali-hot'), stake: parseTao('1000') }],
      miners: kinds.map((b) => ({ coldkey: k(`${b}-cold`), hotkey: k(`${b}-hot`) })),
    });
    const { netuid } = setup;
    const [goodUid, slowUid, wrongUid] = setup.minerUids;
    const valiUid = setup.validatorUids[0];

    for (const [i, behaviour] of kinds.entries()) {
      miners.push(new BaseMiner({ client, netuid, hotkey: k(`${behaviour}-hot`), port: 0, host: '0.0.0.0', externalIp: '127.0.0.2', handler: createTemplateMinerHandler({ behaviour, delayMs: 1200 }), logger: silentNeuronLogger, stateDir: join(stateDir, `m${i}`) }));
    }
    await Promise.all(miners.map((m) => m.start()));

    // the axons are on chain
    const mg0 = await syncMetagraph(client, { netuid });
    for (const [i, uid] of setup.minerUids.entries()) {
      assert.equal(mg0.axons[uid].ip, '127.0.0.2');
      assert.equal(mg0.axons[uid].port, miners[i].axon.port);
    }
    // an unregistered caller is refused with 403 (membership checked first: not a 500)
    const stranger = new Dendrite({ keypair: k('stranger') });
    const refused = await stranger.call({ ip: '127.0.0.2', port: miners[0].axon.port, hotkey: k('good-hot').ss58Address }, Challenge, { op: 'add', operands: [1, 2], text: '' }, { timeoutS: 3 });
    await stranger.close();
    assert.equal(refused.ok, false);
    assert.equal(refused.statusCode, 403);

    const reports: WeightsReport[] = [];
    const makeValidator = () =>
      new BaseValidator({ client, netuid, hotkey: k('vali-hot'), task: createTemplateValidatorTask({ timeoutS: 3 }), movingAverageAlpha: 0.5, seed: 7, stateDir: join(stateDir, 'validator'), logger: silentNeuronLogger, onWeights: (r) => reports.push(r) });
    validator = await makeValidator().start();

    clock = await BlockClock.start(client);
    // weights accepted twice (the first tries may meet NeuronNoValidatorPermit before the first epoch)
    const deadline = Date.now() + 80_000;
    while (reports.filter((r) => r.ok).length < 2) {
      if (Date.now() > deadline) assert.fail(`weights never set: ${JSON.stringify(reports)}`);
      await clock.waitFor(clock.block + 1);
    }
    // failures, if any, were reported by the chain's error name
    for (const r of reports.filter((x) => !x.ok)) assert.match(r.error ?? '', /^SubtensorModule\.|^[A-Z][A-Za-z]+/);

    // two epochs after the weights so Yuma pays by them
    await clock.waitFor(clock.block + 24);
    const mg = await syncMetagraph(client, { netuid, lite: false });
    const row = mg.weights[valiUid];
    assert.ok(row[goodUid] > row[slowUid], `good ${row[goodUid]} > slow ${row[slowUid]}`);
    assert.ok(row[slowUid] > 0, 'slow but correct earns weight');
    assert.equal(row[wrongUid], 0, 'wrong answers earn nothing');
    assert.ok(mg.incentive[goodUid] > mg.incentive[slowUid], `incentive good ${mg.incentive[goodUid]} > slow ${mg.incentive[slowUid]}`);
    assert.ok(mg.incentive[slowUid] > 0);
    assert.equal(mg.incentive[wrongUid], 0);
    assert.ok(mg.dividends[valiUid] > 0, 'the validator earns dividends');

    // graceful restart: scores persisted and reloaded
    await validator.stop(); // lets the round in flight finish, then saves
    const before = [...validator.scores.scores];
    const step = validator.scores.step;
    assert.ok(step > 0);
    assert.ok(existsSync(validator.statePath));
    validator = makeValidator();
    await validator.start();
    assert.equal(validator.scores.step, step);
    assert.deepEqual(validator.scores.scores.slice(0, before.length), before);
    assert.ok(validator.scores.scores[goodUid] > validator.scores.scores[slowUid] && validator.scores.scores[slowUid] > validator.scores.scores[wrongUid]);
  } finally {
    clock?.stop();
    await validator?.stop();
    await Promise.all(miners.map((m) => m.stop()));
    await client.disconnect();
    await node.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
});
