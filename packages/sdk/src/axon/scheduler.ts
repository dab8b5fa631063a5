/**
 * The priority queue in front of an axon's handlers (spec/sdk.md §2.3, §9.15: Python computes a priority
 * and then ignores it). At most `concurrency` handlers run at once; waiting requests are served highest
 * priority first, FIFO among equals. A waiter whose AbortSignal fires (its deadline passed) leaves the
 * queue at once; a full queue refuses new work instead of letting it hang.
 */
import { SynapseError } from '../synapse/errors.js';

interface Waiter {
  readonly priority: number;
  readonly seq: number;
  readonly grant: (release: () => void) => void;
  cancelled: boolean;
}

/** Max-heap on (priority desc, seq asc). */
function before(a: Waiter, b: Waiter): boolean {
  return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
}

export class PriorityScheduler {
  private readonly heap: Waiter[] = [];
  private running = 0;
  private waiting = 0;
  private seq = 0;

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {
    if (!(concurrency >= 1)) throw new RangeError('concurrency must be >= 1');
  }

  get active(): number {
    return this.running;
  }
  get queued(): number {
    return this.waiting;
  }

  /**
   * Wait for a slot. Resolves with a `release` function (idempotent) that must be called when the work
   * is done; rejects with OVERLOADED when the queue is full and with TIMEOUT when `signal` aborts first.
   */
  acquire(priority: number, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new SynapseError('TIMEOUT', 'deadline passed before the request was scheduled'));
    if (this.running < this.concurrency && this.waiting === 0) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting >= this.maxQueue) {
      return Promise.reject(new SynapseError('OVERLOADED', `Service overloaded: ${this.waiting} requests already queued`, { queued: this.waiting }));
    }
    const p = Number.isFinite(priority) ? priority : 0;
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        priority: p,
        seq: this.seq++,
        cancelled: false,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      const onAbort = (): void => {
        if (w.cancelled) return;
        w.cancelled = true;
        this.waiting--;
        reject(new SynapseError('TIMEOUT', 'deadline passed while the request was queued'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.push(w);
      this.waiting++;
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      this.dispatch();
    };
  }

  private dispatch(): void {
    while (this.running < this.concurrency && this.heap.length > 0) {
      const w = this.pop()!;
      if (w.cancelled) continue;
      w.cancelled = true;
      this.waiting--;
      this.running++;
      w.grant(this.releaser());
    }
  }

  private push(w: Waiter): void {
    if (this.heap.length > 2 * this.maxQueue + 16) {
      // cancelled waiters are removed lazily; compact when they pile up (all slots busy for long)
      const live = this.heap.filter((x) => !x.cancelled);
      this.heap.length = 0;
      for (const x of live) this.push(x);
    }
    const h = this.heap;
    h.push(w);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  private pop(): Waiter | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
