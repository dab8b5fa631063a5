/**
 * A local CometBFT network of Tensorium nodes on loopback: configs and keys (`cometbft testnet`,
 * then each config.toml patched for its ports, peers and timeouts), a CometBFT process per node and
 * its Tensorium application (in this process, or a child process per app), supervision.
 *
 * Ports of node i from the base port P: P+10i p2p, P+10i+1 CometBFT RPC, P+10i+2 Substrate JSON-RPC
 * (the ABCI connection is a unix socket in the node's directory).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@tensorium/node/node/logger';
import { AppHost } from './host.js';

export const COMETBFT_VERSION = '0.38.17';

/** Children still running: killed when this process exits, so none outlives it. */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of liveChildren) c.kill('SIGKILL');
    });
  }
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

export class TestnetError extends Error {
  constructor(
    readonly code: 'COMETBFT_MISSING' | 'COMETBFT_VERSION' | 'INIT_FAILED' | 'NOT_READY' | 'BAD_ARGS',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'TestnetError';
  }
}

/** The cometbft binary at the pinned version: $COMETBFT_BIN, $(go env GOPATH)/bin or ~/go/bin, then PATH. */
export function findCometbft(): string {
  const candidates = [process.env.COMETBFT_BIN, process.env.GOPATH ? join(process.env.GOPATH, 'bin', 'cometbft') : undefined, join(homedir(), 'go', 'bin', 'cometbft'), 'cometbft'].filter((c): c is string => !!c);
  const seen: string[] = [];
  for (const bin of candidates) {
    let version: string;
    try {
      version = execFileSync(bin, ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      continue;
    }
    if (version === COMETBFT_VERSION) return bin;
    seen.push(`${bin} is ${version}`);
  }
  if (seen.length) throw new TestnetError('COMETBFT_VERSION', `CometBFT ${COMETBFT_VERSION} is required (${seen.join('; ')}): run scripts/install-cometbft.sh`, { seen });
  throw new TestnetError('COMETBFT_MISSING', `cometbft ${COMETBFT_VERSION} not found (looked at ${candidates.join(', ')}): run scripts/install-cometbft.sh or set COMETBFT_BIN`, { candidates });
}

export interface TestnetOptions {
  readonly validators: number;
  /** Non-validating full nodes. */
  readonly fullNodes?: number;
  readonly dir: string;
  readonly basePort: number;
  /** CometBFT's timeout_commit (block time once a block is committed). Default 1000. */
  readonly timeoutCommitMs?: number;
  /** CometBFT's timeout_propose (how long a round waits for a missing proposer). Default 1000. */
  readonly timeoutProposeMs?: number;
  readonly chainId?: string;
  readonly cometLogLevel?: string;
}

export interface NodeLayout {
  readonly index: number;
  readonly name: string;
  readonly validator: boolean;
  /** CometBFT home (config/, data/). */
  readonly home: string;
  /** The Tensorium chain database. */
  readonly basePath: string;
  readonly nodeId: string;
  readonly p2pPort: number;
  readonly cometRpcPort: number;
  readonly rpcPort: number;
  readonly abciAddress: string;
}

export function layoutOf(opts: TestnetOptions, index: number): NodeLayout {
  const name = `node${index}`;
  const home = join(opts.dir, name);
  const port = opts.basePort + 10 * index;
  const keyFile = join(home, 'config', 'node_key.json');
  return {
    index,
    name,
    validator: index < opts.validators,
    home,
    basePath: join(home, 'tensorium'),
    nodeId: existsSync(keyFile) ? nodeIdOf(keyFile) : '',
    p2pPort: port,
    cometRpcPort: port + 1,
    rpcPort: port + 2,
    abciAddress: `unix://${join(home, 'app.sock')}`,
  };
}

/** CometBFT's node id: the first 20 bytes of sha256 of the node key's ed25519 public key, hex. */
export function nodeIdOf(nodeKeyFile: string): string {
  const key = JSON.parse(readFileSync(nodeKeyFile, 'utf8')) as { priv_key: { value: string } };
  const pub = Buffer.from(key.priv_key.value, 'base64').subarray(32);
  return createHash('sha256').update(pub).digest().subarray(0, 20).toString('hex');
}

/** Sets `key = value` in a section of a TOML file's text (keys CometBFT writes; the key must exist). */
export function setToml(text: string, section: string, key: string, value: string | number | boolean): string {
  const lines = text.split('\n');
  let current = '';
  const rendered = typeof value === 'string' ? JSON.stringify(value) : String(value);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
    if (m) current = m[1];
    else if (current === section && new RegExp(`^\\s*${key}\\s*=`).test(lines[i])) {
      lines[i] = `${key} = ${rendered}`;
      return lines.join('\n');
    }
  }
  throw new TestnetError('INIT_FAILED', `config.toml has no ${section}.${key}`, { section, key });
}

/**
 * Writes keys, genesis and configs for every node (`cometbft testnet`), patched for loopback:
 * ports, persistent peers by node id, non-strict address book, timeouts, ABCI unix socket.
 * An existing testnet directory is reused as it is.
 */
export function initTestnet(opts: TestnetOptions, bin = findCometbft()): NodeLayout[] {
  const total = opts.validators + (opts.fullNodes ?? 0);
  if (!Number.isInteger(opts.validators) || opts.validators < 1) throw new TestnetError('BAD_ARGS', 'at least one validator is needed', { validators: opts.validators });
  if (!existsSync(join(opts.dir, 'node0', 'config', 'genesis.json'))) {
    mkdirSync(opts.dir, { recursive: true });
    try {
      execFileSync(bin, ['testnet', '--v', String(opts.validators), '--n', String(opts.fullNodes ?? 0), '--o', opts.dir, '--populate-persistent-peers=false'], { stdio: 'pipe' });
    } catch (e) {
      throw new TestnetError('INIT_FAILED', `cometbft testnet failed: ${(e as { stderr?: Buffer }).stderr?.toString() ?? (e as Error).message}`);
    }
    const layouts = Array.from({ length: total }, (_, i) => layoutOf(opts, i));
    const chainId = opts.chainId ?? 'tensorium-local';
    for (const l of layouts) {
      const genesisFile = join(l.home, 'config', 'genesis.json');
      const genesis = JSON.parse(readFileSync(genesisFile, 'utf8')) as Record<string, unknown>;
      genesis.chain_id = chainId;
      // a fixed genesis time: the same genesis file (and hash) whatever machine writes it
      genesis.genesis_time = '2024-01-01T00:00:00Z';
      writeFileSync(genesisFile, JSON.stringify(genesis, null, 2));
      const cfgFile = join(l.home, 'config', 'config.toml');
      let cfg = readFileSync(cfgFile, 'utf8');
      const peers = layouts.filter((p) => p.index !== l.index).map((p) => `${p.nodeId}@127.0.0.1:${p.p2pPort}`).join(',');
      const set = (section: string, key: string, value: string | number | boolean): void => {
        cfg = setToml(cfg, section, key, value);
      };
      set('', 'moniker', l.name);
      set('', 'proxy_app', l.abciAddress);
      set('', 'log_level', opts.cometLogLevel ?? 'state:info,*:error');
      set('rpc', 'laddr', `tcp://127.0.0.1:${l.cometRpcPort}`);
      set('p2p', 'laddr', `tcp://127.0.0.1:${l.p2pPort}`);
      set('p2p', 'persistent_peers', peers);
      set('p2p', 'addr_book_strict', false);
      set('p2p', 'allow_duplicate_ip', true);
      set('p2p', 'flush_throttle_timeout', '10ms');
      set('consensus', 'timeout_commit', `${opts.timeoutCommitMs ?? 1000}ms`);
      set('consensus', 'timeout_propose', `${opts.timeoutProposeMs ?? 1000}ms`);
      set('consensus', 'peer_gossip_sleep_duration', '20ms');
      set('tx_index', 'indexer', 'null');
      writeFileSync(cfgFile, cfg);
    }
  }
  return Array.from({ length: total }, (_, i) => layoutOf(opts, i));
}

/** A CometBFT process; its output goes to `<home>/cometbft.log`. */
export class CometProcess {
  private child: ChildProcess | undefined;
  private exitWaiters: ((code: number | null) => void)[] = [];
  lastExit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(
    readonly bin: string,
    readonly layout: NodeLayout,
    private readonly onUnexpectedExit?: (p: CometProcess) => void,
  ) {}

  get running(): boolean {
    return this.child !== undefined;
  }

  get logFile(): string {
    return join(this.layout.home, 'cometbft.log');
  }

  start(): void {
    if (this.child) return;
    const fd = openSync(this.logFile, 'a');
    const child = spawn(this.bin, ['start', '--home', this.layout.home], { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    track(child);
    this.child = child;
    let expected = false;
    child.once('exit', (code, signal) => {
      this.child = undefined;
      this.lastExit = { code, signal };
      for (const w of this.exitWaiters.splice(0)) w(code);
      expected = this.stopping;
      this.stopping = false;
      if (!expected) this.onUnexpectedExit?.(this);
    });
  }

  private stopping = false;

  /** Stops the process (SIGTERM, or SIGKILL for a crash) and waits for it to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.stopping = true;
    const exited = new Promise<number | null>((r) => this.exitWaiters.push(r));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Resolves when the process exits (at once if it is not running). */
  waitExit(): Promise<number | null> {
    if (!this.child) return Promise.resolve(this.lastExit?.code ?? null);
    return new Promise((r) => this.exitWaiters.push(r));
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }
}

/** A Tensorium app run as a child process (`main.ts app …`), output to `<home>/app.log`. */
export class AppProcess {
  private child: ChildProcess | undefined;
  private stopping = false;

  constructor(
    readonly layout: NodeLayout,
    private readonly onUnexpectedExit?: (p: AppProcess) => void,
  ) {}

  get running(): boolean {
    return this.child !== undefined;
  }

  async start(): Promise<void> {
    if (this.child) return;
    const fd = openSync(join(this.layout.home, 'app.log'), 'a');
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const args = ['--import', import.meta.resolve('tsx'), main, 'app', '--base-path', this.layout.basePath, '--abci', this.layout.abciAddress, '--comet-rpc', `http://127.0.0.1:${this.layout.cometRpcPort}`, '--rpc-port', String(this.layout.rpcPort), '--name', this.layout.name];
    const child = spawn(process.execPath, args, { stdio: ['ignore', fd, fd], env: { ...process.env, TENSORIUM_SUPERVISOR_PID: String(process.pid) } });
    closeSync(fd);
    track(child);
    this.child = child;
    child.once('exit', () => {
      this.child = undefined;
      const expected = this.stopping;
      this.stopping = false;
      if (!expected) this.onUnexpectedExit?.(this);
    });
    // ready when the ABCI socket accepts connections
    const path = this.layout.abciAddress.slice('unix://'.length);
    await waitFor(async () => this.child !== undefined && existsSync(path) && (await canConnect(path)), 60_000, `app ${this.layout.name} did not open its ABCI socket (see ${join(this.layout.home, 'app.log')})`);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.stopping = true;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function canConnect(path: string): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const s = connect(path, () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, message: string, intervalMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new TestnetError('NOT_READY', message, { timeoutMs });
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** CometBFT's /status: latest height and app hash (undefined while the RPC is down). */
export async function cometStatus(port: number): Promise<{ height: number; appHash: string; catchingUp: boolean } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2_000) });
    const body = (await res.json()) as { result: { sync_info: { latest_block_height: string; latest_app_hash: string; catching_up: boolean } } };
    const s = body.result.sync_info;
    return { height: Number(s.latest_block_height), appHash: s.latest_app_hash, catchingUp: s.catching_up };
  } catch {
    return undefined;
  }
}

export type AppMode = 'inline' | 'process';

export interface TestnetNode {
  readonly layout: NodeLayout;
  readonly comet: CometProcess;
  /** The app when it runs in this process. */
  host: AppHost | undefined;
  /** The app when it runs as a child process. */
  readonly appProcess: AppProcess | undefined;
}

export interface StartOptions extends TestnetOptions {
  readonly appMode?: AppMode;
  /** Restart a CometBFT or app process that exits on its own (default false). */
  readonly supervise?: boolean;
  readonly logger: Logger;
  /** Logger of node i's app (inline mode); default `logger`. */
  readonly appLogger?: (i: number) => Logger;
}

export class Testnet {
  private stopped = false;
  private readonly crashes = new Map<string, number[]>();

  private constructor(
    readonly opts: StartOptions,
    readonly bin: string,
    readonly nodes: TestnetNode[],
  ) {}

  static async start(opts: StartOptions): Promise<Testnet> {
    const bin = findCometbft();
    const layouts = initTestnet(opts, bin);
    const nodes: TestnetNode[] = [];
    let net: Testnet | undefined;
    const restart = (what: string, fn: () => Promise<void> | void): void => {
      if (!net || net.stopped || !opts.supervise) return;
      const now = Date.now();
      const recent = (net.crashes.get(what) ?? []).filter((t) => now - t < 60_000);
      recent.push(now);
      net.crashes.set(what, recent);
      if (recent.length > 5) {
        opts.logger.error({ process: what }, 'crashed more than 5 times in a minute: not restarting');
        return;
      }
      opts.logger.warn({ process: what, restartInMs: 1000 }, 'process exited: restarting');
      setTimeout(() => {
        if (!net?.stopped) Promise.resolve(fn()).catch((e: Error) => opts.logger.error({ process: what, err: e.message }, 'restart failed'));
      }, 1000).unref();
    };
    for (const layout of layouts) {
      const comet = new CometProcess(bin, layout, (p) => restart(`${layout.name}/cometbft`, () => p.start()));
      const appProcess = opts.appMode === 'process' ? new AppProcess(layout, (p) => restart(`${layout.name}/app`, () => p.start())) : undefined;
      nodes.push({ layout, comet, host: undefined, appProcess });
    }
    net = new Testnet(opts, bin, nodes);
    try {
      for (let i = 0; i < nodes.length; i++) await net.startNode(i);
    } catch (e) {
      await net.stop();
      throw e;
    }
    return net;
  }

  /** Starts node i's app and CometBFT and waits for its CometBFT RPC. */
  async startNode(i: number): Promise<void> {
    const n = this.nodes[i];
    if (n.appProcess) await n.appProcess.start();
    else if (!n.host) {
      n.host = await AppHost.start({
        basePath: n.layout.basePath,
        abciAddress: n.layout.abciAddress,
        cometRpc: `http://127.0.0.1:${n.layout.cometRpcPort}`,
        rpcPort: n.layout.rpcPort,
        name: n.layout.name,
        logger: this.opts.appLogger?.(i) ?? this.opts.logger,
      });
    }
    n.comet.start();
    await waitFor(async () => (await cometStatus(n.layout.cometRpcPort)) !== undefined || !n.comet.running, 30_000, `CometBFT of ${n.layout.name} did not answer (see ${n.comet.logFile})`);
  }

  /** Stops node i: CometBFT (SIGKILL when `crash`) and its app. */
  async stopNode(i: number, crash = false): Promise<void> {
    const n = this.nodes[i];
    await n.comet.stop(crash ? 'SIGKILL' : 'SIGTERM');
    if (n.appProcess) await n.appProcess.stop(crash ? 'SIGKILL' : 'SIGTERM');
    if (n.host) {
      await n.host.stop();
      n.host = undefined;
    }
  }

  /** Substrate JSON-RPC endpoints. */
  endpoints(): { name: string; ws: string; http: string; cometRpc: string }[] {
    return this.nodes.map((n) => ({ name: n.layout.name, ws: `ws://127.0.0.1:${n.layout.rpcPort}`, http: `http://127.0.0.1:${n.layout.rpcPort}`, cometRpc: `http://127.0.0.1:${n.layout.cometRpcPort}` }));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.nodes.map((_, i) => this.stopNode(i).catch(() => undefined)));
  }
}
