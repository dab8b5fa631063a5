/**
 * Shared vectors (packages/sdk/vectors/synapse.json, made by the real Python Bittensor SDK) against this
 * implementation: `str()` rendering of every hashed field, body hashes, `bt_header_input_obj_*`
 * placeholders, the signed message and sr25519 verification of btwallet's signatures. The body hash
 * is also recomputed on an independent path (@noble/hashes over the vector's own strings), while the
 * code under test uses node:crypto over its own renderings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sha3_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { bodyHash, defineSynapse, EMPTY_BODY_HASH, hashedStrings, inputObjHeaders, requestMessage, timeoutHeader, type SynapseDefinition } from './synapse.js';
import { parseJsonLossless, stringifyJson } from './json.js';
import { initSynapseCrypto, verifyMessage } from './crypto.js';
import { pyFloatRepr, pyStr } from './pytype.js';
import { NonceStore } from './nonce.js';

const Inner = z.object({ x: z.int(), y: z.string().nullable().default(null), z: z.array(z.number()).default([]) });

/** The Python classes of gen_synapse_vectors.py, in zod. */
const DEFS: Record<string, SynapseDefinition> = {
  Dummy: defineSynapse({ name: 'Dummy', request: z.object({ dummy_input: z.int() }), response: z.object({ dummy_output: z.int().nullable().default(null) }), requiredHashFields: ['dummy_input'] }),
  NoHash: defineSynapse({ name: 'NoHash', request: z.object({ query: z.string() }), response: z.object({ result: z.string().nullable().default(null) }) }),
  SpecExample: defineSynapse({ name: 'SpecExample', request: z.object({ numbers: z.array(z.int()), text: z.string() }), response: z.object({}), requiredHashFields: ['numbers', 'text'] }),
  Compute: defineSynapse({
    name: 'Compute',
    request: z.object({ prompt: z.string(), weights: z.array(z.number()), k: z.int(), meta: z.record(z.string(), z.unknown()).default({}), flag: z.boolean().default(false) }),
    response: z.object({ answer: z.string().nullable().default(null), scores: z.array(z.number()).nullable().default(null) }),
    requiredHashFields: ['prompt', 'weights', 'k', 'meta', 'flag'],
  }),
  Prompting: defineSynapse({
    name: 'Prompting',
    request: z.object({ roles: z.array(z.string()), messages: z.array(z.string()) }),
    response: z.object({ completion: z.string().default('') }),
    requiredHashFields: ['messages', 'roles'],
  }),
  Floats: defineSynapse({
    name: 'Floats',
    request: z.object({ values: z.array(z.number()), scalar: z.number(), pair: z.tuple([z.int(), z.number(), z.string()]), single: z.tuple([z.int()]), maybe: z.number().nullable().default(null) }),
    response: z.object({}),
    requiredHashFields: ['values', 'scalar', 'pair', 'single', 'maybe'],
  }),
  Nested: defineSynapse({
    name: 'Nested',
    request: z.object({ inner: Inner, mapping: z.record(z.string(), z.array(z.int())), big: z.coerce.bigint(), items: z.array(Inner).default([]) }),
    response: z.object({ out: z.string().nullable().default(null) }),
    requiredHashFields: ['inner', 'mapping', 'big', 'items', 'out'],
  }),
};

interface VectorCase {
  name: string;
  synapse: string;
  fields: Record<string, unknown>;
  required_hash_fields: string[];
  hashed_strings: string[];
  body_hash: string;
  input_obj_headers: Record<string, string>;
  timeout_header: string;
  nonce: string;
  dendrite_hotkey: string;
  axon_hotkey: string;
  dendrite_uuid: string;
  message: string;
  signature: string;
}
const FILE = new URL('../../vectors/synapse.json', import.meta.url);
const vectors = parseJsonLossless(readFileSync(FILE, 'utf8')) as { empty_body_hash: string; cases: VectorCase[] };

/** Field values as an axon sees them: parsed request, raw response fields (None when absent). */
function valuesOf(def: SynapseDefinition, fields: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...(def.request.parse(fields) as Record<string, unknown>) };
  for (const k of Object.keys(def.response.shape)) values[k] = fields[k] ?? null;
  return values;
}

test('vectors: the file has several synapses and the empty hash of spec §1.4', () => {
  assert.ok(vectors.cases.length >= 8);
  assert.equal(vectors.empty_body_hash, EMPTY_BODY_HASH);
  assert.equal(new Set(vectors.cases.map((c) => c.synapse)).size, Object.keys(DEFS).length);
});

for (const c of vectors.cases) {
  test(`vectors: ${c.name} — str() renderings, body hash, placeholders, signed message`, async () => {
    await initSynapseCrypto();
    const def = DEFS[c.synapse];
    assert.deepEqual(def.requiredHashFields, c.required_hash_fields);
    const values = valuesOf(def, c.fields);
    assert.deepEqual(hashedStrings(def, values, c.fields), c.hashed_strings);
    assert.equal(bodyHash(def, values, c.fields), c.body_hash);
    // independent path: @noble/hashes over the Python strings
    const inner = c.hashed_strings.map((s) => bytesToHex(sha3_256(utf8ToBytes(s)))).join('');
    assert.equal(bytesToHex(sha3_256(utf8ToBytes(inner))), c.body_hash);
    const headers: Record<string, string> = {};
    inputObjHeaders(def, values, headers);
    assert.deepEqual(headers, c.input_obj_headers);
    assert.equal(timeoutHeader(12), c.timeout_header);
    const message = requestMessage({ nonce: BigInt(c.nonce), dendriteHotkey: c.dendrite_hotkey, axonHotkey: c.axon_hotkey, dendriteUuid: c.dendrite_uuid, bodyHash: c.body_hash });
    assert.equal(message, c.message);
    assert.equal(verifyMessage(c.dendrite_hotkey, c.message, c.signature), true);
    assert.equal(verifyMessage(c.dendrite_hotkey, c.message.replace(/.$/, (ch) => (ch === '0' ? '1' : '0')), c.signature), false);
    assert.equal(verifyMessage(c.axon_hotkey, c.message, c.signature), false);
  });
}

test('vectors: a body written by stringifyJson and parsed back hashes the same (dict order kept)', () => {
  for (const c of vectors.cases) {
    const def = DEFS[c.synapse];
    // c.fields came from the lossless reader (it remembers the order of integer-like keys); our writer
    // must emit that order again for the hash to survive the round trip
    const text = stringifyJson(c.fields);
    const back = parseJsonLossless(text) as Record<string, unknown>;
    assert.equal(bodyHash(def, valuesOf(def, back), back), c.body_hash, c.name);
  }
});

test('pyFloatRepr and pyStr follow CPython', () => {
  const cases: [number, string][] = [
    [0.1, '0.1'],
    [1e22, '1e+22'],
    [1e-7, '1e-07'],
    [123.0, '123.0'],
    [-1.5e-10, '-1.5e-10'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
    [9007199254740993, '9007199254740992.0'],
  ];
  for (const [x, s] of cases) assert.equal(pyFloatRepr(x), s);
  assert.equal(pyStr('a\'b"c', { kind: 'list', item: { kind: 'str' } }), "'a\\'b\"c'");
  assert.equal(pyStr(['a\'b"c'], { kind: 'list', item: { kind: 'str' } }), "['a\\'b\"c']");
  assert.equal(pyStr({ k: [true, null, 2n] }), "{'k': [True, None, 2]}");
  assert.equal(pyStr([[1]], { kind: 'tuple', items: [{ kind: 'tuple', items: [{ kind: 'int' }], rest: undefined }], rest: undefined }), '((1,),)');
});

test('parseJsonLossless keeps big integers exact and rejects malformed text', () => {
  const v = parseJsonLossless('{"n": 1767225600123456789, "s": 12, "f": 1.5e3, "neg": -99999999999999999999, "u":"\\u00e9"}') as Record<string, unknown>;
  assert.equal(v.n, 1767225600123456789n);
  assert.equal(v.s, 12);
  assert.equal(v.f, 1500);
  assert.equal(v.neg, -99999999999999999999n);
  assert.equal(v.u, 'é');
  for (const bad of ['{', '{"a":}', '[1,]', '{"a":1} x', '"abc', '01']) assert.throws(() => parseJsonLossless(bad), SyntaxError, bad);
  assert.equal(stringifyJson({ n: 2n ** 70n, m: new Map([['10', 1], ['a', 2]]), u: undefined }), '{"n":1180591620717411303424,"m":{"10":1,"a":2}}');
});

test('defineSynapse refuses bad names, duplicate and unknown hash fields', () => {
  const r = z.object({ a: z.int() });
  assert.throws(() => defineSynapse({ name: 'has space', request: r, response: z.object({}) }), /Python identifier/);
  assert.throws(() => defineSynapse({ name: 'X', request: r, response: z.object({ a: z.int() }) }), /both request and response/);
  assert.throws(() => defineSynapse({ name: 'X', request: z.object({ timeout: z.number() }), response: z.object({}) }), /base field/);
  assert.throws(() => defineSynapse({ name: 'X', request: r, response: z.object({}), requiredHashFields: ['b' as 'a'] }), /not a field/);
});

test('NonceStore: window in both directions, replay, out-of-order, bounded memory with a rising floor', () => {
  const S = 1_000_000_000n;
  const store = new NonceStore({ allowedDeltaNs: 4n * S, futureSkewNs: 2n * S, maxTimeoutS: 10 }, 3);
  const now = 1_800_000_000n * S;
  assert.equal(store.check('h', 'u', now - 16n * S, 12, now).ok, false, 'older than 4 s + capped timeout (10 s)');
  assert.match((store.check('h', 'u', now - 15n * S, 100, now) as { reason: string }).reason, /too old/);
  assert.equal(store.check('h', 'u', now - 13n * S, 12, now).ok, true);
  assert.match((store.check('h', 'u', now + 3n * S, 12, now) as { reason: string }).reason, /future/);
  assert.equal(store.check('h', 'u', now + 1n * S, 12, now).ok, true);
  store.commit('h', 'u', now, now);
  assert.match((store.check('h', 'u', now, 12, now) as { reason: string }).reason, /already used/);
  assert.equal(store.check('h', 'u', now - 1n, 12, now).ok, true, 'an older unseen nonce is accepted (out of order)');
  assert.equal(store.check('h', 'other-uuid', now, 12, now).ok, true);
  store.commit('h', 'u', now - 1n, now);
  store.commit('h', 'u', now + 1n, now);
  store.commit('h', 'u', now + 2n, now); // capacity 3: evicts `now`, floor rises to it
  assert.equal(store.size, 3);
  assert.equal(store.check('h', 'u', now, 12, now).ok, false);
  assert.equal(store.check('h', 'other-uuid', now - 5n, 12, now).ok, false, 'below the floor');
  // entries expire once they leave the window (4 s + max timeout 10 s)
  store.sweep(now + 15n * S);
  assert.equal(store.size, 0);
});
