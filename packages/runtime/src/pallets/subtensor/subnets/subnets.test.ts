import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64F64 } from '@tensorium/primitives';
import { getLockReductionInterval, getNetworkLockCost } from './lockCost.js';
import { getMedianSubnetAlphaPrice, newSubnetPoolSeed } from './poolSeed.js';
import { DEFAULT_SYMBOL, SYMBOLS, getNextAvailableSymbol, getSymbolForSubnet, symbolExists } from './symbols.js';

test('lock cost doubles after a registration and decays linearly to the floor', () => {
  assert.equal(getLockReductionInterval(57_600n, 1_000_000_000n), 57_600n);
  assert.equal(getLockReductionInterval(57_600n, 500_000_000n), 28_800n);
  assert.equal(getLockReductionInterval(57_600n, 0n), 0n);
  const base = { lastLock: 1_250_000_000_000n, minLock: 1_000_000_000_000n, lastLockBlock: 1000n, lockReductionInterval: 57_600n };
  assert.equal(getNetworkLockCost({ ...base, currentBlock: 1000n }), 2_500_000_000_000n);
  assert.equal(getNetworkLockCost({ ...base, currentBlock: 1001n }), 2_499_978_298_612n);
  assert.equal(getNetworkLockCost({ ...base, currentBlock: 1000n + 115_200n }), 1_000_000_000_000n);
  assert.equal(getNetworkLockCost({ ...base, lastLockBlock: 0n, currentBlock: 0n }), 1_250_000_000_000n);
  assert.equal(getNetworkLockCost({ ...base, lockReductionInterval: 0n, currentBlock: 10_000_000n }), 2_500_000_000_000n);
});

test('median price and pool seed', () => {
  const one = U64F64.ONE;
  assert.equal(getMedianSubnetAlphaPrice([]), one);
  assert.equal(getMedianSubnetAlphaPrice([0n, 0n]), one);
  assert.equal(getMedianSubnetAlphaPrice([3n * one, one, 2n * one]), 2n * one);
  assert.equal(getMedianSubnetAlphaPrice([4n * one, one, 2n * one, 3n * one]), (5n * one) / 2n);
  assert.deepEqual(newSubnetPoolSeed(1_200_000_000_000n, 1_000_000_000_000n, 2n * one), {
    subnetTao: 1_200_000_000_000n,
    subnetAlphaIn: 600_000_000_000n,
    recycledTao: 0n,
    subnetLocked: 1_200_000_000_000n,
  });
  assert.equal(newSubnetPoolSeed(5n, 10n, one).subnetTao, 10n);
});

test('439 symbols, default Tau, next available symbol', () => {
  assert.equal(SYMBOLS.length, 439);
  assert.equal(new Set(SYMBOLS).size, 439);
  assert.equal(DEFAULT_SYMBOL, 'Τ');
  assert.equal(SYMBOLS[0], DEFAULT_SYMBOL);
  assert.equal(SYMBOLS[1], 'α');
  assert.equal(getSymbolForSubnet(1000), DEFAULT_SYMBOL);
  assert.equal(getNextAvailableSymbol(2, new Set()), 'β');
  assert.equal(getNextAvailableSymbol(2, new Set(['β', 'α'])), 'γ');
  assert.equal(getNextAvailableSymbol(2, new Set(SYMBOLS)), DEFAULT_SYMBOL);
  assert.equal(symbolExists('α'), true);
  assert.equal(symbolExists(DEFAULT_SYMBOL), false);
});
