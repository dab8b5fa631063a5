/**
 * Per-caller limits of an axon: a token bucket per key (requests per second with a burst) and a count of
 * in-flight requests per key. Keys are verified hotkeys (or peer IPs for the pre-verification limit).
 * Memory is bounded: idle buckets are dropped when the map grows past `maxKeys`.
 */

export interface RateLimit {
  /** Sustained requests per second. */
  readonly perSecond: number;
  /** Bucket size (requests allowed at once after idling). Default: max(1, perSecond). */
  readonly burst?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly burst: number;

  constructor(
    readonly limit: RateLimit,
    readonly maxKeys = 100_000,
  ) {
    this.burst = Math.max(1, limit.burst ?? limit.perSecond);
  }

  /** Take one token for `key`; false when the bucket is empty. `now` in ms. */
  take(key: string, now: number = performance.now()): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
      b.at = now;
    }
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.burst) this.buckets.delete(k);
    }
    // everyone is active: forget the oldest half rather than grow without bound
    if (this.buckets.size >= this.maxKeys) {
      let n = this.buckets.size >> 1;
      for (const k of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}

export class InFlight {
  private readonly counts = new Map<string, number>();
  constructor(readonly max: number) {}

  /** Count one more request for `key`; returns a release function, or undefined when at the limit. */
  enter(key: string): (() => void) | undefined {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.max) return undefined;
    this.counts.set(key, n + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const m = (this.counts.get(key) ?? 1) - 1;
      if (m <= 0) this.counts.delete(key);
      else this.counts.set(key, m);
    };
  }
}
