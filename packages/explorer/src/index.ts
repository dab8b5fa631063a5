// @tensorium/explorer — the block explorer single-page app (React + Vite) over the indexer's HTTP API.
// Node side: build the app into `dist/` so `startIndexer({ explorerDist })` can serve it.
import { closeSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package directory (Vite's root). */
export const explorerRoot: string = fileURLToPath(new URL('..', import.meta.url));
/** Where `buildExplorer()` writes the built app (index.html plus assets/). */
export const explorerDistPath: string = join(explorerRoot, 'dist');

const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/** True when dist/index.html exists and is newer than every source file of the app. */
export function explorerDistIsFresh(): boolean {
  let built: number;
  try {
    built = statSync(join(explorerDistPath, 'index.html')).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((s) => newestMtime(join(explorerRoot, s)) <= built);
}

/** One build at a time across processes (test files run in parallel); a lock older than 5 min is stale. */
const LOCK = join(tmpdir(), 'tensorium-explorer-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > LOCK_STALE_MS) rmSync(LOCK, { force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

let building: Promise<string> | null = null;

/**
 * Builds the explorer with Vite (production mode) unless dist/ is already newer than the sources, and
 * returns the dist path. Concurrent calls share one build; other processes wait for it.
 */
export function buildExplorer(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && explorerDistIsFresh()) return Promise.resolve(explorerDistPath);
  building ??= withBuildLock(async () => {
    // another process may have built it while this one waited
    if (!options.force && explorerDistIsFresh()) return explorerDistPath;
    const { build } = await import('vite');
    await build({ root: explorerRoot, configFile: join(explorerRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    return explorerDistPath;
  }).finally(() => {
    building = null;
  });
  return building;
}
