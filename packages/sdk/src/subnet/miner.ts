/**
 * The base miner (spec/sdk.md §7.4, without the template's defects of §7.7): serve the handler on an
 * axon, publish it on chain (`serve_axon`, only when the address changed), refuse unregistered
 * callers with 403 (membership is checked before any lookup), prioritise by the caller's stake, and
 * re-sync the metagraph once per tempo on new blocks.
 */
import { networkInterfaces } from 'node:os';
import { Axon, type AxonOptions, type BlacklistResult, type RequestInfo } from '../axon/axon.js';
import { serveAxon } from '../client/actions/serveAxon.js';
import { ChainError } from '../client/errors.js';
import type { SynapseDefinition } from '../synapse/synapse.js';
import { BaseNeuron, type NeuronOptions } from './neuron.js';
import type { MinerHandler } from './task.js';

export interface MinerOptions<D extends SynapseDefinition> extends NeuronOptions {
  readonly handler: MinerHandler<D>;
  /** Axon port (default 8091; 0 = any free port). */
  readonly port?: number;
  /** Bind address (default 0.0.0.0). */
  readonly host?: string;
  /**
   * Address published on chain (default: the first non-internal IPv4 of this machine, else
   * 127.0.0.2 — the chain refuses 127.0.0.1 and 0.0.0.0, any other loopback address works on Linux).
   */
  readonly externalIp?: string;
  readonly externalPort?: number;
  /** Serve requests from hotkeys not registered on the subnet (default false). */
  readonly allowNonRegistered?: boolean;
  /** Only callers holding a validator permit (default false). */
  readonly forceValidatorPermit?: boolean;
  /** More axon settings (rate limits, concurrency…). */
  readonly axon?: Omit<AxonOptions, 'keypair' | 'port' | 'host' | 'externalIp' | 'externalPort'>;
}

/** The address other machines can reach this one at, for the axon registration. */
export function defaultExternalIp(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.2';
}

export class BaseMiner<D extends SynapseDefinition> extends BaseNeuron {
  readonly axon: Axon;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: MinerOptions<D>) {
    super('miner', options);
    this.axon = new Axon({
      ...options.axon,
      keypair: options.hotkey,
      port: options.port ?? 8091,
      host: options.host ?? '0.0.0.0',
      externalIp: options.externalIp ?? defaultExternalIp(),
      externalPort: options.externalPort,
      onError: (e, synapse) => this.log.error('handler failed', { synapse, error: e }),
    });
    const h = options.handler;
    this.axon.attach(h.synapse, {
      forward: (req, ctx) => h.forward(req, ctx),
      blacklist: (info) => this.blacklist(info),
      priority: (req, info) => (h.priority ? h.priority(req, info) : this.stakeOf(info.caller.hotkey)),
    });
  }

  /** Sync, check registration, start the axon and publish it on chain, then follow blocks. */
  async start(): Promise<this> {
    await this.sync();
    const uid = this.uid;
    await this.axon.start();
    const info = this.axon.info();
    await this.publish(uid, info.ip, info.port);
    const clock = await this.startClock();
    this.unsubscribe = clock.onBlock((b) => this.maybeResync(b));
    this.log.info('miner started', { uid, netuid: this.netuid, ip: info.ip, port: info.port, synapse: this.options.handler.synapse.name });
    return this;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe?.();
    this.stopClock();
    await this.axon.stop();
    this.log.info('miner stopped', {});
  }

  /** serve_axon, skipped when the chain already has this address (it is rate limited). */
  private async publish(uid: number, ip: string, port: number): Promise<void> {
    const onChain = this.metagraph.axons[uid];
    if (onChain && onChain.ip === ip && onChain.port === port && onChain.isServing) {
      this.log.info('axon already published', { ip, port });
      return;
    }
    try {
      const r = await serveAxon(this.client, { signer: this.hotkey, netuid: this.netuid, ip, port });
      this.log.info('axon published', { ip, port, block: r.blockNumber });
    } catch (e) {
      // keep serving: validators that knew the old address still reach us; the remedy is in the log
      this.log.error('serve_axon failed', { ip, port, error: e instanceof ChainError ? e.code : e, remedy: e instanceof ChainError ? e.remedy : undefined });
      if (!(e instanceof ChainError)) throw e;
    }
  }

  private stakeOf(hotkey: string): number {
    const uid = this.metagraphValue?.hotkeys.indexOf(hotkey) ?? -1;
    return uid >= 0 ? (this.metagraphValue?.stake[uid] ?? 0) : 0;
  }

  private async blacklist(info: RequestInfo): Promise<BlacklistResult> {
    const mg = this.metagraphValue;
    const uid = mg ? mg.hotkeys.indexOf(info.caller.hotkey) : -1;
    if (uid < 0 && !this.options.allowNonRegistered) return [true, 'Unrecognized hotkey'];
    if (this.options.forceValidatorPermit && (uid < 0 || !mg?.validatorPermit[uid])) return [true, 'Non-validator hotkey'];
    return this.options.handler.blacklist ? this.options.handler.blacklist(info) : false;
  }
}
