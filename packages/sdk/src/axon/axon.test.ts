/**
 * The axon over real HTTP on loopback, attacked and used at the same time: every bad request gets its
 * status while a good request in the same test still succeeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { request } from 'undici';
import { z } from 'zod';
import { Keypair } from '../wallet/keypair.js';
import { Axon, type AxonOptions } from './axon.js';
import { Dendrite } from '../dendrite/dendrite.js';
import { defineSynapse, requestMessage } from '../synapse/synapse.js';
import { signMessage } from '../synapse/crypto.js';
import { nowNs } from '../synapse/nonce.js';

const Dummy = defineSynapse({
  name: 'Dummy',
  request: z.object({ dummy_input: z.int(), pad: z.string().default('') }),
  response: z.object({ dummy_output: z.int().nullable().default(null) }),
  requiredHashFields: ['dummy_input', 'pad'],
});
const Job = defineSynapse({
  name: 'Job',
  request: z.object({ id: z.int(), priority: z.number().default(0), holdMs: z.int().default(0) }),
  response: z.object({ done: z.int().nullable().default(null) }),
  requiredHashFields: ['id'],
});
const Tokens = defineSynapse({ name: 'Tokens', request: z.object({ n: z.int(), delayMs: z.int().default(0) }), response: z.object({}), streaming: true, requiredHashFields: ['n'] });

const BOB = Keypair.fromUri('//Bob');
const ALICE = Keypair.fromUri('//Alice');
const CHARLIE = Keypair.fromUri('//Charlie');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function withAxon(opts: Partial<AxonOptions>, setup: (axon: Axon) => void, body: (axon: Axon, alice: Dendrite) => Promise<void>): Promise<void> {
  const axon = new Axon({ keypair: BOB, port: 0, host: '127.0.0.1', ...opts });
  axon.attach(Dummy, { forward: (r) => ({ dummy_output: r.dummy_input * 2 }) });
  setup(axon);
  await axon.start();
  const alice = new Dendrite({ keypair: ALICE });
  try {
    await body(axon, alice);
  } finally {
    await alice.close();
    await axon.stop();
  }
}

async function good(axon: Axon, d: Dendrite, x = 5): Promise<void> {
  const r = await d.call(axon.info(), Dummy, { dummy_input: x }, { timeoutS: 10 });
  assert.equal(r.statusCode, 200, r.statusMessage);
  assert.ok(r.ok);
  assert.equal(r.response.dummy_output, 2 * x);
}

async function raw(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; message: string; headers: Record<string, unknown> }> {
  const res = await request(url, { method: 'POST', headers, body });
  const text = await res.body.text();
  let message = text;
  try {
    message = (JSON.parse(text) as { message?: string }).message ?? text;
  } catch {
    /* keep text */
  }
  return { status: res.statusCode, message, headers: res.headers };
}

test('axon: good call, ping route, unknown synapse 404, missing signature 401, replay 401', async () => {
  await withAxon({}, () => {}, async (axon, alice) => {
    await good(axon, alice);
    const ping = await alice.call(axon.info(), defineSynapse({ name: 'Synapse', request: z.object({}), response: z.object({}) }), {});
    assert.equal(ping.statusCode, 200);

    const unknown = alice.prepare(axon.info(), defineSynapse({ name: 'Nope', request: z.object({}), response: z.object({}) }), {});
    const u = await raw(unknown.url, unknown.headers, unknown.body);
    assert.equal(u.status, 404);
    assert.match(u.message, /Synapse name 'Nope' not found. Available synapses \['Synapse', 'Dummy'\]/);
    assert.equal(u.headers['bt_header_axon_status_code'], '404');

    const p = alice.prepare(axon.info(), Dummy, { dummy_input: 1 });
    const { bt_header_dendrite_signature: _sig, ...unsigned } = p.headers;
    void _sig;
    const m = await raw(p.url, unsigned, p.body);
    assert.equal(m.status, 401);
    assert.equal(m.message, 'Not Verified with error: Missing signature');
    const empty = await raw(p.url, { ...p.headers, bt_header_dendrite_signature: '' }, p.body);
    assert.equal(empty.status, 401);

    const first = await raw(p.url, p.headers, p.body);
    assert.equal(first.status, 200);
    const replay = await raw(p.url, p.headers, p.body);
    assert.equal(replay.status, 401);
    assert.match(replay.message, /Nonce was already used/);
    // the unsigned timeout header cannot widen the window of a replay
    const replay2 = await raw(p.url, { ...p.headers, timeout: '60.0' }, p.body);
    assert.equal(replay2.status, 401);
    await good(axon, alice, 6);
    assert.equal(axon.stats.byStatus[401], 4);
  });
});

test('axon: forged signature, wrong axon hotkey, tampered body and mismatched body identity are refused', async () => {
  await withAxon({}, () => {}, async (axon, alice) => {
    // Charlie signs but claims to be Alice
    const p = alice.prepare(axon.info(), Dummy, { dummy_input: 2 });
    const forged = signMessage(CHARLIE, requestMessage({ nonce: p.nonce, dendriteHotkey: ALICE.ss58Address, axonHotkey: BOB.ss58Address, dendriteUuid: alice.uuid, bodyHash: p.headers.computed_body_hash }));
    const f = await raw(p.url, { ...p.headers, bt_header_dendrite_signature: forged }, p.body);
    assert.equal(f.status, 401);
    assert.match(f.message, /Signature mismatch/);
    const garbage = await raw(p.url, { ...p.headers, bt_header_dendrite_signature: '0x1234' }, p.body);
    assert.equal(garbage.status, 401);

    // signed for another axon (Charlie's hotkey): the message the axon rebuilds uses its own hotkey
    const other = alice.prepare({ ...axon.info(), hotkey: CHARLIE.ss58Address }, Dummy, { dummy_input: 2 });
    const o = await raw(other.url, other.headers, other.body);
    assert.equal(o.status, 401);

    // body changed after signing: the signed header hash no longer matches the body
    const t = alice.prepare(axon.info(), Dummy, { dummy_input: 3 });
    const tampered = await raw(t.url, t.headers, t.body.replace('"dummy_input":3', '"dummy_input":4'));
    assert.equal(tampered.status, 400);
    assert.match(tampered.message, /Hash mismatch/);

    // body claims another identity than the signed headers
    const i = alice.prepare(axon.info(), Dummy, { dummy_input: 3 });
    const liar = await raw(i.url, i.headers, i.body.replace(`"hotkey":"${ALICE.ss58Address}"`, `"hotkey":"${CHARLIE.ss58Address}"`));
    assert.equal(liar.status, 400);
    assert.match(liar.message, /identity/);

    // malformed headers and body
    const bad = alice.prepare(axon.info(), Dummy, { dummy_input: 3 });
    assert.equal((await raw(bad.url, { ...bad.headers, bt_header_dendrite_nonce: 'abc' }, bad.body)).status, 400);
    const bad2 = alice.prepare(axon.info(), Dummy, { dummy_input: 3 });
    assert.equal((await raw(bad2.url, bad2.headers, '{not json')).status, 400);
    await good(axon, alice);
  });
});

test('axon: stale and future nonces are refused with the allowed skew; fresh out-of-order nonces pass', async () => {
  await withAxon({ futureSkewS: 2, allowedDeltaS: 4 }, () => {}, async (axon, alice) => {
    const S = 1_000_000_000n;
    const signedAt = (nonce: bigint): { url: URL; headers: Record<string, string>; body: string } => {
      const p = alice.prepare(axon.info(), Dummy, { dummy_input: 9 }, 1);
      const sig = signMessage(ALICE, requestMessage({ nonce, dendriteHotkey: ALICE.ss58Address, axonHotkey: BOB.ss58Address, dendriteUuid: alice.uuid, bodyHash: p.headers.computed_body_hash }));
      return { url: p.url, headers: { ...p.headers, bt_header_dendrite_nonce: String(nonce), bt_header_dendrite_signature: sig }, body: p.body };
    };
    const now = nowNs();
    const stale = signedAt(now - 6n * S); // older than 4 s + 1 s timeout
    const s = await raw(stale.url, stale.headers, stale.body);
    assert.equal(s.status, 401);
    assert.match(s.message, /Nonce is too old/);
    const future = signedAt(now + 30n * S);
    const fu = await raw(future.url, future.headers, future.body);
    assert.equal(fu.status, 401);
    assert.match(fu.message, /future/);
    const skewed = signedAt(nowNs() + 1n * S); // within the 2 s skew
    assert.equal((await raw(skewed.url, skewed.headers, skewed.body)).status, 200);
    const older = signedAt(nowNs() - 2n * S); // older than the last one seen, but fresh and unseen
    assert.equal((await raw(older.url, older.headers, older.body)).status, 200);
    await good(axon, alice);
  });
});

test('axon: oversized body is refused with 413 before the handler; good traffic continues', async () => {
  let handled = 0;
  await withAxon({ bodyLimit: 16 * 1024 }, (axon) => axon.attach(Dummy, { forward: (r) => (handled++, { dummy_output: r.dummy_input * 2 }) }), async (axon, alice) => {
    const big = await alice.call(axon.info(), Dummy, { dummy_input: 1, pad: 'x'.repeat(64 * 1024) }, { timeoutS: 10 });
    assert.equal(big.statusCode, 413);
    assert.equal(big.ok, false);
    assert.equal(big.error?.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(handled, 0);
    await good(axon, alice);
    assert.equal(handled, 1);
  });
});

function openSocket(port: number): Promise<Socket> {
  return new Promise((res, rej) => {
    const s = connect(port, '127.0.0.1', () => res(s));
    s.once('error', rej);
  });
}

/** Dribble `text` one byte every `everyMs` until the server closes; resolves with what the server sent. */
function slowSend(port: number, text: string, everyMs: number): Promise<{ answer: string; sentBytes: number }> {
  return openSocket(port).then(
    (s) =>
      new Promise((res) => {
        let answer = '';
        let i = 0;
        s.on('data', (d) => (answer += d.toString()));
        s.on('error', () => undefined);
        const timer = setInterval(() => {
          if (i < text.length && !s.destroyed) s.write(text[i++]);
        }, everyMs);
        s.once('close', () => {
          clearInterval(timer);
          res({ answer, sentBytes: i });
        });
      }),
  );
}

test('axon: slowloris — headers or body sent slowly are cut off by the server while good calls succeed', async () => {
  await withAxon({ headersTimeoutMs: 600, requestTimeoutMs: 1200 }, () => {}, async (axon, alice) => {
    const p = alice.prepare(axon.info(), Dummy, { dummy_input: 4 });
    const head = `POST /Dummy HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(p.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\ncontent-length: ${p.body.length}\r\n\r\n`;
    // 1. headers one byte per 50 ms: would take far longer than the 600 ms headers timeout
    const slowHeaders = slowSend(axon.port, head, 50);
    // 2. headers at once, then the body one byte per 50 ms
    const q = alice.prepare(axon.info(), Dummy, { dummy_input: 4 });
    const qHead = `POST /Dummy HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(q.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\ncontent-length: ${q.body.length}\r\n\r\n`;
    const s2 = await openSocket(axon.port);
    s2.write(qHead);
    s2.on('error', () => undefined);
    const slowBody = new Promise<{ answer: string; sentBytes: number }>((res) => {
      let answer = '';
      let i = 0;
      s2.on('data', (d) => (answer += d.toString()));
      const timer = setInterval(() => {
        if (i < q.body.length && !s2.destroyed) s2.write(q.body[i++]);
      }, 50);
      s2.once('close', () => {
        clearInterval(timer);
        res({ answer, sentBytes: i });
      });
    });
    // meanwhile, real traffic is served
    for (let i = 0; i < 5; i++) await good(axon, alice, i);
    const a = await slowHeaders;
    assert.ok(a.sentBytes < head.length, 'the server closed the connection before the slow headers were complete');
    assert.match(a.answer, /^HTTP\/1\.1 408/);
    const b = await slowBody;
    assert.ok(b.sentBytes < q.body.length, 'the server closed the connection before the slow body was complete');
    await good(axon, alice, 9);
  });
});

test('axon: blacklist judges the verified hotkey (403) and runs after verification', async () => {
  const seen: string[] = [];
  await withAxon(
    {},
    (axon) =>
      axon.attach(Dummy, {
        blacklist: (info) => (seen.push(info.caller.hotkey), info.caller.hotkey === CHARLIE.ss58Address ? [true, 'Unrecognized hotkey'] : false),
        forward: (r) => ({ dummy_output: r.dummy_input * 2 }),
      }),
    async (axon, alice) => {
      const charlie = new Dendrite({ keypair: CHARLIE });
      try {
        const r = await charlie.call(axon.info(), Dummy, { dummy_input: 1 });
        assert.equal(r.statusCode, 403);
        assert.equal(r.statusMessage, 'Forbidden. Key is blacklisted: Unrecognized hotkey.');
        assert.equal(r.error?.code, 'BLACKLISTED');
        // a forged request claiming Charlie never reaches the blacklist: it fails verification first
        const p = alice.prepare(axon.info(), Dummy, { dummy_input: 1 });
        const f = await raw(p.url, { ...p.headers, bt_header_dendrite_hotkey: CHARLIE.ss58Address }, p.body);
        assert.equal(f.status, 401);
        await good(axon, alice);
        assert.deepEqual(seen, [CHARLIE.ss58Address, ALICE.ss58Address]);
      } finally {
        await charlie.close();
      }
    },
  );
});

test('axon: priority orders queued work (higher first, FIFO among equals) with bounded concurrency', async () => {
  const order: number[] = [];
  let running = 0;
  let maxRunning = 0;
  let openGate!: () => void;
  const gate = new Promise<void>((r) => (openGate = r));
  await withAxon(
    { concurrency: 1 },
    (axon) =>
      axon.attach(Job, {
        priority: (r) => r.priority,
        forward: async (r) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          if (r.id === 0) await gate;
          order.push(r.id);
          running--;
          return { done: r.id };
        },
      }),
    async (axon, alice) => {
      const first = alice.call(axon.info(), Job, { id: 0 }, { timeoutS: 20 });
      while (axon.running === 0) await sleep(5);
      const prios: [number, number][] = [
        [1, 1],
        [2, 5],
        [3, 3],
        [4, 5],
        [5, 9],
        [6, 0],
      ];
      const rest = prios.map(([id, priority]) => alice.call(axon.info(), Job, { id, priority }, { timeoutS: 20 }));
      while (axon.queued < prios.length) await sleep(5);
      openGate();
      const results = await Promise.all([first, ...rest]);
      for (const r of results) assert.equal(r.statusCode, 200);
      assert.deepEqual(order, [0, 5, 2, 4, 3, 1, 6]);
      assert.equal(maxRunning, 1);
      await good(axon, alice);
    },
  );
});

test('axon: the caller timeout is enforced server-side — the handler is aborted and the caller gets 408', async () => {
  let abortedSeen = false;
  let finishedAfterAbort = false;
  await withAxon(
    {},
    (axon) =>
      axon.attach(Job, {
        forward: (r, ctx) =>
          new Promise((resolve, reject) => {
            const t = setTimeout(() => resolve({ done: r.id }), r.holdMs);
            ctx.signal.addEventListener('abort', () => {
              abortedSeen = true;
              clearTimeout(t);
              reject(new Error('aborted'));
              setTimeout(() => (finishedAfterAbort = true), 10);
            });
          }),
      }),
    async (axon, alice) => {
      // the dendrite waits longer than the server-side deadline so the 408 comes from the axon
      const p = alice.prepare(axon.info(), Job, { id: 1, holdMs: 10_000 }, 0.5);
      const t0 = performance.now();
      const res = await raw(p.url, p.headers, p.body);
      assert.equal(res.status, 408);
      assert.equal(res.message, 'Response timeout after: 0.5s');
      assert.equal(abortedSeen, true);
      assert.ok(performance.now() - t0 < 9_000, 'answered long before the handler would have finished');
      const ok = await alice.call(axon.info(), Job, { id: 2, holdMs: 10 }, { timeoutS: 5 });
      assert.equal(ok.statusCode, 200);
      await good(axon, alice);
      void finishedAfterAbort;
    },
  );
});

test('axon: per-hotkey rate limit and in-flight limit give 429; queue overflow gives 503', async () => {
  await withAxon({ rateLimit: { perHotkey: { perSecond: 0.001, burst: 3 } } }, () => {}, async (axon, alice) => {
    for (let i = 0; i < 3; i++) await good(axon, alice, i);
    const r = await alice.call(axon.info(), Dummy, { dummy_input: 1 });
    assert.equal(r.statusCode, 429);
    assert.equal(r.error?.code, 'RATE_LIMITED');
    const bob = new Dendrite({ keypair: CHARLIE });
    try {
      await good(axon, bob); // another hotkey has its own bucket
    } finally {
      await bob.close();
    }
  });
  let release!: () => void;
  const hold = new Promise<void>((r) => (release = r));
  await withAxon(
    { concurrency: 1, maxQueue: 1, maxInFlightPerHotkey: 2 },
    (axon) => axon.attach(Job, { forward: async (r) => (await hold, { done: r.id }) }),
    async (axon, alice) => {
      const a = alice.call(axon.info(), Job, { id: 1 }, { timeoutS: 10 });
      const b = alice.call(axon.info(), Job, { id: 2 }, { timeoutS: 10 });
      while (axon.running + axon.queued < 2) await sleep(5);
      const c = await alice.call(axon.info(), Job, { id: 3 }, { timeoutS: 10 });
      assert.equal(c.statusCode, 429, 'third in-flight request of one hotkey');
      const charlie = new Dendrite({ keypair: CHARLIE });
      try {
        const d = await charlie.call(axon.info(), Job, { id: 4 }, { timeoutS: 10 });
        assert.equal(d.statusCode, 503, 'one running, one queued: the queue is full');
        assert.match(d.statusMessage, /overloaded/);
        release();
        assert.equal((await a).statusCode, 200);
        assert.equal((await b).statusCode, 200);
        await good(axon, charlie);
      } finally {
        await charlie.close();
      }
    },
  );
});

test('axon: signed responses verify; a response checked against the wrong hotkey does not', async () => {
  await withAxon({ signResponses: true }, (axon) => axon.attach(Dummy, { blacklist: (i) => i.caller.hotkey === CHARLIE.ss58Address, forward: (r) => ({ dummy_output: r.dummy_input * 2 }) }), async (axon, alice) => {
    const r = await alice.call(axon.info(), Dummy, { dummy_input: 3 }, { verifyResponseSignature: true });
    assert.equal(r.ok, true);
    assert.equal(r.responseVerified, true);
    const charlie = new Dendrite({ keypair: CHARLIE, verifyResponseSignature: true });
    try {
      const refused = await charlie.call(axon.info(), Dummy, { dummy_input: 3 });
      assert.equal(refused.statusCode, 403, 'answers to verified callers are signed, refusals included');
      assert.equal(refused.responseVerified, true);
    } finally {
      await charlie.close();
    }
    // answers to unverified requests are never signed (no signing oracle for strangers)
    const err = await alice.call(axon.info(), defineSynapse({ name: 'Missing', request: z.object({}), response: z.object({}) }), {}, { verifyResponseSignature: true });
    assert.equal(err.error?.code, 'RESPONSE_NOT_VERIFIED');
    assert.equal(err.error?.details.httpStatus, 404);
    assert.equal(err.responseVerified, false);
    // an impostor at the same address cannot pass as Charlie's axon
    const wrong = await alice.call({ ...axon.info(), hotkey: CHARLIE.ss58Address }, Dummy, { dummy_input: 3 }, { verifyResponseSignature: true });
    assert.equal(wrong.ok, false);
    assert.equal(wrong.statusCode, 401);
  });
  await withAxon({}, () => {}, async (axon, alice) => {
    const unsigned = await alice.call(axon.info(), Dummy, { dummy_input: 3 }, { verifyResponseSignature: true });
    assert.equal(unsigned.ok, false);
    assert.equal(unsigned.error?.code, 'RESPONSE_NOT_VERIFIED');
    await good(axon, alice);
  });
});

test('axon: streaming synapse sends chunks in order; a stream past its deadline is cut and reported', async () => {
  await withAxon(
    {},
    (axon) =>
      axon.attachStream(Tokens, {
        forward: async function* (r, ctx) {
          for (let i = 0; i < r.n; i++) {
            if (r.delayMs) await sleep(r.delayMs);
            if (ctx.signal.aborted) return;
            yield `tok${i} `;
          }
        },
      }),
    async (axon, alice) => {
      const s = alice.stream(axon.info(), Tokens, { n: 5 }, { timeoutS: 10 });
      let text = '';
      for await (const c of s) text += c;
      const r = await s.result;
      assert.equal(text, 'tok0 tok1 tok2 tok3 tok4 ');
      assert.equal(r.ok, true);
      assert.equal(r.statusCode, 200);

      const slow = alice.stream(axon.info(), Tokens, { n: 100, delayMs: 50 }, { timeoutS: 0.6 });
      const res = await slow.result;
      assert.equal(res.ok, false);
      assert.ok(res.statusCode === 408 || res.statusCode === 503, String(res.statusCode));
      assert.ok(res.chunks < 100);
      await good(axon, alice);
    },
  );
});

test('axon with verification on worker threads: concurrent replays are refused exactly once, forgeries fail', async () => {
  await withAxon({ verifyWorkers: 2 }, () => {}, async (axon, alice) => {
    await good(axon, alice);
    const p = alice.prepare(axon.info(), Dummy, { dummy_input: 8 });
    const both = await Promise.all([raw(p.url, p.headers, p.body), raw(p.url, p.headers, p.body), raw(p.url, p.headers, p.body)]);
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 401, 401]);
    const q = alice.prepare(axon.info(), Dummy, { dummy_input: 8 });
    const forged = signMessage(CHARLIE, requestMessage({ nonce: q.nonce, dendriteHotkey: ALICE.ss58Address, axonHotkey: BOB.ss58Address, dendriteUuid: alice.uuid, bodyHash: q.headers.computed_body_hash }));
    assert.equal((await raw(q.url, { ...q.headers, bt_header_dendrite_signature: forged }, q.body)).status, 401);
    // the failed forgery did not burn the nonce: the genuine request with it still passes
    assert.equal((await raw(q.url, q.headers, q.body)).status, 200);
    const many = await Promise.all(Array.from({ length: 40 }, (_, i) => alice.call(axon.info(), Dummy, { dummy_input: i })));
    assert.ok(many.every((r, i) => r.ok && r.response.dummy_output === 2 * i));
  });
});

test('axon: a caller that hangs up aborts its handler before the deadline', async () => {
  let reason = '';
  await withAxon(
    {},
    (axon) =>
      axon.attach(Job, {
        forward: (r, ctx) =>
          new Promise((resolve) => {
            const t = setTimeout(() => resolve({ done: r.id }), r.holdMs);
            ctx.signal.addEventListener('abort', () => {
              clearTimeout(t);
              reason = (ctx.signal.reason as Error).message;
              resolve({ done: -1 });
            });
          }),
      }),
    async (axon, alice) => {
      const p = alice.prepare(axon.info(), Job, { id: 1, holdMs: 20_000 }, 30);
      const ac = new AbortController();
      const pending = request(p.url, { method: 'POST', headers: p.headers, body: p.body, signal: ac.signal }).catch((e: Error) => e);
      while (axon.running === 0) await sleep(5);
      ac.abort();
      assert.ok((await pending) instanceof Error);
      while (reason === '') await sleep(5);
      assert.equal(reason, 'the caller closed the connection');
      while (axon.running !== 0) await sleep(5);
      await good(axon, alice);
    },
  );
});
