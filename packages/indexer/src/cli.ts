/**
 * `tensorium indexer --node ws://… --db FILE|postgres://… --port N [--host H] [--explorer DIR] [--quiet]`:
 * runs until SIGINT/SIGTERM. Returns the process exit code.
 */
import { startIndexer } from './api/server.js';
import { consoleLogger, silentLogger } from './logger.js';

const USAGE = 'usage: tensorium indexer --node ws://127.0.0.1:9944 [--db indexer.sqlite | --db postgres://…] [--port 3000] [--host 127.0.0.1] [--explorer DIR] [--quiet]';

export async function indexerCommand(argv: readonly string[]): Promise<number> {
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (!a.startsWith('--')) {
      process.stderr.write(`unexpected argument: ${a}\n${USAGE}\n`);
      return 2;
    }
    const [k, inline] = a.slice(2).split('=', 2);
    if (k === 'quiet') {
      opts[k] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined) {
      process.stderr.write(`--${k} needs a value\n${USAGE}\n`);
      return 2;
    }
    opts[k] = v;
  }
  const known = new Set(['node', 'db', 'port', 'host', 'explorer', 'quiet']);
  for (const k of Object.keys(opts)) {
    if (!known.has(k)) {
      process.stderr.write(`unknown option --${k}\n${USAGE}\n`);
      return 2;
    }
  }
  const port = Number(opts.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: expected 0..65535\n`);
    return 2;
  }
  const log = opts.quiet ? silentLogger : consoleLogger('info');
  let running;
  try {
    running = await startIndexer({
      nodeUrl: String(opts.node ?? 'ws://127.0.0.1:9944'),
      database: String(opts.db ?? 'indexer.sqlite'),
      port,
      host: typeof opts.host === 'string' ? opts.host : undefined,
      explorerDist: typeof opts.explorer === 'string' ? opts.explorer : undefined,
      logger: log,
    });
  } catch (e) {
    process.stderr.write(`indexer: ${(e as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`indexer API at ${running.url}/api/v1 (docs ${running.url}/docs)\n`);
  const r = running;
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await r.close();
  return 0;
}
