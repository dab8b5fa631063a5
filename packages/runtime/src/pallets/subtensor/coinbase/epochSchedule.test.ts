import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityCutoffFactorMilli, blocksUntilNextAutoEpoch, initialLastEpochBlock, migrateDynamicTempoAnchors, shouldRunEpoch } from './epochSchedule.js';

test('should_run_epoch: tempo 0, pending trigger, safety net, period', () => {
  const base = { tempo: 360n, lastEpochBlock: 1000n, pendingEpochAt: 0n, blocksSinceLastStep: 0n, currentBlock: 1359n };
  assert.equal(shouldRunEpoch(base), false);
  assert.equal(shouldRunEpoch({ ...base, currentBlock: 1360n }), true);
  assert.equal(shouldRunEpoch({ ...base, tempo: 0n, currentBlock: 5000n }), false);
  assert.equal(shouldRunEpoch({ ...base, pendingEpochAt: 1200n, currentBlock: 1200n }), true);
  assert.equal(shouldRunEpoch({ ...base, pendingEpochAt: 1200n, currentBlock: 1199n }), false);
  assert.equal(shouldRunEpoch({ ...base, blocksSinceLastStep: 50_401n, currentBlock: 1001n }), true);
  assert.equal(shouldRunEpoch({ ...base, blocksSinceLastStep: 50_400n, currentBlock: 1001n }), false);
  assert.equal(shouldRunEpoch({ ...base, lastEpochBlock: 5000n, currentBlock: 10n }), false);
});

test('scheduling anchors', () => {
  assert.equal(blocksUntilNextAutoEpoch(0n, 10n, 5n), 5n);
  assert.equal(blocksUntilNextAutoEpoch(0n, 20n, 21n), 0n);
  assert.equal(blocksUntilNextAutoEpoch(0n, 0n, 100n), (1n << 64n) - 1n);
  assert.equal(initialLastEpochBlock(64n, 360n, 5_000_123n), 5_000_059n);
  assert.equal(initialLastEpochBlock(5n, 0n, 3n), 3n);
  assert.equal(initialLastEpochBlock(5n, 360n, 3n), 0n);
  assert.deepEqual(migrateDynamicTempoAnchors(7n, 360n, 1_000_000n), { lastEpochBlock: 999_962n, subnetEpochIndex: 2770n });
  assert.equal(migrateDynamicTempoAnchors(7n, 0n, 1_000_000n), undefined);
  // The first post-migration epoch lands where the legacy rule fired: (block + netuid + 1) % (tempo + 1) == tempo.
  for (const [netuid, tempo, block] of [[3n, 99n, 777n], [1n, 360n, 123_456n], [12n, 10n, 500n]] as const) {
    const a = migrateDynamicTempoAnchors(netuid, tempo, block);
    assert.ok(a);
    const next = a.lastEpochBlock + tempo;
    assert.equal((next + netuid + 1n) % (tempo + 1n), tempo);
  }
  assert.equal(activityCutoffFactorMilli(5000n, 360n), 13_889n);
  assert.equal(activityCutoffFactorMilli(1n, 360n), 1_000n);
  assert.equal(activityCutoffFactorMilli(65_535n, 1n), 50_000n);
});
