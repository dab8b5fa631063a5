#!/usr/bin/env node
// Bundles the node's CLI (and the workspace packages it imports) into dist/cli.mjs with esbuild, so
// `tensorium node` starts without compiling TypeScript (tsx costs ~1 s at every start). npm
// dependencies stay external. Run by the root `prepare` script (npm install / npm ci) and by the
// launcher when the bundle is older than a source it was built from. Writes dist/cli.inputs.json:
// the source files, for that freshness check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');

export async function bundle() {
  mkdirSync(dist, { recursive: true });
  const result = await build({
    // the signature verifier's worker is loaded from next to the bundle (verifier.ts)
    entryPoints: [
      { in: join(pkg, 'src', 'cli.ts'), out: 'cli' },
      { in: join(pkg, 'src', 'extrinsic', 'verifyWorker.ts'), out: 'verifyWorker' },
    ],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-external',
        setup(b) {
          // bundle our workspace packages (TypeScript sources), leave npm packages to Node
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@tensorium/') ? undefined : { path: a.path, external: true }));
        },
      },
    ],
    banner: { js: "import { createRequire as __tensoriumRequire } from 'node:module'; const require = __tensoriumRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(process.cwd(), p));
  writeFileSync(join(dist, 'cli.inputs.json'), JSON.stringify(inputs));
  return join(dist, 'cli.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const out = await bundle();
  console.log(`bundled ${out} in ${(performance.now() - t0).toFixed(0)} ms`);
}
