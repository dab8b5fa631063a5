/** Text comparison used by the scorer: whitespace normalisation, Levenshtein distance, character accuracy. */

/** Collapse every run of whitespace (spaces, tabs, newlines) to one space and trim. Line layout is not scored. */
export function normaliseText(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Levenshtein edit distance over Unicode code points (insert, delete, substitute each cost 1). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length < y.length) return levenshteinArrays(y, x);
  return levenshteinArrays(x, y);
}

function levenshteinArrays(x: readonly string[], y: readonly string[]): number {
  // y is the shorter: two rows of |y| + 1
  if (y.length === 0) return x.length;
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const sub = prev[j - 1]! + (xi === y[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

/**
 * Character accuracy in [0, 1]: `1 − lev(a, t) / max(|a|, |t|)` on whitespace-normalised text
 * (lengths in code points). Two empty texts are a perfect match; dividing by the longer length keeps a long
 * garbage answer from going below 0.
 */
export function characterAccuracy(answer: string, truth: string): number {
  const a = normaliseText(answer);
  const t = normaliseText(truth);
  const n = Math.max(Array.from(a).length, Array.from(t).length);
  if (n === 0) return 1;
  return 1 - levenshtein(a, t) / n;
}
