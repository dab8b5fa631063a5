#!/usr/bin/env node
// Launcher of `tensorium node`. Runs the bundled CLI (dist/cli.mjs, built by `npm install` through
// scripts/bundle.mjs) when it is at least as new as every source it was built from; otherwise the
// TypeScript sources through tsx. Either way in this same process, so signals (kill -9 included)
// reach the node itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundlePath = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const inputsPath = fileURLToPath(new URL('../dist/cli.inputs.json', import.meta.url));

function bundleIsFresh() {
  if (process.env.TENSORIUM_NO_BUNDLE === '1' || !existsSync(bundlePath) || !existsSync(inputsPath)) return false;
  try {
    const built = statSync(bundlePath).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return inputs.every((p) => statSync(p).mtimeMs <= built);
  } catch {
    return false; // a source moved or vanished: rebuild next time, run from sources now
  }
}

process.env.TENSORIUM_CLI = '1';
if (bundleIsFresh()) {
  await import(bundlePath);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
