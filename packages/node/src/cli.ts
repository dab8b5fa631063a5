/**
 * `tensorium node [--dev] [--tmp] [--base-path DIR] [--rpc-port N] [--rpc-cors all|ORIGIN]
 *  [--sealing instant|manual|MS] [--preset fast|mainnet] [--name NAME] [--log-level LEVEL]`
 */
import { getPreset } from '@tensorium/params';
import { loadGenesisConfig } from './chain/genesisConfig.js';
import { TensoriumNode } from './node/node.js';
import { createLogger, type Level } from './node/logger.js';
import { parseSealing } from './node/sealer.js';

const USAGE = `Usage: tensorium node [options]
  --dev                 development chain (dev accounts //Alice..//Ferdie funded, Alice sudo, instant finality)
  --tmp                 use a temporary database (deleted on exit)
  --base-path <dir>     database directory (default: ./.tensorium when --tmp is not given)
  --rpc-port <port>     JSON-RPC port for HTTP and WebSocket (default 9944; 0 = random)
  --rpc-external        listen on all interfaces (default 127.0.0.1)
  --rpc-cors <origins>  Access-Control-Allow-Origin value ("all" = *)
  --sealing <mode>      instant | manual | <milliseconds> (default: the preset's block time)
  --chain <spec>        dev | local | fast | mainnet, or a genesis config file (JSON: preset, overrides,
                        balances, sudo; see packages/node/src/chain/genesisConfig.ts)
  --preset <name>       fast (250 ms blocks, default with --dev) | mainnet (12 s)
  --name <name>         node name reported by system_name
  --state-pruning <m>   archive (keep every block's state; the default with --dev) | 256 (recent blocks only)
  --prometheus-port <p> serve Prometheus metrics at http://127.0.0.1:<p>/metrics
  --prometheus-external serve metrics on all interfaces
  --log-level <level>   debug | info | warn | error | silent`;

interface Args {
  readonly flags: Map<string, string | true>;
  readonly positional: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  const valued = new Set(['--base-path', '-d', '--rpc-port', '--rpc-cors', '--sealing', '--preset', '--name', '--log-level', '--chain', '--prometheus-port', '--state-pruning']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a)) {
        const v = argv[++i];
        if (v === undefined) throw new Error(`${a} needs a value`);
        flags.set(a, v);
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { flags, positional };
}

export async function main(argv: readonly string[]): Promise<TensoriumNode | undefined> {
  const { flags, positional } = parseArgs(argv);
  if (flags.has('--help') || flags.has('-h') || positional[0] !== 'node') {
    process.stdout.write(USAGE + '\n');
    if (positional[0] !== 'node' && !flags.has('--help') && !flags.has('-h')) process.exitCode = 1;
    return undefined;
  }
  const str = (k: string): string | undefined => {
    const v = flags.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const level = (str('--log-level') ?? 'info') as Level;
  const log = createLogger(level);
  // --chain: dev | local (the fast preset), fast | mainnet, or a genesis config file (JSON)
  const chainArg = str('--chain');
  const fromFile = chainArg !== undefined && !['dev', 'local', 'fast', 'mainnet'].includes(chainArg) ? loadGenesisConfig(chainArg) : undefined;
  const preset = fromFile && str('--preset') === undefined ? fromFile.preset : getPreset(str('--preset') ?? (chainArg === 'mainnet' ? 'mainnet' : 'fast'));
  const tmp = flags.has('--tmp');
  const basePath = tmp ? undefined : (str('--base-path') ?? str('-d') ?? '.tensorium');
  const port = Number(str('--rpc-port') ?? 9944);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --rpc-port ${str('--rpc-port')}`);
  const cors = str('--rpc-cors');
  const pruning = str('--state-pruning') ?? (flags.has('--dev') ? 'archive' : '256');
  if (pruning !== 'archive' && pruning !== '256') throw new Error(`--state-pruning: expected archive or 256, got ${pruning}`);
  const promArg = str('--prometheus-port');
  const promPort = promArg === undefined ? undefined : Number(promArg);
  if (promPort !== undefined && (!Number.isInteger(promPort) || promPort < 0 || promPort > 65535)) throw new Error(`invalid --prometheus-port ${promArg}`);
  const node = await TensoriumNode.start({
    preset,
    basePath,
    rpcPort: port,
    rpcHost: flags.has('--rpc-external') || flags.has('--unsafe-rpc-external') ? '0.0.0.0' : '127.0.0.1',
    rpcCors: cors === undefined || cors === 'all' ? '*' : cors,
    sealing: parseSealing(str('--sealing'), preset.blockTimeMs),
    logger: log,
    name: str('--name'),
    genesis: fromFile?.genesis,
    archive: pruning === 'archive',
    chainName: fromFile?.chainName,
    prometheusPort: promPort,
    prometheusHost: flags.has('--prometheus-external') ? '0.0.0.0' : '127.0.0.1',
  });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    node.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: String(e) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return node;
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain || process.env.TENSORIUM_CLI === '1') {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(JSON.stringify({ level: 'error', time: Date.now(), msg: 'fatal', err: (e as Error)?.message ?? String(e) }) + '\n');
    process.exit(1);
  });
}
