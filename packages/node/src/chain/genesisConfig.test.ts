import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeAddress } from '@polkadot/util-crypto';
import { storage as subtensor } from '@tensorium/runtime/pallets/subtensor/storage';
import { storage as sudoStorage } from '@tensorium/runtime/pallets/sudo/index';
import { silentLogger } from '../node/logger.js';
import { TensoriumNode } from '../node/node.js';
import { httpRpc } from '../node/testUtil.js';
import { fromHex } from '../storage/hashing.js';
import { DEV_BALANCE } from './chain.js';
import { devAccount } from './devAccounts.js';
import { GenesisConfigError, loadGenesisConfig, parseGenesisConfig } from './genesisConfig.js';

const FERDIE = encodeAddress(fromHex(devAccount('Ferdie')), 42);
const EVE_HEX = '0x' + devAccount('Eve');

test('genesis config: preset overrides keep field types, balances add up, sudo defaults', () => {
  const g = parseGenesisConfig({ preset: 'fast', overrides: { rootTempo: 7, networkMinLockCost: '5000000000', commitRevealDefault: true }, balances: { [FERDIE]: '42', [EVE_HEX]: 1 } });
  assert.equal(g.preset.rootTempo, 7);
  assert.equal(g.preset.networkMinLockCost, 5_000_000_000n);
  assert.equal(g.preset.commitRevealDefault, true);
  assert.equal(g.preset.blockTimeMs, 250, 'untouched fields come from the preset');
  const bal = new Map(g.genesis.balances);
  assert.equal(bal.get(devAccount('Ferdie')), DEV_BALANCE + 42n, 'added to the dev funding');
  assert.equal(bal.get(devAccount('Eve')), DEV_BALANCE + 1n);
  assert.equal(g.genesis.sudo, devAccount('Alice'));
  const bare = parseGenesisConfig({ devAccounts: false, balances: { [FERDIE]: '10' }, sudo: FERDIE });
  assert.deepEqual(bare.genesis.balances, [[devAccount('Ferdie'), 10n]]);
  assert.equal(bare.genesis.sudo, devAccount('Ferdie'));
});

test('genesis config: every error names its field', () => {
  const bad = (raw: unknown, re: RegExp): void => {
    assert.throws(
      () => parseGenesisConfig(raw),
      (e: unknown) => e instanceof GenesisConfigError && e.code === 'GENESIS_CONFIG_INVALID' && re.test(e.message),
    );
  };
  bad({ preset: 'nope' }, /preset/);
  bad({ overrides: { rootTempo: -1 } }, /overrides\.rootTempo: expected a non-negative integer/);
  bad({ overrides: { notAField: 1 } }, /overrides\.notAField: unknown preset field/);
  bad({ overrides: { commitRevealDefault: 'yes' } }, /overrides\.commitRevealDefault: expected true or false/);
  bad({ balances: { nonsense: '1' } }, /balances\.nonsense/);
  bad({ balances: { [FERDIE]: '-5' } }, /balances/);
  bad({ sudo: 'xyz' }, /sudo/);
  bad({ extra: 1 }, /extra|unrecognized/i);
  const dir = mkdtempSync(join(tmpdir(), 'genesis-'));
  try {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    assert.throws(() => loadGenesisConfig(join(dir, 'broken.json')), /not valid JSON/);
    assert.throws(() => loadGenesisConfig(join(dir, 'missing.json')), /cannot read genesis config/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('genesis config: a node starts from it (tempo override, funded account, sudo, chain name)', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'genesis-'));
  try {
    const file = join(dir, 'genesis.json');
    writeFileSync(file, JSON.stringify({ name: 'my-localnet', preset: 'fast', overrides: { rootTempo: 5 }, devAccounts: false, balances: { [FERDIE]: '123000000000' }, sudo: FERDIE }));
    const g = loadGenesisConfig(file);
    const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger, preset: g.preset, genesis: g.genesis, chainName: g.chainName });
    try {
      assert.equal(node.chain.view((s) => subtensor.Tempo.get(s, 0)), 5);
      assert.equal(node.chain.view((s) => sudoStorage.Key.get(s)), devAccount('Ferdie'));
      assert.equal((await httpRpc(node.port, 'system_chain')).result, 'my-localnet');
      const acct = (await httpRpc(node.port, 'system_accountNextIndex', [FERDIE])).result;
      assert.equal(acct, 0);
      assert.equal(node.chain.view((s) => subtensor.TotalIssuance.get(s)), 123_000_000_000n, 'only the configured account is funded');
    } finally {
      await node.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
