/**
 * Block authoring: `instant` (a block as soon as transactions are ready), an interval in ms, or
 * `manual` (engine_createBlock). Dev mode finalizes every block immediately.
 */
import type { BuiltBlock, Chain } from '../chain/chain.js';
import type { TxPool } from '../txpool/pool.js';
import type { Logger } from './logger.js';

export type SealingMode = 'instant' | 'manual' | { readonly intervalMs: number };

export function parseSealing(s: string | undefined, defaultMs: number): SealingMode {
  if (s === undefined || s === '') return { intervalMs: defaultMs };
  if (s === 'instant' || s === 'manual') return s;
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`invalid --sealing ${s}: expected instant, manual or a positive number of milliseconds`);
  return { intervalMs: n };
}

export class Sealer {
  private timer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    readonly chain: Chain,
    readonly pool: TxPool,
    readonly mode: SealingMode,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.mode === 'instant') {
      this.unsubscribe = this.pool.onReady(() => this.schedule());
    } else if (this.mode !== 'manual') {
      const ms = this.mode.intervalMs;
      this.timer = setInterval(() => this.safeProduce(), ms);
    }
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      let guard = 0;
      while (!this.stopped && this.pool.hasReady() && guard++ < 100) {
        const b = this.safeProduce();
        if (!b || b.included.length === 0) break;
      }
    });
  }

  private safeProduce(): BuiltBlock | undefined {
    if (this.stopped) return undefined;
    try {
      return this.produce();
    } catch (e) {
      this.log.error({ err: (e as Error).message, stack: (e as Error).stack }, 'block production failed');
      return undefined;
    }
  }

  /**
   * Build one block from the pool's ready transactions. Its time is the wall clock (at least the
   * parent's + MinimumPeriod), or with `slot` the parent's time + one block time.
   */
  produce(slot = false): BuiltBlock {
    const t0 = performance.now();
    const { txs, candidates } = this.pool.candidates();
    const block = this.chain.buildBlock(candidates, slot ? {} : { now: Date.now() });
    this.pool.blockBuilt(txs, block);
    this.log.info(
      { number: block.number, hash: '0x' + block.hash, extrinsics: block.included.length, rejected: block.rejected.length, ms: Number((performance.now() - t0).toFixed(2)) },
      'block imported',
    );
    return block;
  }

  /**
   * Produce `n` blocks (empty unless transactions are ready) as if a block time passed between them:
   * each block's time is its parent's + the preset's block time, so jumping ahead moves chain time too.
   */
  jump(n: number): BuiltBlock | undefined {
    let last: BuiltBlock | undefined;
    for (let i = 0; i < n; i++) last = this.produce(true);
    return last;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
  }
}
