/**
 * The simulator on the real runtime: (1) idle-block batching changes nothing — a scenario run with
 * the idle fast path ends in the same state as the same scenario run block by block through
 * `LocalChain.produceBlock`, and in the same state (trie root over SCALE storage) as blocks built
 * by a real TensoriumNode's chain; (2) every bundled scenario, at reduced length, shows its
 * headline result; (3) scenario validation, reproducibility and the command.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storage as timestampStorage } from '@tensorium/runtime/pallets/timestamp/index';
import { TensoriumNode, silentLogger, storageKeys, trieRoot, toHex } from '@tensorium/node';
import type { MemoryBackend } from '@tensorium/runtime/state/state';
import { ChainDriver, LocalDriver, stateDigest } from './driver.js';
import { runScenario, scenarioGenesis } from './engine.js';
import { simCommand } from './cli.js';
import { listBundled, loadScenario, parseScenario, parseScenarioText, type Scenario } from './scenario.js';
import type { Summary } from './results.js';
import { SimError } from './errors.js';

/** A small scenario touching every kind of activity: CR and plain weights, traders, actions, a mid-run subnet. */
const EVERYTHING = `
name: everything
description: equality fixture
seed: 99
blocks: 160
sample_every: 7
genesis: { preset: fast, balances: { whale: 5000 } }
subnets:
  - name: plain
    tempo: 10
    validators:
      - { name: p-honest, stake: 200 }
      - { name: p-copier, stake: 150, strategy: { kind: copier, lag: 0 } }
      - { name: p-lazy, stake: 100, strategy: { kind: lazy, refresh: 3 } }
    miners:
      - { name: p-m1, quality: { kind: sine, base: 0.5, amplitude: 0.4, period: 50 } }
      - { name: p-m2, quality: { kind: walk, start: 0.5, sigma: 0.1, every: 10 } }
      - { name: p-sybil, quality: 0.3, count: 3 }
  - name: hidden
    tempo: 12
    hyperparameters: { commit_reveal_weights_enabled: true, liquid_alpha_enabled: true }
    validators:
      - { name: h-v1, stake: 300 }
      - { name: h-v2, stake: 100, strategy: { kind: colluding, group: g, favour: [h-m2], share: 0.6 } }
    miners: [{ name: h-m1, quality: 0.9 }, { name: h-m2, quality: 0.1 }]
  - name: late
    register_at: 60
    tempo: 9
    validators: [{ name: l-v, stake: 100 }]
    miners: [{ name: l-m, quality: 0.5 }]
traders:
  - { kind: momentum, name: mom, subnet: plain, budget: 300, step: 50, interval: 20, lookback: 20 }
  - { kind: stake_chaser, name: chase, budget: 200, subnets: [plain, hidden], interval: 30 }
  - { kind: buy_and_hold, name: hold, subnet: hidden, budget: 100, at: 3 }
actions:
  - { type: add_stake, at: 10, wallet: whale, subnet: plain, amount: 2000 }
  - { type: move_stake, at: 50, wallet: whale, from: plain, to: hidden, fraction: 0.5 }
  - { type: price_shock, at: 80, subnet: hidden, wallet: whale, tao: 500 }
  - { type: set_hyperparameter, at: 90, subnet: plain, name: yuma3_enabled, value: false }
  - { type: register_miner, at: 100, subnet: plain, miner: { name: p-late, quality: 0.7 } }
  - { type: remove_stake, at: 120, wallet: whale, subnet: hidden, fraction: 0.3 }
`;

const EXCLUDED = ['System.ParentHash', 'System.BlockHash', 'System.Events', 'System.EventCount'];

/** Trie root (state version 1) of SCALE-encoded storage, as the node computes its state root. */
function scaleRoot(backend: MemoryBackend, exclude: readonly string[]): string {
  const keys = storageKeys();
  const skip = new Set(exclude);
  const pairs: [Uint8Array, Uint8Array][] = [];
  for (const [item, k1, rest, value] of backend.entries()) {
    if (skip.has(item)) continue;
    pairs.push([keys.storageKey(item, k1, rest), value instanceof Uint8Array && !keys.meta(item) ? value : keys.encodeValue(item, value)]);
  }
  return toHex(trieRoot(pairs));
}

test('idle-block fast path ends in the identical state as block-by-block LocalChain execution', () => {
  const sc = parseScenarioText(EVERYTHING);
  let fast: LocalDriver | undefined;
  let full: LocalDriver | undefined;
  const a = runScenario(sc, { driver: (preset, genesis) => (fast = new LocalDriver({ preset, genesis, idleFastPath: true })) });
  const b = runScenario(sc, { driver: (preset, genesis) => (full = new LocalDriver({ preset, genesis, idleFastPath: false })) });
  assert.ok(a.summary.idleBlocks > 40, `the run has idle stretches (${a.summary.idleBlocks})`);
  assert.equal(fast!.number, full!.number);
  assert.equal(fast!.chain.hash, full!.chain.hash);
  assert.equal(stateDigest(fast!.backend), stateDigest(full!.backend));
  assert.deepEqual(a.tables, b.tables);
  // the scenario exercised what it claims (nothing silently failed)
  assert.deepEqual(a.summary.failedExtrinsics, {});
  assert.equal(a.summary.subnets.length, 3);
  assert.ok(a.tables.neurons.some((r) => r.subnet === 'late'));
  assert.ok(a.tables.neurons.some((r) => r.name === 'p-late'));
  assert.ok(a.tables.neurons.some((r) => r.subnet === 'hidden' && r.incentive > 0), 'revealed weights drive incentive');
});

test('the same scenario through a real TensoriumNode chain (sealing manual) ends in the same storage', async () => {
  const sc = parseScenarioText(EVERYTHING);
  let local: LocalDriver | undefined;
  const a = runScenario(sc, { blocks: 120, driver: (preset, genesis) => (local = new LocalDriver({ preset, genesis })) });
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger, preset: 'fast', genesis: scenarioGenesis(sc) });
  try {
    const b = runScenario(sc, { blocks: 120, driver: () => new ChainDriver(node.chain) });
    assert.equal(BigInt(node.chain.head.number), local!.number);
    assert.deepEqual(a.tables, b.tables, 'observations agree block for block');
    // the node's blocks also start with the timestamp inherent (LocalDriver's runtime-only blocks have none): block
    // time and the extrinsic count differ by construction, and are shown to be the inherent's
    const nodeOnly = [...EXCLUDED, 'Timestamp.Now', 'System.ExtrinsicCount'];
    assert.equal(scaleRoot(local!.backend, nodeOnly), scaleRoot(node.chain.backend.mem, nodeOnly), 'storage agrees except parent hashes, events and the inherent');
    assert.equal(node.chain.view((s) => timestampStorage.Now.get(s)), BigInt(node.chain.head.number) * 250n, 'manual blocks without a clock: one 250 ms block time each');
  } finally {
    await node.stop();
  }
});

test('every bundled scenario is listed with a description and parses', () => {
  const all = listBundled();
  assert.deepEqual(all.map((s) => s.name).sort(), ['halving', 'new-subnet', 'subnet-pruning', 'weight-copier', 'whale-rotation']);
  for (const s of all) assert.ok(s.description.length > 20, s.name);
});

test('halving: the block emission halves when issuance crosses 10.5M TAO', () => {
  const r = runScenario(loadScenario('halving'), { blocks: 400 });
  const s = r.summary;
  assert.equal(s.halvings.length, 1);
  const h = s.halvings[0];
  assert.equal(h.emissionBefore, 1);
  assert.equal(h.emissionAfter, 0.5);
  assert.ok(h.issuanceBefore < 10_500_000, `issuance before ${h.issuanceBefore}`);
  const at = r.tables.chain.find((row) => row.block_emission === 0.5)!;
  assert.ok(at.total_issuance >= 10_500_000, `issuance when halved ${at.total_issuance}`);
  assert.ok(r.tables.chain.filter((row) => row.total_issuance < 10_500_000).every((row) => row.block_emission === 1));
});

function fairness(s: Summary, subnet: string, strategy: string): number {
  return s.dividendsPerStakeShare[subnet][strategy];
}

test('weight copier earns less than honest validators (per stake share), most of all under Yuma3 with commit-reveal', () => {
  const s = runScenario(loadScenario('weight-copier'), { blocks: 500 }).summary;
  for (const subnet of ['yuma', 'yuma3', 'yuma3-la', 'yuma3-cr']) {
    assert.ok(fairness(s, subnet, 'copier') < fairness(s, subnet, 'honest'), `${subnet}: ${JSON.stringify(s.dividendsPerStakeShare[subnet])}`);
  }
  assert.ok(fairness(s, 'yuma3-cr', 'copier') < fairness(s, 'yuma3', 'copier'), 'commit-reveal hurts the copier more');
  assert.ok(fairness(s, 'yuma3-cr', 'copier') < 0.8);
});

test('whale rotation: the subnet the whale moves into gains price, the one it leaves loses it', () => {
  const r = runScenario(loadScenario('whale-rotation'), { blocks: 900 });
  const price = (subnet: string, t: number): number => {
    const rows = r.tables.subnets.filter((row) => row.subnet === subnet && row.t <= t);
    return rows[rows.length - 1].price;
  };
  for (const [t, from, to] of [[400, 'north', 'east'], [800, 'east', 'south']] as const) {
    assert.ok(price(to, t + 15) > price(to, t - 5) * 1.5, `${to} rises after the move at ${t}`);
    assert.ok(price(from, t + 15) < price(from, t - 5) / 1.5, `${from} falls after the move at ${t}`);
  }
  assert.deepEqual(r.summary.failedExtrinsics, {});
  assert.equal(r.summary.traders.length, 3);
});

test('subnet pruning: at the subnet limit the newcomer replaces the subnet with the lowest EMA price', () => {
  const s = runScenario(loadScenario('subnet-pruning'), { blocks: 250 }).summary;
  assert.equal(s.pruned.length, 1);
  const p = s.pruned[0];
  const lowest = Object.entries(p.movingPrices).sort((a, b) => a[1] - b[1])[0][0];
  assert.equal(p.subnet, lowest);
  assert.equal(p.replacedBy, 'newcomer');
  const newcomer = s.subnets.find((x) => x.name === 'newcomer')!;
  assert.equal(newcomer.netuid, p.netuid, 'the newcomer took the pruned netuid');
  assert.equal(s.subnets.find((x) => x.name === p.subnet)!.removedAt, 150);
});

test("new subnet's first months: its emission share grows; colluders and the lazy validator earn less; sybils multiply", () => {
  const r = runScenario(loadScenario('new-subnet'), { blocks: 1400 });
  const fresh = r.tables.subnets.filter((row) => row.subnet === 'fresh');
  assert.ok(fresh[0].t >= 200);
  assert.ok(fresh[fresh.length - 1].emission_share > fresh[0].emission_share + 0.1, `${fresh[0].emission_share} -> ${fresh[fresh.length - 1].emission_share}`);
  const s = r.summary;
  assert.ok(fairness(s, 'fresh', 'colluding') < fairness(s, 'fresh', 'honest'));
  assert.ok(fairness(s, 'fresh', 'lazy') < fairness(s, 'fresh', 'honest'));
  const earned = (name: string): number => s.miners.filter((m) => m.name === name || m.name.startsWith(`${name}#`)).reduce((a, m) => a + m.earned, 0);
  assert.ok(earned('fresh-sybil') > 3 * earned('fresh-single'), `sybils ${earned('fresh-sybil')} vs single ${earned('fresh-single')}`);
});

test('scenario errors name the bad field', () => {
  const bad = { name: 'x', blocks: 10, subnets: [{ name: 'a', validators: [{ name: 'v', stake: -1, strategy: { kind: 'copier', lag: 'one' } }] }] };
  assert.throws(
    () => parseScenario(bad),
    (e: unknown) => e instanceof SimError && e.code === 'SCENARIO_INVALID' && /subnets\[0\]\.validators\[0\]\.stake/.test(e.message) && /subnets\[0\]\.validators\[0\]\.strategy\.lag/.test(e.message),
  );
  assert.throws(
    () => parseScenario({ name: 'x', blocks: 10, actions: [{ type: 'add_stake', at: 1, wallet: 'w', subnet: 'nope', amount: 1 }] }),
    (e: unknown) => e instanceof SimError && /actions\[0\]\.subnet: unknown subnet "nope"/.test(e.message),
  );
  assert.throws(() => loadScenario('no-such-scenario'), (e: unknown) => e instanceof SimError && e.code === 'SCENARIO_NOT_FOUND');
});

test('the seed fixes the run: same seed same state, another seed another state', () => {
  const sc = parseScenarioText(EVERYTHING);
  const digest = (s: Scenario): string => {
    let d: LocalDriver | undefined;
    runScenario(s, { blocks: 80, driver: (preset, genesis) => (d = new LocalDriver({ preset, genesis })) });
    return stateDigest(d!.backend);
  };
  assert.equal(digest(sc), digest(sc));
  assert.notEqual(digest(sc), digest({ ...sc, seed: 100 }));
});

test('sim run / compare / list write their outputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-sim-'));
  const chunks: string[] = [];
  const io = { stdout: { write: (c: string) => (chunks.push(c), true) } as unknown as NodeJS.WritableStream, stderr: { write: () => true } as unknown as NodeJS.WritableStream };
  try {
    assert.equal(await simCommand(['sim', 'run', 'subnet-pruning', '--out', join(dir, 'run'), '--blocks', '60', '--json'], io), 0);
    const summary = JSON.parse(chunks.join('')) as Summary;
    assert.equal(summary.blocks, 60);
    for (const f of ['summary.json', 'chain.csv', 'subnets.csv', 'neurons.csv', 'validators.csv', 'emission_share.svg', 'alpha_prices.svg', 'validator_dividends.svg', 'miner_incentive.svg', 'issuance.svg']) {
      assert.ok(existsSync(join(dir, 'run', f)), f);
    }
    assert.match(readFileSync(join(dir, 'run', 'alpha_prices.svg'), 'utf8'), /^<svg/);
    assert.match(readFileSync(join(dir, 'run', 'subnets.csv'), 'utf8'), /^block,t,subnet,netuid,price,moving_price/);
    chunks.length = 0;
    assert.equal(await simCommand(['compare', 'halving', 'subnet-pruning', '--out', join(dir, 'cmp'), '--blocks', '40'], io), 0);
    assert.match(chunks.join(''), /\| halving \(a\) \| subnet-pruning \(b\) \|/);
    for (const f of ['compare.json', 'compare.md', 'overlay_emission_share.svg', 'overlay_issuance.svg', 'a/summary.json', 'b/summary.json']) assert.ok(existsSync(join(dir, 'cmp', f)), f);
    chunks.length = 0;
    assert.equal(await simCommand(['list'], io), 0);
    assert.match(chunks.join(''), /^halving\s+Total issuance/m);
    assert.equal(await simCommand(['run', 'halving'], io), 2, 'missing --out is a usage error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
