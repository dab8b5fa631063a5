/**
 * Prometheus metrics (prom-client), served on `--prometheus-port` at `/metrics`. Names follow
 * Substrate's where one exists (substrate_block_height, substrate_ready_transactions_number,
 * substrate_rpc_calls_*), so existing dashboards work; Tensorium's own are prefixed `tensorium_`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BuiltBlock } from '../chain/chain.js';

export interface MetricsSources {
  readonly best: () => number;
  readonly finalized: () => number;
  readonly poolSize: () => number;
}

export class NodeMetrics {
  readonly registry = new Registry();
  private readonly rpcTime: Histogram<'method' | 'is_error'>;
  private readonly rpcFinished: Counter<'method' | 'is_error'>;
  private readonly extrinsics: Counter<'result'>;
  private readonly blocks: Counter;
  private readonly events: Counter;
  private server: Server | undefined;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'substrate_block_height',
      help: 'Block height info of the chain',
      labelNames: ['status'],
      registers,
      collect() {
        this.set({ status: 'best' }, sources.best());
        this.set({ status: 'finalized' }, sources.finalized());
      },
    });
    new Gauge({
      name: 'substrate_ready_transactions_number',
      help: 'Number of transactions in the ready queue',
      registers,
      collect() {
        this.set(sources.poolSize());
      },
    });
    this.rpcTime = new Histogram({
      name: 'substrate_rpc_calls_time',
      help: 'Total time [μs] of processed RPC calls',
      labelNames: ['method', 'is_error'],
      buckets: [10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000, 1_000_000],
      registers,
    });
    this.rpcFinished = new Counter({ name: 'substrate_rpc_calls_finished', help: 'Number of processed RPC calls (unique un-batched requests)', labelNames: ['method', 'is_error'], registers });
    this.blocks = new Counter({ name: 'tensorium_blocks_imported_total', help: 'Blocks built and committed by this node', registers });
    this.extrinsics = new Counter({ name: 'tensorium_extrinsics_total', help: 'Extrinsics included in blocks, by dispatch result', labelNames: ['result'], registers });
    this.events = new Counter({ name: 'tensorium_events_total', help: 'Runtime events deposited in blocks', registers });
  }

  /** Record one RPC call (the RpcServer's onCall hook). */
  rpcCall(method: string, ms: number, ok: boolean): void {
    const labels = { method, is_error: ok ? 'false' : 'true' };
    this.rpcTime.observe(labels, ms * 1000);
    this.rpcFinished.inc(labels);
  }

  /** Record a committed block. */
  block(b: BuiltBlock): void {
    this.blocks.inc();
    let ok = 0;
    let failed = 0;
    for (const o of b.outcomes) (o.ok ? ok++ : failed++);
    if (ok) this.extrinsics.inc({ result: 'success' }, ok);
    if (failed) this.extrinsics.inc({ result: 'failed' }, failed);
    if (b.events.length) this.events.inc(b.events.length);
  }

  /** Serve `/metrics` over HTTP; resolves with the bound port. */
  listen(port: number, host = '127.0.0.1'): Promise<number> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
        return;
      }
      this.registry
        .metrics()
        .then((text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text))
        .catch((e: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics error: ${String(e)}\n`));
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
