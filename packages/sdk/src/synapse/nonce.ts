/**
 * Replay protection for axons (spec/sdk.md §1.6, §1.11, §9.6), closing Python's holes: nonces are bounded
 * in both directions (stale: older than `allowedDelta + timeout`; future: more than `futureSkew` ahead of
 * the axon's clock), each (hotkey, uuid, nonce) is accepted once, and memory is bounded.
 *
 * Unlike Python (strictly increasing per hotkey:uuid in arrival order), nonces that arrive out of order
 * are accepted as long as they are fresh and unseen, so concurrent requests from one dendrite uuid do not
 * fail. Entries expire when their nonce leaves the window. When the store is full the oldest entry is
 * evicted and the store's floor rises to its nonce: anything at or below the floor is refused as stale,
 * so an evicted nonce can never be replayed.
 */

export interface NonceWindow {
  /** Python's ALLOWED_DELTA, 4 s. */
  readonly allowedDeltaNs: bigint;
  /** How far ahead of the axon's clock a nonce may be (clock skew). Default 4 s. */
  readonly futureSkewNs: bigint;
  /** Cap on the caller-supplied timeout that widens the stale window. */
  readonly maxTimeoutS: number;
}

export type NonceVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const NS = 1_000_000_000n;

function secs(ns: bigint): string {
  return (Number(ns) / 1e9).toFixed(2);
}

/** Wall clock in nanoseconds (ms precision from Date, sub-ms from the monotonic clock). */
export function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
}

export class NonceStore {
  /** key → [nonce, expiry ns], in insertion order (≈ nonce order). */
  private readonly seen = new Map<string, readonly [bigint, bigint]>();
  private floor = -1n;

  constructor(
    readonly window: NonceWindow = { allowedDeltaNs: 4n * NS, futureSkewNs: 4n * NS, maxTimeoutS: 60 },
    readonly maxEntries = 1_000_000,
  ) {}

  get size(): number {
    return this.seen.size;
  }

  private staleBound(now: bigint, timeoutS: number): bigint {
    const t = Math.max(0, Math.min(Number.isFinite(timeoutS) ? timeoutS : 0, this.window.maxTimeoutS));
    return now - this.window.allowedDeltaNs - BigInt(Math.round(t * 1e9));
  }

  /** Is this nonce acceptable now? (Does not record it: call `commit` once the signature is verified.) */
  check(hotkey: string, uuid: string, nonce: bigint, timeoutS: number, now: bigint = nowNs()): NonceVerdict {
    const stale = this.staleBound(now, timeoutS);
    if (nonce <= stale) {
      return { ok: false, reason: `Nonce is too old: acceptable delta is ${secs(now - stale)} seconds but request was ${secs(now - nonce)} seconds old` };
    }
    if (nonce > now + this.window.futureSkewNs) {
      return { ok: false, reason: `Nonce is too far in the future: allowed clock skew is ${secs(this.window.futureSkewNs)} seconds but request was ${secs(nonce - now)} seconds ahead` };
    }
    if (nonce <= this.floor) return { ok: false, reason: 'Nonce is too old, a newer one was last processed' };
    if (this.seen.has(`${hotkey}:${uuid}:${nonce}`)) return { ok: false, reason: 'Nonce was already used (replayed request)' };
    return { ok: true };
  }

  /**
   * Record an accepted nonce. It is kept until it would be stale under the largest timeout a caller can
   * claim: the timeout header is not signed, so a replay could otherwise widen its own window.
   */
  commit(hotkey: string, uuid: string, nonce: bigint, now: bigint = nowNs()): void {
    this.sweep(now, 64);
    while (this.seen.size >= this.maxEntries) {
      const first = this.seen.entries().next().value;
      if (!first) break;
      this.seen.delete(first[0]);
      if (first[1][0] > this.floor) this.floor = first[1][0];
    }
    const expiry = nonce + (now - this.staleBound(now, this.window.maxTimeoutS));
    this.seen.set(`${hotkey}:${uuid}:${nonce}`, [nonce, expiry]);
  }

  /** Withdraw a nonce recorded before its signature was checked (the check failed). */
  forget(hotkey: string, uuid: string, nonce: bigint): void {
    this.seen.delete(`${hotkey}:${uuid}:${nonce}`);
  }

  /** Drop expired entries from the front (at most `budget`, to keep commits O(1) amortized). */
  sweep(now: bigint = nowNs(), budget = Infinity): void {
    let n = 0;
    for (const [k, [, expiry]] of this.seen) {
      if (expiry > now || n++ >= budget) break;
      this.seen.delete(k);
    }
  }
}
