/**
 * What miners and validators share (spec/sdk.md §7.3): a client, a hotkey, a subnet, a block clock,
 * the metagraph re-synced once per tempo (never in a tight loop), and a state directory.
 */
import { join } from 'node:path';
import { homedir } from 'node:os';
import type { TensoriumClient } from '../client/client.js';
import type { Keypair } from '../wallet/keypair.js';
import { syncMetagraph, type Metagraph } from '../metagraph/metagraph.js';
import { BlockClock } from './blockClock.js';
import { SubnetError } from './errors.js';
import { createNeuronLogger, type NeuronLogger } from './logger.js';

export interface NeuronOptions {
  readonly client: TensoriumClient;
  readonly netuid: number;
  /** The neuron's hotkey (signs requests, weights and the axon registration). */
  readonly hotkey: Keypair;
  /** Where state is kept (default `~/.tensorium/neurons/<hotkey>/netuid<n>`). */
  readonly stateDir?: string;
  readonly logger?: NeuronLogger;
  /** Re-sync the metagraph every this many blocks (default: the subnet's tempo). */
  readonly resyncBlocks?: number;
}

export abstract class BaseNeuron {
  readonly client: TensoriumClient;
  readonly netuid: number;
  readonly hotkey: Keypair;
  readonly stateDir: string;
  readonly log: NeuronLogger;
  protected clock: BlockClock | undefined;
  protected metagraphValue: Metagraph | undefined;
  protected lastSyncBlock = -Infinity;
  protected stopped = false;
  private syncing: Promise<Metagraph> | undefined;

  constructor(
    readonly role: 'miner' | 'validator',
    private readonly opts: NeuronOptions,
  ) {
    this.client = opts.client;
    this.netuid = opts.netuid;
    this.hotkey = opts.hotkey;
    this.stateDir = opts.stateDir ?? join(homedir(), '.tensorium', 'neurons', opts.hotkey.ss58Address, `netuid${opts.netuid}`);
    this.log = opts.logger ?? createNeuronLogger({ neuron: `${role}:${opts.hotkey.ss58Address.slice(0, 8)}` });
  }

  get metagraph(): Metagraph {
    if (!this.metagraphValue) throw new SubnetError('NOT_REGISTERED', 'the neuron has not synced yet', {}, 'call start() first');
    return this.metagraphValue;
  }

  /** This neuron's uid (throws when the hotkey is not registered on the subnet). */
  get uid(): number {
    const uid = this.metagraph.hotkeys.indexOf(this.hotkey.ss58Address);
    if (uid < 0) {
      throw new SubnetError('NOT_REGISTERED', `hotkey ${this.hotkey.ss58Address} is not registered on subnet ${this.netuid}`, { hotkey: this.hotkey.ss58Address, netuid: this.netuid }, `register it: tensorium subnet register --netuid ${this.netuid}`);
    }
    return uid;
  }

  get block(): number {
    return this.clock?.block ?? this.metagraph.block;
  }

  get resyncEvery(): number {
    return this.opts.resyncBlocks ?? Math.max(1, this.metagraphValue?.tempo ?? 10);
  }

  /** Sync now (one sync at a time; concurrent callers share it). */
  async sync(): Promise<Metagraph> {
    if (!this.syncing) {
      this.syncing = (async () => {
        try {
          const mg = await syncMetagraph(this.client, { netuid: this.netuid });
          const was = this.metagraphValue?.hotkeys.includes(this.hotkey.ss58Address);
          if (was && !mg.hotkeys.includes(this.hotkey.ss58Address)) {
            this.log.error('deregistered: the hotkey is no longer on the subnet', { hotkey: this.hotkey.ss58Address, netuid: this.netuid, block: mg.block });
          }
          this.metagraphValue = mg;
          this.lastSyncBlock = mg.block;
          this.onMetagraph(mg);
          return mg;
        } finally {
          this.syncing = undefined;
        }
      })();
    }
    return this.syncing;
  }

  /** Re-sync when a tempo has passed since the last sync; errors are logged, the old metagraph kept. */
  protected maybeResync(block: number): void {
    if (block - this.lastSyncBlock < this.resyncEvery || this.syncing) return;
    this.sync().catch((e: unknown) => this.log.warn('metagraph sync failed', { error: e }));
  }

  /** Hook for subclasses: a fresh metagraph arrived. */
  protected onMetagraph(_mg: Metagraph): void {}

  protected async startClock(): Promise<BlockClock> {
    this.clock = await BlockClock.start(this.client);
    return this.clock;
  }

  protected stopClock(): void {
    this.clock?.stop();
    this.clock = undefined;
  }
}
