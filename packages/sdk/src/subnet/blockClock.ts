/**
 * Neurons keep time in blocks, not wall-clock sleeps: a subscription to new heads (best blocks)
 * drives every loop, so a 250 ms dev chain and a 12 s mainnet run the same code without drift.
 */
import type { TensoriumClient } from '../client/client.js';

export type BlockListener = (block: number) => void;

export class BlockClock {
  private listeners = new Set<BlockListener>();
  private waiters: { block: number; resolve: (b: number) => void }[] = [];
  private unsubscribe: (() => void) | undefined;
  private latest = 0;


  /** Start following the chain's best head. */
  static async start(client: TensoriumClient): Promise<BlockClock> {
    const clock = new BlockClock();
    clock.latest = (await client.api.rpc.chain.getHeader()).number.toNumber();
    clock.unsubscribe = await client.api.rpc.chain.subscribeNewHeads((h) => clock.onHead(h.number.toNumber()));
    return clock;
  }

  /** The newest block seen. */
  get block(): number {
    return this.latest;
  }

  /** Call `fn` with every new best block number (at most once per number, increasing). Returns an unsubscribe. */
  onBlock(fn: BlockListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Resolves when the best block reaches `block` (at once if it already has). */
  waitFor(block: number): Promise<number> {
    if (this.latest >= block) return Promise.resolve(this.latest);
    return new Promise((resolve) => this.waiters.push({ block, resolve }));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.listeners.clear();
    // release anyone waiting: they see the last block and must check their own stop flag
    for (const w of this.waiters.splice(0)) w.resolve(this.latest);
  }

  private onHead(n: number): void {
    if (n <= this.latest && this.latest !== 0) return;
    this.latest = n;
    this.waiters = this.waiters.filter((w) => {
      if (w.block > n) return true;
      w.resolve(n);
      return false;
    });
    for (const fn of [...this.listeners]) fn(n);
  }
}
