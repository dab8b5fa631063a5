/**
 * `npm start` / `tensorium localnet up`: a whole local network in one command, in this process.
 *
 *  1. a dev node (fast preset: tempo 10, 250 ms blocks, archive state) on ws://127.0.0.1:9944;
 *  2. wallets in `<dir>/wallets` (unencrypted, derived from `//Localnet//…` so reruns give the same
 *     addresses): `owner`, `validator`, `miner-good`, `miner-slow`, `miner-wrong`, one hotkey per subnet;
 *  3. subnets: the template subnet, plus OCR and pretraining when their packages export a validator
 *     task and a miner handler — each registered, started, with staked validators and miners of
 *     three qualities (good, slow, wrong);
 *  4. the miners' axons (served and published on chain) and the validators' loops;
 *  5. the indexer (SQLite in `<dir>`) serving the built explorer;
 *  6. a status line per subnet epoch (top-incentive miner), until Ctrl-C, `--blocks N` or `--epochs N`.
 *
 * `startLocalnet()` is the library form (tests run it with ports 0); `runLocalnet()` the command.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { startIndexer, type RunningIndexer } from '@tensorium/indexer';
import {
  BaseMiner,
  BaseValidator,
  BlockClock,
  Keypair,
  Wallet,
  bootstrapSubnet,
  getCommitment,
  setCommitment,
  createClient,
  createNeuronLogger,
  parseTao,
  syncMetagraph,
  type MinerHandler,
  type RoundTask,
  type NeuronLogRecord,
  type SubnetTask,
  type SynapseDefinition,
  type TensoriumClient,
  type WeightsReport,
} from '@tensorium/sdk';

export type MinerBehaviour = 'good' | 'slow' | 'wrong';
export const MINER_BEHAVIOURS: readonly MinerBehaviour[] = ['good', 'slow', 'wrong'];

/** A miner handler plus its lifecycle (engines to warm up before serving, to close after). */
export interface KitMiner<D extends SynapseDefinition> {
  readonly handler: MinerHandler<D>;
  warmUp?(): Promise<void>;
  /** After the axon is up and published (e.g. publish a commitment with the hotkey). */
  afterStart?(hotkey: Keypair): Promise<void>;
  close?(): Promise<void>;
}

/** The chain a kit's neurons run on. */
export interface KitEnv {
  readonly client: TensoriumClient;
  readonly netuid: number;
}

/** What a subnet package contributes to the localnet: its validator task and miner handler. */
export interface SubnetKit<D extends SynapseDefinition, C> {
  readonly name: string;
  createTask(env: KitEnv): SubnetTask<D, C> | RoundTask<D>;
  /** Miners start in MINER_BEHAVIOURS order (good first): order matters for commitment-based subnets. */
  createMiner(behaviour: MinerBehaviour, env: KitEnv): KitMiner<D> | Promise<KitMiner<D>>;
  /** A validator round at most once per this many blocks (default 1; heavy tasks want more). */
  readonly queryEveryBlocks?: number;
}

export interface LocalnetOptions {
  /** Node RPC port (default 9944; 0 = any free port). */
  readonly port?: number;
  /** Indexer/explorer HTTP port (default 3000; 0 = any free port). */
  readonly explorerPort?: number;
  /** Wallets, indexer database and neuron state (default ./.localnet). */
  readonly dir?: string;
  /** Subnets to create (default: template, ocr, pretrain — those whose package is ready). */
  readonly subnets?: readonly string[];
  /** Validators per subnet (default 2). */
  readonly validatorsPerSubnet?: number;
  /** Serve the explorer (building it when stale; default true). */
  readonly explorer?: boolean;
  /** Progress lines (setup steps, skipped subnets, neuron warnings). */
  readonly log?: (line: string) => void;
  /** Neuron log records (default: warnings and errors go to `log`). */
  readonly onNeuronLog?: (record: NeuronLogRecord) => void;
}

export interface LocalnetNeuron {
  readonly wallet: string;
  readonly hotkey: string;
  readonly uid: number;
}

export interface LocalnetSubnet {
  readonly name: string;
  readonly netuid: number;
  readonly tempo: number;
  readonly validators: readonly LocalnetNeuron[];
  readonly miners: readonly (LocalnetNeuron & { readonly behaviour: MinerBehaviour; readonly port: number })[];
  /** Every weights submission by this subnet's validators. */
  readonly weights: readonly WeightsReport[];
}

export interface LocalnetStatus {
  readonly block: number;
  readonly netuid: number;
  readonly subnet: string;
  /** The miner with the highest incentive (undefined before the first paid epoch). */
  readonly top: { readonly uid: number; readonly behaviour: MinerBehaviour | undefined; readonly incentive: number } | undefined;
  readonly weightsSet: number;
}

export interface Localnet {
  readonly node: TensoriumNode;
  readonly client: TensoriumClient;
  readonly nodeUrl: string;
  /** Indexer API base (`/api/v1/…`) — and the explorer when served. */
  readonly indexerUrl: string;
  readonly explorerUrl: string | undefined;
  readonly dir: string;
  readonly walletDir: string;
  readonly subnets: readonly LocalnetSubnet[];
  /** Skipped subnets and why. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  readonly clock: BlockClock;
  /** Current status of one subnet (a lite metagraph sync). */
  status(netuid: number): Promise<LocalnetStatus>;
  /** Stop neurons, indexer and node (idempotent). */
  stop(): Promise<void>;
}


// ---- subnet kits

type AnyKit = { readonly name: string; launch(ctx: LaunchContext): Promise<Launched> };
interface LaunchContext {
  readonly client: TensoriumClient;
  readonly netuid: number;
  readonly dir: string;
  readonly validatorKeys: readonly Keypair[];
  readonly minerKeys: readonly { readonly behaviour: MinerBehaviour; readonly hotkey: Keypair }[];
  readonly onWeights: (r: WeightsReport) => void;
  readonly onNeuronLog: (record: NeuronLogRecord) => void;
}
interface Launched {
  readonly stops: (() => Promise<void>)[];
  readonly minerPorts: number[];
}

function kit<D extends SynapseDefinition, C>(k: SubnetKit<D, C>): AnyKit {
  return {
    name: k.name,
    async launch(ctx) {
      const stops: (() => Promise<void>)[] = [];
      const minerPorts: number[] = [];
      const logger = (neuron: string) => createNeuronLogger({ neuron: `${k.name}/${neuron}`, level: 'debug', sink: ctx.onNeuronLog });
      try {
        for (const m of ctx.minerKeys) {
          const env = { client: ctx.client, netuid: ctx.netuid };
          const km = await k.createMiner(m.behaviour, env);
          if (km.close) stops.push(() => km.close!());
          await km.warmUp?.();
          const miner = new BaseMiner({
            client: ctx.client,
            netuid: ctx.netuid,
            hotkey: m.hotkey,
            handler: km.handler,
            port: 0,
            // 127.0.0.1 is refused by serve_axon; any other loopback address reaches a 0.0.0.0 socket
            externalIp: '127.0.0.2',
            stateDir: join(ctx.dir, 'neurons', k.name, `miner-${m.behaviour}`),
            logger: logger(`miner-${m.behaviour}`),
          });
          await miner.start();
          stops.push(() => miner.stop());
          await km.afterStart?.(m.hotkey);
          minerPorts.push(miner.axon.port);
        }
        for (const [i, hotkey] of ctx.validatorKeys.entries()) {
          const v = new BaseValidator({
            client: ctx.client,
            netuid: ctx.netuid,
            hotkey,
            task: k.createTask({ client: ctx.client, netuid: ctx.netuid }),
            queryEveryBlocks: k.queryEveryBlocks,
            stateDir: join(ctx.dir, 'neurons', k.name, `validator-${i}`),
            logger: logger(`validator-${i}`),
            onWeights: ctx.onWeights,
          });
          await v.start();
          stops.push(() => v.stop());
        }
      } catch (e) {
        for (const s of stops.reverse()) await s().catch(() => undefined);
        throw e;
      }
      return { stops, minerPorts };
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
function adaptKit(name: string, createTask: Fn, createMiner: Fn): AnyKit | string {
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
 * the rewards. Returns undefined when the package does not have these exports.
 */
function pretrainKit(mod: Record<string, unknown>): AnyKit | undefined {
  const need = ['createPretrainValidatorTask', 'createPretrainMinerHandler', 'trainMinerModel', 'initBackend', 'ModelSynapse'];
  if (!need.every((n) => mod[n] !== undefined)) return undefined;
  type Model = { bytes: Uint8Array; commitment: string };
  type Outcome = { uid: number; weight: number };
  type PretrainTask = { runRound(input: { dendrite: unknown; miners: unknown[]; seed: string }): Promise<{ outcomes: Outcome[] }> };
  const synapse = mod.ModelSynapse as SynapseDefinition;
  const train = mod.trainMinerModel as (o: { shape: string; steps: number; seed: string; initSeed: number }) => Promise<Model>;
  const models = new Map<string, Promise<Model>>();
  const model = (steps: number, seed: number): Promise<Model> => {
    const key = `${steps}/${seed}`;
    if (!models.has(key)) models.set(key, (mod.initBackend as (log: (l: string) => void) => Promise<unknown>)(() => undefined).then(() => train({ shape: 'small', steps, seed: `localnet-${seed}`, initSeed: seed })));
    return models.get(key)!;
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
    createMiner: async (behaviour, { client, netuid }) => {
      const m = await (behaviour === 'slow' ? model(20, 2) : model(150, 1));
      const hooks = (mod.createPretrainMinerHandler as (o: { model: Uint8Array }) => { forward: MinerHandler<SynapseDefinition>['forward'] })({ model: m.bytes });
      return {
        handler: { synapse, forward: hooks.forward },
        afterStart: async (hotkey) => void (await setCommitment(client, { signer: hotkey, netuid, data: m.commitment })),
      };
    },
  });
}

/** The subnets we know of: the template (always), OCR and pretraining when their packages export the factories. */
async function loadKits(log: (line: string) => void, wanted: readonly string[] | undefined, skipped: { name: string; reason: string }[]): Promise<AnyKit[]> {
  for (const w of wanted ?? []) if (!['template', 'ocr', 'pretrain'].includes(w)) throw new Error(`unknown subnet "${w}" (expected template, ocr or pretrain)`);
  const kits: AnyKit[] = [];
  const want = (name: string): boolean => !wanted || wanted.includes(name);
  if (want('template')) {
    const t = await import('../subnets/template/src/index.js');
    kits.push(kit({ name: 'template', createTask: () => t.createTemplateValidatorTask(), createMiner: (behaviour) => ({ handler: t.createTemplateMinerHandler({ behaviour }) }) }));
  }
  const optional: [string, string, string, string][] = [
    ['ocr', '@tensorium/subnet-ocr', 'createOcrValidatorTask', 'createOcrMinerHandler'],
    ['pretrain', '@tensorium/subnet-pretrain', 'createPretrainValidatorTask', 'createPretrainMinerHandler'],
  ];
  for (const [name, pkg, taskName, minerName] of optional) {
    if (!want(name)) continue;
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
      const adapted = adaptKit(name, createTask as (...a: unknown[]) => unknown, createMiner as (...a: unknown[]) => unknown);
      if (typeof adapted === 'string') skip(adapted);
      else kits.push(adapted);
    } catch (e) {
      skip(`${taskName}() failed: ${(e as Error).message}`);
    }
  }
  return kits;
}

// ---- wallets

interface Keys {
  owner: Keypair;
  ownerHot: Keypair;
  validatorCold: Keypair;
  validatorHot: Keypair[];
  miners: { behaviour: MinerBehaviour; cold: Keypair; hot: Keypair }[];
}

/** Deterministic keys for one subnet, written as unencrypted wallets usable by `tensorium --wallet-path`. */
function walletsFor(walletDir: string, subnet: string, validators: number): Keys {
  const uri = (wallet: string, hotkey?: string): string => `//Localnet//${wallet}${hotkey ? `//${hotkey}` : ''}`;
  const cold = (name: string): Keypair => {
    const w = new Wallet({ path: walletDir, name });
    const kp = Keypair.fromUri(uri(name));
    if (!w.exists()) w.setColdkey(kp);
    else if (w.getColdkeypub().ss58Address !== kp.ss58Address) {
      // never overwrite a key someone put there: it may hold the only copy
      throw new Error(`wallet "${name}" in ${walletDir} holds another coldkey than the localnet's; pass another --dir or remove that wallet`);
    }
    return kp;
  };
  const hot = (name: string, hotkey: string): Keypair => {
    const kp = Keypair.fromUri(uri(name, hotkey));
    new Wallet({ path: walletDir, name }).regenerateHotkey({ keypair: kp }, { hotkey, overwrite: true });
    return kp;
  };
  return {
    owner: cold('owner'),
    ownerHot: hot('owner', subnet),
    validatorCold: cold('validator'),
    validatorHot: Array.from({ length: validators }, (_, i) => hot('validator', validators === 1 ? subnet : `${subnet}-${i}`)),
    miners: MINER_BEHAVIOURS.map((behaviour) => ({ behaviour, cold: cold(`miner-${behaviour}`), hot: hot(`miner-${behaviour}`, subnet) })),
  };
}

// ---- the network

export async function startLocalnet(options: LocalnetOptions = {}): Promise<Localnet> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(options.dir ?? '.localnet');
  // the chain is new every run: so must be what followed the old one (wallets are kept: same keys anyway)
  for (const stale of ['indexer.sqlite', 'indexer.sqlite-wal', 'indexer.sqlite-shm', 'neurons']) rmSync(join(dir, stale), { recursive: true, force: true });
  const walletDir = join(dir, 'wallets');
  mkdirSync(walletDir, { recursive: true });
  const onNeuronLog = options.onNeuronLog ?? ((r: NeuronLogRecord) => (r.level === 'warn' || r.level === 'error' ? log(`${r.neuron}: ${r.msg}`) : undefined));

  const stops: (() => Promise<unknown>)[] = [];
  let stopped = false;
  const stopAll = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const skipped: { name: string; reason: string }[] = [];
    const kits = await loadKits(log, options.subnets, skipped);
    const node = await TensoriumNode.start({ preset: 'fast', sealing: { intervalMs: 250 }, archive: true, rpcPort: options.port ?? 9944, logger: silentLogger });
    stops.push(() => node.stop());
    log(`node: ${node.url} (fast preset, 250 ms blocks)`);
    const client = await createClient({ url: node.url });
    stops.push(() => client.disconnect());
    const clock = await BlockClock.start(client);
    stops.push(async () => clock.stop());

    const alice = Keypair.fromUri('//Alice');
    const subnets: LocalnetSubnet[] = [];
    const validatorsPerSubnet = options.validatorsPerSubnet ?? 2;
    for (const k of kits) {
      const keys = walletsFor(walletDir, k.name, validatorsPerSubnet);
      const setup = await bootstrapSubnet(client, {
        funder: alice,
        owner: { coldkey: keys.owner, hotkey: keys.ownerHot },
        // different stakes so the validators are distinguishable in the explorer
        validators: keys.validatorHot.map((hotkey, i) => ({ coldkey: keys.validatorCold, hotkey, stake: parseTao(String(1000 - 250 * Math.min(i, 3))) })),
        miners: keys.miners.map((m) => ({ coldkey: m.cold, hotkey: m.hot })),
        onStep: (s) => log(`${k.name}: ${s}`),
      });
      const weights: WeightsReport[] = [];
      const launched = await k.launch({
        client,
        netuid: setup.netuid,
        dir,
        validatorKeys: keys.validatorHot,
        minerKeys: keys.miners.map((m) => ({ behaviour: m.behaviour, hotkey: m.hot })),
        onWeights: (r) => weights.push(r),
        onNeuronLog,
      });
      stops.push(async () => {
        for (const s of [...launched.stops].reverse()) await s().catch(() => undefined);
      });
      const tempo = Number((await client.api.query.subtensorModule.tempo(setup.netuid)).toString());
      subnets.push({
        name: k.name,
        netuid: setup.netuid,
        tempo,
        weights,
        validators: keys.validatorHot.map((hk, i) => ({ wallet: 'validator', hotkey: hk.ss58Address, uid: setup.validatorUids[i] })),
        miners: keys.miners.map((m, i) => ({ wallet: `miner-${m.behaviour}`, hotkey: m.hot.ss58Address, uid: setup.minerUids[i], behaviour: m.behaviour, port: launched.minerPorts[i] })),
      });
      log(`${k.name}: subnet ${setup.netuid} running (${validatorsPerSubnet} validators, miners good/slow/wrong)`);
    }

    let explorerDist: string | undefined;
    if (options.explorer ?? true) {
      try {
        const ex = await import('@tensorium/explorer');
        if (!ex.explorerDistIsFresh()) log('building the explorer (once)…');
        explorerDist = await ex.buildExplorer();
      } catch (e) {
        log(`explorer not served: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const indexer: RunningIndexer = await startIndexer({ nodeUrl: node.url, database: join(dir, 'indexer.sqlite'), port: options.explorerPort ?? 3000, explorerDist });
    stops.splice(1, 0, () => indexer.close()); // closed after the neurons, before the node
    const indexerUrl = indexer.url.replace(/\/$/, '');

    const status = async (netuid: number): Promise<LocalnetStatus> => {
      const sn = subnets.find((s) => s.netuid === netuid);
      const mg = await syncMetagraph(client, { netuid });
      let top: LocalnetStatus['top'];
      for (const m of sn?.miners ?? []) {
        const inc = mg.incentive[m.uid] ?? 0;
        if (inc > 0 && (!top || inc > top.incentive)) top = { uid: m.uid, behaviour: m.behaviour, incentive: inc };
      }
      return { block: mg.block, netuid, subnet: sn?.name ?? String(netuid), top, weightsSet: sn?.weights.filter((w) => w.ok).length ?? 0 };
    };

    return { node, client, nodeUrl: node.url, indexerUrl, explorerUrl: explorerDist ? `${indexerUrl}/` : undefined, dir, walletDir, subnets, skipped, clock, status, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

// ---- the command

export interface RunLocalnetOptions extends LocalnetOptions {
  /** Stop after this many blocks (from the end of setup). */
  readonly blocks?: number;
  /** Stop after this many epochs of the first subnet. */
  readonly epochs?: number;
  /** JSON lines on stdout instead of text. */
  readonly json?: boolean;
  readonly write?: (line: string) => void;
}

/** Parse `--port N --explorer-port N --dir D --subnets a,b --validators N --blocks N --epochs N --json --no-explorer`. */
export function parseLocalnetArgs(argv: readonly string[]): RunLocalnetOptions {
  const o: { -readonly [K in keyof RunLocalnetOptions]: RunLocalnetOptions[K] } = {};
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} expects a non-negative integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port':
      case '--rpc-port': o.port = num(flag, value()); break;
      case '--explorer-port': o.explorerPort = num(flag, value()); break;
      case '--dir': o.dir = value(); break;
      case '--subnets': o.subnets = (value() ?? '').split(',').filter(Boolean); break;
      case '--validators': o.validatorsPerSubnet = num(flag, value()); break;
      case '--blocks': o.blocks = num(flag, value()); break;
      case '--epochs': o.epochs = num(flag, value()); break;
      case '--json': o.json = true; break;
      case '--no-explorer': o.explorer = false; break;
      default: throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  return o;
}

export const LOCALNET_USAGE = `usage: tensorium localnet up [--rpc-port 9944] [--explorer-port 3000] [--dir .localnet] [--subnets template,ocr,pretrain]
                            [--validators 2] [--blocks N | --epochs N] [--json] [--no-explorer]`;

const fmtTop = (s: LocalnetStatus): string => (s.top ? `top miner uid ${s.top.uid} (${s.top.behaviour ?? '?'}) incentive ${(s.top.incentive * 100).toFixed(1)}%` : 'no incentive yet');

/** What a running localnet records in `<dir>/localnet.json` for `tensorium localnet status|down`. */
export interface LocalnetState {
  readonly pid: number;
  readonly node: string;
  readonly explorer: string | null;
  readonly api: string;
  readonly dir: string;
  readonly wallets: string;
  readonly subnets: readonly { readonly name: string; readonly netuid: number }[];
  readonly startedAt: string;
}

export const localnetStatePath = (dir = '.localnet'): string => join(resolve(dir), 'localnet.json');

/** The recorded state of the localnet in `dir` when its process is still alive, else undefined. */
export function readLocalnetState(dir = '.localnet'): LocalnetState | undefined {
  const path = localnetStatePath(dir);
  if (!existsSync(path)) return undefined;
  let state: LocalnetState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as LocalnetState;
    process.kill(state.pid, 0); // throws when no such process
  } catch {
    return undefined;
  }
  return state;
}

/**
 * Start the localnet, print where everything is, a status line per subnet epoch, and stop on
 * SIGINT/SIGTERM or after `blocks`/`epochs`. Resolves with the exit code.
 */
export async function runLocalnet(opts: RunLocalnetOptions = {}): Promise<number> {
  const write = opts.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const emit = (event: string, data: Record<string, unknown>, text: string): void => write(opts.json ? JSON.stringify({ event, ...data }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) : text);
  const net = await startLocalnet({ ...opts, log: (line) => emit('log', { message: line }, `  ${line}`) });
  let resolveDone!: (reason: string) => void;
  const done = new Promise<string>((r) => (resolveDone = r));
  const onSignal = (): void => resolveDone('signal');
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const start = net.clock.block;
    emit(
      'ready',
      { block: start, node: net.nodeUrl, explorer: net.explorerUrl ?? null, api: `${net.indexerUrl}/api/v1`, dir: net.dir, wallets: net.walletDir, subnets: net.subnets.map((s) => ({ name: s.name, netuid: s.netuid, tempo: s.tempo, validators: s.validators, miners: s.miners })), skipped: net.skipped },
      [
        '',
        `Tensorium localnet is up at block #${start}`,
        `  node      ${net.nodeUrl}`,
        `  explorer  ${net.explorerUrl ?? '(not built)'}`,
        `  api       ${net.indexerUrl}/api/v1`,
        `  wallets   ${net.walletDir}   (e.g. tensorium --network ${net.nodeUrl} --wallet-path ${net.walletDir} --wallet-name validator wallet overview)`,
        ...net.subnets.map((s) => `  subnet ${s.netuid} ${s.name}: validators uid ${s.validators.map((v) => v.uid).join(',')}; miners ${s.miners.map((m) => `uid ${m.uid} ${m.behaviour} :${m.port}`).join(', ')}`),
        ...net.skipped.map((s) => `  (${s.name} skipped: ${s.reason})`),
        'Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
    const state: LocalnetState = { pid: process.pid, node: net.nodeUrl, explorer: net.explorerUrl ?? null, api: `${net.indexerUrl}/api/v1`, dir: net.dir, wallets: net.walletDir, subnets: net.subnets.map((s) => ({ name: s.name, netuid: s.netuid })), startedAt: new Date().toISOString() };
    writeFileSync(localnetStatePath(net.dir), JSON.stringify(state, null, 2));
    const first = net.subnets[0];
    const endBlock = opts.blocks !== undefined ? start + opts.blocks : opts.epochs !== undefined && first ? start + opts.epochs * (first.tempo + 1) : undefined;
    const lastStatus = new Map<number, number>(net.subnets.map((s) => [s.netuid, start]));
    let busy = false;
    const unsubscribe = net.clock.onBlock((block) => {
      if (endBlock !== undefined && block >= endBlock) resolveDone('limit');
      if (busy) return;
      const due = net.subnets.filter((s) => block - (lastStatus.get(s.netuid) ?? 0) >= s.tempo + 1);
      if (!due.length) return;
      busy = true;
      Promise.all(
        due.map(async (s) => {
          lastStatus.set(s.netuid, block);
          const st = await net.status(s.netuid);
          emit('status', { ...st, top: st.top ?? null }, `#${st.block} subnet ${st.netuid} ${st.subnet}: ${fmtTop(st)}; weights set ${st.weightsSet}×`);
        }),
      )
        .catch((e: unknown) => emit('log', { message: `status failed: ${(e as Error).message}` }, `  status failed: ${(e as Error).message}`))
        .finally(() => (busy = false));
    });
    const reason = await done;
    unsubscribe();
    const final = await Promise.all(net.subnets.map((s) => net.status(s.netuid)));
    emit('stopping', { reason, block: net.clock.block, subnets: final }, `\nstopping (${reason}) at block #${net.clock.block}`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(localnetStatePath(net.dir), { force: true });
    await net.stop();
    emit('stopped', {}, 'stopped.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(LOCALNET_USAGE);
  } else {
    // @polkadot/api prints "<date> RPC-CORE: … disconnected" lines when the node stops under it
    const error = console.error.bind(console);
    console.error = (...a: unknown[]) => {
      if (typeof a[0] === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(a[0]) && typeof a[1] === 'string' && /^[A-Z0-9/_-]+:$/.test(a[1])) return;
      error(...a);
    };
    try {
      process.exitCode = await runLocalnet(parseLocalnetArgs(argv));
    } catch (e) {
      console.error(`localnet failed: ${(e as Error).message}`);
      process.exitCode = 1;
    }
    // sockets of libraries that do not unref (polkadot's ws reconnect timers) must not keep us alive
    setTimeout(() => process.exit(), 500).unref();
  }
}
