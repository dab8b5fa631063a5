/**
 * The validator's timing on a chain whose blocks the test makes (manual sealing): one block at a
 * time, each produced only after the validator has reacted to the previous one (its round scored,
 * its weights extrinsic — if it decided to send one — in the pool or settled). Everything asserted
 * is read back from the chain: the validator's extrinsics in the block bodies, their outcome in the
 * events, the epoch blocks (`LastMechansimStepBlock`), `Weights` and `LastUpdate`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { Keypair } from '../wallet/keypair.js';
import { parseTao } from '../balance.js';
import { createClient, type TensoriumClient } from '../client/client.js';
import { submitCall } from '../client/submit.js';
import { defineSynapse } from '../synapse/synapse.js';
import { bootstrapSubnet } from './bootstrap.js';
import { BaseMiner } from './miner.js';
import { BaseValidator, type RoundReport, type WeightsReport } from './validator.js';
import { silentNeuronLogger } from './logger.js';
import type { SubnetTask } from './task.js';

const Echo = defineSynapse({ name: 'Echo', request: z.object({ text: z.string() }), response: z.object({ echo: z.string().nullable().default(null) }), requiredHashFields: ['text'] });
const echoTask: SubnetTask<typeof Echo, string> = {
  synapse: Echo,
  timeoutS: 5,
  createQuery: (_round, rng) => {
    const text = String(rng.int(0, 1_000_000));
    return { request: { text }, context: text };
  },
  score: (expected, responses) => responses.map((r) => (r.ok && r.response.echo === expected ? 1 : 0)),
};

/** Poll a condition (synchronisation only: every assertion is made on chain state afterwards). */
async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface ChainWeightsTx {
  readonly block: number;
  readonly method: string;
  readonly ok: boolean;
}

class Harness {
  readonly rounds: RoundReport[] = [];
  readonly reports: WeightsReport[] = [];
  validator: BaseValidator<typeof Echo, string> | undefined;
  readonly miners: BaseMiner<typeof Echo>[] = [];
  netuid = 0;
  validatorUid = 0;
  minerUids: number[] = [];

  private constructor(
    readonly node: TensoriumNode,
    readonly client: TensoriumClient,
    readonly dir: string,
    readonly prefix: string,
  ) {}

  static async start(prefix: string): Promise<Harness> {
    const node = await TensoriumNode.start({ rpcPort: 0, preset: 'fast', sealing: 'manual', logger: silentLogger });
    const client = await createClient({ url: node.url });
    return new Harness(node, client, mkdtempSync(join(tmpdir(), `subnet-timing-${prefix}-`)), prefix);
  }

  key(n: string): Keypair {
    return Keypair.fromUri(`//${this.prefix}//${n}`);
  }

  get validatorHotkey(): Keypair {
    return this.key('v-hot');
  }

  /** Seal a block whenever something is waiting in the pool (setup only, before blocks are stepped). */
  async withPump<T>(fn: () => Promise<T>): Promise<T> {
    let running = true;
    const pump = (async () => {
      while (running) {
        if ((await this.pending()).length > 0) await this.client.request('dev_newBlock', []);
        else await new Promise((r) => setTimeout(r, 10));
      }
    })();
    try {
      return await fn();
    } finally {
      running = false;
      await pump;
    }
  }

  async pending(): Promise<string[]> {
    return this.client.request<string[]>('author_pendingExtrinsics', []);
  }

  /** Extrinsics in the pool signed by `signer`. */
  async pendingFrom(signer: Keypair): Promise<number> {
    return (await this.pending()).filter((hex) => {
      const xt = this.client.api.createType('Extrinsic', hex);
      return xt.isSigned && xt.signer.toString() === signer.ss58Address;
    }).length;
  }

  async setup(hyperparameters: Record<string, boolean | number> = {}): Promise<void> {
    const k = (n: string): Keypair => this.key(n);
    await this.withPump(async () => {
      const r = await bootstrapSubnet(this.client, {
        funder: Keypair.fromUri('//Alice'),
        owner: { coldkey: k('owner'), hotkey: k('owner-hot') },
        validators: [{ coldkey: k('v'), hotkey: k('v-hot'), stake: parseTao('500') }],
        miners: [{ coldkey: k('a'), hotkey: k('a-hot') }, { coldkey: k('b'), hotkey: k('b-hot') }],
        hyperparameters,
      });
      this.netuid = r.netuid;
      this.validatorUid = r.validatorUids[0];
      this.minerUids = r.minerUids;
      // miner a echoes, miner b answers every other request wrongly: different, moving scores
      let bCalls = 0;
      for (const [name, echo] of [['a', (t: string) => t], ['b', (t: string) => (bCalls++ % 2 === 0 ? t : 'nope')]] as const) {
        this.miners.push(await new BaseMiner({ client: this.client, netuid: this.netuid, hotkey: k(`${name}-hot`), port: 0, externalIp: '127.0.0.2', logger: silentNeuronLogger, stateDir: join(this.dir, name), handler: { synapse: Echo, forward: (req) => ({ echo: echo(req.text) }) } }).start());
      }
    });
    // the validator permit comes with the first epoch after staking
    await this.client.request('dev_jumpToEpoch', [this.netuid]);
    assert.equal(await this.pending().then((p) => p.length), 0);
  }

  async startValidator(): Promise<void> {
    this.validator = await new BaseValidator({
      client: this.client,
      netuid: this.netuid,
      hotkey: this.validatorHotkey,
      task: echoTask,
      seed: 7,
      logger: silentNeuronLogger,
      stateDir: join(this.dir, 'v'),
      onRound: (r) => this.rounds.push(r),
      onWeights: (r) => this.reports.push(r),
    }).start();
  }

  /** Stop the validator; a submission it is waiting on gets its block. */
  async stopValidator(): Promise<void> {
    let stopped = false;
    const stopping = this.validator?.stop().finally(() => (stopped = true));
    this.validator = undefined;
    while (stopping && !stopped) {
      if ((await this.pendingFrom(this.validatorHotkey)) > 0) await this.client.request('dev_newBlock', []);
      await new Promise((r) => setTimeout(r, 10));
    }
    await stopping;
  }

  /** Whether the validator has a weights submission under way (its own state, read for synchronisation only). */
  private get weighing(): boolean {
    return (this.validator as unknown as { weighing?: Promise<void> } | undefined)?.weighing !== undefined;
  }

  /**
   * Produce one block and wait until the validator has reacted to it: the round of that block is
   * scored, and a weights extrinsic it decided to send is in the pool (or its submission is over).
   * Returns the new block number.
   */
  async step(): Promise<number> {
    const inFlight = this.weighing;
    const reportsBefore = this.reports.length;
    const { number } = await this.client.request<{ number: number }>('dev_newBlock', []);
    const v = this.validator;
    if (!v) return number;
    // a submission waiting for this block is settled (onWeights) before the next decision
    if (inFlight) await until(`the weights report after block ${number}`, () => this.reports.length > reportsBefore);
    await until(`the round of block ${number}`, () => this.rounds.some((r) => r.block === number));
    await until(`the validator's decision at block ${number}`, async () => !this.weighing || (await this.pendingFrom(this.validatorHotkey)) > 0);
    return number;
  }

  async stepUntil(block: number): Promise<void> {
    while ((await this.head()) < block) await this.step();
  }

  async head(): Promise<number> {
    return (await this.client.api.rpc.chain.getHeader()).number.toNumber();
  }

  /** Submit a sudo call from the test: it is included by the next stepped block. */
  async sudo(call: Parameters<typeof submitCall>[1]): Promise<number> {
    const alice = Keypair.fromUri('//Alice');
    const done = submitCall(this.client, this.client.api.tx.sudo.sudo(call), { signer: alice });
    await until('the sudo call in the pool', async () => (await this.pendingFrom(alice)) > 0);
    const n = await this.step();
    assert.equal((await done).blockNumber, n);
    return n;
  }

  /** The validator's weights extrinsics in blocks (from, to], and the epoch blocks of the subnet there. */
  async scan(from: number, to: number): Promise<{ txs: ChainWeightsTx[]; epochs: number[] }> {
    const api = this.client.api;
    const txs: ChainWeightsTx[] = [];
    const epochs: number[] = [];
    for (let n = from + 1; n <= to; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const [block, at] = await Promise.all([api.rpc.chain.getBlock(hash), api.at(hash)]);
      const events = (await at.query.system.events()) as unknown as { phase: { isApplyExtrinsic: boolean; asApplyExtrinsic: { toNumber(): number } }; event: { section: string; method: string } }[];
      block.block.extrinsics.forEach((xt, i) => {
        if (!xt.isSigned || xt.signer.toString() !== this.validatorHotkey.ss58Address || xt.method.section !== 'subtensorModule') return;
        const ok = events.some((e) => e.phase.isApplyExtrinsic && e.phase.asApplyExtrinsic.toNumber() === i && e.event.section === 'system' && e.event.method === 'ExtrinsicSuccess');
        txs.push({ block: n, method: xt.method.method, ok });
      });
      if (Number((await at.query.subtensorModule.lastMechansimStepBlock(this.netuid)).toString()) === n) epochs.push(n);
    }
    return { txs, epochs };
  }

  /** The validator's weights row (uid → u16) and LastUpdate at block `n`. */
  async weightsAt(n: number): Promise<{ row: Map<number, number>; lastUpdate: number }> {
    const at = await this.client.api.at(await this.client.api.rpc.chain.getBlockHash(n));
    const row = (await at.query.subtensorModule.weights(this.netuid, this.validatorUid)).toJSON() as [number, number][];
    const lastUpdate = (await at.query.subtensorModule.lastUpdate(this.netuid)).toJSON() as number[];
    return { row: new Map(row), lastUpdate: Number(lastUpdate[this.validatorUid] ?? 0) };
  }

  async close(): Promise<void> {
    await this.stopValidator();
    await Promise.all(this.miners.map((m) => m.stop()));
    await this.client.disconnect();
    await this.node.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Successful calls of `method` per epoch window (e_i, e_{i+1}] for the complete windows of the scan. */
function perWindow(scan: { txs: ChainWeightsTx[]; epochs: number[] }, method: string): { window: [number, number]; blocks: number[] }[] {
  const out: { window: [number, number]; blocks: number[] }[] = [];
  for (let i = 0; i + 1 < scan.epochs.length; i++) {
    const [lo, hi] = [scan.epochs[i], scan.epochs[i + 1]];
    out.push({ window: [lo + 1, hi], blocks: scan.txs.filter((t) => t.ok && t.method === method && t.block > lo && t.block <= hi).map((t) => t.block) });
  }
  return out;
}

test('validator timing: set_weights exactly once per tempo; a set the chain refuses is retried and lands in the next window, never twice in one', { timeout: 240_000 }, async () => {
  const h = await Harness.start('Timing');
  try {
    await h.setup();
    const tempo = Number((await h.client.api.query.subtensorModule.tempo(h.netuid)).toString());
    assert.equal(tempo, 10);
    await h.startValidator();
    const start = await h.head();

    // phase 1: a dozen tempos of normal operation (a cadence off by one block drifts out of a window within tempo windows)
    await h.stepUntil(start + 12 * tempo + 2);
    const healthyEnd = await h.head();
    const healthy = await h.scan(start, healthyEnd);
    assert.ok(healthy.txs.every((t) => t.method === 'setWeights' && t.ok), `only successful set_weights: ${JSON.stringify(healthy.txs)}`);
    const windows = perWindow(healthy, 'setWeights');
    // the first window may hold no set (a tempo of scoring first); every later one exactly one
    assert.ok(windows.length >= 11, `windows: ${JSON.stringify(healthy.epochs)}`);
    for (const w of windows.slice(1)) assert.equal(w.blocks.length, 1, `one set in window ${w.window}: ${JSON.stringify(windows)}`);
    assert.ok(windows[0].blocks.length <= 1);

    // every set is on chain as sent: LastUpdate is its block, the row is the report's vector, and it changes
    const sets = healthy.txs.map((t) => t.block);
    const okReports = h.reports.filter((r) => r.kind === 'set' && r.ok);
    assert.deepEqual(okReports.map((r) => r.block), sets, 'the validator reports exactly the sets the chain holds');
    const rows: string[] = [];
    for (const [i, b] of sets.entries()) {
      const { row, lastUpdate } = await h.weightsAt(b);
      assert.equal(lastUpdate, b);
      const r = okReports[i];
      assert.deepEqual([...row.keys()].sort((x, y) => x - y), [...r.uids]);
      const max = Math.max(...r.weights);
      for (const [j, uid] of r.uids.entries()) assert.ok(Math.abs(row.get(uid)! - Math.round((r.weights[j] / max) * 65_535)) <= 1, `uid ${uid} at block ${b}`);
      assert.ok(row.get(h.minerUids[0])! > row.get(h.minerUids[1])!, 'the always-right miner weighs more');
      rows.push(JSON.stringify([...row]));
      // and nothing changes the row between two sets
      if (i > 0) assert.equal(JSON.stringify([...(await h.weightsAt(b - 1)).row]), rows[i - 1], `row unchanged before block ${b}`);
    }
    assert.ok(new Set(rows).size > 1, `the weights move with the scores: ${rows.join(' ')}`);

    // phase 2: the chain refuses sets (stake threshold above the validator's stake: the pool turns
    // the extrinsic away) until the threshold is lowered again after a missed tempo
    const lastSet = sets[sets.length - 1];
    await h.stepUntil(lastSet + 2);
    const raisedAt = await h.sudo(h.client.api.tx.adminUtils.sudoSetStakeThreshold(parseTao('1000000')));
    assert.equal(BigInt((await h.client.api.query.subtensorModule.stakeThreshold()).toString()), parseTao('1000000'));
    await h.stepUntil(raisedAt + tempo + 2);
    assert.ok(h.reports.some((r) => !r.ok), 'the validator tried and was refused');
    const loweredAt = await h.sudo(h.client.api.tx.adminUtils.sudoSetStakeThreshold(0n));
    await until('a set after the refusal', async () => {
      if (h.reports.some((r) => r.ok && r.block > loweredAt)) return true;
      await h.step();
      return false;
    });
    // two more tempos after the recovery
    await h.stepUntil((await h.head()) + 3 * tempo + 2);
    const all = await h.scan(start, await h.head());
    const oks = all.txs.filter((t) => t.ok);
    assert.ok(all.txs.every((t) => t.method === 'setWeights'), JSON.stringify(all.txs));
    assert.ok(!oks.some((t) => t.block > raisedAt && t.block <= loweredAt), `no set while the chain refuses: ${JSON.stringify(all.txs)}`);
    const firstOk = oks.find((t) => t.block > loweredAt)!;
    // the pool refuses the extrinsic while the stake is below the threshold; the permit the epoch took
    // away comes back with the next epoch (until then the set is included but fails)
    const failures = h.reports.filter((r) => !r.ok);
    assert.ok(failures.every((r) => r.kind === 'set' && ['InvalidTransaction.StakeAmountTooLow', 'SubtensorModule.NeuronNoValidatorPermit'].includes(r.error!) && r.block > raisedAt && r.block < firstOk.block), JSON.stringify(failures));
    assert.ok(all.txs.filter((t) => !t.ok).every((t) => t.block > raisedAt && t.block < firstOk.block), JSON.stringify(all.txs));
    // retried half a tempo apart, not every block
    for (let i = 1; i < failures.length; i++) assert.ok(failures[i].block - failures[i - 1].block >= Math.floor(tempo / 2), `retries: ${failures.map((r) => r.block)}`);
    // back within a tempo of the chain accepting again (the permit needs an epoch)
    assert.ok(firstOk.block - loweredAt <= tempo + 2, `recovered at ${firstOk.block}, threshold lowered at ${loweredAt}`);
    assert.deepEqual(h.reports.filter((r) => r.ok).map((r) => r.block), oks.map((t) => t.block), 'reports match the chain');
    const after = perWindow(all, 'setWeights');
    const missed = after.filter((w) => w.blocks.length === 0);
    assert.ok(missed.length >= 1 && missed.every((w) => w.window[1] > raisedAt && w.window[0] <= firstOk.block), `the refused tempo has no set, the others do: ${JSON.stringify(after)}`);
    for (const w of after.slice(1)) assert.ok(w.blocks.length <= 1, `never two sets in window ${w.window}: ${JSON.stringify(after)}`);
    const later = after.filter((w) => w.window[0] > firstOk.block);
    assert.ok(later.length >= 2 && later.every((w) => w.blocks.length === 1), `one set per window after recovery: ${JSON.stringify(later)}`);
    const { row, lastUpdate } = await h.weightsAt(await h.head());
    assert.equal(lastUpdate, oks.at(-1)!.block);
    assert.ok(row.get(h.minerUids[0])! > 0);
  } finally {
    await h.close();
  }
});

test('validator timing across restarts: back within the tempo it stopped in, it waits for the tempo to pass; down for longer, it sets at once; never two sets in a tempo', { timeout: 240_000 }, async () => {
  const h = await Harness.start('Restart');
  try {
    await h.setup();
    const tempo = Number((await h.client.api.query.subtensorModule.tempo(h.netuid)).toString());
    await h.startValidator();
    const start = await h.head();
    const okSets = (): number[] => h.reports.filter((r) => r.ok).map((r) => r.block);
    await until('the first set', async () => {
      if (okSets().length > 0) return true;
      await h.step();
      return false;
    });
    const first = okSets()[0];

    // a short outage: stopped two blocks after a set, back three blocks later, with the saved scores
    await h.stepUntil(first + 2);
    await h.stopValidator();
    await h.stepUntil(first + 5);
    await h.startValidator();
    assert.ok(h.validator!.scores.step > 0, 'the scores were restored');
    await h.stepUntil(first + 3 * tempo + 2);
    const short = await h.scan(start, await h.head());
    const shortSets = short.txs.filter((t) => t.ok).map((t) => t.block);
    assert.ok(short.txs.every((t) => t.ok && t.method === 'setWeights'), JSON.stringify(short.txs));
    assert.equal(shortSets[0], first);
    assert.ok(shortSets.length >= 3, JSON.stringify(shortSets));
    // the same cadence as without the restart: one set per tempo, not one at restart
    for (let i = 1; i < shortSets.length; i++) assert.equal(shortSets[i] - shortSets[i - 1], tempo, `sets ${shortSets}`);
    for (const w of perWindow(short, 'setWeights').slice(1)) assert.equal(w.blocks.length, 1, `one set in window ${w.window}: ${JSON.stringify(perWindow(short, 'setWeights'))}`);

    // a long outage: down for more than a tempo, the restarted validator sets at once, then keeps the cadence
    const last = shortSets.at(-1)!;
    await h.stepUntil(last + 2);
    await h.stopValidator();
    await h.stepUntil(last + tempo + 5);
    await h.startValidator();
    const restartedAt = await h.head();
    await h.stepUntil(restartedAt + 3 * tempo + 2);
    const long = await h.scan(start, await h.head());
    const longSets = long.txs.filter((t) => t.ok).map((t) => t.block);
    assert.ok(long.txs.every((t) => t.ok), JSON.stringify(long.txs));
    assert.deepEqual(longSets.filter((b) => b <= last), shortSets);
    assert.ok(!longSets.some((b) => b > last && b <= restartedAt), 'nothing while it was down');
    const resumed = longSets.filter((b) => b > restartedAt);
    assert.ok(resumed[0] <= restartedAt + 2, `set at once after the restart at ${restartedAt}: ${resumed}`);
    for (let i = 1; i < resumed.length; i++) assert.equal(resumed[i] - resumed[i - 1], tempo, `sets ${resumed}`);
    const windows = perWindow(long, 'setWeights');
    for (const w of windows.slice(1)) {
      assert.ok(w.blocks.length <= 1, `never two sets in window ${w.window}: ${JSON.stringify(windows)}`);
      // the only windows without a set are the ones the validator was down for
      if (w.window[0] > restartedAt || w.window[1] <= last + 2) assert.equal(w.blocks.length, 1, `a set in window ${w.window}: ${JSON.stringify(windows)}`);
    }
    assert.deepEqual(okSets(), longSets, 'reports match the chain');
    const { lastUpdate } = await h.weightsAt(await h.head());
    assert.equal(lastUpdate, longSets.at(-1));
  } finally {
    await h.close();
  }
});

test('validator timing with commit-reveal: one commit per tempo, each revealed in the next epoch window', { timeout: 90_000 }, async () => {
  const h = await Harness.start('CrTiming');
  try {
    await h.setup({ commit_reveal_weights_enabled: true, commit_reveal_period: 1 });
    const tempo = Number((await h.client.api.query.subtensorModule.tempo(h.netuid)).toString());
    await h.startValidator();
    const start = await h.head();
    await h.stepUntil(start + 8 * tempo + 2);
    const scan = await h.scan(start, await h.head());
    assert.ok(scan.txs.every((t) => t.ok && (t.method === 'commitWeights' || t.method === 'revealWeights')), JSON.stringify(scan.txs));
    const commits = perWindow(scan, 'commitWeights');
    const reveals = perWindow(scan, 'revealWeights');
    assert.ok(commits.length >= 7, JSON.stringify(scan.epochs));
    // after the first window of scoring: one commit in every window, and from the window after the
    // first commit on, one reveal per window — the commit of the window before
    const firstCommit = commits.findIndex((w) => w.blocks.length > 0);
    assert.ok(firstCommit >= 0 && firstCommit <= 1, JSON.stringify(commits));
    for (const w of commits.slice(firstCommit)) assert.equal(w.blocks.length, 1, `one commit in window ${w.window}: ${JSON.stringify(commits)}`);
    for (const [i, w] of reveals.entries()) assert.equal(w.blocks.length, i > firstCommit ? 1 : 0, `reveals ${JSON.stringify(reveals)} commits ${JSON.stringify(commits)}`);
    assert.ok(!h.reports.some((r) => !r.ok || r.kind === 'set'), JSON.stringify(h.reports.filter((r) => !r.ok || r.kind === 'set')));
    // each reveal changes the weights on chain (the scores move every round)
    for (const w of reveals.filter((x) => x.blocks.length)) {
      const { row } = await h.weightsAt(w.blocks[0]);
      const before = (await h.weightsAt(w.blocks[0] - 1)).row;
      assert.notEqual(JSON.stringify([...row]), JSON.stringify([...before]), `the reveal at ${w.blocks[0]} changed the row`);
      assert.ok(row.get(h.minerUids[0])! > row.get(h.minerUids[1])!);
    }
  } finally {
    await h.close();
  }
});
