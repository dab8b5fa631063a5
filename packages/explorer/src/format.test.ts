import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyQuery,
  downsample,
  compareDecimal,
  compareRao,
  fixedToString,
  formatAlpha,
  formatChangePercent,
  formatDuration,
  formatInteger,
  formatPrice,
  formatRatioPercent,
  formatTao,
  formatTaoCompact,
  formatRatio,
  neuronRole,
  parseDecimal,
  pickSearchResult,
  raoShare,
  shortAddress,
  timeAgo,
} from './format.js';
import { paths, sampleEvery } from './paths.js';
import { matchPath } from './route.js';

test('formatTao: rao strings to τ with 4 decimals, rounding half away from zero', () => {
  assert.equal(formatTao('0'), 'τ0.0000');
  assert.equal(formatTao('1000000000'), 'τ1.0000');
  assert.equal(formatTao('1234567891'), 'τ1.2346');
  assert.equal(formatTao('1234549999'), 'τ1.2345');
  assert.equal(formatTao('50000'), 'τ0.0001');
  assert.equal(formatTao('49999'), 'τ0.0000');
  assert.equal(formatTao('-2500000000'), '-τ2.5000');
  assert.equal(formatTao(21_000_000n * 1_000_000_000n), 'τ21,000,000.0000');
  assert.equal(formatTao('1000000000', 9), 'τ1.000000000');
  assert.equal(formatTao('garbage'), 'τ0.0000');
});

test('formatTao keeps every digit of amounts beyond 2^53 rao (bigint, not float)', () => {
  // 9 007 199.254740993 τ = 2^53 + 1 rao: a float would print ...740992
  assert.equal(formatTao('9007199254740993', 9), 'τ9,007,199.254740993');
  // u128-sized amount
  assert.equal(formatTao('340282366920938463463374607431768211455', 0), 'τ340,282,366,920,938,463,463,374,607,432');
});

test('formatAlpha uses the subnet symbol; compact τ uses k/M suffixes', () => {
  assert.equal(formatAlpha('1500000000', 'β'), '1.5000 β');
  assert.equal(formatAlpha('1500000000', ''), '1.5000 α');
  assert.equal(formatTaoCompact('1234567890000000'), 'τ1.23M');
  assert.equal(formatTaoCompact('999000000000'), 'τ999.0000');
  assert.equal(formatTaoCompact('1500000000000'), 'τ1.50k');
});

test('parseDecimal and price/percent formatting', () => {
  assert.equal(parseDecimal('0.001234567', 9), 1234567n);
  assert.equal(parseDecimal('-1.5', 2), -150n);
  assert.equal(parseDecimal('12', 3), 12000n);
  assert.equal(parseDecimal('1e-3', 6), 1000n);
  assert.equal(parseDecimal('abc'), null);
  assert.equal(parseDecimal(null), null);
  assert.equal(formatPrice('1'), 'τ1.0000');
  assert.equal(formatPrice('0.001234567'), 'τ0.00123457');
  assert.equal(formatPrice('0.5'), 'τ0.500000');
  assert.equal(formatPrice(null), '—');
  assert.equal(formatRatioPercent('0.123456'), '12.35%');
  assert.equal(formatRatioPercent('1'), '100.00%');
  assert.equal(formatChangePercent('1.5'), '+1.50%');
  assert.equal(formatChangePercent('-3.254'), '-3.25%');
  assert.equal(formatChangePercent('0'), '0.00%');
  assert.equal(formatChangePercent(null), '—');
  assert.equal(fixedToString(-5n, 1, 0), '-1');
  assert.equal(fixedToString(-4n, 1, 0), '0');
});

test('shares, integers, durations, addresses, comparisons, search classification', () => {
  assert.equal(raoShare('1', '4'), '25.00%');
  assert.equal(raoShare('1', '3'), '33.33%');
  assert.equal(raoShare('1', '0'), '—');
  assert.equal(formatInteger(1234567), '1,234,567');
  assert.equal(formatInteger('-1000'), '-1,000');
  assert.equal(formatDuration(0), '0s');
  assert.equal(formatDuration(90061), '1d 1h 1m');
  assert.equal(formatDuration(59), '59s');
  assert.equal(timeAgo(100, 130), '30s ago');
  assert.equal(timeAgo(100, 100 + 7_200), '2h ago');
  assert.equal(timeAgo(100, 100), '0s ago');
  assert.equal(timeAgo(130, 100), 'just now');
  assert.equal(timeAgo(100 + 3 * 86_400, 100), 'in 3d');
  assert.equal(shortAddress('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'), '5Grwva…KutQY');
  assert.equal(shortAddress('short'), 'short');
  assert.equal(compareRao('18446744073709551615', '18446744073709551614'), 1);
  assert.equal(compareDecimal('0.10', '0.09'), 1);
  assert.equal(compareDecimal(null, '0'), -1);
  assert.equal(classifyQuery('123'), 'block_number');
  assert.equal(classifyQuery('0x' + 'ab'.repeat(32)), 'hash');
  assert.equal(classifyQuery('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'), 'address');
  assert.equal(classifyQuery('SubtensorModule.add_stake'), 'call');
  assert.equal(classifyQuery('hello world'), 'text');
});

test('downsample bounds a series and keeps both ends', () => {
  const xs = Array.from({ length: 1000 }, (_, i) => i);
  const d = downsample(xs, 100);
  assert.equal(d.length, 100);
  assert.equal(d[0], 0);
  assert.equal(d[99], 999);
  assert.deepEqual(downsample([1, 2, 3], 10), [1, 2, 3]);
});

test('route matching and chart sampling steps', () => {
  assert.deepEqual(matchPath('/subnets/:netuid', '/subnets/3'), { netuid: '3' });
  assert.deepEqual(matchPath('/subnets/:netuid', '/subnets/3/'), { netuid: '3' });
  assert.equal(matchPath('/subnets/:netuid', '/subnets'), null);
  assert.equal(matchPath('/subnets', '/validators'), null);
  assert.deepEqual(matchPath('/', '/'), {});
  assert.deepEqual(matchPath('/extrinsics/:id', '/extrinsics/12-1'), { id: '12-1' });
  assert.equal(matchPath('/accounts/:address', '/accounts/%E0%A4%A'), null);
  assert.equal(sampleEvery(100), 1);
  assert.equal(sampleEvery(300), 1);
  assert.equal(sampleEvery(301), 2);
  // a month of 12 s blocks (216 000) stays within 300 rows
  const every = sampleEvery(216_000);
  assert.ok(216_000 / every <= 300 && 216_000 / (every / 2) > 300);
  assert.equal(paths.candles(1, '15m'), '/subnets/1/candles?interval=15m&order=time_desc&limit=300');
});

test('pickSearchResult: one result, else the one of the kind the query names', () => {
  const hash = `0x${'ab'.repeat(32)}`;
  const ext = { kind: 'extrinsic', label: 'Extrinsic 298-0', path: '/extrinsics/298-0' };
  const acct = { kind: 'account', label: hash, path: `/accounts/${hash}` };
  assert.equal(pickSearchResult('298-0', [ext]), ext);
  // a 32-byte hex also decodes as an account id: the hash's block or extrinsic wins
  assert.equal(pickSearchResult(hash, [ext, acct]), ext);
  const block = { kind: 'block', label: 'Block #1', path: '/blocks/1' };
  const subnet = { kind: 'subnet', label: 'Subnet 1 apex', path: '/subnets/1' };
  assert.equal(pickSearchResult('1', [block, subnet]), block);
  assert.equal(pickSearchResult('1', [subnet]), subnet);
  assert.equal(pickSearchResult('set_weights', [subnet, { kind: 'call', label: 'a.b', path: '/x' }]), undefined);
  assert.equal(pickSearchResult(hash, []), undefined);
});

test('neuronRole: a permit holder earning incentive without validator trust or dividends is a miner', () => {
  const n = (role: 'validator' | 'miner', incentive: string, validator_trust: string, dividends: string) => ({ role, incentive, validator_trust, dividends });
  assert.equal(neuronRole(n('validator', '0.615915159', '0.000000000', '0.000000000')), 'miner');
  assert.equal(neuronRole(n('validator', '0.000000000', '0.999984740', '1.000000000')), 'validator');
  assert.equal(neuronRole(n('validator', '0.000000000', '0.000000000', '0.000000000')), 'validator'); // permit, not (yet) validating
  assert.equal(neuronRole(n('validator', '0.2', '0.5', '0')), 'validator');
  assert.equal(neuronRole(n('miner', '0', '0', '0')), 'miner');
});

test('formatRatio: 4 decimals of a 0..1 decimal string', () => {
  assert.equal(formatRatio('0.615915159'), '0.6159');
  assert.equal(formatRatio('1.000000000'), '1.0000');
  assert.equal(formatRatio('0'), '0.0000');
  assert.equal(formatRatio('x'), '—');
});
