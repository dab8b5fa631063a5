#!/usr/bin/env node
// Runs every *.test.ts under packages/*/src, conformance/ and scripts/ with Node's own test runner
// (Node 20 does not expand globs itself). Extra arguments are passed through as file filters:
// `npm test -- primitives` runs only test files whose path contains "primitives".
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'conformance', 'subnets', 'bench', 'scripts'];
const skipDirs = new Set(['node_modules', 'dist', '.git']);
const files = [];
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries.sort()) {
    if (skipDirs.has(e)) continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (/\.test\.(ts|mts|tsx)$/.test(e)) files.push(relative(root, p));
  }
}
for (const r of roots) walk(join(root, r));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// --test-force-exit: a test that leaves a handle open (socket, timer) fails or passes on its own merits
// instead of keeping the whole run alive; --test-timeout bounds any single test (10 minutes).
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-force-exit', '--test-timeout=600000', '--test-reporter=spec', ...selected], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=4096'].filter(Boolean).join(' ') },
});
process.exit(res.status ?? 1);
