/**
 * Test support: a throwaway PostgreSQL server. `initdb` into a temp dir, `pg_ctl start` on a free
 * port (TCP on 127.0.0.1, unix socket in the temp dir), `pg_ctl stop` at the end.
 *
 * PostgreSQL refuses to run as root: when this process is root, initdb/pg_ctl run through
 * `runuser -u <user> --` as the `postgres` user if it exists (else `nobody`), with the temp dir
 * chowned to that user. The binaries are looked up in $PG_BIN_DIR, /usr/local/bin,
 * /usr/lib/postgresql/<version>/bin and $PATH; when they are missing `startPostgres` throws
 * (tests must fail, not skip: CI installs them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexerError } from './errors.js';

export interface PgServer {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
}

function findBin(name: string): string | undefined {
  const dirs = [process.env.PG_BIN_DIR, '/usr/local/bin', '/usr/local/pgsql/bin'].filter((d): d is string => !!d);
  try {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) dirs.push(join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    // not a Debian layout
  }
  for (const d of [...dirs, ...(process.env.PATH ?? '').split(':')]) if (d && existsSync(join(d, name))) return join(d, name);
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function userIds(user: string): { uid: number; gid: number } | undefined {
  const r = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return undefined;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

export async function startPostgres(): Promise<PgServer> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) {
    throw new IndexerError('POSTGRES_MISSING', 'PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL or set PG_BIN_DIR', { initdb: initdb ?? null, pg_ctl: pgCtl ?? null });
  }
  const dir = mkdtempSync(join(tmpdir(), 'indexer-pg-'));
  let prefix: string[] = [];
  if (process.getuid?.() === 0) {
    const user = userIds('postgres') ? 'postgres' : 'nobody';
    const ids = userIds(user);
    if (!ids) throw new IndexerError('POSTGRES_MISSING', 'running as root and neither a postgres nor a nobody user exists to run PostgreSQL', {});
    chownSync(dir, ids.uid, ids.gid);
    prefix = ['runuser', '-u', user, '--'];
  }
  const run = (args: string[]): void => {
    const [cmd, ...rest] = [...prefix, ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run([initdb, '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    run([pgCtl, '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    rmSync(dir, { recursive: true, force: true });
    throw new IndexerError('DB_ERROR', `could not start PostgreSQL: ${err.stderr?.toString() || err.message}`, { dir });
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run([pgCtl, '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
