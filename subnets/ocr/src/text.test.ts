import { test } from 'node:test';
import assert from 'node:assert/strict';
import { characterAccuracy, levenshtein, normaliseText } from './text.js';
import { createRng } from './prng.js';

test('levenshtein: known distances, code points, empty strings', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('flaw', 'lawn'), 2);
  assert.equal(levenshtein('', 'abc'), 3);
  assert.equal(levenshtein('abc', ''), 3);
  assert.equal(levenshtein('same', 'same'), 0);
  assert.equal(levenshtein('€1', '$1'), 1); // one code point, not bytes
  assert.equal(levenshtein('a😀b', 'ab'), 1);
});

test('levenshtein: metric properties on random strings', () => {
  const rng = createRng('lev');
  const word = (): string => Array.from({ length: rng.int(0, 12) }, () => 'abc d'[rng.int(0, 4)]).join('');
  for (let i = 0; i < 200; i++) {
    const [a, b, c] = [word(), word(), word()];
    const ab = levenshtein(a, b);
    assert.equal(ab, levenshtein(b, a));
    assert.ok(ab <= Math.max(a.length, b.length));
    assert.ok(ab >= Math.abs(a.length - b.length));
    assert.ok(levenshtein(a, c) <= ab + levenshtein(b, c));
  }
});

test('normaliseText collapses whitespace and line layout', () => {
  assert.equal(normaliseText('  Total:\t 12.50\n\n USD \n'), 'Total: 12.50 USD');
  assert.equal(normaliseText('\n \t'), '');
});

test('characterAccuracy: 1 − lev/max(len) on normalised text, in [0, 1]', () => {
  assert.equal(characterAccuracy('Total 12.50', 'Total  12.50\n'), 1);
  assert.equal(characterAccuracy('Tota1 12.50', 'Total 12.50'), 1 - 1 / 11);
  assert.equal(characterAccuracy('', 'abcd'), 0);
  assert.equal(characterAccuracy('', ''), 1);
  // a long garbage answer cannot go below zero
  assert.equal(characterAccuracy('x'.repeat(100), 'abcd'), 0);
});
