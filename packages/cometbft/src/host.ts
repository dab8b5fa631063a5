/**
 * One Tensorium application next to one CometBFT node: a `TensoriumNode` (lmdb chain + pool +
 * Substrate JSON-RPC, no sealer) whose blocks come from CometBFT through the ABCI server, and whose
 * accepted submissions are forwarded to CometBFT's mempool (`broadcast_tx_sync`).
 */
import { TensoriumNode } from '@tensorium/node/node/node';
import type { PoolTx } from '@tensorium/node';
import type { Logger } from '@tensorium/node/node/logger';
import { AbciServer } from './abci/server.js';
import { TensoriumAbciApp } from './app.js';

export interface AppHostOptions {
  /** Database directory of the Tensorium chain. */
  readonly basePath?: string;
  /** Where CometBFT's `proxy_app` connects: `unix:///path.sock` or `tcp://127.0.0.1:26658`. */
  readonly abciAddress: string;
  /** CometBFT's RPC (`http://127.0.0.1:26657`): submissions go to its mempool. */
  readonly cometRpc: string;
  /** Substrate JSON-RPC port (0 = random). */
  readonly rpcPort: number;
  readonly rpcHost?: string;
  readonly preset?: 'fast' | 'mainnet';
  readonly name?: string;
  readonly chainName?: string;
  readonly logger: Logger;
  /** Called when the app needs a restart (see `TensoriumAbciApp`). */
  readonly onFatal?: (e: Error) => void;
}

export class AppHost {
  private constructor(
    readonly node: TensoriumNode,
    readonly app: TensoriumAbciApp,
    readonly abci: AbciServer,
    private readonly log: Logger,
  ) {}

  static async start(opts: AppHostOptions): Promise<AppHost> {
    let host: AppHost | undefined;
    const node = await TensoriumNode.start({
      basePath: opts.basePath,
      rpcPort: opts.rpcPort,
      rpcHost: opts.rpcHost,
      preset: opts.preset ?? 'fast',
      name: opts.name ?? 'Tensorium (CometBFT)',
      logger: opts.logger,
      sealing: 'manual',
      consensus: { forward: (tx) => host?.forward(tx, opts.cometRpc), chainName: opts.chainName ?? 'Tensorium CometBFT' },
    });
    const app = new TensoriumAbciApp(node, opts.logger, opts.onFatal);
    const abci = new AbciServer(app, { address: opts.abciAddress, onError: (e) => opts.logger.error({ err: e.message }, 'abci connection failed') });
    try {
      await abci.listen();
    } catch (e) {
      await node.stop();
      throw e;
    }
    host = new AppHost(node, app, abci, opts.logger);
    return host;
  }

  get chain(): TensoriumNode['chain'] {
    return this.node.chain;
  }

  /**
   * Hands a pooled transaction to CometBFT. Submissions go out in their arrival order (one JSON-RPC
   * batch in flight at a time; CometBFT runs a batch's CheckTx calls in order), so a sender's nonces
   * reach the mempool in sequence. A rejection there removes the transaction from the local pool.
   */
  private readonly outbox: PoolTx[] = [];
  private sending = false;

  private forward(tx: PoolTx, cometRpc: string): void {
    this.outbox.push(tx);
    if (!this.sending) void this.drain(cometRpc);
  }

  private async drain(cometRpc: string): Promise<void> {
    this.sending = true;
    try {
      while (this.outbox.length > 0) {
        const batch = this.outbox.splice(0, FORWARD_BATCH);
        let results: BroadcastResult[];
        try {
          results = await broadcastTxsSync(cometRpc, batch.map((t) => t.bytes));
        } catch (e) {
          this.log.error({ txs: batch.length, err: (e as Error).message }, 'forwarding to CometBFT failed');
          results = batch.map(() => ({ code: -1, log: (e as Error).message, hash: '' }));
        }
        batch.forEach((tx, i) => {
          const r = results[i];
          if (r.code !== 0) {
            this.log.warn({ hash: tx.hash, code: r.code, log: r.log }, 'CometBFT mempool rejected the transaction');
            this.node.pool.remove(tx.hash);
          }
        });
      }
    } finally {
      this.sending = false;
    }
  }

  async stop(): Promise<void> {
    await this.abci.close();
    await this.node.stop();
  }
}

export interface BroadcastResult {
  readonly code: number;
  readonly log: string;
  readonly hash: string;
}

/** CometBFT's default `rpc.max_request_batch_size`. */
const FORWARD_BATCH = 10;

/** CometBFT's `broadcast_tx_sync` (returns after CheckTx) for several transactions in one JSON-RPC batch, in order. */
export async function broadcastTxsSync(cometRpc: string, txs: readonly Uint8Array[]): Promise<BroadcastResult[]> {
  const res = await fetch(cometRpc, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(txs.map((tx, id) => ({ jsonrpc: '2.0', id, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }))),
    signal: AbortSignal.timeout(30_000),
  });
  type Answer = { id: number; result?: BroadcastResult; error?: { message: string; data?: string } };
  const raw = (await res.json()) as Answer[] | Answer;
  if (!Array.isArray(raw) && raw.error && txs.length > 1) throw new Error(`broadcast_tx_sync batch: ${raw.error.message} ${raw.error.data ?? ''}`);
  const answers = Array.isArray(raw) ? raw : [raw];
  const byId = new Map(answers.map((a) => [a.id, a]));
  return txs.map((_, id) => {
    const a = byId.get(id);
    if (!a) return { code: -1, log: 'no answer from CometBFT', hash: '' };
    if (a.error) {
      // an already-seen transaction is not an error for us
      if (/already exists in cache/.test(a.error.data ?? '')) return { code: 0, log: 'already in mempool', hash: '' };
      return { code: -1, log: `${a.error.message} ${a.error.data ?? ''}`, hash: '' };
    }
    return a.result!;
  });
}

/** CometBFT's `broadcast_tx_sync` for one transaction. */
export async function broadcastTxSync(cometRpc: string, tx: Uint8Array): Promise<BroadcastResult> {
  return (await broadcastTxsSync(cometRpc, [tx]))[0];
}
