/**
 * Axon / dendrite benchmarks (issue "synapse protocol"), real processes on loopback:
 *  1. signed requests per second: this process runs one Axon (trivial synapse, full verification:
 *     signature, nonce window, replay store, body hash, schema); a separate load process pre-signs
 *     BENCH_AXON_REQS requests (default 20,000; nonces stay fresh thanks to a 300 s timeout) and sends
 *     them over BENCH_AXON_CONNS keep-alive connections (default 64) with undici (target >= 5,000/s).
 *     The sr25519 verify-only rate on one core, measured here too, is the ceiling of an axon verifying
 *     on its event loop; the same load is run again with verification on BENCH_AXON_WORKERS worker
 *     threads (default 2);
 *  2. dendrite fan-out: a separate process runs 256 axons (one port and hotkey each); their handlers
 *     sleep between 20 % and 100 % of BENCH_FANOUT_SLOWEST_MS (default 1,000 ms); the slowest axon is last
 *     in the target list (worst case: its request is signed and verified last). One round = one
 *     `dendrite.forward()` to all 256; overhead = wall time − the slowest handler's own time
 *     (target <= 10 %). Median of BENCH_FANOUT_ROUNDS rounds (default 5).
 * Run: `npx tsx bench/axon.bench.ts` (or `npm run bench -- axon` once wired into bench/run.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { z } from 'zod';
import { Keypair } from '../packages/sdk/src/wallet/keypair.js';
import { Axon } from '../packages/sdk/src/axon/axon.js';
import { Dendrite } from '../packages/sdk/src/dendrite/dendrite.js';
import { defineSynapse, requestMessage } from '../packages/sdk/src/synapse/synapse.js';
import { initSynapseCrypto, sr25519Backend, signMessage, verifyMessage } from '../packages/sdk/src/synapse/crypto.js';

export interface AxonBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const SELF = fileURLToPath(import.meta.url);

const Echo = defineSynapse({ name: 'Echo', request: z.object({ x: z.int() }), response: z.object({ y: z.int().nullable().default(null) }), requiredHashFields: ['x'] });
const Sleep = defineSynapse({
  name: 'Sleep',
  request: z.object({ round: z.int() }),
  response: z.object({ handlerMs: z.number().nullable().default(null), startedAt: z.number().nullable().default(null) }),
  requiredHashFields: ['round'],
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function child(args: string[]): { proc: ChildProcess; lines: AsyncIterableIterator<string> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  return { proc, lines: createInterface({ input: proc.stdout! })[Symbol.asyncIterator]() };
}
async function nextJson<T>(lines: AsyncIterableIterator<string>): Promise<T> {
  const n = await lines.next();
  if (n.done) throw new Error('child process ended early');
  return JSON.parse(n.value) as T;
}
async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const done = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.stdin?.end();
  const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await done;
  clearTimeout(t);
}

// ---------------------------------------------------------------- 1. load process

async function loadMain(port: number, axonHotkey: string, n: number, conns: number): Promise<void> {
  await initSynapseCrypto();
  const kp = Keypair.fromUri('//Alice');
  const d = new Dendrite({ keypair: kp });
  const target = { ip: '127.0.0.1', port, hotkey: axonHotkey };
  const t0 = performance.now();
  const reqs = Array.from({ length: n }, (_, i) => d.prepare(target, Echo, { x: i }, 300));
  const out = (o: unknown): void => void process.stdout.write(`${JSON.stringify(o)}\n`);
  out({ signed: n, signPerS: n / ((performance.now() - t0) / 1000) });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: conns, pipelining: 1 });
  let next = 0;
  let ok = 0;
  const codes: Record<number, number> = {};
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (next < reqs.length) {
        const r = reqs[next++];
        const res = await pool.request({ path: r.url.pathname, method: 'POST', headers: r.headers, body: r.body });
        await res.body.text();
        if (res.statusCode === 200) ok++;
        else codes[res.statusCode] = (codes[res.statusCode] ?? 0) + 1;
      }
    }),
  );
  const s = (performance.now() - t1) / 1000;
  out({ ok, codes, seconds: s });
  await pool.close();
  await d.close();
}

function verifyOnlyRate(): number {
  const kp = Keypair.fromUri('//Alice');
  const msg = requestMessage({ nonce: 1767225600123456789n, dendriteHotkey: kp.ss58Address, axonHotkey: Keypair.fromUri('//Bob').ss58Address, dendriteUuid: '5ecbd69c-c7a3-11f0-8de9-0242ac120002', bodyHash: 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a' });
  const sig = signMessage(kp, msg);
  for (let i = 0; i < 50; i++) verifyMessage(kp.ss58Address, msg, sig);
  const t = performance.now();
  let n = 0;
  while (performance.now() - t < 1500) {
    if (!verifyMessage(kp.ss58Address, msg, sig)) throw new Error('verification failed');
    n++;
  }
  return n / ((performance.now() - t) / 1000);
}

async function throughputBench(verifyWorkers: number): Promise<AxonBenchResult[]> {
  const n = Number(process.env.BENCH_AXON_REQS ?? 20_000);
  const conns = Number(process.env.BENCH_AXON_CONNS ?? 64);
  const axon = new Axon({ keypair: Keypair.fromUri('//Bob'), port: 0, host: '127.0.0.1', concurrency: 256, maxQueue: 100_000, maxInFlightPerHotkey: 100_000, maxTimeoutS: 300, verifyWorkers });
  axon.attach(Echo, { forward: (r) => ({ y: r.x }) });
  await axon.start();
  const load = child(['--load', String(axon.port), axon.hotkey, String(n), String(conns)]);
  try {
    const signed = await nextJson<{ signPerS: number }>(load.lines);
    const done = await nextJson<{ ok: number; codes: Record<string, number>; seconds: number }>(load.lines);
    if (Object.keys(done.codes).length) console.error('non-200 answers', done.codes);
    return [
      ...(verifyWorkers === 0 ? [{ name: `pre-sign ${n} requests in the load process (${sr25519Backend()})`, value: signed.signPerS, unit: 'signatures/s' }] : []),
      {
        name: `signed requests served by one axon process, ${verifyWorkers ? `verification on ${verifyWorkers} worker threads` : 'verification on the event loop'} (${done.ok}/${n} ok, ${conns} connections, load from a separate process)`,
        value: done.ok / done.seconds,
        unit: 'requests/s',
        target: '>= 5000/s',
      },
    ];
  } finally {
    await stopChild(load.proc);
    await axon.stop();
  }
}

// ---------------------------------------------------------------- 2. 256 axons process

async function axonsMain(count: number, slowestMs: number): Promise<void> {
  await initSynapseCrypto();
  const axons: Axon[] = [];
  for (let i = 0; i < count; i++) {
    // durations spread over [20 %, 100 %) of the slowest; the last axon is the slowest
    const ms = i === count - 1 ? slowestMs : Math.round(slowestMs * (0.2 + 0.8 * (((i * 7919) % count) / count)) * 0.999);
    const axon = new Axon({ keypair: Keypair.fromUri(`//Fanout${i}`), port: 0, host: '127.0.0.1' });
    axon.attach(Sleep, {
      forward: async () => {
        const startedAt = performance.timeOrigin + performance.now();
        const t = performance.now();
        await new Promise((r) => setTimeout(r, ms));
        return { handlerMs: performance.now() - t, startedAt };
      },
    });
    await axon.start();
    axons.push(axon);
  }
  process.stdout.write(`${JSON.stringify(axons.map((a) => a.info()))}\n`);
  await new Promise<void>((r) => process.stdin.on('end', r).resume());
  await Promise.all(axons.map((a) => a.stop()));
}

async function fanoutBench(): Promise<AxonBenchResult[]> {
  const count = 256;
  const slowestMs = Number(process.env.BENCH_FANOUT_SLOWEST_MS ?? 1000);
  const rounds = Number(process.env.BENCH_FANOUT_ROUNDS ?? 5);
  const c = child(['--axons', String(count), String(slowestMs)]);
  const d = new Dendrite({ keypair: Keypair.fromUri('//Alice') });
  try {
    const targets = await nextJson<{ ip: string; port: number; hotkey: string }[]>(c.lines);
    // round 0 opens the keep-alive connections and warms up; it is reported separately
    const walls: number[] = [];
    const overheads: number[] = [];
    const spreads: number[] = [];
    let firstRound = 0;
    for (let round = 0; round <= rounds; round++) {
      const t0 = performance.timeOrigin + performance.now();
      const results = await d.forward(targets, Sleep, { round }, { timeoutS: 12 });
      const wall = performance.timeOrigin + performance.now() - t0;
      const bad = results.filter((r) => !r.ok);
      if (bad.length) throw new Error(`${bad.length} failed: ${bad[0].statusCode} ${bad[0].statusMessage}`);
      const slowest = Math.max(...results.map((r) => (r.ok ? r.response.handlerMs ?? 0 : 0)));
      const lastStart = Math.max(...results.map((r) => (r.ok ? r.response.startedAt ?? 0 : 0))) - t0;
      if (round === 0) {
        firstRound = wall;
        continue;
      }
      walls.push(wall);
      overheads.push(wall - slowest);
      spreads.push(lastStart);
    }
    const wall = median(walls);
    const over = median(overheads);
    // the dendrite's own CPU per round: hash, sign and serialize 256 requests (no I/O)
    const prepMs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      for (const target of targets) d.prepare(target, Sleep, { round: k });
      prepMs.push(performance.now() - t);
    }
    return [
      { name: `fan-out to ${count} axons: first round (opens ${count} connections)`, value: firstRound, unit: 'ms' },
      { name: `fan-out to ${count} axons: wall time of one round (median of ${rounds}; slowest handler ${slowestMs} ms)`, value: wall, unit: 'ms' },
      { name: 'fan-out: overhead = wall − slowest handler', value: over, unit: 'ms' },
      { name: 'fan-out: overhead relative to the slowest handler', value: (100 * over) / slowestMs, unit: '%', target: '<= 10 %' },
      { name: 'fan-out: from forward() to the last handler start (dendrite signs 256, the axons process verifies 256; 2 shared cores)', value: median(spreads), unit: 'ms' },
      { name: `fan-out: dendrite CPU per round (hash + sign + serialize ${count} requests, median of 5)`, value: median(prepMs), unit: 'ms' },
    ];
  } finally {
    await d.close();
    await stopChild(c.proc);
  }
}

export async function runAxonBench(): Promise<AxonBenchResult[]> {
  await initSynapseCrypto();
  const rows: AxonBenchResult[] = [];
  rows.push({ name: `sr25519 verify only (${sr25519Backend()}, synapse message, 1 core) = ceiling of one axon process`, value: verifyOnlyRate(), unit: 'verifications/s' });
  rows.push(...(await throughputBench(0)));
  rows.push(...(await throughputBench(Number(process.env.BENCH_AXON_WORKERS ?? 2))));
  rows.push(...(await fanoutBench()));
  return rows;
}

if (process.argv[2] === '--load') {
  await loadMain(Number(process.argv[3]), process.argv[4], Number(process.argv[5]), Number(process.argv[6]));
} else if (process.argv[2] === '--axons') {
  await axonsMain(Number(process.argv[3]), Number(process.argv[4]));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runAxonBench()) console.log(`${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
