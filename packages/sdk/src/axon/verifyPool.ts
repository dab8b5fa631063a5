/**
 * sr25519 verification on worker threads. One verification costs ~0.22 ms of CPU (wasm), which caps an
 * axon that verifies on its event loop at ~4,500 requests/s per process (less the HTTP work); with N workers the event loop
 * only parses HTTP and the verifications run on N other cores. Jobs queued in one event-loop turn go to
 * a worker as one message (per-message overhead is amortized over the batch).
 */
import { Worker } from 'node:worker_threads';

// An ESM worker: it loads tsx's loader, then @tensorium/primitives' sr25519 verifier (TypeScript),
// the same function the event loop uses.
const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const { register } = await import(workerData.tsx);
register();
const { sr25519Verify } = await import(workerData.sr25519);
const open = Buffer.from('<Bytes>');
const close = Buffer.from('</Bytes>');
parentPort.on('message', (batch) => {
  const results = new Uint8Array(batch.ids.length);
  for (let i = 0; i < batch.ids.length; i++) {
    const { pk, msg, sig } = batch.jobs[i];
    results[i] = sr25519Verify(msg, sig, pk) || sr25519Verify(Buffer.concat([open, msg, close]), sig, pk) ? 1 : 0;
  }
  parentPort.postMessage({ ids: batch.ids, results });
});
parentPort.postMessage({ ready: true });
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
    const workerData = { tsx: import.meta.resolve('tsx/esm/api'), sr25519: import.meta.resolve('@tensorium/primitives/sr25519') };
    await Promise.all(
      Array.from({ length: size }, (_, i) => {
        const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), { workerData });
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
