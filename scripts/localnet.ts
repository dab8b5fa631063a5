/**
 * `npm start` / `tensorium localnet up`: a whole local network in one command.
 *
 *  1. a dev node (fast preset: tempo 10, 250 ms blocks, archive state) on ws://127.0.0.1:9944, in
 *     this process;
 *  2. wallets in `<dir>/wallets` (unencrypted, derived from `//Localnet//<wallet>[//<hotkey>]` so
 *     reruns give the same addresses): `owner`, `validator`, `miner-good`, `miner-slow`, `miner-wrong`
 *     and those the scenario names;
 *  3. the subnets of the scenario (default: the template, OCR and pretraining subnets, two staked
 *     validators and miners of three qualities — good, slow, wrong — each), registered, started,
 *     with the scenario's extra wallets funded and its stakes placed;
 *  4. every miner and validator as its own supervised process (scripts/localnet/neuron.ts; logs in
 *     `<dir>/logs/<subnet>-<neuron>.log`; restarted when it dies; stopped on Ctrl-C);
 *  5. the indexer (SQLite in `<dir>`) serving the built explorer;
 *  6. a status line per subnet epoch (top-incentive miner), until Ctrl-C, `--blocks N` or `--epochs N`.
 *
 * `startLocalnet()` is the library form (tests run it with ports 0); `runLocalnet()` the command.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { startIndexer, type RunningIndexer } from '@tensorium/indexer';
import { BlockClock, Keypair, Wallet, addStake, bootstrapSubnet, createClient, syncMetagraph, transfer, type TensoriumClient, type WeightsReport } from '@tensorium/sdk';
import { loadKits, type MinerBehaviour } from './localnet/kits.js';
import type { NeuronSpec } from './localnet/neuron.js';
import { defaultScenario, loadScenario, type Scenario } from './localnet/scenario.js';
import { Supervisor, type ChildEvent, type SupervisedStatus } from './localnet/supervisor.js';

export { MINER_BEHAVIOURS, type MinerBehaviour } from './localnet/kits.js';
export { defaultScenario, loadScenario, parseScenario, ScenarioError, type Scenario } from './localnet/scenario.js';

const NEURON_SCRIPT = fileURLToPath(new URL('./localnet/neuron.ts', import.meta.url));
const REPO_ROOT = dirname(dirname(NEURON_SCRIPT));

export interface LocalnetOptions {
  /** Node RPC port (default 9944; 0 = any free port). */
  readonly port?: number;
  /** Indexer/explorer HTTP port (default 3000; 0 = any free port). */
  readonly explorerPort?: number;
  /** Wallets, indexer database, neuron state and logs (default ./.localnet). */
  readonly dir?: string;
  /** What runs (default: `defaultScenario(validatorsPerSubnet)`). */
  readonly scenario?: Scenario;
  /** Only these subnets of the scenario (by name). */
  readonly subnets?: readonly string[];
  /** Validators per subnet of the default scenario (default 2). */
  readonly validatorsPerSubnet?: number;
  /** Serve the explorer (building it when stale; default true). */
  readonly explorer?: boolean;
  /** Progress lines (setup steps, skipped subnets, neuron warnings and restarts). */
  readonly log?: (line: string) => void;
}

export interface LocalnetNeuron {
  readonly wallet: string;
  readonly hotkey: string;
  readonly uid: number;
  /** The supervised process (`<subnet>/<neuron>`), its log in `<dir>/logs`. */
  readonly process: string;
}

export interface LocalnetSubnet {
  readonly name: string;
  readonly kit: string;
  readonly netuid: number;
  readonly tempo: number;
  readonly owner: { readonly wallet: string; readonly hotkey: string; readonly uid: number | undefined };
  readonly validators: readonly LocalnetNeuron[];
  readonly miners: readonly (LocalnetNeuron & { readonly behaviour: MinerBehaviour; readonly port: number })[];
  /** Every weights submission by this subnet's validators (reported by their processes). */
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
  readonly logDir: string;
  readonly subnets: readonly LocalnetSubnet[];
  /** Skipped subnets and why. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  readonly clock: BlockClock;
  /** The neuron processes. */
  readonly supervisor: Supervisor;
  /** Reports of the neuron processes (`ready`, `weights`) as they arrive; returns an unsubscribe. */
  onNeuronEvent(fn: (process: string, event: ChildEvent) => void): () => void;
  /** Current status of one subnet (a lite metagraph sync). */
  status(netuid: number): Promise<LocalnetStatus>;
  /** Stop neurons, indexer and node (idempotent). */
  stop(): Promise<void>;
}

// ---- wallets

/** Deterministic localnet keys, written as unencrypted wallets usable by `tensorium --wallet-path`. */
class LocalnetWallets {
  constructor(readonly dir: string) {}

  private static uri(wallet: string, hotkey?: string): string {
    return `//Localnet//${wallet}${hotkey ? `//${hotkey}` : ''}`;
  }

  coldkey(name: string): Keypair {
    const w = new Wallet({ path: this.dir, name });
    const kp = Keypair.fromUri(LocalnetWallets.uri(name));
    if (!w.exists()) w.setColdkey(kp);
    else if (w.getColdkeypub().ss58Address !== kp.ss58Address) {
      // never overwrite a key someone put there: it may hold the only copy
      throw new Error(`wallet "${name}" in ${this.dir} holds another coldkey than the localnet's; pass another --dir or remove that wallet`);
    }
    return kp;
  }

  hotkey(wallet: string, hotkey: string): Keypair {
    this.coldkey(wallet);
    const kp = Keypair.fromUri(LocalnetWallets.uri(wallet, hotkey));
    new Wallet({ path: this.dir, name: wallet }).regenerateHotkey({ keypair: kp }, { hotkey, overwrite: true });
    return kp;
  }
}

// ---- the network

/** The scenario to run: the given one or the default, narrowed to `subnets` when named. */
function resolveScenario(options: LocalnetOptions): Scenario {
  const base = options.scenario ?? defaultScenario(options.validatorsPerSubnet ?? 2);
  if (!options.subnets) return base;
  const names = base.subnets.map((s) => s.name);
  for (const n of options.subnets) if (!names.includes(n)) throw new Error(`unknown subnet "${n}" (the scenario has ${names.join(', ')})`);
  const subnets = base.subnets.filter((s) => options.subnets!.includes(s.name));
  return { ...base, subnets, stakes: base.stakes.filter((st) => options.subnets!.includes(st.subnet)) };
}

export async function startLocalnet(options: LocalnetOptions = {}): Promise<Localnet> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(options.dir ?? '.localnet');
  const scenario = resolveScenario(options);
  // the chain is new every run: so must be what followed the old one (wallets are kept: same keys anyway)
  for (const stale of ['indexer.sqlite', 'indexer.sqlite-wal', 'indexer.sqlite-shm', 'neurons', 'logs']) rmSync(join(dir, stale), { recursive: true, force: true });
  const walletDir = join(dir, 'wallets');
  const logDir = join(dir, 'logs');
  mkdirSync(walletDir, { recursive: true });
  const wallets = new LocalnetWallets(walletDir);

  const stops: (() => Promise<unknown>)[] = [];
  let stopped = false;
  const stopAll = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  const eventListeners = new Set<(process: string, event: ChildEvent) => void>();
  const weightsOf = new Map<string, WeightsReport[]>(); // subnet name -> reports
  const supervisor = new Supervisor({
    logDir,
    notice: (line) => log(line),
    onLog: (name, r) => (r.level === 'warn' || r.level === 'error' ? log(`${name}: ${String(r.msg)}`) : undefined),
    onEvent: (name, ev) => {
      if (ev.event === 'weights') weightsOf.get(name.split('/')[0])?.push(ev as unknown as WeightsReport);
      for (const fn of eventListeners) fn(name, ev);
    },
  });
  try {
    const skipped: { name: string; reason: string }[] = [];
    const kits = await loadKits([...new Set(scenario.subnets.map((s) => s.kit))], skipped, log);
    const runnable = scenario.subnets.filter((s) => kits.some((k) => k.name === s.kit));
    for (const s of scenario.subnets) if (!runnable.includes(s) && s.name !== s.kit) skipped.push({ name: s.name, reason: `its kit ${s.kit} cannot run here` });
    const node = await TensoriumNode.start({ preset: 'fast', sealing: { intervalMs: 250 }, archive: true, rpcPort: options.port ?? 9944, logger: silentLogger });
    stops.push(() => node.stop());
    log(`node: ${node.url} (fast preset, 250 ms blocks)`);
    const client = await createClient({ url: node.url });
    stops.push(() => client.disconnect());
    const clock = await BlockClock.start(client);
    stops.push(async () => clock.stop());
    stops.push(() => supervisor.stopAll()); // neurons stop first

    const alice = Keypair.fromUri('//Alice');
    // chain setup, subnet by subnet (one funder: its nonces are sequential)
    const setups: { name: string; kit: string; netuid: number; tempo: number; ownerUid: number | undefined; validatorUids: number[]; minerUids: number[] }[] = [];
    for (const sn of runnable) {
      const ownerHot = wallets.hotkey('owner', sn.name);
      const setup = await bootstrapSubnet(client, {
        funder: alice,
        owner: { coldkey: wallets.coldkey('owner'), hotkey: ownerHot },
        validators: sn.validators.map((v) => ({ coldkey: wallets.coldkey(v.wallet), hotkey: wallets.hotkey(v.wallet, v.hotkey), stake: v.stake })),
        miners: sn.miners.map((m) => ({ coldkey: wallets.coldkey(m.wallet), hotkey: wallets.hotkey(m.wallet, m.hotkey) })),
        hyperparameters: sn.hyperparameters,
        onStep: (s) => log(`${sn.name}: ${s}`),
      });
      const tempo = Number((await client.api.query.subtensorModule.tempo(setup.netuid)).toString());
      const ownerUid = (await client.api.query.subtensorModule.uids(setup.netuid, ownerHot.ss58Address)).toJSON() as number | null;
      setups.push({ name: sn.name, kit: sn.kit, netuid: setup.netuid, tempo, ownerUid: ownerUid ?? undefined, validatorUids: setup.validatorUids, minerUids: setup.minerUids });
      weightsOf.set(sn.name, []);
    }
    if (scenario.wallets.length) {
      log(`funding ${scenario.wallets.map((w) => w.name).join(', ')}`);
      for (const w of scenario.wallets) await transfer(client, { signer: alice, dest: wallets.coldkey(w.name).ss58Address, amount: w.balance });
    }
    for (const st of scenario.stakes) {
      const sn = runnable.find((s) => s.name === st.subnet);
      const setup = setups.find((s) => s.name === st.subnet);
      if (!sn || !setup) continue;
      const v = sn.validators[st.validator];
      log(`${st.wallet} stakes to ${sn.name} validator ${st.validator}`);
      await addStake(client, { signer: wallets.coldkey(st.wallet), hotkey: wallets.hotkey(v.wallet, v.hotkey).ss58Address, netuid: setup.netuid, amount: st.amount });
    }

    // the neurons, each its own process; subnets in parallel, a subnet's miners in order (the
    // first commitment wins on commitment-based subnets), then its validators
    const tsxImport = import.meta.resolve('tsx');
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT; // a neuron is not a test file even when a test starts the localnet
    const launch = async (spec: NeuronSpec): Promise<ChildEvent> => {
      mkdirSync(spec.stateDir, { recursive: true });
      const specPath = join(spec.stateDir, 'spec.json');
      writeFileSync(specPath, JSON.stringify(spec, null, 2));
      return supervisor.start({ name: spec.name, command: process.execPath, args: ['--import', tsxImport, NEURON_SCRIPT, specPath], cwd: REPO_ROOT, env, readyTimeoutMs: 300_000 });
    };
    const subnets: LocalnetSubnet[] = await Promise.all(
      runnable.map(async (sn, i) => {
        const setup = setups[i];
        const base = { kit: sn.kit, nodeUrl: node.url, netuid: setup.netuid, walletPath: walletDir, shareDir: join(dir, 'neurons', sn.name, 'shared') } as const;
        const miners: (LocalnetNeuron & { behaviour: MinerBehaviour; port: number })[] = [];
        for (const [j, m] of sn.miners.entries()) {
          const name = `${sn.name}/miner-${m.behaviour}${sn.miners.filter((x) => x.behaviour === m.behaviour).length > 1 ? `-${sn.miners.slice(0, j).filter((x) => x.behaviour === m.behaviour).length}` : ''}`;
          const ready = await launch({ ...base, name, role: 'miner', behaviour: m.behaviour, wallet: m.wallet, hotkey: m.hotkey, stateDir: join(dir, 'neurons', name) });
          miners.push({ wallet: m.wallet, hotkey: wallets.hotkey(m.wallet, m.hotkey).ss58Address, uid: setup.minerUids[j], behaviour: m.behaviour, port: Number(ready.port), process: name });
        }
        const validators = await Promise.all(
          sn.validators.map(async (v, j) => {
            const name = `${sn.name}/validator-${j}`;
            await launch({ ...base, name, role: 'validator', wallet: v.wallet, hotkey: v.hotkey, stateDir: join(dir, 'neurons', name) });
            return { wallet: v.wallet, hotkey: wallets.hotkey(v.wallet, v.hotkey).ss58Address, uid: setup.validatorUids[j], process: name };
          }),
        );
        log(`${sn.name}: subnet ${setup.netuid} running (${validators.length} validators, miners ${sn.miners.map((m) => m.behaviour).join('/')})`);
        return { name: sn.name, kit: sn.kit, netuid: setup.netuid, tempo: setup.tempo, owner: { wallet: 'owner', hotkey: wallets.hotkey('owner', sn.name).ss58Address, uid: setup.ownerUid }, validators, miners, weights: weightsOf.get(sn.name)! };
      }),
    );

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
    const onNeuronEvent = (fn: (process: string, event: ChildEvent) => void): (() => void) => {
      eventListeners.add(fn);
      return () => eventListeners.delete(fn);
    };

    return { node, client, nodeUrl: node.url, indexerUrl, explorerUrl: explorerDist ? `${indexerUrl}/` : undefined, dir, walletDir, logDir, subnets, skipped, clock, supervisor, onNeuronEvent, status, stop: stopAll };
  } catch (e) {
    await supervisor.stopAll().catch(() => undefined);
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

/** Parse `--port N --explorer-port N --dir D --scenario F --subnets a,b --validators N --blocks N --epochs N --json --no-explorer`. */
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
      case '--scenario': {
        const path = value();
        if (!path) throw new Error('--scenario expects a file');
        o.scenario = loadScenario(path);
        break;
      }
      case '--subnets': o.subnets = (value() ?? '').split(',').filter(Boolean); break;
      case '--validators': o.validatorsPerSubnet = num(flag, value()); break;
      case '--blocks': o.blocks = num(flag, value()); break;
      case '--epochs': o.epochs = num(flag, value()); break;
      case '--json': o.json = true; break;
      case '--no-explorer': o.explorer = false; break;
      default: throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  if (o.scenario && o.validatorsPerSubnet !== undefined) throw new Error('--validators applies to the default scenario; set the validators in the scenario file');
  return o;
}

export const LOCALNET_USAGE = `usage: tensorium localnet up [--rpc-port 9944] [--explorer-port 3000] [--dir .localnet] [--scenario file.json]
                            [--subnets template,ocr,pretrain] [--validators 2] [--blocks N | --epochs N] [--json] [--no-explorer]`;

const fmtTop = (s: LocalnetStatus): string => (s.top ? `top miner uid ${s.top.uid} (${s.top.behaviour ?? '?'}) incentive ${(s.top.incentive * 100).toFixed(1)}%` : 'no incentive yet');

/** What a running localnet records in `<dir>/localnet.json` for `tensorium localnet status|down`. */
export interface LocalnetState {
  readonly pid: number;
  readonly node: string;
  readonly explorer: string | null;
  readonly api: string;
  readonly dir: string;
  readonly wallets: string;
  readonly logs: string;
  readonly subnets: readonly { readonly name: string; readonly netuid: number }[];
  /** The neuron processes when the localnet started (`tensorium localnet status` shows them live). */
  readonly processes: readonly SupervisedStatus[];
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
      { block: start, node: net.nodeUrl, explorer: net.explorerUrl ?? null, api: `${net.indexerUrl}/api/v1`, dir: net.dir, wallets: net.walletDir, logs: net.logDir, subnets: net.subnets.map((s) => ({ name: s.name, kit: s.kit, netuid: s.netuid, tempo: s.tempo, owner: s.owner, validators: s.validators, miners: s.miners })), skipped: net.skipped },
      [
        '',
        `Tensorium localnet is up at block #${start}`,
        `  node      ${net.nodeUrl}`,
        `  explorer  ${net.explorerUrl ?? '(not built)'}`,
        `  api       ${net.indexerUrl}/api/v1`,
        `  wallets   ${net.walletDir}   (e.g. tensorium --network ${net.nodeUrl} --wallet-path ${net.walletDir} --wallet-name validator wallet overview)`,
        `  logs      ${net.logDir}   (one file per miner and validator process)`,
        ...net.subnets.map((s) => `  subnet ${s.netuid} ${s.name}: validators uid ${s.validators.map((v) => v.uid).join(',')}; miners ${s.miners.map((m) => `uid ${m.uid} ${m.behaviour} :${m.port}`).join(', ')}`),
        ...net.skipped.map((s) => `  (${s.name} skipped: ${s.reason})`),
        'Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
    const state: LocalnetState = { pid: process.pid, node: net.nodeUrl, explorer: net.explorerUrl ?? null, api: `${net.indexerUrl}/api/v1`, dir: net.dir, wallets: net.walletDir, logs: net.logDir, subnets: net.subnets.map((s) => ({ name: s.name, netuid: s.netuid })), processes: net.supervisor.status(), startedAt: new Date().toISOString() };
    writeFileSync(localnetStatePath(net.dir), JSON.stringify(state, null, 2));
    // a restarted neuron has a new pid: keep the recorded state current for `tensorium localnet status`
    const offReady = net.onNeuronEvent((_p, ev) => {
      if (ev.event === 'ready') writeFileSync(localnetStatePath(net.dir), JSON.stringify({ ...state, processes: net.supervisor.status() }, null, 2));
    });
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
    offReady();
    const final = await Promise.all(net.subnets.map((s) => net.status(s.netuid)));
    emit('stopping', { reason, block: net.clock.block, subnets: final }, `\nstopping (${reason}) at block #${net.clock.block}`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(localnetStatePath(net.dir), { force: true });
    // @polkadot/api prints "<date>   RPC-CORE: … disconnected" lines when the node stops under it
    const error = console.error;
    console.error = (...a: unknown[]) => {
      if (typeof a[0] === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(a[0]) && typeof a[1] === 'string' && /^\s*[A-Z0-9/_-]+:$/.test(a[1])) return;
      error(...a);
    };
    try {
      await net.stop();
    } finally {
      console.error = error;
    }
    emit('stopped', {}, 'stopped.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(LOCALNET_USAGE);
  } else {
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
