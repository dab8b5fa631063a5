/**
 * The base validator (spec/sdk.md §7.5–7.6, without the defects of §7.7). Driven by new blocks:
 *  - every `queryEveryBlocks` blocks (one round at a time, never overlapping): sample serving miners,
 *    build a query, fan it out with the dendrite under the task's timeout, score, fold the rewards
 *    into a per-uid moving average, save the scores (JSON in the state dir);
 *  - the metagraph is re-synced once per tempo (scores of re-registered uids restart at 0);
 *  - once per `weightsEveryBlocks` (default: the tempo) and inside the chain's rate limit: normalised
 *    weights with the subnet's version key, or a commit when the subnet has commit-reveal on and the
 *    reveal once the chain enters the reveal epoch. Every submission waits for inclusion and a
 *    failure is logged with the chain's error name (`SubtensorModule.NeuronNoValidatorPermit`).
 */
import { join } from 'node:path';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { Dendrite, type DendriteOptions } from '../dendrite/dendrite.js';
import { setWeights } from '../client/actions/setWeights.js';
import { commitWeights } from '../client/actions/commitWeights.js';
import { revealWeights } from '../client/actions/revealWeights.js';
import { TensoriumError } from '../client/errors.js';
import type { Metagraph } from '../metagraph/metagraph.js';
import type { SynapseDefinition } from '../synapse/synapse.js';
import { BaseNeuron, type NeuronOptions } from './neuron.js';
import { createRng, type Rng } from './rng.js';
import { ScoreBook } from './scores.js';
import type { MinerResponse, RoundTask, SubnetTask } from './task.js';
import { scoresToWeights } from './weights.js';

export interface ValidatorOptions<D extends SynapseDefinition, C> extends NeuronOptions {
  /** One query → responses → scores (the usual), or a task that runs whole rounds itself. */
  readonly task: SubnetTask<D, C> | RoundTask<D>;
  /** Miners queried per round (default 50). */
  readonly sampleSize?: number;
  /** Weight of a new reward in the moving average (default 0.1). */
  readonly movingAverageAlpha?: number;
  /** A round starts at most once per this many blocks (default 1). */
  readonly queryEveryBlocks?: number;
  /** Set weights once per this many blocks (default: the subnet's tempo). */
  readonly weightsEveryBlocks?: number;
  /** Weights version key (default: the subnet's `weights_version` on chain). */
  readonly versionKey?: bigint;
  /** Uids with a validator permit and more stake than this (units) are not queried (default 4096). */
  readonly vpermitTaoLimit?: number;
  readonly disableSetWeights?: boolean;
  /** Seed of the query generator's RNG (default random). */
  readonly seed?: number;
  readonly dendrite?: Omit<DendriteOptions, 'keypair'>;
  /** Called after every scored round. */
  readonly onRound?: (report: RoundReport) => void;
  /** Called after every weights submission (ok or not). */
  readonly onWeights?: (report: WeightsReport) => void;
}

export interface RoundReport {
  readonly step: number;
  readonly block: number;
  readonly uids: readonly number[];
  readonly rewards: readonly number[];
  /** Moving-average scores of all uids after the round. */
  readonly scores: readonly number[];
}

export interface WeightsReport {
  readonly kind: 'set' | 'commit' | 'reveal';
  readonly ok: boolean;
  readonly block: number;
  readonly uids: readonly number[];
  readonly weights: readonly number[];
  /** The chain's error name when it failed (`SubtensorModule.SettingWeightsTooFast`). */
  readonly error?: string;
}

interface PendingCommit {
  readonly commitHash: string;
  readonly commitEpoch: string;
  readonly uids: number[];
  readonly weights: number[];
  readonly salt: number[];
  readonly versionKey: string;
}

const errorName = (e: unknown): string => (e instanceof TensoriumError ? e.code : e instanceof Error ? e.message : String(e));

export class BaseValidator<D extends SynapseDefinition, C = unknown> extends BaseNeuron {
  readonly scores: ScoreBook;
  private dendrite: Dendrite | undefined;
  private readonly rng: Rng;
  private unsubscribe: (() => void) | undefined;
  private round: Promise<unknown> | undefined;
  private weighing: Promise<void> | undefined;
  private lastRoundBlock = -Infinity;
  private nextWeightsBlock = 0;
  private pending: PendingCommit | undefined;

  constructor(private readonly options: ValidatorOptions<D, C>) {
    super('validator', options);
    this.scores = new ScoreBook(options.netuid, options.movingAverageAlpha ?? 0.1);
    this.rng = createRng(options.seed);
  }

  get statePath(): string {
    return join(this.stateDir, 'state.json');
  }
  private get commitPath(): string {
    return join(this.stateDir, 'commit.json');
  }

  /** Load saved scores, sync, check registration, then follow blocks. */
  async start(): Promise<this> {
    const restored = this.scores.load(this.statePath);
    if (existsSync(this.commitPath)) this.pending = JSON.parse(readFileSync(this.commitPath, 'utf8')) as PendingCommit;
    const mg = await this.sync();
    const uid = this.uid;
    if (this.pending && !(await this.commitOnChain(this.pending.commitHash))) {
      // a commit saved against another chain (or already revealed/expired): waiting for its epoch would block weights
      this.log.warn('dropping a saved commit the chain does not hold', { commitHash: this.pending.commitHash });
      this.pending = undefined;
      rmSync(this.commitPath, { force: true });
    }
    this.dendrite = new Dendrite({ ...this.options.dendrite, keypair: this.hotkey });
    // first weights after one tempo of scoring, or after a restart with scores as soon as a tempo has
    // passed since the weights on chain (LastUpdate) — never a second set in the tempo we stopped in
    const every = this.weightsEvery(mg);
    const last = mg.lastUpdate[uid] ?? 0;
    this.nextWeightsBlock = restored && this.scores.step > 0 ? Math.max(mg.block, last > 0 ? last - 1 + every : 0) : mg.block + every;
    const clock = await this.startClock();
    this.unsubscribe = clock.onBlock((b) => this.onBlock(b));
    this.log.info('validator started', { uid, netuid: this.netuid, restoredStep: restored ? this.scores.step : undefined, synapse: this.options.task.synapse.name, stateDir: this.stateDir });
    return this;
  }

  /** Stop following blocks, let the running round and submission finish, save the scores. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe?.();
    this.stopClock();
    await Promise.allSettled([this.round, this.weighing]);
    this.saveState();
    await this.dendrite?.close();
    this.log.info('validator stopped', { step: this.scores.step });
  }

  protected override onMetagraph(mg: Metagraph): void {
    const replaced = this.scores.resync(mg.hotkeys);
    if (replaced.length) this.log.info('scores reset for re-registered uids', { hotkeys: replaced });
  }

  private weightsEvery(mg: Metagraph): number {
    return this.options.weightsEveryBlocks ?? Math.max(1, mg.tempo);
  }

  private onBlock(block: number): void {
    if (this.stopped) return;
    this.maybeResync(block);
    if (!this.round && block - this.lastRoundBlock >= (this.options.queryEveryBlocks ?? 1)) {
      this.lastRoundBlock = block;
      this.round = this.runRound(block)
        .catch((e: unknown) => this.log.error('round failed', { block, error: e }))
        .finally(() => (this.round = undefined));
    }
    if (!this.weighing && !this.options.disableSetWeights) {
      const due = this.pending ? 'reveal' : block >= this.nextWeightsBlock && this.scores.step > 0 ? 'weights' : undefined;
      if (due) {
        this.weighing = (due === 'reveal' ? this.maybeReveal(block) : this.submitWeights(block))
          .catch((e: unknown) => this.log.error('weights failed', { block, error: e }))
          .finally(() => (this.weighing = undefined));
      }
    }
  }

  /** Serving miners, not ourselves, not big validators. */
  availableUids(mg: Metagraph = this.metagraph): number[] {
    const self = mg.hotkeys.indexOf(this.hotkey.ss58Address);
    const limit = this.options.vpermitTaoLimit ?? 4096;
    return mg.uids.filter((uid) => uid !== self && mg.axons[uid]?.isServing && !(mg.validatorPermit[uid] && mg.stake[uid] > limit));
  }

  /** One query round; public so a test or a script can drive rounds itself. */
  async runRound(block: number = this.block): Promise<RoundReport | undefined> {
    const mg = this.metagraph;
    const available = this.availableUids(mg);
    if (available.length === 0) {
      this.log.debug('no serving miners to query', { block });
      return undefined;
    }
    const uids = this.rng.sample(available, this.options.sampleSize ?? 50).sort((a, b) => a - b);
    const task = this.options.task;
    const step = this.scores.step;
    const targets = uids.map((uid) => ({ ip: mg.axons[uid].ip, port: mg.axons[uid].port, hotkey: mg.hotkeys[uid] }));
    let rewards: number[];
    let failed: (string | undefined)[] = [];
    if ('runRound' in task) {
      rewards = [...(await task.runRound({ step, block, uids, metagraph: mg, dendrite: this.dendrite!, targets, rng: this.rng }))];
    } else {
      const query = await task.createQuery({ step, block, uids, metagraph: mg }, this.rng);
      const results = await this.dendrite!.forward(targets, task.synapse, query.request, { timeoutS: task.timeoutS ?? 12 });
      const responses: MinerResponse<D>[] = results.map((r, i) => ({ ...r, uid: uids[i] }));
      rewards = [...(await task.score(query.context, responses))];
      failed = results.map((r) => r.error?.code);
    }
    this.scores.update(uids, rewards);
    this.saveState();
    const report: RoundReport = { step, block, uids, rewards, scores: [...this.scores.scores] };
    this.log.debug('round scored', { step, block, uids, rewards, failed: failed.filter(Boolean) });
    this.options.onRound?.(report);
    return report;
  }

  private saveState(): void {
    try {
      this.scores.save(this.statePath);
    } catch (e) {
      this.log.warn('could not save scores', { path: this.statePath, error: e });
    }
  }

  private report(r: WeightsReport): void {
    if (r.ok) this.log.info(`weights ${r.kind === 'set' ? 'set' : r.kind === 'commit' ? 'committed' : 'revealed'}`, { block: r.block, uids: r.uids, weights: r.weights.map((w) => Number(w.toFixed(4))) });
    else this.log.error(`${r.kind} weights failed: ${r.error}`, { block: r.block, error: r.error });
    this.options.onWeights?.(r);
  }

  private async submitWeights(block: number): Promise<void> {
    const mg = this.metagraph;
    const every = this.weightsEvery(mg);
    const uid = this.uid;
    const hp = mg.hyperparameters;
    // inside the chain's rate limit (LastUpdate) so the call is not refused as too fast
    const earliest = (mg.lastUpdate[uid] ?? 0) + Number(hp.weightsRateLimit) + 1;
    if (block < earliest && mg.lastUpdate[uid] > 0) {
      this.nextWeightsBlock = earliest;
      return;
    }
    const { uids, weights } = scoresToWeights(this.scores.scores, { minAllowedWeights: hp.minAllowedWeights, maxWeightLimit: hp.maxWeightsLimit / 65_535, exclude: [uid] });
    if (uids.length === 0) {
      this.log.info('no non-zero scores yet: weights not set', { block });
      this.nextWeightsBlock = block + 1;
      return;
    }
    const base = { signer: this.hotkey, netuid: this.netuid, uids, weights, versionKey: this.options.versionKey };
    if (hp.commitRevealWeightsEnabled) {
      try {
        const c = await commitWeights(this.client, base);
        const commitEpoch = await this.commitEpochOf(c.commitHash, c.blockHash);
        this.pending = { commitHash: c.commitHash, commitEpoch: String(commitEpoch), uids: c.uids, weights: c.weights, salt: c.salt, versionKey: String(c.versionKey) };
        mkdirSync(this.stateDir, { recursive: true });
        writeFileSync(this.commitPath, JSON.stringify(this.pending));
        this.nextWeightsBlock = block + every;
        this.report({ kind: 'commit', ok: true, block: c.blockNumber, uids, weights });
      } catch (e) {
        this.nextWeightsBlock = block + Math.max(1, Math.floor(every / 2));
        this.report({ kind: 'commit', ok: false, block, uids, weights, error: errorName(e) });
      }
      return;
    }
    try {
      const r = await setWeights(this.client, base);
      // anchored on the block we decided at, not the inclusion block: a period of `every` + 1 would
      // drift through the epoch windows and miss a whole tempo every `every` tempos
      this.nextWeightsBlock = block + every;
      this.report({ kind: 'set', ok: true, block: r.blockNumber, uids, weights });
    } catch (e) {
      // retry within the tempo (e.g. NeuronNoValidatorPermit before the first epoch after staking)
      this.nextWeightsBlock = block + Math.max(1, Math.floor(every / 2));
      this.report({ kind: 'set', ok: false, block, uids, weights, error: errorName(e) });
    }
  }

  private async commitRows(at?: string): Promise<[string, number | string, number | string, number | string][]> {
    const api = at ? await this.client.api.at(at) : this.client.api;
    return ((await api.query.subtensorModule.weightCommits(this.netuid, this.hotkey.ss58Address)).toJSON() as [string, number | string, number | string, number | string][] | null) ?? [];
  }

  private async commitOnChain(hash: string): Promise<boolean> {
    return (await this.commitRows()).some(([h]) => h.toLowerCase() === hash.toLowerCase());
  }

  /** The epoch the chain filed our commit under (WeightCommits at the inclusion block). */
  private async commitEpochOf(hash: string, at: string): Promise<bigint> {
    const row = (await this.commitRows(at)).find(([h]) => h.toLowerCase() === hash.toLowerCase());
    if (row) return BigInt(row[1]);
    const api = await this.client.api.at(at);
    return BigInt(((await api.query.subtensorModule.subnetEpochIndex(this.netuid)).toJSON() as number | string) ?? 0);
  }

  /** Reveal once the chain's epoch index reaches commit epoch + reveal period; drop expired commits. */
  private async maybeReveal(block: number): Promise<void> {
    const p = this.pending!;
    const epoch = BigInt(((await this.client.api.query.subtensorModule.subnetEpochIndex(this.netuid)).toJSON() as number | string) ?? 0);
    const target = BigInt(p.commitEpoch) + this.metagraph.hyperparameters.commitRevealPeriod;
    if (epoch < target) return;
    const clear = (): void => {
      this.pending = undefined;
      rmSync(this.commitPath, { force: true });
    };
    if (epoch > target) {
      clear();
      this.report({ kind: 'reveal', ok: false, block, uids: p.uids, weights: p.weights, error: 'reveal window missed (commit expired)' });
      return;
    }
    try {
      const r = await revealWeights(this.client, { signer: this.hotkey, netuid: this.netuid, uids: p.uids, weights: p.weights, salt: p.salt, versionKey: BigInt(p.versionKey) });
      clear();
      this.report({ kind: 'reveal', ok: true, block: r.blockNumber, uids: p.uids, weights: p.weights });
    } catch (e) {
      const name = errorName(e);
      // a reveal that can never succeed is dropped; anything else is retried next block
      if (/Expired|NoWeightsCommitFound|InvalidRevealCommitHashNotMatch/.test(name)) clear();
      this.report({ kind: 'reveal', ok: false, block, uids: p.uids, weights: p.weights, error: name });
    }
  }
}
