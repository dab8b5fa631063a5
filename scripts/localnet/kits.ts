/**
 * The subnets a localnet can run, as "kits": what a subnet package contributes (its validator task
 * and its miner handler for each quality) and how one neuron of it is started. The localnet's
 * parent process loads the kits to learn which subnets can run here; each neuron process loads the
 * one kit it runs (scripts/localnet/neuron.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  BaseMiner,
  BaseValidator,
  getCommitment,
  setCommitment,
  type Keypair,
  type MinerHandler,
  type NeuronLogger,
  type RoundTask,
  type SubnetTask,
  type SynapseDefinition,
  type TensoriumClient,
  type WeightsReport,
} from '@tensorium/sdk';

export type MinerBehaviour = 'good' | 'slow' | 'wrong';
export const MINER_BEHAVIOURS: readonly MinerBehaviour[] = ['good', 'slow', 'wrong'];
export const KIT_NAMES = ['template', 'ocr', 'pretrain'] as const;
export type KitName = (typeof KIT_NAMES)[number];

/** A miner handler plus its lifecycle (engines to warm up before serving, to close after). */
export interface KitMiner<D extends SynapseDefinition> {
  readonly handler: MinerHandler<D>;
  warmUp?(): Promise<void>;
  /** After the axon is up and published (e.g. publish a commitment with the hotkey). */
  afterStart?(hotkey: Keypair): Promise<void>;
  close?(): Promise<void>;
}

/** The chain a kit's neurons run on, and where they may keep files. */
export interface KitEnv {
  readonly client: TensoriumClient;
  readonly netuid: number;
  /** A directory shared by the kit's neurons (e.g. a model cache). */
  readonly shareDir: string;
}

/** What a subnet package contributes to the localnet: its validator task and miner handler. */
export interface SubnetKit<D extends SynapseDefinition, C> {
  readonly name: KitName;
  createTask(env: KitEnv): SubnetTask<D, C> | RoundTask<D>;
  /** Miners start in the scenario's order: order matters for commitment-based subnets. */
  createMiner(behaviour: MinerBehaviour, env: KitEnv): KitMiner<D> | Promise<KitMiner<D>>;
  /** A validator round at most once per this many blocks (default 1; heavy tasks want more). */
  readonly queryEveryBlocks?: number;
}

/** One neuron to run: its chain, key, state directory and logger. */
export interface NeuronContext {
  readonly client: TensoriumClient;
  readonly netuid: number;
  readonly hotkey: Keypair;
  readonly stateDir: string;
  readonly shareDir: string;
  readonly logger: NeuronLogger;
}

/** A running neuron. */
export interface RunningNeuron {
  /** The miner's axon port (miners only). */
  readonly port?: number;
  /** The validator (validators only): its scores, for the ready report. */
  readonly validator?: BaseValidator<SynapseDefinition, unknown>;
  stop(): Promise<void>;
}

/** A kit with its synapse types erased: what the localnet handles. */
export interface AnyKit {
  readonly name: KitName;
  runMiner(behaviour: MinerBehaviour, ctx: NeuronContext): Promise<RunningNeuron>;
  runValidator(ctx: NeuronContext, onWeights: (r: WeightsReport) => void): Promise<RunningNeuron>;
}

function kit<D extends SynapseDefinition, C>(k: SubnetKit<D, C>): AnyKit {
  return {
    name: k.name,
    async runMiner(behaviour, ctx) {
      const env: KitEnv = { client: ctx.client, netuid: ctx.netuid, shareDir: ctx.shareDir };
      const km = await k.createMiner(behaviour, env);
      try {
        await km.warmUp?.();
        const miner = new BaseMiner({
          client: ctx.client,
          netuid: ctx.netuid,
          hotkey: ctx.hotkey,
          handler: km.handler,
          port: 0,
          // 127.0.0.1 is refused by serve_axon; any other loopback address reaches a 0.0.0.0 socket
          externalIp: '127.0.0.2',
          stateDir: ctx.stateDir,
          logger: ctx.logger,
        });
        await miner.start();
        try {
          await km.afterStart?.(ctx.hotkey);
        } catch (e) {
          await miner.stop();
          throw e;
        }
        return {
          port: miner.axon.port,
          stop: async () => {
            await miner.stop();
            await km.close?.();
          },
        };
      } catch (e) {
        await km.close?.().catch(() => undefined);
        throw e;
      }
    },
    async runValidator(ctx, onWeights) {
      const v = new BaseValidator<D, C>({
        client: ctx.client,
        netuid: ctx.netuid,
        hotkey: ctx.hotkey,
        task: k.createTask({ client: ctx.client, netuid: ctx.netuid, shareDir: ctx.shareDir }),
        queryEveryBlocks: k.queryEveryBlocks,
        stateDir: ctx.stateDir,
        logger: ctx.logger,
        onWeights,
      });
      await v.start();
      return { validator: v as unknown as BaseValidator<SynapseDefinition, unknown>, stop: () => v.stop() };
    },
  };
}

type Fn = (...a: unknown[]) => unknown;
const isFn = (v: unknown): v is Fn => typeof v === 'function';
const fnOf = (o: unknown, key: string): Fn | undefined => {
  const v = o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  return isFn(v) ? (v as Fn).bind(o) : undefined;
};

/** OCR miners of three qualities by recognition strategy (tesseract on the cleaned image, raw, shrunk). */
const OCR_STRATEGY: Record<MinerBehaviour, string> = { good: 'tesseract-preprocessed', slow: 'tesseract-raw', wrong: 'weak' };

/**
 * A subnet package's factories → a kit, or the reason it cannot run here. Accepts the framework's
 * shapes (a `SubnetTask`, a `MinerHandler`) and the OCR package's own (`generateQuery`/`score` over
 * `{hotkey, text, latencyS, arrivedAt}`, a handler with `hooks()`).
 */
function adaptKit(name: KitName, createTask: Fn, createMiner: Fn): AnyKit | string {
  const probe = createTask() as Record<string, unknown>;
  const synapse = probe?.synapse as SynapseDefinition | undefined;
  if (!synapse) return `${name}: the validator task has no synapse`;
  let makeTask: () => SubnetTask<SynapseDefinition, unknown>;
  if (isFn(probe.createQuery) && isFn(probe.score)) {
    makeTask = () => createTask() as SubnetTask<SynapseDefinition, unknown>;
  } else if (isFn(probe.generateQuery) && isFn(probe.score)) {
    makeTask = () => {
      const t = createTask() as Record<string, unknown>;
      const generate = fnOf(t, 'generateQuery')!;
      const score = fnOf(t, 'score')!;
      return {
        synapse,
        timeoutS: typeof t.timeoutS === 'number' ? t.timeoutS : undefined,
        createQuery: () => {
          const q = generate() as { request: Record<string, unknown> };
          return { request: q.request, context: q };
        },
        score: (q, responses) =>
          score(
            q,
            responses.map((r) => ({ hotkey: r.axon.hotkey, text: r.ok ? ((r.response as { text?: string | null }).text ?? null) : null, latencyS: r.processTime, arrivedAt: r.processTime * 1000 })),
          ) as number[],
      };
    };
  } else {
    return `${name}: its validator runs its own rounds (no createQuery/score for the framework)`;
  }
  const makeMiner = (behaviour: MinerBehaviour): KitMiner<SynapseDefinition> => {
    const h = (name === 'ocr' ? createMiner(OCR_STRATEGY[behaviour]) : createMiner({ behaviour })) as Record<string, unknown>;
    const close = fnOf(h, 'close') as (() => Promise<void>) | undefined;
    const warmUp = fnOf(h, 'warmUp') as (() => Promise<void>) | undefined;
    if (h?.synapse && isFn(h.forward)) return { handler: h as unknown as MinerHandler<SynapseDefinition>, close, warmUp };
    const hooks = fnOf(h, 'hooks');
    if (hooks) {
      const forward = (hooks() as { forward: MinerHandler<SynapseDefinition>['forward'] }).forward;
      return { handler: { synapse, forward }, close, warmUp };
    }
    throw new Error(`${name}: the miner handler has neither forward() nor hooks()`);
  };
  return kit<SynapseDefinition, unknown>({ name, createTask: makeTask, createMiner: makeMiner, queryEveryBlocks: name === 'template' ? 1 : 8 });
}

/**
 * The pretraining subnet: miners train a small model (good: 150 steps, slow: 20 steps, wrong: a copy
 * of the good miner's file, committed later), serve it and publish its hash as a commitment; the
 * validator's round downloads, verifies and evaluates the committed models and its weights become
 * the rewards. Trained models are cached in the kit's shared directory, so the copier (started after
 * the good miner) serves the very same file and a restarted miner does not train again. Returns
 * undefined when the package does not have these exports.
 */
function pretrainKit(mod: Record<string, unknown>): AnyKit | undefined {
  const need = ['createPretrainValidatorTask', 'createPretrainMinerHandler', 'trainMinerModel', 'initBackend', 'ModelSynapse'];
  if (!need.every((n) => mod[n] !== undefined)) return undefined;
  type Model = { bytes: Uint8Array; commitment: string };
  type Outcome = { uid: number; weight: number };
  type PretrainTask = { runRound(input: { dendrite: unknown; miners: unknown[]; seed: string }): Promise<{ outcomes: Outcome[] }> };
  const synapse = mod.ModelSynapse as SynapseDefinition;
  const train = mod.trainMinerModel as (o: { shape: string; steps: number; seed: string; initSeed: number }) => Promise<Model>;
  const initBackend = mod.initBackend as (log: (l: string) => void) => Promise<unknown>;
  const model = async (shareDir: string, steps: number, seed: number): Promise<Model> => {
    const base = join(shareDir, 'models', `small-${steps}-${seed}`);
    if (existsSync(`${base}.bin`) && existsSync(`${base}.commitment`)) {
      return { bytes: new Uint8Array(readFileSync(`${base}.bin`)), commitment: readFileSync(`${base}.commitment`, 'utf8') };
    }
    await initBackend(() => undefined);
    const m = await train({ shape: 'small', steps, seed: `localnet-${seed}`, initSeed: seed });
    mkdirSync(dirname(base), { recursive: true });
    // written then renamed: a reader never sees half a file
    writeFileSync(`${base}.bin.tmp`, m.bytes);
    writeFileSync(`${base}.commitment.tmp`, m.commitment);
    renameSync(`${base}.bin.tmp`, `${base}.bin`);
    renameSync(`${base}.commitment.tmp`, `${base}.commitment`);
    return m;
  };
  return kit<SynapseDefinition, unknown>({
    name: 'pretrain',
    queryEveryBlocks: 20,
    createTask: ({ client, netuid }) => {
      const t = (mod.createPretrainValidatorTask as (o: { samples: number; log: (l: string) => void }) => PretrainTask)({ samples: 32, log: () => undefined });
      return {
        synapse,
        runRound: async ({ dendrite, targets, uids, block }) => {
          const commitments = await Promise.all(targets.map((a) => getCommitment(client, { netuid, hotkey: a.hotkey })));
          const r = await t.runRound({ dendrite, miners: targets.map((axon, i) => ({ uid: uids[i], axon, commitment: commitments[i] ? { data: commitments[i]!.data, block: commitments[i]!.block } : undefined })), seed: `round-${block}` });
          return uids.map((uid) => r.outcomes.find((o) => o.uid === uid)?.weight ?? 0);
        },
      };
    },
    createMiner: async (behaviour, { client, netuid, shareDir }) => {
      const m = await (behaviour === 'slow' ? model(shareDir, 20, 2) : model(shareDir, 150, 1));
      const hooks = (mod.createPretrainMinerHandler as (o: { model: Uint8Array }) => { forward: MinerHandler<SynapseDefinition>['forward'] })({ model: m.bytes });
      return {
        handler: { synapse, forward: hooks.forward },
        afterStart: async (hotkey) => void (await setCommitment(client, { signer: hotkey, netuid, data: m.commitment })),
      };
    },
  });
}

/** The kits that can run here among `wanted` (template always; OCR and pretraining when their packages export the factories). */
export async function loadKits(wanted: readonly string[], skipped: { name: string; reason: string }[], log: (line: string) => void = () => undefined): Promise<AnyKit[]> {
  for (const w of wanted) if (!(KIT_NAMES as readonly string[]).includes(w)) throw new Error(`unknown subnet kit "${w}" (expected ${KIT_NAMES.join(', ')})`);
  const kits: AnyKit[] = [];
  if (wanted.includes('template')) {
    const t = await import('../../subnets/template/src/index.js');
    kits.push(kit({ name: 'template', createTask: () => t.createTemplateValidatorTask(), createMiner: (behaviour) => ({ handler: t.createTemplateMinerHandler({ behaviour }) }) }));
  }
  const optional: [KitName, string, string, string][] = [
    ['ocr', '@tensorium/subnet-ocr', 'createOcrValidatorTask', 'createOcrMinerHandler'],
    ['pretrain', '@tensorium/subnet-pretrain', 'createPretrainValidatorTask', 'createPretrainMinerHandler'],
  ];
  for (const [name, pkg, taskName, minerName] of optional) {
    if (!wanted.includes(name)) continue;
    const skip = (reason: string): void => {
      skipped.push({ name, reason });
      log(`skipping subnet ${name}: ${reason}`);
    };
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pkg)) as Record<string, unknown>;
    } catch (e) {
      skip(`${pkg} could not be loaded (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const createTask = mod[taskName];
    const createMiner = mod[minerName];
    if (typeof createTask !== 'function' || typeof createMiner !== 'function') {
      skip(`${pkg} does not export ${taskName} and ${minerName} yet`);
      continue;
    }
    if (name === 'pretrain') {
      const pk = pretrainKit(mod);
      if (pk) kits.push(pk);
      else skip(`${pkg} lacks trainMinerModel/initBackend/ModelSynapse`);
      continue;
    }
    try {
      const adapted = adaptKit(name, createTask as Fn, createMiner as Fn);
      if (typeof adapted === 'string') skip(adapted);
      else kits.push(adapted);
    } catch (e) {
      skip(`${taskName}() failed: ${(e as Error).message}`);
    }
  }
  return kits;
}
