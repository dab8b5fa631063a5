import { test } from 'node:test';
import assert from 'node:assert/strict';
import { T, decode, decodePrefix, encode } from './scale.js';

test('decoding works on subarray views (not just whole buffers)', () => {
  const whole = new Uint8Array([0xff, 0x00, 0x04, 0x00, 0x00, 0x07]);
  assert.deepEqual(decodePrefix(T.u32, whole.subarray(1)), [1024, 4]);
  assert.equal(decode(T.u8, whole.subarray(5)), 7);
});

test('round trips and hostile input', () => {
  const t = T.struct('S', { a: T.u64, b: T.vec(T.u16), c: T.option(T.accountId), d: T.compact(T.u128) });
  const v = { a: 5n, b: [1, 65535], c: 'ab'.repeat(32), d: 10n ** 30n };
  assert.deepEqual(decode(t, encode(t, v)), v);
  assert.throws(() => decode(T.vec(T.u64), new Uint8Array([0xfe, 0xff, 0xff, 0xff])), /exceeds/);
  assert.throws(() => decode(T.u64, new Uint8Array([1, 2])), /malformed/);
  assert.throws(() => decode(T.u8, new Uint8Array([1, 2])), /trailing/);
  assert.throws(() => encode(T.u16, 70000), /out of range/);
});
