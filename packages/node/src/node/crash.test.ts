import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpRpc } from './testUtil.js';

const BIN = fileURLToPath(new URL('../../bin/tensorium.mjs', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function waitUp(port: number, child: ChildProcess, timeoutMs = 20_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`node exited with ${child.exitCode}`);
    try {
      await httpRpc(port, 'system_health');
      return Date.now() - t0;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('node did not start');
}

function start(dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [BIN, 'node', '--dev', '--base-path', dir, '--rpc-port', String(port), '--sealing', '20', '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

test('kill -9 while producing blocks: restart resumes with the last committed block', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-crash-'));
  const children: ChildProcess[] = [];
  try {
    let lastSeen = -1;
    for (let round = 0; round < 3; round++) {
      const port = await freePort();
      const child = start(dir, port);
      children.push(child);
      const upMs = await waitUp(port, child);
      const hdr = (await httpRpc(port, 'chain_getHeader')).result as { number: string; stateRoot: string };
      const resumed = parseInt(hdr.number, 16);
      assert.ok(resumed >= lastSeen, `round ${round}: resumed at ${resumed}, had seen ${lastSeen}`);
      // the resumed head's state root is the one its header commits to (checked at load) and stable
      const hash = (await httpRpc(port, 'chain_getBlockHash', [resumed])).result as string;
      assert.match(hash, /^0x[0-9a-f]{64}$/);
      await new Promise((r) => setTimeout(r, 300 + round * 150));
      const seen = parseInt(((await httpRpc(port, 'chain_getHeader')).result as { number: string }).number, 16);
      assert.ok(seen > resumed, 'blocks are being produced');
      lastSeen = seen;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      console.log(`round ${round}: up in ${upMs} ms, resumed at #${resumed}, killed after #${seen}`);
    }
    // final restart: header of every block up to the head is present and linked
    const port = await freePort();
    const child = start(dir, port);
    children.push(child);
    await waitUp(port, child);
    const head = parseInt(((await httpRpc(port, 'chain_getHeader')).result as { number: string }).number, 16);
    assert.ok(head >= lastSeen);
    let parent = '0x' + '00'.repeat(32);
    for (let n = 0; n <= Math.min(head, 40); n++) {
      const h = (await httpRpc(port, 'chain_getBlockHash', [n])).result as string;
      const hdr = (await httpRpc(port, 'chain_getHeader', [h])).result as { parentHash: string };
      assert.equal(hdr.parentHash, parent, `block ${n} links to its parent`);
      parent = h;
    }
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
