/**
 * `tensorium localnet up` / `npm start`: the localnet function in-process (ports 0, template subnet,
 * a scenario) with every neuron in its own supervised process: miners' axons on chain, weights set,
 * incentive in the order of miner quality, stake grown by exactly the emission, a validator killed
 * and restarted with its scores, the indexer following the head, and a stop that releases the ports
 * and ends every neuron process. Also the command forms (`--json`, separate processes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { Wallet, getStake, syncMetagraph } from '@tensorium/sdk';
import { ScenarioError, loadScenario, parseLocalnetArgs, parseScenario, runLocalnet, startLocalnet } from '../../../../scripts/localnet.js';
import { loadGroups } from '../program.js';
import { toLocalnetArgv } from './localnet.js';

const portOpen = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const u = new URL(url);
    const s = createConnection({ host: u.hostname, port: Number(u.port) });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

test('localnet group is registered and its options map onto the script parser', async () => {
  const g = (await loadGroups()).find((x) => x.name === 'localnet');
  assert.ok(g, 'localnet group discovered');
  const argv = toLocalnetArgv({ port: '0', explorerPort: '0', dir: '/tmp/x', subnets: 'template', validators: '1', epochs: '3', explorer: false, json: true });
  assert.deepEqual(parseLocalnetArgs(argv), { port: 0, explorerPort: 0, dir: '/tmp/x', subnets: ['template'], validatorsPerSubnet: 1, epochs: 3, explorer: false, json: true });
  assert.throws(() => parseLocalnetArgs(['--blocks', '-1']), /non-negative integer/);
  assert.throws(() => parseLocalnetArgs(['--frobnicate']), /unknown option/);
});

test('localnet from a scenario: neurons as supervised processes, incentive follows quality, stake grows by exactly the emission, a killed validator restarts with its scores, then a clean stop', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-localnet-'));
  const lines: string[] = [];
  const scenario = parseScenario({
    subnets: [{ kit: 'template', validators: [{ stake: '1000' }], miners: [{ behaviour: 'good' }, { behaviour: 'slow' }, { behaviour: 'wrong' }] }],
    wallets: [{ name: 'nominator', balance: '300' }],
    stakes: [{ wallet: 'nominator', subnet: 'template', validator: 0, amount: '100' }],
  });
  const net = await startLocalnet({ port: 0, explorerPort: 0, dir, scenario, explorer: false, log: (l) => lines.push(l) });
  const events: { process: string; event: string; [k: string]: unknown }[] = [];
  net.onNeuronEvent((process, ev) => events.push({ process, ...ev }));
  let stopped = false;
  try {
    const [sn] = net.subnets;
    assert.equal(net.subnets.length, 1);
    assert.equal(sn.name, 'template');
    const api = net.client.api;
    // wallets on disk, usable by the CLI; one log file per neuron process
    assert.equal(new Wallet({ path: net.walletDir, name: 'validator' }).getHotkey(undefined, 'template-0').ss58Address, sn.validators[0].hotkey);
    assert.ok(existsSync(join(net.walletDir, 'miner-good', 'coldkey')));
    const procs = net.supervisor.status();
    assert.deepEqual(procs.map((p) => p.name).sort(), ['template/miner-good', 'template/miner-slow', 'template/miner-wrong', 'template/validator-0']);
    for (const p of procs) {
      assert.ok(p.running && p.pid !== undefined && p.pid !== process.pid, `${p.name} runs in its own process`);
      assert.ok(existsSync(p.logFile), `${p.name} logs to ${p.logFile}`);
    }
    // the scenario's nominator staked on the validator
    const nominator = new Wallet({ path: net.walletDir, name: 'nominator' }).getColdkeypub().ss58Address;
    const nominated = await getStake(net.client, { coldkey: nominator, hotkey: sn.validators[0].hotkey, netuid: sn.netuid });
    assert.ok(nominated > 0n, 'the nominator holds alpha on the validator');

    const start = net.clock.block;
    const tempo = sn.tempo;
    await net.clock.waitFor(start + 3);
    // every miner has its axon on chain at the port its process serves
    const mg0 = await syncMetagraph(net.client, { netuid: sn.netuid });
    for (const m of sn.miners) {
      assert.equal(mg0.axons[m.uid].isServing, true, `${m.behaviour} axon served`);
      assert.equal(mg0.axons[m.uid].port, m.port);
    }
    // run until weights were set and two epochs paid by them
    const deadline = Date.now() + 90_000;
    while (!sn.weights.some((w) => w.ok)) {
      if (Date.now() > deadline) assert.fail(`no weights set: ${JSON.stringify(sn.weights)} ${lines.join('\n')}`);
      await net.clock.waitFor(net.clock.block + 1);
    }
    await net.clock.waitFor(net.clock.block + 2 * (tempo + 1) + 1);
    const st = await net.status(sn.netuid);
    assert.equal(st.top?.behaviour, 'good', `top miner: ${JSON.stringify(st)}`);
    const mg = await syncMetagraph(net.client, { netuid: sn.netuid });
    const good = sn.miners.find((m) => m.behaviour === 'good')!;
    const slow = sn.miners.find((m) => m.behaviour === 'slow')!;
    const wrong = sn.miners.find((m) => m.behaviour === 'wrong')!;
    assert.ok(mg.incentive[good.uid] > mg.incentive[slow.uid], 'incentive order follows quality: good > slow');
    assert.ok(mg.incentive[slow.uid] > mg.incentive[wrong.uid], 'slow > wrong');
    assert.equal(mg.incentive[wrong.uid], 0);
    assert.ok(mg.dividends[sn.validators[0].uid] > 0, 'the validator earns dividends');

    // stake grew by exactly what the last epoch emitted (archive node: state at any block)
    const epoch = Number((await api.query.subtensorModule.lastMechansimStepBlock(sn.netuid)).toString());
    await net.clock.waitFor(epoch + 1);
    const at = async (n: number) => api.at(await api.rpc.chain.getBlockHash(n));
    const [before, after, next] = [await at(epoch - 1), await at(epoch), await at(epoch + 1)];
    const big = (v: { toString(): string }): bigint => BigInt(v.toString());
    const alpha = async (a: typeof after, hotkey: string): Promise<bigint> => big(await a.query.subtensorModule.totalHotkeyAlpha(hotkey, sn.netuid));
    const emission = ((await after.query.subtensorModule.emission(sn.netuid)).toJSON() as (number | string)[]).map((x) => BigInt(x));
    for (const m of sn.miners) {
      assert.equal((await alpha(after, m.hotkey)) - (await alpha(before, m.hotkey)), emission[m.uid], `miner ${m.behaviour}: stake grew by its emission at block ${epoch}`);
    }
    assert.ok(emission[good.uid] > 0n);
    const v = sn.validators[0];
    const dv = (await alpha(after, v.hotkey)) - (await alpha(before, v.hotkey));
    assert.ok(emission[v.uid] > 0n, 'the validator has a dividend emission');
    // dividends pass through U96F32 (take, alpha/root split): at most one rao of rounding
    assert.ok(dv - emission[v.uid] <= 1n && emission[v.uid] - dv <= 1n, `validator: stake grew by ${dv}, emission ${emission[v.uid]}`);
    // the owner hotkey gets the owner cut accumulated since the previous epoch: pending at the block
    // before, plus the epoch block's own cut (equal to the next block's when the alpha emitted per
    // block is the same)
    assert.ok(sn.owner.uid !== undefined, 'the owner hotkey is registered');
    const dOwner = (await alpha(after, sn.owner.hotkey)) - (await alpha(before, sn.owner.hotkey));
    const pendingBefore = big(await before.query.subtensorModule.pendingOwnerCut(sn.netuid));
    const alphaOutAt = big(await after.query.subtensorModule.subnetAlphaOutEmission(sn.netuid));
    const alphaOutNext = big(await next.query.subtensorModule.subnetAlphaOutEmission(sn.netuid));
    assert.ok(pendingBefore > 0n && dOwner > pendingBefore, 'the owner cut was paid');
    if (alphaOutAt === alphaOutNext) assert.equal(dOwner, pendingBefore + big(await next.query.subtensorModule.pendingOwnerCut(sn.netuid)), 'owner stake grew by the owner cut');

    // kill -9 the validator: the supervisor restarts it and it resumes from its saved scores
    const vproc = v.process;
    const oldPid = net.supervisor.status().find((p) => p.name === vproc)!.pid!;
    const exited = new Promise<void>((r) => {
      const poll = setInterval(() => {
        try {
          process.kill(oldPid, 0);
        } catch {
          clearInterval(poll);
          r();
        }
      }, 50);
    });
    assert.ok(net.supervisor.signal(vproc, 'SIGKILL'));
    await exited;
    const saved = JSON.parse(readFileSync(join(dir, 'neurons', 'template', 'validator-0', 'state.json'), 'utf8')) as { step: number; scores: number[] };
    assert.ok(saved.step > 0, 'the validator had saved its scores');
    const restarted = await new Promise<{ restoredStep: number | null; scores: number[] }>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no restart: ${lines.join('\n')}`)), 60_000);
      const off = net.onNeuronEvent((p, ev) => {
        if (p === vproc && ev.event === 'ready') {
          clearTimeout(t);
          off();
          resolve(ev as unknown as { restoredStep: number | null; scores: number[] });
        }
      });
    });
    assert.equal(restarted.restoredStep, saved.step, 'resumed from the saved step');
    const now = net.supervisor.status().find((p) => p.name === vproc)!;
    assert.equal(now.restarts, 1);
    assert.notEqual(now.pid, oldPid);
    assert.ok(lines.some((l) => l.includes(`${vproc} exited (SIGKILL)`)), 'the restart is reported');
    // and it keeps setting weights
    const setsBefore = sn.weights.filter((w) => w.ok).length;
    const until = Date.now() + 60_000;
    while (sn.weights.filter((w) => w.ok).length === setsBefore) {
      if (Date.now() > until) assert.fail('no weights after the restart');
      await net.clock.waitFor(net.clock.block + 1);
    }

    // the indexer follows the head
    const head = net.clock.block;
    const until2 = Date.now() + 30_000;
    for (;;) {
      const body = (await (await fetch(`${net.indexerUrl}/api/v1/status`)).json()) as { data: { indexed_block: number } };
      if (body.data.indexed_block >= head) break;
      if (Date.now() > until2) assert.fail(`indexer stuck at #${body.data.indexed_block}, head #${head}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    const pids = net.supervisor.status().map((p) => p.pid!);
    await net.stop();
    stopped = true;
    await net.stop(); // idempotent
    assert.equal(await portOpen(net.nodeUrl.replace('ws:', 'http:')), false, 'node port closed');
    assert.equal(await portOpen(net.indexerUrl), false, 'indexer port closed');
    for (const pid of pids) assert.throws(() => process.kill(pid, 0), `neuron process ${pid} is gone`);
    // the validator saved its state on the way down
    assert.ok(existsSync(join(dir, 'neurons', 'template', 'validator-0', 'state.json')));
    assert.match(readFileSync(join(net.logDir, 'template-validator-0.log'), 'utf8'), /"msg":"validator stopped"/);
  } finally {
    if (!stopped) await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('scenario files: defaults filled in, errors name the field', () => {
  const s = parseScenario({ subnets: [{ kit: 'template', validators: [{ stake: 10 }, { stake: '2.5', wallet: 'v2' }], miners: [{ behaviour: 'good', count: 2 }, { behaviour: 'wrong' }] }] });
  assert.equal(s.subnets[0].name, 'template');
  assert.deepEqual(s.subnets[0].validators, [
    { wallet: 'validator', hotkey: 'template-0', stake: 10_000_000_000n },
    { wallet: 'v2', hotkey: 'template-1', stake: 2_500_000_000n },
  ]);
  assert.deepEqual(s.subnets[0].miners.map((m) => `${m.wallet}/${m.hotkey}:${m.behaviour}`), ['miner-good/template:good', 'miner-good/template-1:good', 'miner-wrong/template:wrong']);
  const bad = (doc: unknown, re: RegExp): void => {
    assert.throws(() => parseScenario(doc), (e: unknown) => e instanceof ScenarioError && e.code === 'SCENARIO_INVALID' && re.test(e.message), String(re));
  };
  bad({}, /^subnets: /);
  bad({ subnets: [{ kit: 'nope', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }] }] }, /^subnets\[0\]\.kit: /);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 'lots' }], miners: [{ behaviour: 'good' }] }] }, /^subnets\[0\]\.validators\[0\]\.stake: not an amount/);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'great' }] }] }, /^subnets\[0\]\.miners\[0\]\.behaviour: /);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }], extra: 1 }] }, /^subnets\[0\]: /);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }] }, { kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }] }] }, /subnets\[1\]\.name: "template" is used twice/);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }] }], stakes: [{ wallet: 'x', subnet: 'template', amount: 1 }] }, /stakes\[0\]\.wallet: "x" is not declared/);
  bad({ subnets: [{ kit: 'template', validators: [{ stake: 1 }], miners: [{ behaviour: 'good' }] }], wallets: [{ name: 'x', balance: 1 }], stakes: [{ wallet: 'x', subnet: 'template', validator: 3, amount: 1 }] }, /stakes\[0\]\.validator: subnet "template" has 1 validator/);
  // the shipped example parses, and the command line takes it
  const example = fileURLToPath(new URL('../../../../scripts/localnet/example-scenario.json', import.meta.url));
  assert.equal(loadScenario(example).subnets.length, 2);
  assert.equal(parseLocalnetArgs(['--scenario', example]).scenario?.stakes[0].wallet, 'nominator');
  assert.throws(() => parseLocalnetArgs(['--scenario', example, '--validators', '3']), /default scenario/);
  assert.throws(() => loadScenario(join(tmpdir(), 'no-such-scenario.json')), (e: unknown) => e instanceof ScenarioError && e.code === 'SCENARIO_UNREADABLE');
});

test('runLocalnet (npm start) with --blocks and --json: ready, status lines, then it stops by itself', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-localnet-run-'));
  const lines: string[] = [];
  try {
    const code = await runLocalnet({ port: 0, explorerPort: 0, dir, subnets: ['template'], validatorsPerSubnet: 1, explorer: false, blocks: 25, json: true, write: (l) => lines.push(l) });
    assert.equal(code, 0);
    const events = lines.map((l) => JSON.parse(l) as { event: string; [k: string]: unknown });
    const ready = events.find((e) => e.event === 'ready') as { node: string; api: string; wallets: string; block: number; subnets: { name: string; netuid: number }[] } | undefined;
    assert.ok(ready, 'ready event');
    assert.match(ready.node, /^ws:\/\/127\.0\.0\.1:\d+$/);
    assert.match(ready.api, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    assert.equal(ready.wallets, join(dir, 'wallets'));
    assert.deepEqual(ready.subnets.map((s) => s.name), ['template']);
    const status = events.filter((e) => e.event === 'status');
    assert.ok(status.length >= 2, `a status line per epoch: ${lines.join('\n')}`);
    assert.ok(status.every((s) => s.netuid === ready.subnets[0].netuid && 'top' in s));
    const stopping = events.find((e) => e.event === 'stopping') as { reason: string; block: number } | undefined;
    assert.equal(stopping?.reason, 'limit');
    assert.ok(stopping.block >= ready.block + 25);
    assert.equal(events.at(-1)?.event, 'stopped');
    assert.equal(await portOpen(ready.node.replace('ws:', 'http:')), false, 'node port closed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tensorium localnet up | status | reset (refused while running) | down | reset, as separate processes', { timeout: 240_000 }, async () => {
  const { spawn, execFile } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const bin = fileURLToPath(new URL('../../bin/tensorium.mjs', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-localnet-cli-'));
  const cli = (...args: string[]): Promise<{ code: number; out: { ok: boolean; data?: Record<string, unknown>; error?: { code: string } } }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [bin, '--json', 'localnet', ...args, '--dir', dir], { timeout: 60_000 }, (err, stdout) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: JSON.parse(stdout || '{"ok":false}') as { ok: boolean } });
      });
    });
  const up = spawn(process.execPath, [bin, 'localnet', 'up', '--rpc-port', '0', '--explorer-port', '0', '--dir', dir, '--subnets', 'template', '--validators', '1', '--no-explorer'], { stdio: 'ignore' });
  try {
    const state = join(dir, 'localnet.json');
    for (let i = 0; i < 1200 && !existsSync(state); i++) {
      assert.equal(up.exitCode, null, 'localnet up is still running');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(existsSync(state), 'localnet up recorded its state');
    const status = await cli('status');
    assert.equal(status.code, 0);
    assert.equal(status.out.data?.running, true);
    const processes = status.out.data?.processes as { name: string; pid: number; logFile: string }[];
    assert.deepEqual(processes.map((p) => p.name).sort(), ['template/miner-good', 'template/miner-slow', 'template/miner-wrong', 'template/validator-0']);
    for (const p of processes) process.kill(p.pid, 0); // alive
    assert.equal(status.out.data?.pid, up.pid);
    assert.ok(Number(status.out.data?.block) > 0, 'the node answers with its head');
    const refused = await cli('reset');
    assert.notEqual(refused.code, 0);
    assert.equal(refused.out.error?.code, 'LOCALNET_RUNNING');
    const exited = new Promise<number | null>((r) => up.once('exit', (code) => r(code)));
    const down = await cli('down');
    assert.equal(down.code, 0);
    assert.equal(down.out.data?.stopped, true);
    assert.equal(await exited, 0, 'localnet up exited cleanly');
    for (const p of processes) assert.throws(() => process.kill(p.pid, 0), `${p.name} stopped with the localnet`);
    assert.equal((await cli('status')).out.data?.running, false);
    const reset = await cli('reset');
    assert.equal(reset.code, 0);
    assert.ok(!existsSync(dir), 'the directory is gone');
  } finally {
    if (up.exitCode === null) up.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
