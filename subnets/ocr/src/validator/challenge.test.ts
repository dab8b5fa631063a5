import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateChallenge } from './challenge.js';
import { availableFontFamilies } from './render.js';
import { createOcrValidatorTask } from './task.js';
import { decodePng } from '../miner/preprocess.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('a challenge is reproducible from (seed, round): same bytes, same ground truth', () => {
  const a = generateChallenge('seed-1', 3);
  const b = generateChallenge('seed-1', 3);
  assert.equal(a.taskId, b.taskId);
  assert.equal(a.groundTruth, b.groundTruth);
  assert.ok(a.png.equals(b.png));
  assert.ok(a.png.subarray(0, 8).equals(PNG_MAGIC));
});

test('every challenge is fresh: task id, nonce and content differ across rounds and seeds', () => {
  const seen = new Set<string>();
  const nonces = new Set<string>();
  for (const seed of ['s1', 's2']) {
    for (let round = 0; round < 15; round++) {
      const c = generateChallenge(seed, round);
      assert.ok(!seen.has(c.taskId));
      seen.add(c.taskId);
      nonces.add(c.nonce);
      assert.ok(c.groundTruth.endsWith(`Ref: ${c.nonce}`));
    }
  }
  assert.equal(nonces.size, 30);
});

test('documents: all kinds, several font families, invoices with consistent totals', async () => {
  const kinds = new Set<string>();
  const fonts = new Set<string>();
  for (let round = 0; round < 24; round++) {
    const c = generateChallenge('kinds', round);
    kinds.add(c.kind);
    fonts.add(c.style.fontFamily);
    const img = await decodePng(c.png);
    assert.ok(img.width > 100 && img.height > 50);
  }
  assert.deepEqual([...kinds].sort(), ['invoice', 'numbers', 'words']);
  assert.ok(availableFontFamilies().length >= 1);
  assert.ok(fonts.size >= Math.min(3, availableFontFamilies().length), [...fonts].join(', '));

  const inv = generateChallenge('invoice', 0, { kind: 'invoice' });
  const cents = (s: string): number => Math.round(Number(s.replace(/,/g, '')) * 100);
  const items = [...inv.groundTruth.matchAll(/^(\d+) x .+ @ ([\d,.]+) = ([\d,.]+)$/gm)];
  assert.ok(items.length >= 2);
  let subtotal = 0;
  for (const [, qty, unit, amount] of items) {
    assert.equal(Number(qty) * cents(unit!), cents(amount!));
    subtotal += cents(amount!);
  }
  assert.equal(cents(/^Subtotal: ([\d,.]+)$/m.exec(inv.groundTruth)![1]!), subtotal);
  const tax = cents(/^Tax \d+%: ([\d,.]+)$/m.exec(inv.groundTruth)![1]!);
  assert.equal(cents(/^Total due: ([\d,.]+) USD$/m.exec(inv.groundTruth)![1]!), subtotal + tax);
  assert.match(inv.groundTruth, /^Date: (\d{4}-\d\d-\d\d|\d\d\/\d\d\/\d{4})$/m);
});

test('validator task: seeded queries, request carries the PNG, scores in response order', () => {
  const t1 = createOcrValidatorTask({ seed: 'task' });
  const t2 = createOcrValidatorTask({ seed: 'task' });
  const q1 = t1.generateQuery();
  const q2 = t2.generateQuery();
  assert.equal(q1.request.task_id, q2.request.task_id);
  assert.equal(q1.request.image, q2.request.image);
  assert.ok(Buffer.from(q1.request.image, 'base64').equals(q1.challenge.png));
  assert.notEqual(t1.generateQuery().request.task_id, q1.request.task_id);
  const rewards = t1.score(q1, [
    { hotkey: 'a', text: null, latencyS: 1, arrivedAt: 1 },
    { hotkey: 'b', text: q1.groundTruth, latencyS: 1, arrivedAt: 2 },
  ]);
  assert.deepEqual(rewards, [0, 1]);
  // an unseeded task draws a random secret seed
  assert.notEqual(createOcrValidatorTask().seed, createOcrValidatorTask().seed);
});
