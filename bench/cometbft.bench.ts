/**
 * CometBFT benchmark: finalized extrinsics per second and time to finality for a 4-validator
 * CometBFT network on loopback (CometBFT processes + one Tensorium app process per node,
 * timeout_commit 1 s), compared in the same run with a single dev node sealing every 1 s.
 *  - time to finality: K transfers one after the other (author_submitAndWatchExtrinsic, each to the
 *    next node) from submission to the `finalized` status; median and max;
 *  - throughput: N pre-signed transfers from five dev accounts (each account's to one node, pipelined
 *    over WebSocket), counted in the finalized blocks of the first node until all are in:
 *    N / (time the last one was seen finalized - time of the first submission).
 * Normal case: everything healthy. The machine's 2 cores are shared by 8 processes in the CometBFT
 * case, so its figures are a lower bound.
 * Run: `npx tsx bench/cometbft.bench.ts` (BENCH_COMETBFT_TXS = N, default 2,000; K = 10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { cryptoWaitReady, sr25519Sign } from '@polkadot/util-crypto';
import { getPreset } from '@tensorium/params';
import { createRuntime } from '@tensorium/runtime/runtimeDefinition';
import { Testnet } from '@tensorium/cometbft/testnet';
import { Chain, defaultGenesis } from '../packages/node/src/chain/chain.js';
import { DEV_NAMES, devAccount, devKeypair, type DevName } from '../packages/node/src/chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../packages/node/src/extrinsic/index.js';
import { silentLogger } from '../packages/node/src/node/logger.js';
import { toHex } from '../packages/node/src/storage/hashing.js';

export interface CometbftBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LATENCY_TXS = 10;

/** A tiny JSON-RPC client over one WebSocket (requests and subscriptions). */
class Ws {
  private id = 0;
  private readonly pending = new Map<number, { res: (v: unknown) => void; rej: (e: Error) => void }>();
  private readonly subs = new Map<string, (v: unknown) => void>();
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as { id?: number; result?: unknown; error?: { message: string; data?: unknown }; params?: { subscription: string; result: unknown } };
      if (m.id !== undefined) {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error) p?.rej(new Error(`${m.error.message} ${String(m.error.data ?? '')}`));
        else p?.res(m.result);
      } else if (m.params) this.subs.get(m.params.subscription)?.(m.params.result);
    });
  }
  static async open(url: string): Promise<Ws> {
    const ws = new WebSocket(url);
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', rej);
    });
    return new Ws(ws);
  }
  call(method: string, params: unknown[] = []): Promise<unknown> {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return new Promise((res, rej) => this.pending.set(id, { res, rej }));
  }
  async subscribe(method: string, params: unknown[], fn: (v: unknown) => void): Promise<void> {
    const sub = (await this.call(method, params)) as string;
    this.subs.set(sub, fn);
  }
  close(): void {
    this.ws.close();
  }
}

function transfer(genesis: string, who: DevName, nonce: number, value: bigint): string {
  const kp = devKeypair(`//${who}`);
  return toHex(
    encodeSignedExtrinsic({
      call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value } },
      signer: devAccount(who),
      sign: (p) => sr25519Sign(p, kp),
      nonce,
      genesisHash: genesis,
    }),
  );
}

interface Measured {
  readonly finalityMs: number[];
  readonly perSecond: number;
  readonly included: number;
}

/** Runs the latency then the throughput phase against these Substrate WebSocket endpoints. */
async function measure(urls: readonly string[], genesis: string, n: number): Promise<Measured> {
  const conns = await Promise.all(urls.map((u) => Ws.open(u)));
  try {
    // time to finality, one at a time (Ferdie signs these)
    const finalityMs: number[] = [];
    for (let i = 0; i < LATENCY_TXS; i++) {
      const c = conns[i % conns.length];
      const xt = transfer(genesis, 'Ferdie', i, 1_000_000n);
      const t0 = performance.now();
      await new Promise<void>((res, rej) => {
        const timer = setTimeout(() => rej(new Error('no finalized status in 60 s')), 60_000);
        c.subscribe('author_submitAndWatchExtrinsic', [xt], (s) => {
          if (typeof s === 'object' && s !== null && 'finalized' in s) {
            clearTimeout(timer);
            res();
          }
        }).catch(rej);
      });
      finalityMs.push(performance.now() - t0);
    }
    // throughput: pre-signed transfers, each sender's to one node
    const senders = DEV_NAMES.filter((x) => x !== 'Ferdie');
    const xts: { conn: Ws; hex: string }[] = [];
    const nonce = new Map<DevName, number>();
    for (let i = 0; i < n; i++) {
      const k = i % senders.length;
      const who = senders[k];
      const nn = nonce.get(who) ?? 0;
      nonce.set(who, nn + 1);
      xts.push({ conn: conns[k % conns.length], hex: transfer(genesis, who, nn, 1_000_000n + BigInt(i)) });
    }
    const watcher = conns[0];
    let seen = 0;
    let lastSeenAt = 0;
    let done: () => void = () => undefined;
    const all = new Promise<void>((r) => (done = r));
    const countBlock = async (hash: string): Promise<void> => {
      const b = (await watcher.call('chain_getBlock', [hash])) as { block: { extrinsics: string[] } };
      seen += b.block.extrinsics.length;
      lastSeenAt = performance.now();
      if (seen >= n) done();
    };
    let queue = Promise.resolve();
    let lastNumber = Number(((await watcher.call('chain_getHeader', [])) as { number: string }).number);
    await watcher.subscribe('chain_subscribeFinalizedHeads', [], (h) => {
      const num = Number((h as { number: string }).number);
      queue = queue.then(async () => {
        for (let x = lastNumber + 1; x <= num; x++) await countBlock((await watcher.call('chain_getBlockHash', [x])) as string);
        lastNumber = Math.max(lastNumber, num);
      });
    });
    const t0 = performance.now();
    const WINDOW = 500;
    let inFlight = 0;
    let next = 0;
    await new Promise<void>((res, rej) => {
      const pump = (): void => {
        while (next < xts.length && inFlight < WINDOW) {
          const x = xts[next++];
          inFlight++;
          x.conn.call('author_submitExtrinsic', [x.hex]).then(
            () => {
              inFlight--;
              if (next === xts.length && inFlight === 0) res();
              else pump();
            },
            (e: Error) => rej(e),
          );
        }
      };
      pump();
    });
    const timeout = setTimeout(() => done(), 300_000);
    await all;
    clearTimeout(timeout);
    return { finalityMs, perSecond: (seen / (lastSeenAt - t0)) * 1000, included: seen };
  } finally {
    for (const c of conns) c.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

async function devNode(): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [resolve(ROOT, 'packages/node/bin/tensorium.mjs'), 'node', '--dev', '--tmp', '--rpc-port', String(port), '--sealing', '1000', '--log-level', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"chain_getHeader","params":[]}' });
      if (r.ok) return { proc, url: `ws://127.0.0.1:${port}` };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error('dev node did not start');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runCometbftBench(): Promise<CometbftBenchResult[]> {
  const n = Number(process.env.BENCH_COMETBFT_TXS ?? 2_000);
  await cryptoWaitReady();
  createRuntime(getPreset('fast'));
  // both networks start from the same genesis
  const probe = await Chain.open({ preset: getPreset('fast'), genesis: defaultGenesis() });
  const genesis = probe.genesisHash;
  await probe.close();
  const out: CometbftBenchResult[] = [];
  const report = (label: string, m: Measured): void => {
    out.push({ name: `${label}: finalized extrinsics per second (${m.included} transfers)`, value: m.perSecond, unit: 'xt/s' });
    out.push({ name: `${label}: time to finality, median of ${LATENCY_TXS}`, value: median(m.finalityMs), unit: 'ms' });
    out.push({ name: `${label}: time to finality, max of ${LATENCY_TXS}`, value: Math.max(...m.finalityMs), unit: 'ms' });
  };

  const dir = mkdtempSync(join(tmpdir(), 'tensorium-cmt-bench-'));
  const net = await Testnet.start({ validators: 4, dir, basePort: 20_000 + Math.floor(Math.random() * 2_000) * 20, timeoutCommitMs: 1000, appMode: 'process', logger: silentLogger });
  try {
    report('CometBFT, 4 validators, 1 s blocks', await measure(net.endpoints().map((e) => e.ws), genesis, n));
  } finally {
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const dev = await devNode();
  try {
    report('dev node, 1 s sealing', await measure([dev.url], genesis, n));
  } finally {
    dev.proc.kill('SIGTERM');
    await new Promise((r) => dev.proc.once('exit', r));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await runCometbftBench()) console.log(`- ${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}`);
}
