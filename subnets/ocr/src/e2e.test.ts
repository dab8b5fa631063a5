/**
 * End to end on loopback with real axons and a real dendrite: three honest miners (one per strategy),
 * a replaying miner and a copying miner, queried by the validator loop for a few rounds and scored.
 * One tesseract worker per strategy, created once for the file.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { Keypair } from '@tensorium/sdk/wallet/keypair';
import { Axon } from '@tensorium/sdk/axon/index';
import { Dendrite } from '@tensorium/sdk/dendrite/index';
import { defineSynapse, requestMessage, signMessage } from '@tensorium/sdk/synapse/index';
import { OcrSynapse, type OcrResponseInput } from './synapse.js';
import { createTesseractEngine, type TesseractEngine } from './miner/engine.js';
import { createOcrMinerHandler, type OcrMinerHandler } from './miner/handler.js';
import { createTesseractPreprocessedStrategy } from './miner/strategies.js';
import { createOcrValidatorTask, runOcrRound, type OcrRoundResult } from './validator/task.js';
import { normaliseWeights } from './validator/scoring.js';
import { normaliseText } from './text.js';

const VALIDATOR = Keypair.fromUri('//Alice');
const RAW = Keypair.fromUri('//Bob');
const PRE = Keypair.fromUri('//Charlie');
const WEAK = Keypair.fromUri('//Dave');
const REPLAYER = Keypair.fromUri('//Eve');
const COPIER = Keypair.fromUri('//Ferdie');
const ROUNDS = 4;

const engines: TesseractEngine[] = [];
const handlers: OcrMinerHandler[] = [];
const axons: Axon[] = [];
let validator: Dendrite;
let copierDendrite: Dendrite;
const rounds: OcrRoundResult[] = [];

async function serve(keypair: Keypair, miner: OcrMinerHandler | ((req: { task_id: string; image: string }, signal: AbortSignal) => Promise<OcrResponseInput>)): Promise<Axon> {
  const axon = new Axon({ keypair, port: 0, host: '127.0.0.1' });
  axon.attach(OcrSynapse, typeof miner === 'function' ? { forward: (req, ctx) => miner(req, ctx.signal) } : miner.hooks());
  await axon.start();
  axons.push(axon);
  return axon;
}

before(async () => {
  for (let i = 0; i < 3; i++) engines.push(await createTesseractEngine());
  const [rawEngine, preEngine, weakEngine] = engines as [TesseractEngine, TesseractEngine, TesseractEngine];
  const raw = createOcrMinerHandler('tesseract-raw', { engine: rawEngine });
  const pre = createOcrMinerHandler('tesseract-preprocessed', { engine: preEngine });
  const weak = createOcrMinerHandler('weak', { engine: weakEngine });
  handlers.push(raw, pre, weak);
  await serve(RAW, raw);
  const preAxon = await serve(PRE, pre);
  await serve(WEAK, weak);

  // Replayer: answers its first query honestly, then sends that cached answer to every later query. Its own
  // pipeline (3× upscale, no deskew) so its honest first answer is not identical to another miner's.
  const replayerOcr = createOcrMinerHandler(createTesseractPreprocessedStrategy({ engine: rawEngine, upscale: 3, deskew: false }));
  handlers.push(replayerOcr);
  let cached: OcrResponseInput | undefined;
  await serve(REPLAYER, async (req, signal) => (cached ??= await replayerOcr.handle(req, signal)));

  // Copier: forwards the validator's image to the preprocessed miner under its own key and returns that answer.
  copierDendrite = new Dendrite({ keypair: COPIER });
  await serve(COPIER, async (req) => {
    const r = await copierDendrite.call(preAxon.info(), OcrSynapse, req, { timeoutS: 60 });
    return { text: r.ok ? r.response.text : null };
  });
  validator = new Dendrite({ keypair: VALIDATOR });
});

after(async () => {
  await validator?.close();
  await copierDendrite?.close();
  for (const a of axons) await a.stop();
  for (const h of handlers) await h.close();
  for (const e of engines) await e.terminate();
});

const hotkeys = [RAW, PRE, WEAK, REPLAYER, COPIER].map((k) => k.ss58Address);
const [iRaw, iPre, iWeak, iReplay, iCopy] = [0, 1, 2, 3, 4] as const;

test('validator rounds over real axons: incentive follows quality (preprocessed ≥ raw > weak)', async (t) => {
  // latency is out of the picture on a busy test machine (fastS 60): the order is decided by accuracy alone
  const task = createOcrValidatorTask({ seed: 'ocr-e2e', scoring: { fastS: 60, timeoutS: 90 } });
  const targets = axons.map((a) => a.info());
  assert.deepEqual(targets.map((t) => t.hotkey), hotkeys);
  for (let i = 0; i < ROUNDS; i++) rounds.push(await runOcrRound(validator, targets, task));

  const total = hotkeys.map((_, m) => rounds.reduce((s, r) => s + r.scored[m]!.reward, 0));
  const weights = normaliseWeights(total);
  const acc = hotkeys.map((_, m) => rounds.reduce((s, r) => s + r.scored[m]!.accuracy, 0) / ROUNDS);
  const info = JSON.stringify({ weights: weights.map((w) => +w.toFixed(3)), meanAccuracy: acc.map((a) => +a.toFixed(3)) });
  t.diagnostic(`miners [raw, preprocessed, weak, replayer, copier]: ${info}`);
  for (const r of rounds) for (const m of [iRaw, iPre, iWeak]) assert.ok(r.responses[m]!.text !== null, `${hotkeys[m]} answered`);
  assert.ok(weights[iPre]! >= weights[iRaw]!, info);
  assert.ok(weights[iRaw]! > weights[iWeak]!, info);
  assert.ok(acc[iPre]! > 0.6, info);
  assert.ok(Math.abs(weights.reduce((a, b) => a + b, 0) - 1) < 1e-9);
});

test('attack: the replaying miner earns nothing after its first answer (stale)', () => {
  assert.equal(rounds.length, ROUNDS);
  assert.equal(rounds[0]!.scored[iReplay]!.reason, 'ok');
  for (const r of rounds.slice(1)) {
    assert.equal(r.responses[iReplay]!.text, rounds[0]!.responses[iReplay]!.text);
    assert.equal(r.scored[iReplay]!.reason, 'stale');
    assert.equal(r.scored[iReplay]!.reward, 0);
    assert.equal(r.weights[iReplay], 0);
  }
});

test('attack: the copier gets 0 for a copied imperfect answer, never more than the original', () => {
  assert.equal(rounds.length, ROUNDS);
  let penalised = 0;
  for (const r of rounds) {
    const original = r.scored[iPre]!;
    const copy = r.scored[iCopy]!;
    assert.equal(r.responses[iCopy]!.text, r.responses[iPre]!.text);
    assert.ok(r.responses[iCopy]!.arrivedAt > r.responses[iPre]!.arrivedAt);
    assert.equal(original.reason, 'ok');
    if (normaliseText(r.responses[iPre]!.text!) !== normaliseText(r.query.groundTruth)) {
      assert.equal(copy.reason, 'copy');
      assert.equal(copy.copiedFrom, PRE.ss58Address);
      assert.equal(copy.reward, 0);
      penalised++;
    } else {
      assert.ok(copy.reward <= original.reward);
    }
  }
  assert.ok(penalised > 0, 'at least one round had an imperfect answer to copy');
});

test('attack: the miner axon refuses an unknown synapse (404) and a forged signature (401)', async () => {
  const target = axons[iPre]!.info();
  const unknown = await validator.call(target, defineSynapse({ name: 'TranslateSynapse', request: z.object({ text: z.string() }), response: z.object({}) }), { text: 'x' }, { timeoutS: 10 });
  assert.equal(unknown.ok, false);
  assert.equal(unknown.statusCode, 404);

  const query = createOcrValidatorTask({ seed: 'forged' }).generateQuery();
  const p = validator.prepare(target, OcrSynapse, query.request, 10);
  // Eve signs a request that claims to come from the validator
  const forged = signMessage(REPLAYER, requestMessage({ nonce: p.nonce, dendriteHotkey: VALIDATOR.ss58Address, axonHotkey: target.hotkey, dendriteUuid: validator.uuid, bodyHash: p.headers.computed_body_hash! }));
  const res = await fetch(p.url, { method: 'POST', headers: { ...p.headers, bt_header_dendrite_signature: forged }, body: p.body });
  assert.equal(res.status, 401);
  assert.match(await res.text(), /Signature mismatch/);
  // the genuine request (same nonce, validator's signature) is still served
  const ok = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
  assert.equal(ok.status, 200);
  const body = (await ok.json()) as { text: string | null };
  assert.equal(typeof body.text, 'string');
});
