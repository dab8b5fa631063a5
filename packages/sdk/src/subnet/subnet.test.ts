/**
 * The subnet framework: score book (EMA, resync, persistence), weight processing, the seeded RNG,
 * and on a real node the commit-reveal path (commit, then reveal in the reveal epoch) plus the
 * chain's error surfacing by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { Keypair } from '../wallet/keypair.js';
import { parseTao } from '../balance.js';
import { createClient } from '../client/client.js';
import { defineSynapse } from '../synapse/synapse.js';
import { syncMetagraph } from '../metagraph/metagraph.js';
import { ScoreBook } from './scores.js';
import { scoresToWeights } from './weights.js';
import { createRng } from './rng.js';
import { bootstrapSubnet } from './bootstrap.js';
import { BaseMiner } from './miner.js';
import { BaseValidator, type WeightsReport } from './validator.js';
import { silentNeuronLogger, createNeuronLogger, type NeuronLogRecord } from './logger.js';
import { SubnetError } from './errors.js';
import type { RoundTask, SubnetTask } from './task.js';
import type { RoundReport } from './validator.js';

test('ScoreBook: EMA on scored uids only, reset on re-registration, persisted', () => {
  const book = new ScoreBook(3, 0.5);
  book.resync(['a', 'b', 'c']);
  book.update([0, 1], [1, 0.5]);
  assert.deepEqual(book.scores, [0.5, 0.25, 0]);
  book.update([0, 2], [1, Number.NaN]);
  assert.deepEqual(book.scores, [0.75, 0.25, 0], 'uid 1 not sampled keeps its score; NaN counts as 0');
  assert.deepEqual(book.resync(['a', 'B', 'c', 'd']), ['b']);
  assert.deepEqual(book.scores, [0.75, 0, 0, 0]);
  assert.throws(() => book.update([0], [1, 2]), (e: unknown) => e instanceof SubnetError && e.code === 'INVALID_TASK_OUTPUT');
  const dir = mkdtempSync(join(tmpdir(), 'scores-'));
  try {
    const path = join(dir, 'x', 'state.json');
    book.save(path);
    const again = new ScoreBook(3, 0.5);
    assert.equal(again.load(path), true);
    assert.deepEqual(again.toJSON(), book.toJSON());
    assert.equal(new ScoreBook(4, 0.5).load(path), false, 'another subnet’s state is ignored');
    assert.equal(new ScoreBook(3, 0.5).load(join(dir, 'missing.json')), false);
    writeFileSync(path, '{');
    assert.throws(() => new ScoreBook(3, 0.5).load(path), (e: unknown) => e instanceof SubnetError && e.code === 'STATE_UNREADABLE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.throws(() => new ScoreBook(1, 0), SubnetError);
});

test('scoresToWeights: L1 normalised, self excluded, padding and cap', () => {
  assert.deepEqual(scoresToWeights([0, 0]), { uids: [], weights: [] });
  assert.deepEqual(scoresToWeights([3, 1, 0, Number.NaN, -1]), { uids: [0, 1], weights: [0.75, 0.25] });
  assert.deepEqual(scoresToWeights([5, 1, 1], { exclude: [0] }), { uids: [1, 2], weights: [0.5, 0.5] });
  const padded = scoresToWeights([0, 1, 0, 0], { minAllowedWeights: 3 });
  assert.deepEqual(padded.uids, [0, 1, 2]);
  assert.ok(padded.weights[1] > 0.99 && padded.weights[0] > 0 && Math.abs(padded.weights.reduce((a, b) => a + b) - 1) < 1e-12);
  const capped = scoresToWeights([8, 1, 1], { maxWeightLimit: 0.5 });
  assert.ok(Math.abs(capped.weights[0] - 0.5) < 1e-9 && Math.abs(capped.weights[1] - 0.25) < 1e-9);
});

test('createRng: deterministic per seed; sample distinct', () => {
  const a = createRng(42);
  const b = createRng(42);
  const xs = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b.next()));
  const s = createRng(1).sample([1, 2, 3, 4, 5], 3);
  assert.equal(new Set(s).size, 3);
  assert.equal(createRng(1).sample([1, 2], 10).length, 2);
  for (let i = 0; i < 100; i++) {
    const v = a.int(-2, 2);
    assert.ok(Number.isInteger(v) && v >= -2 && v <= 2);
  }
});

test('createNeuronLogger: structured records, level filter', () => {
  const got: NeuronLogRecord[] = [];
  const log = createNeuronLogger({ neuron: 'v', level: 'info', sink: (r) => got.push(r) });
  log.debug('hidden');
  log.warn('seen', { block: 3 });
  assert.equal(got.length, 1);
  assert.equal(got[0].level, 'warn');
  assert.equal(got[0].neuron, 'v');
  assert.equal(got[0].block, 3);
});

const Echo = defineSynapse({ name: 'Echo', request: z.object({ text: z.string() }), response: z.object({ echo: z.string().nullable().default(null) }), requiredHashFields: ['text'] });
const echoTask: SubnetTask<typeof Echo, string> = {
  synapse: Echo,
  timeoutS: 3,
  createQuery: (_round, rng) => {
    const text = String(rng.int(0, 1_000_000));
    return { request: { text }, context: text };
  },
  score: (expected, responses) => responses.map((r) => (r.ok && r.response.echo === expected ? 1 : 0)),
};

test('validator on a commit-reveal subnet: commits, reveals in the reveal epoch (across a restart too), drops stale commits; an unregistered hotkey cannot start', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, preset: 'fast', sealing: { intervalMs: 250 }, logger: silentLogger });
  const client = await createClient({ url: node.url });
  const dir = mkdtempSync(join(tmpdir(), 'subnet-cr-'));
  let miner: BaseMiner<typeof Echo> | undefined;
  let validator: BaseValidator<typeof Echo, string> | undefined;
  try {
    const k = (n: string): Keypair => Keypair.fromUri(`//Cr//${n}`);
    const { netuid, minerUids, validatorUids } = await bootstrapSubnet(client, {
      funder: Keypair.fromUri('//Alice'),
      owner: { coldkey: k('owner'), hotkey: k('owner-hot') },
      validators: [{ coldkey: k('v'), hotkey: k('v-hot'), stake: parseTao('500') }],
      miners: [{ coldkey: k('m'), hotkey: k('m-hot') }],
      hyperparameters: { commit_reveal_weights_enabled: true, commit_reveal_period: 1 },
    });
    // a neuron whose hotkey is not registered cannot start
    await assert.rejects(new BaseValidator({ client, netuid, hotkey: k('nobody'), task: echoTask, logger: silentNeuronLogger, stateDir: join(dir, 'x') }).start(), (e: unknown) => e instanceof SubnetError && e.code === 'NOT_REGISTERED');

    miner = await new BaseMiner({ client, netuid, hotkey: k('m-hot'), port: 0, externalIp: '127.0.0.2', logger: silentNeuronLogger, stateDir: join(dir, 'm'), handler: { synapse: Echo, forward: (req) => ({ echo: req.text }) } }).start();
    const reports: WeightsReport[] = [];
    const makeValidator = () => new BaseValidator({ client, netuid, hotkey: k('v-hot'), task: echoTask, logger: silentNeuronLogger, stateDir: join(dir, 'v'), onWeights: (r) => reports.push(r) });
    const waitFor = async (what: string, cond: () => boolean): Promise<void> => {
      const deadline = Date.now() + 60_000;
      while (!cond()) {
        if (Date.now() > deadline) assert.fail(`${what}: ${JSON.stringify(reports)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    validator = await makeValidator().start();
    // stopped between commit and reveal, a restarted validator still reveals (the commit is saved)
    await waitFor('no commit', () => reports.some((r) => r.kind === 'commit' && r.ok));
    await validator.stop();
    if (!reports.some((r) => r.kind === 'reveal')) assert.ok(existsSync(join(dir, 'v', 'commit.json')), 'pending commit saved');
    validator = await makeValidator().start();
    await waitFor('no reveal', () => reports.some((r) => r.kind === 'reveal' && r.ok));
    const firstCommit = reports.findIndex((r) => r.kind === 'commit' && r.ok);
    const reveal = reports.findIndex((r) => r.kind === 'reveal' && r.ok);
    assert.ok(firstCommit >= 0 && firstCommit < reveal, 'commit before reveal');
    assert.ok(!reports.some((r) => r.kind === 'set'), 'never set_weights directly on a commit-reveal subnet');
    const mg = await syncMetagraph(client, { netuid, lite: false });
    assert.ok(mg.weights[validatorUids[0]][minerUids[0]] > 0.99, 'the revealed weights are on chain');

    // a saved commit the chain does not hold (another chain, say) is dropped instead of blocking weights
    await validator.stop();
    writeFileSync(join(dir, 'v', 'commit.json'), JSON.stringify({ commitHash: '0x' + '11'.repeat(32), commitEpoch: '999999', uids: [1], weights: [65535], salt: [1], versionKey: '0' }));
    const commits = reports.filter((r) => r.kind === 'commit' && r.ok).length;
    validator = await makeValidator().start();
    await waitFor('no new commit after dropping the stale one', () => reports.filter((r) => r.kind === 'commit' && r.ok).length > commits);
  } finally {
    await validator?.stop();
    await miner?.stop();
    await client.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a RoundTask runs whole rounds itself (two calls per miner); the framework keeps the average and sets weights', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, preset: 'fast', sealing: { intervalMs: 250 }, logger: silentLogger });
  const client = await createClient({ url: node.url });
  const dir = mkdtempSync(join(tmpdir(), 'subnet-round-'));
  const miners: BaseMiner<typeof Echo>[] = [];
  let validator: BaseValidator<typeof Echo> | undefined;
  try {
    const k = (n: string): Keypair => Keypair.fromUri(`//Round//${n}`);
    const { netuid, minerUids, validatorUids } = await bootstrapSubnet(client, {
      funder: Keypair.fromUri('//Alice'),
      owner: { coldkey: k('owner'), hotkey: k('owner-hot') },
      validators: [{ coldkey: k('v'), hotkey: k('v-hot'), stake: parseTao('500') }],
      miners: [{ coldkey: k('a'), hotkey: k('a-hot') }, { coldkey: k('b'), hotkey: k('b-hot') }],
    });
    // miner a echoes everything; miner b only "ping"
    for (const [name, echoAll] of [['a', true], ['b', false]] as const) {
      miners.push(await new BaseMiner({ client, netuid, hotkey: k(`${name}-hot`), port: 0, externalIp: '127.0.0.2', logger: silentNeuronLogger, stateDir: join(dir, name), handler: { synapse: Echo, forward: (req) => ({ echo: echoAll || req.text === 'ping' ? req.text : 'nope' }) } }).start());
    }
    const task: RoundTask<typeof Echo> = {
      synapse: Echo,
      runRound: async ({ dendrite, targets }) => {
        const pings = await dendrite.forward(targets, Echo, { text: 'ping' }, { timeoutS: 3 });
        const pongs = await dendrite.forward(targets, Echo, { text: 'pong' }, { timeoutS: 3 });
        return targets.map((_, i) => ((pings[i].ok && pings[i].response.echo === 'ping' ? 1 : 0) + (pongs[i].ok && pongs[i].response.echo === 'pong' ? 1 : 0)) / 2);
      },
    };
    const rounds: RoundReport[] = [];
    const weights: WeightsReport[] = [];
    validator = await new BaseValidator({ client, netuid, hotkey: k('v-hot'), task, logger: silentNeuronLogger, stateDir: join(dir, 'v'), onRound: (r) => rounds.push(r), onWeights: (r) => weights.push(r) }).start();
    const deadline = Date.now() + 60_000;
    while (!weights.some((w) => w.ok)) {
      if (Date.now() > deadline) assert.fail(`no weights: ${JSON.stringify(weights)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(rounds[0].uids, minerUids);
    assert.deepEqual(rounds[0].rewards, [1, 0.5]);
    const mg = await syncMetagraph(client, { netuid, lite: false });
    const row = mg.weights[validatorUids[0]];
    assert.ok(Math.abs(row[minerUids[0]] / row[minerUids[1]] - 2) < 0.01, `weights 2:1, got ${row}`);
  } finally {
    await validator?.stop();
    await Promise.all(miners.map((m) => m.stop()));
    await client.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
