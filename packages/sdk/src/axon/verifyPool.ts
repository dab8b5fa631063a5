/**
 * sr25519 verification on worker threads. One verification costs ~0.4 ms of CPU (wasm), which caps an
 * axon that verifies on its event loop at ~2,500 requests/s per process; with N workers the event loop
 * only parses HTTP and the verifications run on N other cores. Jobs queued in one event-loop turn go to
 * a worker as one message (per-message overhead is amortized over the batch).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

// Plain CommonJS so that the worker needs no TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { sr25519Verify, waitReady } = require(workerData.wasmCrypto);
const open = Buffer.from('<Bytes>');
const close = Buffer.from('</Bytes>');
function check(sig, msg, pk) {
  try { return sr25519Verify(sig, msg, pk); } catch { return false; }
}
waitReady().then(() => {
  parentPort.on('message', (batch) => {
    const results = new Uint8Array(batch.ids.length);
    for (let i = 0; i < batch.ids.length; i++) {
      const { pk, msg, sig } = batch.jobs[i];
      results[i] = check(sig, msg, pk) || check(sig, Buffer.concat([open, msg, close]), pk) ? 1 : 0;
    }
    parentPort.postMessage({ ids: batch.ids, results });
  });
  parentPort.postMessage({ ready: true });
});
`;

interface Job {
  readonly pk: Uint8Array;
  readonly msg: Uint8Array;
  readonly sig: Uint8Array;
}

export class VerifyPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (ok: boolean) => void>();
  private readonly load: number[] = [];
  private queue: { ids: number[]; jobs: Job[] } = { ids: [], jobs: [] };
  private flushScheduled = false;
  private nextId = 0;
  private closed = false;

  private constructor() {}

  /** Start `size` workers and wait until each has loaded the wasm verifier. */
  static async start(size: number): Promise<VerifyPool> {
    const pool = new VerifyPool();
    const wasmCrypto = createRequire(import.meta.url).resolve('@polkadot/wasm-crypto');
    await Promise.all(
      Array.from({ length: size }, (_, i) => {
        const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { wasmCrypto } });
        w.unref();
        pool.workers.push(w);
        pool.load.push(0);
        return new Promise<void>((resolve, reject) => {
          w.once('error', reject);
          w.on('message', (m: { ready?: boolean; ids?: number[]; results?: Uint8Array }) => {
            if (m.ready) return resolve();
            pool.load[i] -= m.ids!.length;
            m.ids!.forEach((id, k) => {
              const done = pool.pending.get(id);
              pool.pending.delete(id);
              done?.(m.results![k] === 1);
            });
          });
        });
      }),
    );
    return pool;
  }

  verify(pk: Uint8Array, msg: Uint8Array, sig: Uint8Array): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    const id = this.nextId++;
    this.queue.ids.push(id);
    this.queue.jobs.push({ pk, msg, sig });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  /** Split the queued jobs over the workers, least loaded first. */
  private flush(): void {
    this.flushScheduled = false;
    const { ids, jobs } = this.queue;
    this.queue = { ids: [], jobs: [] };
    const n = this.workers.length;
    const per = Math.ceil(ids.length / n);
    const order = this.load.map((l, i) => [l, i] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 0; k < n && k * per < ids.length; k++) {
      const i = order[k][1];
      const part = { ids: ids.slice(k * per, (k + 1) * per), jobs: jobs.slice(k * per, (k + 1) * per) };
      this.load[i] += part.ids.length;
      this.workers[i].postMessage(part);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const done of this.pending.values()) done(false);
    this.pending.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
