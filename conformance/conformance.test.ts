// Runs every shared conformance vector (../shared/vectors) as part of `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultVectorsDir, runConformance } from './run.js';

test('every shared conformance vector passes', async () => {
  const failures: string[] = [];
  const { passed, failed } = await runConformance([defaultVectorsDir], (line) => {
    if (line.startsWith('FAIL')) failures.push(line);
  });
  assert.equal(failed, 0, `${failed} failed, ${passed} passed:\n${failures.slice(0, 50).join('\n')}`);
});
