/** The public surface the subnet framework plugs in: changes to it should be deliberate. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ocr from './index.js';

test('index exports the synapse, generator, scorer, strategies and the task/handler pair', () => {
  const names = Object.keys(ocr).sort();
  for (const name of [
    'OcrSynapse',
    'OcrError',
    'generateChallenge',
    'generateContent',
    'renderDocument',
    'scoreRound',
    'rewardOf',
    'latencyFactor',
    'normaliseWeights',
    'characterAccuracy',
    'createOcrValidatorTask',
    'runOcrRound',
    'createTesseractEngine',
    'createTesseractRawStrategy',
    'createTesseractPreprocessedStrategy',
    'createWeakStrategy',
    'createOcrStrategy',
    'createOcrMinerHandler',
  ]) {
    assert.ok(names.includes(name), `missing export ${name}`);
  }
  assert.equal(ocr.OcrSynapse.name, 'OcrSynapse');
  assert.deepEqual(ocr.OcrSynapse.requiredHashFields, ['task_id', 'image']);
  assert.deepEqual([...ocr.OCR_STRATEGY_NAMES], ['tesseract-raw', 'tesseract-preprocessed', 'weak']);
});

test('the synapse schema refuses a request without an image and defaults the answer to null', () => {
  assert.equal(ocr.OcrSynapse.request.safeParse({ task_id: 't' }).success, false);
  assert.equal(ocr.OcrSynapse.request.safeParse({ task_id: '', image: 'x' }).success, false);
  assert.deepEqual(ocr.OcrSynapse.response.parse({}), { text: null });
});
