#!/usr/bin/env node
// Launcher of the `tensorium` command. `tensorium node …` goes straight to @tensorium/node's launcher
// (its prebuilt bundle when fresh: the node starts without loading the rest of the CLI); everything
// else runs the TypeScript CLI through tsx. Same process either way, so signals (kill -9 included)
// reach the node itself.
if (process.argv[2] === 'node') {
  await import('../../node/bin/tensorium.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
