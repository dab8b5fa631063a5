/**
 * Signature verification off the main thread. sr25519 verification costs ~0.4 ms on one core and
 * caps a single-threaded node at ~2,500 transactions/s; the pool hands each check to worker
 * threads (batched per event-loop turn) while the main thread decodes, validates and builds blocks.
 *
 * Until a worker is ready (its TypeScript and wasm load take a few hundred ms) and after a worker
 * fails, checks run synchronously on the main thread, so verification never stalls or is skipped.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SignatureProof } from './codec.js';
import { verifySignature } from './verify.js';
import type { VerifyRequest, VerifyResponse } from './verifyWorker.js';

interface Pending {
  readonly proof: SignatureProof;
  readonly resolve: (ok: boolean) => void;
}

interface WorkerSlot {
  readonly worker: Worker;
  ready: boolean;
  /** Items sent and not yet answered. */
  inFlight: number;
  readonly batches: Map<number, Pending[]>;
}

/** Default worker count: one per core beyond the main thread's, at least one, at most four. */
export function defaultVerifyWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export class SignatureVerifier {
  private readonly slots: WorkerSlot[] = [];
  private queue: Pending[] = [];
  private flushScheduled = false;
  private nextId = 1;
  private closed = false;
  private markReady: () => void = () => undefined;
  /** Resolves when the first worker is ready (never rejects; stays pending if none starts). */
  readonly ready: Promise<void> = new Promise((r) => (this.markReady = r));

  constructor(workers = defaultVerifyWorkers()) {
    // from TypeScript sources the worker boots through tsx (verifyWorkerBoot.mjs); in the bundle
    // (dist/cli.mjs, scripts/bundle.mjs) it is dist/verifyWorker.mjs
    const url = new URL(import.meta.url.endsWith('.ts') ? './verifyWorkerBoot.mjs' : './verifyWorker.mjs', import.meta.url);
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(url);
      worker.unref();
      const slot: WorkerSlot = { worker, ready: false, inFlight: 0, batches: new Map() };
      worker.on('message', (m: VerifyResponse | 'ready') => {
        if (m === 'ready') {
          slot.ready = true;
          this.markReady();
          this.scheduleFlush();
          return;
        }
        const batch = slot.batches.get(m.id);
        if (!batch) return;
        slot.batches.delete(m.id);
        slot.inFlight -= batch.length;
        batch.forEach((p, i) => p.resolve(m.results[i] === true));
      });
      const fail = (): void => this.retire(slot);
      worker.on('error', fail);
      worker.on('exit', fail);
      this.slots.push(slot);
    }
  }

  /** Workers ready to take checks. */
  get readyWorkers(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Verify a signature; resolves false for an invalid one (never rejects). */
  verify(proof: SignatureProof): Promise<boolean> {
    if (this.closed || !this.slots.some((s) => s.ready)) return Promise.resolve(verifySignature(proof.type, proof.message, proof.signature, proof.publicKey));
    return new Promise((resolve) => {
      this.queue.push({ proof, resolve });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.queue.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const ready = this.slots.filter((s) => s.ready);
    if (ready.length === 0) {
      // no worker (all failed or closing): verify here
      for (const p of this.queue.splice(0)) p.resolve(verifySignature(p.proof.type, p.proof.message, p.proof.signature, p.proof.publicKey));
      return;
    }
    // split the queue across workers, least loaded first
    const items = this.queue;
    this.queue = [];
    const per = Math.ceil(items.length / ready.length);
    ready.sort((a, b) => a.inFlight - b.inFlight);
    for (let i = 0, w = 0; i < items.length; i += per, w++) {
      const batch = items.slice(i, i + per);
      const slot = ready[w];
      const id = this.nextId++;
      slot.batches.set(id, batch);
      slot.inFlight += batch.length;
      const req: VerifyRequest = { id, items: batch.map((p) => p.proof) };
      slot.worker.postMessage(req);
    }
  }

  /** A worker died: verify its outstanding checks here and stop using it. */
  private retire(slot: WorkerSlot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    for (const batch of slot.batches.values()) for (const p of batch) p.resolve(verifySignature(p.proof.type, p.proof.message, p.proof.signature, p.proof.publicKey));
    slot.batches.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) for (const batch of s.batches.values()) for (const p of batch) p.resolve(verifySignature(p.proof.type, p.proof.message, p.proof.signature, p.proof.publicKey));
    for (const p of this.queue.splice(0)) p.resolve(verifySignature(p.proof.type, p.proof.message, p.proof.signature, p.proof.publicKey));
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }
}
