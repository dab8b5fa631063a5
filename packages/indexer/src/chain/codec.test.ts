import { test } from 'node:test';
import assert from 'node:assert/strict';
import { U64F64 } from '@tensorium/primitives';
import { fixedToDecimal, ratioDecimal, u16Ratio } from './codec.js';
import { toPgPlaceholders } from '../db/db.js';
import { nanos, percentChange } from '../api/format.js';

test('fixed-point bits and ratios as decimal strings (rounded down)', () => {
  assert.equal(fixedToDecimal(U64F64.ONE, 64), '1.000000000');
  assert.equal(fixedToDecimal(U64F64.ONE / 3n, 64), '0.333333333');
  assert.equal(fixedToDecimal((1n << 32n) * 5n + (1n << 31n), 32), '5.500000000');
  assert.equal(fixedToDecimal(-(1n << 31n), 32), '-0.500000000');
  assert.equal(ratioDecimal(2n, 3n), '0.666666666');
  assert.equal(ratioDecimal(5n, 0n), '0');
  assert.equal(u16Ratio(65535), '1.000000000');
  assert.equal(u16Ratio(0), '0.000000000');
});

test('decimal helpers of the API', () => {
  assert.equal(nanos('1.5'), 1_500_000_000n);
  assert.equal(nanos('0.000000001'), 1n);
  assert.equal(nanos('-2.25'), -2_250_000_000n);
  assert.equal(percentChange('1.000000000', '1.100000000'), '10.000000');
  assert.equal(percentChange('2.000000000', '1.000000000'), '-50.000000');
  assert.equal(percentChange(undefined, '1.0'), null);
  assert.equal(percentChange('0.000000000', '1.0'), null);
});

test('PostgreSQL placeholders', () => {
  assert.equal(toPgPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)'), 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
});
