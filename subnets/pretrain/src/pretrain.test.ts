/**
 * The pretraining subnet end to end on loopback: miners of different capacity and training budget
 * train real TF.js models, serve them over real axons, and a validator fetches them over a real
 * dendrite, checks them against their commitments, evaluates and weights them. Plus the pieces on
 * their own: corpus splits and sampling, the model file format, commitments, and the scoring rule.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import * as tf from '@tensorflow/tfjs';
import { Axon, Dendrite, Keypair } from '@tensorium/sdk';
import {
  ModelSynapse,
  buildModel,
  commitmentFor,
  computeWeights,
  corpusSplits,
  createPretrainMinerHandler,
  createPretrainValidatorTask,
  decodeTokens,
  encodeText,
  evaluateModel,
  initBackend,
  loadModel,
  modelHash,
  parseCommitment,
  sampleHeldOut,
  serializeModel,
  trainMinerModel,
  PretrainError,
  VOCAB_SIZE,
  type MinerModel,
  type PretrainMinerTarget,
} from './index.js';

before(async () => {
  assert.equal(await initBackend(), 'wasm', 'the wasm backend initialises from node_modules');
});

// ------------------------------------------------------------------------------------------ public API

test('public API: the export list changes only on purpose', async () => {
  const api = await import('./index.js');
  assert.deepEqual(Object.keys(api).sort(), [
    'ALLOWED_LAYERS', 'COMMITMENT_PREFIX', 'DEFAULT_CHUNK_BYTES', 'DEFAULT_EPSILON', 'DEFAULT_TEMPERATURE', 'HELD_OUT_EVERY',
    'MAX_CONTEXT', 'MAX_MODEL_BYTES', 'MAX_PARAMETERS', 'MODEL_PRESETS', 'ModelSynapse', 'PREDICTED_PER_SAMPLE', 'PretrainError',
    'SeededRandom', 'UNKNOWN_TOKEN', 'VOCAB', 'VOCAB_SIZE', 'buildModel', 'commitmentFor', 'computeWeights', 'contextOf',
    'corpusSplits', 'createPretrainMinerHandler', 'createPretrainValidatorTask', 'decodeTokens', 'encodeText', 'evaluateModel',
    'fetchModelBytes', 'initBackend', 'loadModel', 'modelHash', 'oneHotContexts', 'parseCommitment', 'sampleHeldOut',
    'sampleWindows', 'serializeModel', 'trainMinerModel', 'trainModel', 'wasmDirectory',
  ]);
});

// ------------------------------------------------------------------------------------------ corpus

test('corpus: held-out chapters are disjoint from training chapters; sampling is seeded', () => {
  const s = corpusSplits();
  assert.ok(s.train.length > 800_000 && s.heldOut.length > 150_000, `${s.train.length} / ${s.heldOut.length}`);
  assert.equal(s.trainChapters.filter((c) => s.heldOutChapters.includes(c)).length, 0);
  assert.equal(decodeTokens(encodeText('Call me  Ishmael—1851!')), 'call me ishmael-0000!');
  const a = sampleHeldOut('block-hash-1', 16);
  const b = sampleHeldOut('block-hash-1', 16);
  const c = sampleHeldOut('block-hash-2', 16);
  assert.deepEqual(a.map((w) => decodeTokens(w)), b.map((w) => decodeTokens(w)));
  assert.notDeepEqual(a.map((w) => decodeTokens(w)), c.map((w) => decodeTokens(w)));
  // every sample really comes from the held-out text
  const heldOut = decodeTokens(s.heldOut);
  for (const w of c) assert.ok(heldOut.includes(decodeTokens(w)));
});

// ------------------------------------------------------------------------------------------ model file

test('model file: deterministic bytes, faithful round trip, tampering and foreign layers rejected', async () => {
  const m = buildModel('small', 7);
  try {
    const bytes = await serializeModel(m);
    assert.deepEqual(await serializeModel(m), bytes, 'same model → same bytes → same hash');
    assert.match(modelHash(bytes), /^[0-9a-f]{64}$/);
    const loaded = await loadModel(bytes);
    try {
      assert.equal(loaded.context, 6);
      const samples = sampleHeldOut('rt', 4);
      const before_ = await evaluateModel(m, samples);
      const tensorsBefore = tf.memory().numTensors;
      const after = await evaluateModel(loaded.model, samples);
      assert.equal(tf.memory().numTensors, tensorsBefore, 'evaluation leaks no tensors');
      assert.deepEqual([...after.perSample], [...before_.perSample]);
      // an untrained model is close to uniform: loss ≈ ln(V)
      assert.ok(Math.abs(after.meanLoss - Math.log(VOCAB_SIZE)) < 0.3, String(after.meanLoss));
    } finally {
      loaded.model.dispose();
    }
    const flipped = bytes.slice();
    flipped[flipped.length - 3] ^= 0x40;
    assert.notEqual(modelHash(flipped), modelHash(bytes));
    await assert.rejects(loadModel(bytes.subarray(0, bytes.length - 4)), (e: PretrainError) => e.code === 'BAD_MODEL_FILE');
    await assert.rejects(loadModel(new TextEncoder().encode('{"modelTopology":{}}')), (e: PretrainError) => e.code === 'BAD_MODEL_FILE');
  } finally {
    m.dispose();
  }
  const conv = tf.sequential();
  conv.add(tf.layers.conv1d({ filters: 4, kernelSize: 3, inputShape: [8, VOCAB_SIZE] }));
  conv.add(tf.layers.flatten());
  conv.add(tf.layers.dense({ units: VOCAB_SIZE }));
  try {
    await assert.rejects(loadModel(await serializeModel(conv)), (e: PretrainError) => e.code === 'MODEL_NOT_ALLOWED' && /Conv1D/.test(e.message));
  } finally {
    conv.dispose();
  }
  const wrongOut = tf.sequential();
  wrongOut.add(tf.layers.flatten({ inputShape: [4, VOCAB_SIZE] }));
  wrongOut.add(tf.layers.dense({ units: 3 }));
  try {
    await assert.rejects(loadModel(await serializeModel(wrongOut)), (e: PretrainError) => e.code === 'MODEL_NOT_ALLOWED');
  } finally {
    wrongOut.dispose();
  }
});

test('commitment: pt1:<sha256 hex> fits the 128-byte commitment and round-trips', () => {
  const h = 'ab'.repeat(32);
  const c = commitmentFor(h);
  assert.equal(c, `pt1:${h}`);
  assert.ok(new TextEncoder().encode(c).length <= 128);
  assert.equal(parseCommitment(c).modelHash, h);
  assert.equal(parseCommitment(new TextEncoder().encode(c)).modelHash, h);
  for (const bad of ['', h, `pt1:${h.slice(2)}`, `pt1:${h.toUpperCase()}`, `pt2:${h}`]) {
    assert.throws(() => parseCommitment(bad), (e: PretrainError) => e.code === 'BAD_COMMITMENT', bad);
  }
  assert.throws(() => commitmentFor('xyz'), (e: PretrainError) => e.code === 'BAD_COMMITMENT');
});

// ------------------------------------------------------------------------------------------ scoring

test('scoring: win rate with an epsilon for the older commitment; copies get nothing', () => {
  const base = [2.0, 2.1, 1.9, 2.05, 2.2, 1.95, 2.0, 2.1];
  const better = base.map((x) => x * 0.9); // 10% better: beats the epsilon
  const nearCopy = base.map((x) => x * 0.998); // 0.2% better: inside the epsilon
  const worse = base.map((x) => x * 1.2);
  const r = computeWeights(
    [
      { uid: 0, modelHash: 'a', commitBlock: 10, losses: base },
      { uid: 1, modelHash: 'b', commitBlock: 20, losses: nearCopy },
      { uid: 2, modelHash: 'a', commitBlock: 30, losses: base }, // byte-identical copy of uid 0
      { uid: 3, modelHash: 'c', commitBlock: 5, losses: worse },
      { uid: 4, modelHash: undefined, commitBlock: 1, losses: undefined },
    ],
    { epsilon: 0.005 },
  );
  const by = new Map(r.map((s) => [s.uid, s]));
  assert.equal(by.get(2)!.weight, 0);
  assert.equal(by.get(2)!.copyOf, 0);
  assert.equal(by.get(4)!.weight, 0);
  assert.equal(by.get(4)!.eligible, false);
  // the near-copy loses every sample to the older original, wins against the worse model
  assert.equal(by.get(0)!.winRate, 1);
  assert.equal(by.get(1)!.winRate, 0.5);
  assert.equal(by.get(3)!.winRate, 0);
  assert.ok(by.get(0)!.weight > by.get(1)!.weight && by.get(1)!.weight > by.get(3)!.weight);
  assert.ok(Math.abs(r.reduce((s, x) => s + x.weight, 0) - 1) < 1e-12);
  // a genuine improvement beyond epsilon overtakes the older model
  const r2 = computeWeights([
    { uid: 0, modelHash: 'a', commitBlock: 10, losses: base },
    { uid: 1, modelHash: 'b', commitBlock: 20, losses: better },
  ]);
  assert.equal(r2[1].winRate, 1);
  assert.ok(r2[1].weight > 0.99);
  // the same copy committed *earlier* would make the other one the copy
  const r3 = computeWeights([
    { uid: 0, modelHash: 'a', commitBlock: 40, losses: base },
    { uid: 2, modelHash: 'a', commitBlock: 30, losses: base },
  ]);
  assert.equal(r3[0].copyOf, 2);
  assert.equal(r3[1].weight, 1);
  assert.deepEqual(
    computeWeights([{ uid: 0, modelHash: undefined, commitBlock: 0, losses: undefined }]).map((s) => s.weight),
    [0],
  );
});

// ------------------------------------------------------------------------------------------ end to end

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

test('round on loopback: more training → lower loss → more weight; copiers, liars, broken and silent miners get nothing', async () => {
  // three honest miners: capacity and training budget differ
  const [weak, mid, strong]: MinerModel[] = [
    await trainMinerModel({ shape: 'small', steps: 20, seed: 'miner-a', initSeed: 1 }),
    await trainMinerModel({ shape: 'small', steps: 120, seed: 'miner-b', initSeed: 2 }),
    await trainMinerModel({ shape: 'medium', steps: 300, seed: 'miner-c', initSeed: 3 }),
  ];
  const tampered = mid.bytes.slice();
  tampered[tampered.length - 10] ^= 0x01;
  const conv = tf.sequential(); // a well-formed file with a layer the competition does not allow
  conv.add(tf.layers.conv1d({ filters: 4, kernelSize: 3, inputShape: [8, VOCAB_SIZE] }));
  conv.add(tf.layers.flatten());
  conv.add(tf.layers.dense({ units: VOCAB_SIZE }));
  const convBytes = await serializeModel(conv);
  conv.dispose();

  const served: { uid: number; bytes: Uint8Array; chunkBytes?: number; commitment?: { data: string; block: number } }[] = [
    { uid: 0, bytes: weak.bytes, commitment: { data: weak.commitment, block: 100 } },
    { uid: 1, bytes: mid.bytes, commitment: { data: mid.commitment, block: 101 } },
    { uid: 2, bytes: strong.bytes, chunkBytes: 16 * 1024, commitment: { data: strong.commitment, block: 102 } }, // several chunks
    { uid: 3, bytes: strong.bytes, commitment: { data: strong.commitment, block: 150 } }, // copier: republishes uid 2's model later
    { uid: 4, bytes: tampered, commitment: { data: mid.commitment, block: 103 } }, // serves bytes that do not match its commitment
    { uid: 5, bytes: mid.bytes }, // serves, never committed
    { uid: 6, bytes: convBytes, commitment: { data: commitmentFor(modelHash(convBytes)), block: 104 } }, // model breaks the rules
    { uid: 7, bytes: weak.bytes, commitment: { data: 'https://example.org/my-model', block: 105 } }, // not a pt1 commitment
  ];
  const axons = served.map((m) => {
    const axon = new Axon({ keypair: Keypair.fromUri(`//PretrainMiner${m.uid}`), port: 0, host: '127.0.0.1' });
    axon.attach(ModelSynapse, createPretrainMinerHandler({ model: m.bytes, ...(m.chunkBytes ? { chunkBytes: m.chunkBytes } : {}) }));
    return axon;
  });
  const dendrite = new Dendrite({ keypair: Keypair.fromUri('//Alice') });
  const task = createPretrainValidatorTask({ samples: 48, log: (l) => process.env.PRETRAIN_LOG && console.info(l) });
  try {
    await Promise.all(axons.map((a) => a.start()));
    const miners: PretrainMinerTarget[] = served.map((m, i) => ({ uid: m.uid, axon: axons[i].info(), commitment: m.commitment }));
    // uid 8 front-ran uid 0: it committed uid 0's hash *earlier* (block 90 < 100) but cannot serve the
    // bytes (nobody listens at its address) — so it is not the original and uid 0 is not a copy
    miners.push({ uid: 8, axon: { ip: '127.0.0.1', port: await closedPort(), hotkey: Keypair.fromUri('//PretrainMiner8').ss58Address }, commitment: { data: weak.commitment, block: 90 } });

    const round1 = await task.runRound({ dendrite, miners, seed: 'block-0xaaaa' });
    const o = new Map(round1.outcomes.map((x) => [x.uid, x]));
    assert.equal(round1.backend, 'wasm');
    assert.deepEqual(
      round1.outcomes.map((x) => x.status),
      ['ok', 'ok', 'ok', 'copy', 'hash_mismatch', 'no_commitment', 'invalid_model', 'bad_commitment', 'fetch_failed'],
    );
    // ranking follows loss, and loss follows training
    assert.ok(o.get(2)!.meanLoss < o.get(1)!.meanLoss && o.get(1)!.meanLoss < o.get(0)!.meanLoss, JSON.stringify(round1.outcomes.map((x) => x.meanLoss)));
    assert.ok(o.get(2)!.weight > o.get(1)!.weight && o.get(1)!.weight > o.get(0)!.weight && o.get(0)!.weight > 0);
    assert.ok(o.get(2)!.weight > 0.9, 'the best model wins most');
    assert.equal(o.get(3)!.copyOf, 2);
    assert.equal(o.get(4)!.error?.code, 'HASH_MISMATCH');
    assert.equal(o.get(6)!.error?.code, 'MODEL_NOT_ALLOWED');
    assert.equal(o.get(7)!.error?.code, 'BAD_COMMITMENT');
    assert.equal(o.get(8)!.error?.code, 'FETCH_FAILED');
    assert.equal(o.get(0)!.copyOf, undefined, 'an earlier commitment that is never served does not make the original a copy');
    for (const uid of [3, 4, 5, 6, 7, 8]) assert.equal(o.get(uid)!.weight, 0, `uid ${uid}`);
    assert.deepEqual([...round1.uids].sort(), [0, 1, 2]);
    assert.ok(Math.abs(round1.weights.reduce((s, w) => s + w, 0) - 1) < 1e-12);
    // the strong model went over the wire in several chunks
    assert.ok(axons[2].stats.served >= Math.ceil(strong.bytes.length / (16 * 1024)));

    // next round: fresh samples, cached models (a miner is not re-downloaded while its commitment stands)
    const servedBefore = axons.map((a) => a.stats.served);
    const round2 = await task.runRound({ dendrite, miners, seed: 'block-0xbbbb' });
    const o2 = new Map(round2.outcomes.map((x) => [x.uid, x]));
    assert.notEqual(o2.get(2)!.meanLoss, o.get(2)!.meanLoss, 'fresh samples each round');
    assert.ok(o2.get(2)!.weight > o2.get(1)!.weight && o2.get(1)!.weight > o2.get(0)!.weight);
    assert.deepEqual(axons.slice(0, 3).map((a) => a.stats.served), servedBefore.slice(0, 3));
    assert.equal(o2.get(4)!.status, 'hash_mismatch', 'a liar is re-checked every round');
    assert.equal(o2.get(6)!.status, 'invalid_model');
    assert.equal(axons[6].stats.served, servedBefore[6], 'a hash known to be invalid is not downloaded again');
  } finally {
    task.dispose();
    await dendrite.close();
    await Promise.all(axons.map((a) => a.stop()));
  }
});
