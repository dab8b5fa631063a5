import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SCORING, latencyFactor, normaliseWeights, rewardOf, scoreRound, type OcrMinerResponse } from './scoring.js';

const TRUTH = 'INVOICE No. 48213\nTotal due: 81.20 USD\nRef: K7QX-M4TD';
const r = (hotkey: string, text: string | null, arrivedAt: number, latencyS = 1): OcrMinerResponse => ({ hotkey, text, arrivedAt, latencyS });

test('latency factor: full credit up to fastS, linear to 0 at the timeout', () => {
  assert.equal(latencyFactor(0.5), 1);
  assert.equal(latencyFactor(2), 1);
  assert.equal(latencyFactor(7), 0.5);
  assert.equal(latencyFactor(12), 0);
  assert.equal(latencyFactor(30), 0);
  // reward = a^2 · (0.8 + 0.2 L)
  assert.equal(rewardOf(1, 1), 1);
  assert.equal(rewardOf(0.5, 1), 0.25);
  assert.ok(Math.abs(rewardOf(1, 7) - 0.9) < 1e-12);
  assert.ok(Math.abs(rewardOf(1, 12) - 0.8) < 1e-12);
});

test('better text scores higher; no answer scores 0 with reason no-response', () => {
  const s = scoreRound(TRUTH, [r('good', TRUTH, 1), r('ok', 'INVOICE No. 4B213 Tota1 due: 81.20 USD Ref: K7QX-M4TD', 2), r('bad', 'INV0ICE', 3), r('none', null, 4)]);
  assert.deepEqual(s.map((x) => x.reason), ['ok', 'ok', 'ok', 'no-response']);
  assert.equal(s[0]!.reward, 1);
  assert.ok(s[0]!.reward > s[1]!.reward && s[1]!.reward > s[2]!.reward && s[2]!.reward > 0);
  assert.equal(s[3]!.reward, 0);
});

test('copy rule: a later identical imperfect answer gets 0, the first arrival keeps its reward', () => {
  const wrong = 'INVOICE No. 4B213 Total due: 81.20 USD Ref: K7QX-M4TD';
  // the copier is listed first but arrived later: arrival time decides, not list order
  const s = scoreRound(TRUTH, [r('copier', wrong + '\n', 20), r('original', wrong, 10)]);
  assert.equal(s[1]!.reason, 'ok');
  assert.ok(s[1]!.reward > 0.8);
  assert.equal(s[0]!.reason, 'copy');
  assert.equal(s[0]!.reward, 0);
  assert.equal(s[0]!.copiedFrom, 'original');
  assert.equal(s[0]!.accuracy, s[1]!.accuracy);
});

test('copy rule: identical perfect answers are not penalised (the earlier one is never worse)', () => {
  const s = scoreRound(TRUTH, [r('a', TRUTH, 1, 1), r('b', TRUTH, 2, 8)]);
  assert.deepEqual(s.map((x) => x.reason), ['ok', 'ok']);
  assert.ok(s[0]!.reward >= s[1]!.reward);
  assert.ok(s[1]!.reward > 0);
});

test('stale rule: an answer that matches an earlier challenge better than this one scores 0', () => {
  const old = 'Kind space water letter farm\nRef: DMQ4-7HXP';
  const s = scoreRound(TRUTH, [r('replayer', old, 1), r('honest', 'INVOICE No. 48213', 2)], [old]);
  assert.equal(s[0]!.reason, 'stale');
  assert.equal(s[0]!.reward, 0);
  assert.equal(s[1]!.reason, 'ok');
  assert.ok(s[1]!.reward > 0);
  // without the history the replayed text would have earned something (that is what the rule removes)
  assert.ok(scoreRound(TRUTH, [r('replayer', old, 1)])[0]!.reward > 0);
});

test('normaliseWeights: sums to 1, zeros stay zero, all-zero stays all-zero', () => {
  const w = normaliseWeights([3, 1, 0, Number.NaN, -2]);
  assert.deepEqual(w, [0.75, 0.25, 0, 0, 0]);
  assert.deepEqual(normaliseWeights([0, 0]), [0, 0]);
  assert.throws(() => scoreRound(TRUTH, [], [], { ...DEFAULT_SCORING, timeoutS: 1, fastS: 2 }), /invalid scoring parameters/);
});
