/**
 * End to end: the real `tensorium` bin (node packages/cli/bin/tensorium.mjs) in child processes,
 * with --json and a temporary --wallet-path, against a node started here (fast preset, instant
 * sealing): wallets, faucet, subnet create/start/register, stake, weights, an epoch, metagraph.
 * Every step is checked on the JSON envelope and against chain state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { createClient, getBalance, getStake, parseTao } from '@tensorium/sdk';

const BIN = fileURLToPath(new URL('../bin/tensorium.mjs', import.meta.url));

interface Run {
  code: number;
  out: { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string; remedy?: string; details: Record<string, unknown> } };
  stdout: string;
  stderr: string;
}

test('tensorium CLI end to end (--json) against a real node', { timeout: 300_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-cli-'));
  const walletPath = join(dir, 'wallets');
  const env = { ...process.env, TENSORIUM_CONFIG: join(dir, 'config.json'), TENSORIUM_PASSWORD: undefined, NO_COLOR: '1' };
  const client = await createClient({ url: node.url });
  const cli = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(process.execPath, [BIN, '--json', '--endpoint', node.url, '--wallet-path', walletPath, ...args], { env, timeout: 120_000 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        let out: Run['out'];
        try {
          out = JSON.parse(stdout) as Run['out'];
        } catch {
          out = { ok: false, error: { code: 'NOT_JSON', message: `stdout: ${stdout} stderr: ${stderr}`, details: {} } };
        }
        resolve({ code, out, stdout, stderr });
      });
    });
  const ok = async (...args: string[]): Promise<Record<string, unknown>> => {
    const r = await cli(...args);
    assert.equal(r.code, 0, `${args.join(' ')} → exit ${r.code}: ${r.stdout} ${r.stderr}`);
    assert.equal(r.out.ok, true);
    assert.equal(r.stdout.trim().split('\n').length, 1, 'exactly one JSON document');
    return r.out.data!;
  };
  try {
    // wallets: owner and miner (coldkeys unencrypted: $NACL's argon2i at Bittensor's 512 MiB × 8
    // passes takes tens of seconds, too slow for this test)
    // independent read-only/key-only commands run concurrently (each is its own process)
    const [owner, miner, needPw] = await Promise.all([
      ok('wallet', 'create', '--wallet-name', 'owner', '--no-password'),
      ok('wallet', 'create', '--name', 'miner', '--no-password', '--n-words', '12'),
      cli('wallet', 'create', '--name', 'third'),
    ]);
    assert.match(String(owner.coldkey), /^5[1-9A-HJ-NP-Za-km-z]{47}$/);
    assert.equal(owner.encrypted, false);
    // without --no-password and with no password source, creating an encrypted key fails cleanly
    assert.equal(needPw.code, 4);
    assert.equal(needPw.out.error?.code, 'PASSWORD_REQUIRED');
    assert.ok(needPw.out.error?.remedy);
    const list = await ok('wallet', 'list');
    assert.deepEqual((list.wallets as { name: string; coldkeyAddress?: string }[]).filter((w) => w.coldkeyAddress).map((w) => w.name), ['miner', 'owner']);

    // faucet from //Alice; the balance is on chain
    const f = await ok('wallet', 'faucet', '--wallet-name', 'owner', '--amount', '3000');
    assert.equal(f.amount, parseTao('3000').toString());
    await ok('wallet', 'faucet', '--wallet-name', 'miner', '--amount', '50');
    assert.equal((await getBalance(client, { address: String(owner.coldkey) })).free, parseTao('3000'));
    const [bal, lock] = await Promise.all([ok('wallet', 'balance', '--wallet-name', 'owner'), ok('subnet', 'lock-cost')]);
    assert.equal((bal.balances as { free: string }[])[0].free, parseTao('3000').toString());

    // subnet: create, start
    const created = await ok('subnet', 'create', '--wallet-name', 'owner');
    const netuid = Number(created.netuid);
    assert.ok(netuid > 0);
    assert.equal(created.lockCost, lock.cost);
    assert.equal(String((await client.api.query.subtensorModule.subnetOwner(netuid)).toString()), owner.coldkey);
    await ok('subnet', 'start', '--wallet-name', 'owner', '--netuid', String(netuid));

    // the miner registers its hotkey
    const reg = await ok('subnet', 'register', '--wallet-name', 'miner', '--netuid', String(netuid));
    assert.equal(reg.uid, 1);
    assert.equal((await client.api.query.subtensorModule.uids(netuid, String(miner.hotkey))).toString(), '1');

    // stake: preview signs nothing; add with a slippage limit; the chain holds what the CLI reports
    const preview = await ok('stake', 'add', '--wallet-name', 'owner', '--netuid', String(netuid), '--amount', '100', '--preview');
    assert.equal(preview.preview, true);
    assert.equal(await getStake(client, { coldkey: String(owner.coldkey), hotkey: String(owner.hotkey), netuid }), 0n);
    const staked = await ok('stake', 'add', '--wallet-name', 'owner', '--netuid', String(netuid), '--amount', '100', '--max-slippage', '0.5');
    const onChain = await getStake(client, { coldkey: String(owner.coldkey), hotkey: String(owner.hotkey), netuid });
    assert.ok(onChain > 0n);
    assert.equal(staked.stake, onChain.toString());
    assert.ok(BigInt(String((staked.tx as { fee: string }).fee)) > 0n);
    // a failing stake (chain or pool error name, remedy, non-zero exit), a usage error, and the list
    const [positions, tooMuch, usage] = await Promise.all([
      ok('stake', 'list', '--wallet-name', 'owner'),
      cli('stake', 'add', '--wallet-name', 'owner', '--netuid', String(netuid), '--amount', '100000', '--unsafe'),
      cli('stake', 'add', '--amount', '1'),
    ]);
    assert.ok((positions.positions as { netuid: number; stake: string }[]).some((p) => p.netuid === netuid && p.stake === onChain.toString()));
    assert.equal(usage.code, 2);
    assert.equal(usage.out.error?.code, 'USAGE');
    assert.notEqual(tooMuch.code, 0);
    assert.equal(tooMuch.out.ok, false);
    assert.match(tooMuch.out.error!.code, /^(SubtensorModule\.\w+|TX_CANNOT_PAY|InvalidTransaction\.\w+)$/);
    assert.ok(tooMuch.out.error!.remedy);

    // weights from the owner's hotkey (the subnet owner may set weights), then an epoch
    const w = await ok('weights', 'set', '--wallet-name', 'owner', '--netuid', String(netuid), '--uids', '0,1', '--weights', '0.25,0.75');
    assert.deepEqual(w.weights, [21845, 65535]);
    assert.deepEqual((await client.api.query.subtensorModule.weights(netuid, 0)).toJSON(), [[0, 21845], [1, 65535]]);
    await client.request('dev_jumpBlocks', [25]);

    // metagraph with weights: fields after a real epoch, equal to storage
    const [mg, hp] = await Promise.all([ok('subnet', 'metagraph', '--netuid', String(netuid), '--full'), ok('subnet', 'hyperparameters', '--netuid', String(netuid))]);
    assert.equal(mg.n, 2);
    assert.deepEqual(mg.hotkeys, [owner.hotkey, miner.hotkey]);
    assert.deepEqual(mg.coldkeys, [owner.coldkey, miner.coldkey]);
    const weights = mg.weights as number[][];
    assert.ok(Math.abs(weights[0][1] - 0.75) < 1e-4);
    const incentive = mg.incentive as number[];
    assert.deepEqual(incentive, ((await client.api.query.subtensorModule.incentive(netuid)).toJSON() as number[]).map((v) => v / 65535));
    assert.ok(incentive[1] > 0, 'the miner earned incentive in the epoch');
    for (const k of ['uids', 'stake', 'alphaStake', 'taoStake', 'totalStake', 'ranks', 'trust', 'consensus', 'validatorTrust', 'dividends', 'emission', 'active', 'lastUpdate', 'validatorPermit', 'bonds', 'axons', 'block']) assert.ok(k in mg, k);

    // hyperparameters via the CLI equal storage
    assert.equal((hp.hyperparameters as { tempo: number }).tempo, Number((await client.api.query.subtensorModule.tempo(netuid)).toString()));
  } finally {
    await client.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
