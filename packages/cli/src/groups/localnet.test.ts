/**
 * `tensorium localnet up` / `npm start`: the localnet function in-process (ports 0, template subnet)
 * for a few epochs: blocks are produced, the subnet exists, miners' axons are on chain, validators
 * set weights, the good miner earns incentive, the indexer follows the head, and stop() releases
 * the node's port and the indexer's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { Wallet, syncMetagraph } from '@tensorium/sdk';
import { parseLocalnetArgs, runLocalnet, startLocalnet } from '../../../../scripts/localnet.js';
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

test('localnet: node, subnet, miners, validators, incentive and indexer, then a clean stop', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-localnet-'));
  const lines: string[] = [];
  const net = await startLocalnet({ port: 0, explorerPort: 0, dir, subnets: ['template'], validatorsPerSubnet: 1, explorer: false, log: (l) => lines.push(l) });
  let stopped = false;
  try {
    const [sn] = net.subnets;
    assert.equal(net.subnets.length, 1);
    assert.equal(sn.name, 'template');
    // wallets on disk, usable by the CLI
    assert.ok(new Wallet({ path: net.walletDir, name: 'validator' }).getHotkey(undefined, 'template').ss58Address === sn.validators[0].hotkey);
    assert.ok(existsSync(join(net.walletDir, 'miner-good', 'coldkey')));

    const start = net.clock.block;
    const tempo = sn.tempo;
    // the node produces blocks on its own (250 ms sealing)
    await net.clock.waitFor(start + 3);
    // the subnet exists; every miner has its axon on chain at the port it serves
    assert.equal((await net.client.api.query.subtensorModule.networksAdded(sn.netuid)).toJSON(), true);
    const mg0 = await syncMetagraph(net.client, { netuid: sn.netuid });
    for (const m of sn.miners) {
      assert.equal(mg0.axons[m.uid].isServing, true, `${m.behaviour} axon served`);
      assert.equal(mg0.axons[m.uid].port, m.port);
    }
    // run until weights were set and two epochs paid by them
    const deadline = Date.now() + 60_000;
    while (!sn.weights.some((w) => w.ok)) {
      if (Date.now() > deadline) assert.fail(`no weights set: ${JSON.stringify(sn.weights)} ${lines.join('\n')}`);
      await net.clock.waitFor(net.clock.block + 1);
    }
    await net.clock.waitFor(net.clock.block + 2 * (tempo + 1) + 1);
    const st = await net.status(sn.netuid);
    assert.equal(st.top?.behaviour, 'good', `top miner: ${JSON.stringify(st)}`);
    const mg = await syncMetagraph(net.client, { netuid: sn.netuid });
    const good = sn.miners.find((m) => m.behaviour === 'good')!;
    const wrong = sn.miners.find((m) => m.behaviour === 'wrong')!;
    assert.ok(mg.incentive[good.uid] > 0, 'the good miner earns incentive');
    assert.equal(mg.incentive[wrong.uid], 0);
    assert.ok(mg.lastUpdate[sn.validators[0].uid] > 0, 'the validator set weights on chain');

    // the indexer follows the head
    const head = net.clock.block;
    const until = Date.now() + 30_000;
    for (;;) {
      const body = (await (await fetch(`${net.indexerUrl}/api/v1/status`)).json()) as { data: { indexed_block: number } };
      if (body.data.indexed_block >= head) break;
      if (Date.now() > until) assert.fail(`indexer stuck at #${body.data.indexed_block}, head #${head}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    await net.stop();
    stopped = true;
    await net.stop(); // idempotent
    assert.equal(await portOpen(net.nodeUrl.replace('ws:', 'http:')), false, 'node port closed');
    assert.equal(await portOpen(net.indexerUrl), false, 'indexer port closed');
    // the state of the validator was saved on the way down
    assert.ok(existsSync(join(dir, 'neurons', 'template', 'validator-0', 'state.json')));
  } finally {
    if (!stopped) await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
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
    assert.equal((await cli('status')).out.data?.running, false);
    const reset = await cli('reset');
    assert.equal(reset.code, 0);
    assert.ok(!existsSync(dir), 'the directory is gone');
  } finally {
    if (up.exitCode === null) up.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
