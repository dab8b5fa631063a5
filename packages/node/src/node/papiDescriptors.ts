/**
 * polkadot-api descriptors generated from a running node with papi's own CLI (`papi add -w`, then
 * `papi generate`). Used by `scripts/papi-descriptors.ts` (which refreshes the committed copy in
 * packages/node/papi/descriptors) and by the typed polkadot-api test (which regenerates from the node
 * it starts and checks the committed copy describes the same metadata).
 *
 * Two adjustments, both outside papi's output semantics:
 *  - Node 20 has no global WebSocket; papi's CLI runs with `--experimental-websocket`.
 *  - papi emits extensionless relative imports in its .d.ts files (bundler style); NodeNext
 *    resolution needs `./x.js`, so those specifiers are rewritten (types only, no code change).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface GeneratedDescriptors {
  /** The descriptors package folder (package.json, generated.json, dist/). */
  readonly dir: string;
  /** papi's hash of the metadata the descriptors were generated from. */
  readonly metadataHash: string;
}

function papiCli(): string {
  // the package does not export ./package.json: resolve its entry and walk up to its root
  let dir = dirname(createRequire(import.meta.url).resolve('polkadot-api'));
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; bin?: Record<string, string> };
      if (pkg.name === 'polkadot-api' && pkg.bin?.papi) return join(dir, pkg.bin.papi);
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('polkadot-api CLI not found (npm install polkadot-api)');
    dir = up;
  }
}

function run(args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-websocket', '--no-warnings', papiCli(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`papi ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

/** papi's hash of the metadata recorded in a descriptors folder. */
export function descriptorsMetadataHash(dir: string, key = 'tensorium'): string {
  const generated = JSON.parse(readFileSync(join(dir, 'generated.json'), 'utf8')) as { chains: Record<string, string> };
  const h = generated.chains[key];
  if (!h) throw new Error(`${dir}/generated.json has no chain "${key}"`);
  return h;
}

/**
 * Generate descriptors for the chain at `wsUrl` inside `workDir` (created; papi's config and
 * metadata go there) and copy the descriptors package to `outDir`. `workDir` must be inside the
 * repository: papi compiles the generated code against the installed `polkadot-api`.
 */
export async function generatePapiDescriptors(wsUrl: string, workDir: string, outDir: string, key = 'tensorium'): Promise<GeneratedDescriptors> {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ name: 'papi-workdir', private: true, type: 'module' }));
  await run(['add', key, '--wsUrl', wsUrl, '--skip-codegen'], workDir);
  const configPath = join(workDir, '.papi', 'polkadot-api.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  // no install step: the descriptors are imported by path, not as a dependency
  writeFileSync(configPath, JSON.stringify({ ...config, options: { noDescriptorsPackage: true } }, null, 2));
  await run(['generate'], workDir);
  const src = join(workDir, '.papi', 'descriptors');
  if (!existsSync(join(src, 'dist', 'index.js'))) throw new Error(`papi generate produced no ${src}/dist/index.js`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const f of ['package.json', 'generated.json']) cpSync(join(src, f), join(outDir, f));
  cpSync(join(src, 'dist'), join(outDir, 'dist'), { recursive: true });
  for (const f of readdirSync(join(outDir, 'dist'))) {
    if (!f.endsWith('.d.ts')) continue;
    const p = join(outDir, 'dist', f);
    const text = readFileSync(p, 'utf8').replace(/from (["'])\.\/([A-Za-z0-9_-]+)\1/g, 'from $1./$2.js$1');
    writeFileSync(p, text);
  }
  return { dir: outDir, metadataHash: descriptorsMetadataHash(outDir, key) };
}
