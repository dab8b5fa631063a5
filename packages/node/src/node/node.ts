/**
 * A Tensorium node: chain (lmdb + trie) + transaction pool + sealer + JSON-RPC server.
 */
import { getPreset, type Preset } from '@tensorium/params';
import type { GenesisConfig } from '@tensorium/runtime/genesis';
import { Chain } from '../chain/chain.js';
import { buildMetadata, encodeEventRecords, type BuiltMetadata } from '../metadata/index.js';
import { buildMethods } from '../rpc/methods.js';
import { RpcServer } from '../rpc/server.js';
import { TxPool, type ExtrinsicDecoder, type PoolTx, type TxStatus } from '../txpool/pool.js';
import { defaultDecoder } from './extrinsics.js';
import { createLogger, type Logger } from './logger.js';
import { SignatureVerifier } from '../extrinsic/verifier.js';
import { NodeMetrics } from './metrics.js';
import { Sealer, type SealingMode } from './sealer.js';

export interface NodeOptions {
  readonly preset?: Preset | 'fast' | 'mainnet';
  /** Database directory; undefined = temporary (removed on stop). */
  readonly basePath?: string;
  /** RPC port; 0 = a random free port. Default 9944. */
  readonly rpcPort?: number;
  readonly rpcHost?: string;
  readonly rpcCors?: string;
  /** Default: the preset's block time. */
  readonly sealing?: SealingMode;
  readonly genesis?: GenesisConfig;
  readonly logger?: Logger;
  readonly name?: string;
  /** Decoder of extrinsic bytes (default: the extrinsic module's). */
  readonly decoder?: ExtrinsicDecoder;
  /** Chain name reported by system_chain / chainSpec_v1_chainName (default 'Development'). */
  readonly chainName?: string;
  /** Keep every block's state (`--state-pruning archive`); default: the last 256 blocks. */
  readonly archive?: boolean;
  /** Worker threads verifying signatures (default: one per spare core, 1..4; 0 = on the main thread). */
  readonly verifyWorkers?: number;
  /** Serve Prometheus metrics at http://host:port/metrics (0 = a random port); off when undefined. */
  readonly prometheusPort?: number;
  readonly prometheusHost?: string;
  /**
   * External consensus (e.g. CometBFT): no sealer runs, the RPCs that make blocks (engine_*, dev_*
   * block and snapshot methods) are not served, and every transaction the pool accepts is handed to
   * `forward`; blocks come from the consensus engine through `chain.buildBlock`.
   */
  readonly consensus?: ExternalConsensus;
}

export interface ExternalConsensus {
  /** Called with every transaction accepted into the local pool (e.g. broadcast it to the network). */
  readonly forward: (tx: PoolTx) => void;
  /** Chain name reported by system_chain (default 'Development'). */
  readonly chainName?: string;
}

/** A pool that hands every accepted transaction to the external consensus engine. */
class ForwardingPool extends TxPool {
  forward: ((tx: PoolTx) => void) | undefined;

  override submit(bytes: Uint8Array, watcher?: (s: TxStatus) => void): PoolTx {
    const tx = super.submit(bytes, watcher);
    this.forward?.(tx);
    return tx;
  }
}

const BLOCK_MAKING_METHODS = ['engine_createBlock', 'engine_finalizeBlock', 'dev_jumpBlocks', 'dev_newBlocks', 'dev_newBlock', 'dev_snapshot', 'dev_restore', 'dev_revert'];

export class TensoriumNode {
  private metadataCache: BuiltMetadata | undefined;
  private stopped = false;
  /** Metrics (always collected; served over HTTP only with `prometheusPort`). */
  metrics: NodeMetrics | undefined;
  /** The bound Prometheus port, when serving. */
  prometheusPort: number | undefined;

  private constructor(
    readonly chain: Chain,
    readonly pool: TxPool,
    readonly sealer: Sealer,
    readonly rpc: RpcServer,
    readonly port: number,
    readonly log: Logger,
  ) {}

  static async start(opts: NodeOptions = {}): Promise<TensoriumNode> {
    const t0 = performance.now();
    const log = opts.logger ?? createLogger('info');
    const preset = typeof opts.preset === 'object' ? opts.preset : getPreset(opts.preset ?? 'fast');
    const chain = await Chain.open({ preset, basePath: opts.basePath, genesis: opts.genesis, archive: opts.archive, encodeEvents: (ev) => encodeEventRecords(ev) });
    const decoder = opts.decoder ?? defaultDecoder(chain);
    const verifier = opts.verifyWorkers === 0 ? undefined : new SignatureVerifier(opts.verifyWorkers);
    const pool = opts.consensus ? new ForwardingPool(chain, decoder, { verifier }) : new TxPool(chain, decoder, { verifier });
    const sealing = opts.sealing ?? { intervalMs: preset.blockTimeMs };
    const sealer = new Sealer(chain, pool, sealing, log);
    let node: TensoriumNode | undefined;
    const snapshots = new Map<string, ReturnType<Chain['snapshot']>>();
    const methods = buildMethods({
      chain,
      pool,
      sealer,
      decode: decoder,
      metadata: () => node?.metadata(),
      nodeName: opts.name ?? 'Tensorium',
      chainName: opts.consensus?.chainName ?? opts.chainName ?? 'Development',
      snapshot: () => {
        const id = '0x' + (snapshots.size + 1).toString(16);
        snapshots.set(id, chain.snapshot());
        return id;
      },
      restore: (id) => {
        const s = snapshots.get(id);
        if (!s) return false;
        pool.clear();
        chain.restore(s);
        return true;
      },
    });
    if (opts.consensus) for (const name of BLOCK_MAKING_METHODS) methods.delete(name);
    const metrics = new NodeMetrics({ best: () => chain.head.number, finalized: () => chain.finalized.number, poolSize: () => pool.size });
    chain.onBlock((b) => metrics.block(b));
    const rpc = new RpcServer(methods, { port: opts.rpcPort ?? 9944, host: opts.rpcHost, cors: opts.rpcCors, onCall: (m, ms, ok) => metrics.rpcCall(m, ms, ok) });
    let port: number;
    try {
      port = await rpc.listen();
    } catch (e) {
      await chain.close();
      throw e;
    }
    node = new TensoriumNode(chain, pool, sealer, rpc, port, log);
    void verifier?.ready.then(() => log.info({ workers: verifier.readyWorkers }, 'signature verification workers ready'));
    node.metrics = metrics;
    if (opts.prometheusPort !== undefined) {
      try {
        node.prometheusPort = await metrics.listen(opts.prometheusPort, opts.prometheusHost);
      } catch (e) {
        await rpc.close();
        await chain.close();
        throw e;
      }
    }
    if (pool instanceof ForwardingPool) pool.forward = opts.consensus?.forward;
    else sealer.start();
    log.info(
      {
        port,
        prometheusPort: node.prometheusPort,
        basePath: opts.basePath ?? '(tmp)',
        preset: preset.name,
        sealing: opts.consensus ? 'external' : typeof sealing === 'string' ? sealing : `${sealing.intervalMs}ms`,
        head: chain.head.number,
        headHash: '0x' + chain.head.hash,
        genesis: '0x' + chain.genesisHash,
        stateRoot: '0x' + chain.head.header.stateRoot,
        startupMs: Number((performance.now() - t0).toFixed(1)),
        processUptimeMs: Math.round(process.uptime() * 1000),
        beforeStartMs: Math.round(t0),
      },
      'node started',
    );
    return node;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Metadata (built on first use). */
  metadata(): BuiltMetadata {
    if (!this.metadataCache) this.metadataCache = buildMetadata(this.chain.runtime, this.chain.preset);
    return this.metadataCache;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.sealer.stop();
    await this.rpc.close();
    await this.metrics?.close();
    await this.pool.opts.verifier?.close();
    await this.chain.close();
    this.log.info({}, 'node stopped');
  }
}
