/**
 * `npm run conformance -- [files or folders…]`: runs conformance vector files (format:
 * shared/vectors/<area>/README.md). Dispatches on each file's `kind` only; an unknown or missing
 * kind, or a case that cannot be executed, counts as failed. Prints one line per case and ends
 * with `N passed, M failed`; exits 1 on any failure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseResult, KindTable, VectorFile } from './lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

/** Load every kind module under conformance/kinds (each exports `kinds`). */
export async function loadKinds(): Promise<KindTable> {
  const dir = join(here, 'kinds');
  const table: KindTable = {};
  for (const f of readdirSync(dir).sort()) {
    if (!/\.ts$/.test(f) || f.endsWith('.test.ts')) continue;
    const mod = (await import(join(dir, f))) as { kinds?: KindTable };
    if (!mod.kinds) continue;
    for (const [k, h] of Object.entries(mod.kinds)) {
      if (table[k]) throw new Error(`kind ${k} defined twice (conformance/kinds/${f})`);
      table[k] = h;
    }
  }
  return table;
}

export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(join(p, e));
    } else if (p.endsWith('.json')) {
      out.push(p);
    }
  };
  for (const p of paths) walk(resolve(p));
  return out;
}

export interface FileReport {
  file: string;
  results: CaseResult[];
}

export function runFile(kinds: KindTable, path: string, display: string): CaseResult[] {
  let data: VectorFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as VectorFile;
  } catch (e) {
    return [{ name: '(file)', ok: false, message: `cannot parse: ${(e as Error).message}` }];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [{ name: '(file)', ok: false, message: 'not a JSON object' }];
  if (typeof data.kind !== 'string') return [{ name: '(file)', ok: false, message: 'no kind' }];
  const handler = kinds[data.kind];
  if (!handler) return [{ name: '(file)', ok: false, message: `unknown kind "${data.kind}"` }];
  try {
    const res = handler(data, display);
    if (res.length === 0) return [{ name: '(file)', ok: false, message: 'no cases run' }];
    return res;
  } catch (e) {
    return [{ name: '(file)', ok: false, message: `error: ${(e as Error).message ?? String(e)}` }];
  }
}

export async function runConformance(paths: string[], log: (line: string) => void = console.log): Promise<{ passed: number; failed: number }> {
  const kinds = await loadKinds();
  const files = collectFiles(paths);
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    const display = relative(process.cwd(), f) || f;
    for (const r of runFile(kinds, f, display)) {
      if (r.ok) {
        passed++;
        log(`ok   ${display}: ${r.name}`);
      } else {
        failed++;
        log(`FAIL ${display}: ${r.name} — ${r.message ?? ''}`);
      }
    }
  }
  if (files.length === 0) {
    failed++;
    log('FAIL no vector files found');
  }
  log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}

export const defaultVectorsDir = resolve(repoRoot, '..', 'shared', 'vectors');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const paths = args.length > 0 ? args : [defaultVectorsDir];
  const { failed } = await runConformance(paths);
  process.exitCode = failed > 0 ? 1 : 0;
}
