/** In-process pieces of the CLI: group discovery, the JSON envelope, exit codes, flag/env/config precedence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ChainError, ParameterError } from '@tensorium/sdk/client/index';
import { loadGroups } from './program.js';
import { CliContext, DEFAULT_ENDPOINT } from './context.js';
import { saveConfig } from './config.js';
import { exitCodeFor, Output, table, toErrorShape } from './output.js';

test('groups are discovered from src/groups (one file per group)', async () => {
  const names = (await loadGroups()).map((g) => g.name);
  for (const g of ['wallet', 'subnet', 'stake', 'weights', 'sudo', 'config', 'node']) assert.ok(names.includes(g), g);
  assert.ok(!names.includes('_util'));
});

test('JSON envelope: ok/data and ok:false/error with code, message, remedy, details; bigints as strings', () => {
  let buf = '';
  const sink = new Writable({ write(c, _e, cb) { buf += String(c); cb(); } }) as unknown as NodeJS.WriteStream;
  const out = new Output(true, false, sink, sink);
  out.success({ fee: 5n, nested: [1n] }, 'human text');
  assert.deepEqual(JSON.parse(buf), { ok: true, data: { fee: '5', nested: ['1'] } });
  buf = '';
  const code = out.failure(new ChainError('SubtensorModule', 'NotEnoughBalanceToStake', 'docs', { blockHash: '0x01' }));
  const env = JSON.parse(buf) as { ok: boolean; error: { code: string; remedy: string; details: { blockHash: string } } };
  assert.equal(env.ok, false);
  assert.equal(env.error.code, 'SubtensorModule.NotEnoughBalanceToStake');
  assert.ok(env.error.remedy.length > 0);
  assert.equal(env.error.details.blockHash, '0x01');
  assert.equal(code, 1);
  assert.equal(exitCodeFor(toErrorShape(new ParameterError('bad')).code), 2);
  assert.equal(exitCodeFor('CONNECTION_FAILED'), 3);
  assert.equal(exitCodeFor('PASSWORD_REQUIRED'), 4);
  const wrong = Object.assign(new Error('Wrong password'), { name: 'WrongPasswordError' });
  assert.equal(toErrorShape(wrong).code, 'WRONG_PASSWORD');
});

test('tables align columns (right-aligned numbers)', () => {
  const t = table(['a', { header: 'n', align: 'right' }], [['x', '1'], ['longer', '100']]);
  const lines = t.split('\n');
  assert.equal(lines[0], 'a         n');
  assert.equal(lines[2], 'x         1');
  assert.equal(lines[3], 'longer  100');
});

test('precedence: flag > env > config file > default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-cfg-'));
  try {
    const cfg = join(dir, 'config.json');
    assert.equal(new CliContext({}, { TENSORIUM_CONFIG: cfg }).endpoint, DEFAULT_ENDPOINT);
    saveConfig({ network: 'ws://config:1', wallet_path: '/cfg/wallets', wallet_name: 'cfgname', rate_tolerance: 0.02 }, cfg);
    const fromCfg = new CliContext({}, { TENSORIUM_CONFIG: cfg });
    assert.equal(fromCfg.endpoint, 'ws://config:1');
    assert.equal(fromCfg.walletPath, '/cfg/wallets');
    assert.equal(fromCfg.walletName, 'cfgname');
    assert.equal(fromCfg.rateTolerance, 0.02);
    const fromEnv = new CliContext({}, { TENSORIUM_CONFIG: cfg, TENSORIUM_ENDPOINT: 'ws://env:2', TENSORIUM_WALLET_PATH: '/env/w' });
    assert.equal(fromEnv.endpoint, 'ws://env:2');
    assert.equal(fromEnv.walletPath, '/env/w');
    const fromFlag = new CliContext({ endpoint: 'ws://flag:3', walletPath: '/flag/w', name: 'flagname' }, { TENSORIUM_CONFIG: cfg, TENSORIUM_ENDPOINT: 'ws://env:2' });
    assert.equal(fromFlag.endpoint, 'ws://flag:3');
    assert.equal(fromFlag.walletPath, '/flag/w');
    assert.equal(fromFlag.walletName, 'flagname');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
