/**
 * The localnet's process supervisor with real child processes: ready reports, restart with a log
 * notice after a crash, a child that dies before it is ready, SIGKILL for a child that ignores
 * SIGTERM, and children that exit by themselves when the supervising process is killed -9.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Supervisor, SupervisorError, type ChildEvent } from './supervisor.js';

const node = process.execPath;
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('ready report, crash → restart with a notice and a new ready, logs appended, stopAll ends it', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-sup-'));
  const marker = join(dir, 'crashed-once');
  const events: [string, ChildEvent][] = [];
  const notices: string[] = [];
  const sup = new Supervisor({ logDir: join(dir, 'logs'), onEvent: (n, e) => events.push([n, e]), notice: (l) => notices.push(l) });
  try {
    // first run: ready, then crash; later runs: ready and stay up
    const code = `const fs=require('fs');console.log(JSON.stringify({level:'info',msg:'hello'}));console.log(JSON.stringify({event:'ready',n:fs.existsSync(${JSON.stringify(marker)})?2:1}));
      if(!fs.existsSync(${JSON.stringify(marker)})){fs.writeFileSync(${JSON.stringify(marker)},'');setTimeout(()=>process.exit(3),100)}else setInterval(()=>{},1000)`;
    const ready = await sup.start({ name: 'sub/crashy', command: node, args: ['-e', code] });
    assert.equal(ready.n, 1);
    await until(() => events.filter(([, e]) => e.event === 'ready').length === 2, 10_000, 'the second ready');
    const [st] = sup.status();
    assert.equal(st.name, 'sub/crashy');
    assert.equal(st.restarts, 1);
    assert.equal(st.running, true);
    assert.ok(notices.some((l) => /sub\/crashy exited \(code 3\); restarting in 1 s/.test(l)), notices.join('\n'));
    assert.ok(st.logFile.endsWith('sub-crashy.log'));
    const pid = st.pid!;
    await sup.stopAll();
    assert.equal(alive(pid), false);
    const log = readFileSync(st.logFile, 'utf8');
    assert.equal(log.match(/"msg":"hello"/g)?.length, 2, 'both runs logged');
    assert.match(log, /"neuron":"supervisor"/);
    await assert.rejects(sup.start({ name: 'late', command: node, args: ['-e', ''] }), (e: unknown) => e instanceof SupervisorError && e.code === 'SUPERVISOR_STOPPED');
  } finally {
    await sup.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a child that dies before it is ready fails start() with its last lines; a child ignoring SIGTERM is killed', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-sup-'));
  const sup = new Supervisor({ logDir: dir, stopTimeoutMs: 500 });
  try {
    await assert.rejects(
      sup.start({ name: 'broken', command: node, args: ['-e', `console.error('no wallet here'); process.exit(1)`] }),
      (e: unknown) => e instanceof SupervisorError && e.code === 'CHILD_EXITED' && /no wallet here/.test(e.message),
    );
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(sup.status().find((s) => s.name === 'broken')?.restarts, 0, 'not restarted: it never ran');
    await sup.start({ name: 'stubborn', command: node, args: ['-e', `process.on('SIGTERM',()=>{});console.log(JSON.stringify({event:'ready'}));setInterval(()=>{},1000)`] });
    const pid = sup.status().find((s) => s.name === 'stubborn')!.pid!;
    await sup.stopAll();
    assert.equal(alive(pid), false, 'killed after the stop timeout');
    assert.match(readFileSync(join(dir, 'stubborn.log'), 'utf8'), /did not stop within 0.5 s: killed/);
  } finally {
    await sup.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kill -9 of the supervising process: its children see stdin close and exit', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-sup-'));
  // the child: what scripts/localnet/neuron.ts does — exit when stdin ends
  const child = `process.stdin.on('end',()=>process.exit(0));process.stdin.resume();console.log(JSON.stringify({event:'ready',pid:process.pid}))`;
  const parent = `
    const { Supervisor } = await import(${JSON.stringify(new URL('./supervisor.ts', import.meta.url).href)});
    const sup = new Supervisor({ logDir: ${JSON.stringify(dir)} });
    const r = await sup.start({ name: 'c', command: process.execPath, args: ['-e', ${JSON.stringify(child)}] });
    console.log('child ' + r.pid);
    setInterval(() => {}, 1000);`;
  const p = spawn(node, ['--import', 'tsx', '--input-type=module', '-e', parent], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const childPid = await new Promise<number>((resolve, reject) => {
      createInterface({ input: p.stdout! }).on('line', (l) => {
        const m = /^child (\d+)$/.exec(l);
        if (m) resolve(Number(m[1]));
      });
      p.once('exit', (c) => reject(new Error(`parent exited ${c}`)));
    });
    assert.ok(alive(childPid));
    p.kill('SIGKILL');
    await until(() => !alive(childPid), 10_000, `child ${childPid} to exit`);
    assert.ok(existsSync(join(dir, 'c.log')));
  } finally {
    if (p.exitCode === null) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
