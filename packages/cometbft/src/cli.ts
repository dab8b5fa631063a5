/**
 * `tensorium testnet --validators N [--full-nodes F] [--base-port P] [--dir D] [--block-ms MS] [--inline]`:
 * a local CometBFT network of Tensorium nodes on loopback, supervised until SIGINT/SIGTERM.
 * `tensorium-cometbft app …`: one Tensorium ABCI application (what each node runs next to CometBFT).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLogger, type Level } from '@tensorium/node/node/logger';
import { AppHost } from './host.js';
import { Testnet, TestnetError } from './testnet.js';

type Flags = Map<string, string | true>;

function parseFlags(argv: readonly string[], known: readonly string[], booleans: readonly string[] = []): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new TestnetError('BAD_ARGS', `unexpected argument ${a}`);
    const [name, inline] = a.slice(2).split('=', 2);
    if (!known.includes(name) && !booleans.includes(name)) throw new TestnetError('BAD_ARGS', `unknown option --${name}`, { known: [...known, ...booleans] });
    if (booleans.includes(name)) flags.set(name, true);
    else {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new TestnetError('BAD_ARGS', `--${name} needs a value`);
      flags.set(name, v);
    }
  }
  return flags;
}

function intFlag(flags: Flags, name: string, def: number, min: number, max: number): number {
  const v = flags.get(name);
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new TestnetError('BAD_ARGS', `--${name} must be an integer in ${min}..${max}`, { value: v });
  return n;
}

const TESTNET_USAGE = 'usage: tensorium testnet --validators N [--full-nodes F] [--base-port P] [--dir D] [--block-ms MS] [--inline] [--log-level info]';

/** `tensorium testnet …`; resolves with the exit code once stopped by SIGINT/SIGTERM. */
export async function testnetCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(TESTNET_USAGE);
    return 0;
  }
  let net: Testnet;
  const log = createLogger('info');
  // signals are handled from the start: a Ctrl-C while nodes start still stops every child
  let stopRequested: () => void = () => undefined;
  const stopped = new Promise<void>((r) => (stopRequested = r));
  const onSignal = (): void => stopRequested();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const flags = parseFlags(argv, ['validators', 'full-nodes', 'base-port', 'dir', 'block-ms', 'log-level'], ['inline']);
    const validators = intFlag(flags, 'validators', 4, 1, 64);
    const fullNodes = intFlag(flags, 'full-nodes', 0, 0, 64);
    const basePort = intFlag(flags, 'base-port', 26600, 1024, 65000);
    const dirFlag = flags.get('dir');
    const dir = typeof dirFlag === 'string' ? resolve(dirFlag) : mkdtempSync(join(tmpdir(), 'tensorium-testnet-'));
    const level = (flags.get('log-level') ?? 'warn') as Level;
    const inline = flags.get('inline') === true;
    net = await Testnet.start({
      validators,
      fullNodes,
      dir,
      basePort,
      timeoutCommitMs: intFlag(flags, 'block-ms', 1000, 10, 60_000),
      appMode: inline ? 'inline' : 'process',
      supervise: true,
      logger: log,
      appLogger: (i) => createLogger(level, undefined, { node: `node${i}` }),
    });
    console.log(`testnet of ${validators} validator(s)${fullNodes ? ` and ${fullNodes} full node(s)` : ''} in ${dir}`);
  } catch (e) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const err = e as Error & { code?: string };
    console.error(`testnet: ${err.code ? `[${err.code}] ` : ''}${err.message}`);
    if (err.code === 'BAD_ARGS') console.error(TESTNET_USAGE);
    return 1;
  }
  for (const ep of net.endpoints()) console.log(`${ep.name}: substrate rpc ${ep.ws} (${ep.http})  cometbft rpc ${ep.cometRpc}`);
  console.log('Ctrl-C stops every node');
  await stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  console.log('stopping…');
  await net.stop();
  return 0;
}

const APP_USAGE = 'usage: tensorium-cometbft app --base-path DIR --abci unix:///path.sock|tcp://host:port --comet-rpc http://127.0.0.1:26657 [--rpc-port 9944] [--rpc-host 127.0.0.1] [--name N] [--log-level info]';

/** One Tensorium ABCI app (runs until SIGINT/SIGTERM). */
export async function appCommand(argv: string[]): Promise<number> {
  let host: AppHost;
  try {
    const flags = parseFlags(argv, ['base-path', 'abci', 'comet-rpc', 'rpc-port', 'rpc-host', 'name', 'log-level']);
    const need = (n: string): string => {
      const v = flags.get(n);
      if (typeof v !== 'string') throw new TestnetError('BAD_ARGS', `--${n} is required`);
      return v;
    };
    const logger = createLogger((flags.get('log-level') ?? 'info') as Level);
    const rpcHost = flags.get('rpc-host');
    host = await AppHost.start({
      basePath: resolve(need('base-path')),
      abciAddress: need('abci'),
      cometRpc: need('comet-rpc'),
      rpcPort: intFlag(flags, 'rpc-port', 9944, 0, 65535),
      rpcHost: typeof rpcHost === 'string' ? rpcHost : undefined,
      name: typeof flags.get('name') === 'string' ? String(flags.get('name')) : undefined,
      logger,
      // exit so the supervisor (or systemd, …) restarts the app from its database
      onFatal: () => setTimeout(() => process.exit(1), 100),
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    console.error(`app: ${err.code ? `[${err.code}] ` : ''}${err.message}`);
    if (err.code === 'BAD_ARGS') console.error(APP_USAGE);
    return 1;
  }
  await new Promise<void>((r) => {
    process.once('SIGINT', r);
    process.once('SIGTERM', r);
    // started by a supervisor: stop when it is gone (it may have been killed without cleaning up)
    const parent = Number(process.env.TENSORIUM_SUPERVISOR_PID);
    if (parent > 0) setInterval(() => process.ppid !== parent && r(), 1000).unref();
  });
  await host.stop();
  return 0;
}
