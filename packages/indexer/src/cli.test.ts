import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexerCommand } from './cli.js';

test('indexerCommand: usage errors exit with 2, --help with 0, an unreachable database with 1', async () => {
  assert.equal(await indexerCommand(['--bogus', 'x']), 2);
  assert.equal(await indexerCommand(['--port', 'abc']), 2);
  assert.equal(await indexerCommand(['--node']), 2);
  assert.equal(await indexerCommand(['positional']), 2);
  assert.equal(await indexerCommand(['--help']), 0);
  assert.equal(await indexerCommand(['--db', 'postgres://nobody@127.0.0.1:1/none', '--port', '0', '--quiet']), 1);
});
