/**
 * The dendrite against real axons on loopback: fan-out with typed per-axon results (success, timeout,
 * blacklist, unreachable, wrong hotkey, broken handler, broken HTTP peer), the concurrency limit that
 * does not eat the timeout, and cancellation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { z } from 'zod';
import { Keypair } from '../wallet/keypair.js';
import { Axon } from '../axon/axon.js';
import { Dendrite, type AxonTarget } from './dendrite.js';
import { defineSynapse } from '../synapse/synapse.js';

const Work = defineSynapse({
  name: 'Work',
  request: z.object({ x: z.int() }),
  response: z.object({ y: z.int().nullable().default(null), who: z.string().nullable().default(null) }),
  requiredHashFields: ['x'],
});
const ALICE = Keypair.fromUri('//Alice');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Behaviour = 'ok' | 'slow' | 'blacklist' | 'broken';

async function startAxon(i: number, behaviour: Behaviour, holdMs = 0): Promise<{ axon: Axon; aborted: () => boolean }> {
  const keypair = Keypair.fromUri(`//Axon${i}`);
  const axon = new Axon({ keypair, port: 0, host: '127.0.0.1' });
  let aborted = false;
  axon.attach(Work, {
    blacklist: () => (behaviour === 'blacklist' ? [true, 'not a validator'] : false),
    forward: async (r, ctx) => {
      if (behaviour === 'broken') return { y: 'not an int' as unknown as number };
      if (behaviour === 'slow') {
        await new Promise<void>((res) => {
          const t = setTimeout(res, 10_000);
          ctx.signal.addEventListener('abort', () => ((aborted = true), clearTimeout(t), res()));
        });
      }
      if (holdMs) await sleep(holdMs);
      return { y: r.x + i, who: ctx.caller.hotkey };
    },
  });
  await axon.start();
  return { axon, aborted: () => aborted };
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

test('dendrite: fan-out returns one typed result per axon, in order, whatever each axon does', async () => {
  const behaviours: Behaviour[] = ['ok', 'ok', 'slow', 'ok', 'blacklist', 'ok', 'broken', 'ok', 'slow', 'ok', 'ok', 'ok'];
  const started = await Promise.all(behaviours.map((b, i) => startAxon(i, b)));
  const d = new Dendrite({ keypair: ALICE });
  try {
    const targets: AxonTarget[] = started.map((s) => s.axon.info());
    targets.push({ ip: '127.0.0.1', port: await closedPort(), hotkey: ALICE.ss58Address }); // nobody listens
    targets.push({ ...started[0].axon.info(), hotkey: Keypair.fromUri('//Nobody').ss58Address }); // wrong hotkey
    const results = await d.forward(targets, Work, { x: 100 }, { timeoutS: 2 });
    assert.equal(results.length, targets.length);
    results.forEach((r, i) => assert.deepEqual(r.axon, targets[i]));
    behaviours.forEach((b, i) => {
      const r = results[i];
      if (b === 'ok') {
        assert.equal(r.statusCode, 200, r.statusMessage);
        assert.ok(r.ok);
        assert.equal(r.response.y, 100 + i);
        assert.equal(r.response.who, ALICE.ss58Address, 'the axon saw the signed identity');
        assert.ok(r.processTime > 0 && (r.axonProcessTime ?? 0) >= 0);
      } else if (b === 'slow') {
        assert.equal(r.statusCode, 408);
        assert.equal(r.error?.code, 'TIMEOUT');
      } else if (b === 'blacklist') {
        assert.equal(r.statusCode, 403);
        assert.equal(r.statusMessage, 'Forbidden. Key is blacklisted: not a validator.');
      } else {
        assert.equal(r.statusCode, 500);
        assert.match(r.statusMessage, /^Internal Server Error #/);
      }
    });
    const unreachable = results[behaviours.length];
    assert.equal(unreachable.statusCode, 503);
    assert.equal(unreachable.error?.code, 'UNAVAILABLE');
    assert.match(unreachable.statusMessage, /^Service unavailable at 127\.0\.0\.1:\d+\/Work$/);
    const wrongKey = results[behaviours.length + 1];
    assert.equal(wrongKey.statusCode, 401);
    // the slow axons' handlers were aborted by their own deadline
    for (const [i, b] of behaviours.entries()) if (b === 'slow') while (!started[i].aborted()) await sleep(20);
  } finally {
    await d.close();
    await Promise.all(started.map((s) => s.axon.stop()));
  }
});

test('dendrite: waiting for the concurrency limit does not count against the timeout', async () => {
  const started = await Promise.all(Array.from({ length: 12 }, (_, i) => startAxon(i, 'ok', 250)));
  // one request at a time: the last starts ~3 s after forward() was called, beyond the 2 s timeout
  const d = new Dendrite({ keypair: ALICE, maxConcurrency: 1 });
  try {
    const results = await d.forward(
      started.map((s) => s.axon.info()),
      Work,
      { x: 1 },
      { timeoutS: 2 },
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      Array.from({ length: 12 }, () => 200),
    );
  } finally {
    await d.close();
    await Promise.all(started.map((s) => s.axon.stop()));
  }
});

test('dendrite: a peer that is not an axon yields 422 results; cancellation yields TIMEOUT', async () => {
  let mode: 'garbage' | 'huge' | 'hang' = 'garbage';
  const server: Server = createServer((req, res) => {
    req.resume();
    if (mode === 'garbage') res.writeHead(200, { 'content-type': 'application/json' }).end('{"y": 1, oops');
    else if (mode === 'huge') res.writeHead(200, { 'content-type': 'application/json' }).end(`{"pad":"${'x'.repeat(64 * 1024)}"}`);
    // 'hang': never answer
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const target = { ip: '127.0.0.1', port: (server.address() as { port: number }).port, hotkey: ALICE.ss58Address };
  const d = new Dendrite({ keypair: ALICE, maxResponseBytes: 1024 });
  try {
    const a = await d.call(target, Work, { x: 1 });
    assert.equal(a.statusCode, 422);
    assert.equal(a.error?.code, 'BAD_RESPONSE');
    mode = 'huge';
    const b = await d.call(target, Work, { x: 1 });
    assert.equal(b.statusCode, 422);
    assert.match(b.statusMessage, /larger than 1024 bytes/);
    mode = 'hang';
    const ac = new AbortController();
    const pending = d.call(target, Work, { x: 1 }, { timeoutS: 30, signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    const c = await pending;
    assert.equal(c.error?.code, 'TIMEOUT');
    const invalid = await d.call(target, Work, { x: 1.5 });
    assert.equal(invalid.error?.code, 'BAD_REQUEST', 'a request that does not fit the schema is never sent');
  } finally {
    await d.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
