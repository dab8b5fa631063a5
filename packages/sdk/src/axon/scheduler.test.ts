import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PriorityScheduler } from './scheduler.js';
import { InFlight, TokenBuckets } from './limits.js';
import { SynapseError } from '../synapse/errors.js';

test('PriorityScheduler: bounded concurrency, priority order, FIFO ties, abort leaves the queue, full queue refuses', async () => {
  const s = new PriorityScheduler(2, 3);
  const r1 = await s.acquire(0);
  const r2 = await s.acquire(0);
  assert.equal(s.active, 2);
  const order: string[] = [];
  const ac = new AbortController();
  const a = s.acquire(1).then((rel) => (order.push('a'), rel));
  const b = s.acquire(5, ac.signal).then((rel) => (order.push('b'), rel));
  const c = s.acquire(1).then((rel) => (order.push('c'), rel));
  await assert.rejects(s.acquire(9), (e: SynapseError) => e.code === 'OVERLOADED');
  ac.abort();
  await assert.rejects(b, (e: SynapseError) => e.code === 'TIMEOUT');
  assert.equal(s.queued, 2);
  const d = s.acquire(3).then((rel) => (order.push('d'), rel));
  r1();
  r1(); // idempotent: frees one slot only
  const first = await d;
  assert.deepEqual(order, ['d']);
  r2();
  const second = await a;
  first();
  const third = await c;
  assert.deepEqual(order, ['d', 'a', 'c']);
  second();
  third();
  assert.equal(s.active, 0);
  assert.equal(s.queued, 0);
});

test('TokenBuckets and InFlight limit per key', () => {
  const b = new TokenBuckets({ perSecond: 2, burst: 2 });
  assert.equal(b.take('k', 0), true);
  assert.equal(b.take('k', 0), true);
  assert.equal(b.take('k', 0), false);
  assert.equal(b.take('other', 0), true);
  assert.equal(b.take('k', 500), true, 'one token back after 0.5 s at 2/s');
  assert.equal(b.take('k', 500), false);
  const f = new InFlight(2);
  const x = f.enter('h')!;
  const y = f.enter('h')!;
  assert.equal(f.enter('h'), undefined);
  x();
  x();
  assert.ok(f.enter('h'));
  y();
});
