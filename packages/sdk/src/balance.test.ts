import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BalanceParseError, formatAlpha, formatBalance, formatTao, formatUnits, parseTao } from './balance.js';

test('parseTao: exact decimal strings to rao', () => {
  assert.equal(parseTao('1.5'), 1_500_000_000n);
  assert.equal(parseTao('0.000000001'), 1n);
  assert.equal(parseTao('1,000'), 1_000_000_000_000n);
  assert.equal(parseTao('.5'), 500_000_000n);
  assert.equal(parseTao('12345678901.123456789'), 12_345_678_901_123_456_789n);
  for (const bad of ['', '-1', '1e3', '1.0000000001', 'abc', '.']) assert.throws(() => parseTao(bad), BalanceParseError, bad);
});

test('formatting: CLI 4 dp with symbol, SDK 9 dp', () => {
  assert.equal(formatTao(1_234_567_890_000n), '1,234.5679 τ');
  assert.equal(formatTao(0n), '0.0000 τ');
  assert.equal(formatAlpha(12_345_000_000n, 'β'), '12.3450 β');
  assert.equal(formatBalance(1_234_567_890_000n), 'τ1,234.567890000');
  assert.equal(formatBalance(5n, 3, 'γ'), '0.000000005γ');
  assert.equal(formatUnits(999_950_000n, 4), '1.0000');
  assert.equal(formatUnits(999_949_999n, 4), '0.9999');
  assert.equal(formatUnits(-1_500_000_000n, 2), '-1.50');
});
