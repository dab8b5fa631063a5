import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExplorer, explorerDistIsFresh, explorerDistPath } from './index.js';

test('buildExplorer builds a code-split app into dist and skips rebuilding when dist is fresh', { timeout: 180_000 }, async () => {
  const dist = await buildExplorer();
  assert.equal(dist, explorerDistPath);
  const index = join(dist, 'index.html');
  assert.ok(existsSync(index));
  const html = readFileSync(index, 'utf8');
  assert.match(html, /<div id="root">/);
  assert.match(html, /assets\/index-[\w-]+\.js/);
  assert.ok(explorerDistIsFresh());
  const before = statSync(index).mtimeMs;
  assert.equal(await buildExplorer(), dist);
  assert.equal(statSync(index).mtimeMs, before, 'dist newer than the sources: no rebuild');
  // each route and each chart library is its own chunk
  const assets = readdirSync(join(dist, 'assets'));
  for (const chunk of ['Home', 'Subnets', 'Subnet', 'Account', 'Block', 'charts', 'candles']) {
    assert.ok(assets.some((f) => f.startsWith(`${chunk}-`) && f.endsWith('.js')), `${chunk} chunk`);
  }
});
