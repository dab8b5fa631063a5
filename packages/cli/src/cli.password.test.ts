/**
 * Encrypted coldkeys through the real `tensorium` bin: created with --password-file, unlocked from the
 * file or TENSORIUM_PASSWORD for a transfer, a wrong password is a clear error that changes nothing,
 * and the password never appears in the output. Each unlock runs Bittensor's argon2i derivation
 * (512 MiB), so this test keeps to three of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { createClient, getBalance, parseTao } from '@tensorium/sdk';

const BIN = fileURLToPath(new URL('../bin/tensorium.mjs', import.meta.url));
const PASSWORD = 'correct horse battery staple 42';

interface Run {
  readonly code: number;
  readonly out: { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string; remedy?: string } };
  readonly stdout: string;
  readonly stderr: string;
}

test('encrypted coldkey: --password-file and TENSORIUM_PASSWORD unlock it, a wrong password fails cleanly', { timeout: 300_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-cli-pw-'));
  const walletPath = join(dir, 'wallets');
  const pwFile = join(dir, 'password.txt');
  writeFileSync(pwFile, PASSWORD + '\n', { mode: 0o600 });
  const client = await createClient({ url: node.url });
  const cli = (env: Record<string, string | undefined>, ...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      const fullEnv = { ...process.env, TENSORIUM_CONFIG: join(dir, 'config.json'), TENSORIUM_PASSWORD: undefined, NO_COLOR: '1', ...env };
      execFile(process.execPath, [BIN, '--json', '--endpoint', node.url, '--wallet-path', walletPath, ...args], { env: fullEnv, timeout: 200_000 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        let out: Run['out'];
        try {
          out = JSON.parse(stdout) as Run['out'];
        } catch {
          out = { ok: false, error: { code: 'NOT_JSON', message: `stdout: ${stdout} stderr: ${stderr}` } };
        }
        resolve({ code, out, stdout, stderr });
      });
    });
  try {
    const created = await cli({}, 'wallet', 'create', '--wallet-name', 'vault', '--password-file', pwFile);
    assert.equal(created.code, 0, created.stdout + created.stderr);
    assert.equal(created.out.data?.encrypted, true);
    const coldkey = String(created.out.data?.coldkey);
    const keyfile = readFileSync(join(walletPath, 'vault', 'coldkey'));
    assert.equal(keyfile.subarray(0, 5).toString(), '$NACL', 'the coldkey file is $NACL-encrypted');
    const fund = await cli({}, 'wallet', 'faucet', '--wallet-name', 'vault', '--amount', '10');
    assert.equal(fund.code, 0, fund.stdout + fund.stderr);
    const bob = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
    const before = (await getBalance(client, { address: bob })).free;

    // a wrong password: exit 4, WRONG_PASSWORD with a remedy, nothing sent
    const wrong = await cli({ TENSORIUM_PASSWORD: 'not the password' }, 'wallet', 'transfer', '--wallet-name', 'vault', '--dest', bob, '--amount', '1', '--yes');
    assert.equal(wrong.code, 4);
    assert.equal(wrong.out.error?.code, 'WRONG_PASSWORD');
    assert.ok(wrong.out.error?.remedy);
    assert.equal((await getBalance(client, { address: bob })).free, before);

    // the right one from the environment, then from the file
    const viaEnv = await cli({ TENSORIUM_PASSWORD: PASSWORD }, 'wallet', 'transfer', '--wallet-name', 'vault', '--dest', bob, '--amount', '1', '--yes');
    assert.equal(viaEnv.code, 0, viaEnv.stdout + viaEnv.stderr);
    const viaFile = await cli({}, 'wallet', 'transfer', '--wallet-name', 'vault', '--dest', bob, '--amount', '2', '--password-file', pwFile, '--yes');
    assert.equal(viaFile.code, 0, viaFile.stdout + viaFile.stderr);
    assert.equal((await getBalance(client, { address: bob })).free, before + parseTao('3'));
    assert.ok((await getBalance(client, { address: coldkey })).free < parseTao('7'), 'paid the transfers and fees');
    for (const r of [created, fund, wrong, viaEnv, viaFile]) assert.ok(!(r.stdout + r.stderr).includes(PASSWORD), 'the password is never printed');
  } finally {
    await client.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
