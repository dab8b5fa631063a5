import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blake2b } from '@noble/hashes/blake2.js';
import { Trie, orderedTrieRoot, trieRoot, type TrieVersion } from './trie.js';
import { initHashing, toHex } from './hashing.js';

const h = (b: Uint8Array | number[]): string => toHex(blake2b(Uint8Array.from(b), { dkLen: 32 }));

// ---- an independent reference: the root built recursively from sorted pairs (trie_root style)
function compact(n: number): number[] {
  if (n < 64) return [n << 2];
  if (n < 16384) return [((n << 2) | 1) & 255, ((n << 2) | 1) >> 8];
  const v = ((n << 2) | 2) >>> 0;
  return [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24];
}
function header(kind: 'leaf' | 'hleaf' | 'branch' | 'vbranch' | 'hbranch', n: number): number[] {
  const [prefix, bits] = { leaf: [0x40, 2], hleaf: [0x20, 3], branch: [0x80, 2], vbranch: [0xc0, 2], hbranch: [0x10, 4] }[kind];
  const max = 255 >> bits;
  if (n < max) return [prefix | n];
  const out = [prefix | max];
  let rem = n - max;
  while (rem >= 255) {
    out.push(255);
    rem -= 255;
  }
  out.push(rem);
  return out;
}
function packed(nib: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  if (nib.length % 2) out.push(nib[i++]);
  for (; i < nib.length; i += 2) out.push(nib[i] * 16 + nib[i + 1]);
  return out;
}
function valueBytes(v: Uint8Array, version: TrieVersion): [boolean, number[]] {
  if (version === 1 && v.length >= 33) return [true, [...blake2b(v, { dkLen: 32 })]];
  return [false, [...compact(v.length), ...v]];
}
function refOf(enc: number[]): number[] {
  const r = enc.length < 32 ? enc : [...blake2b(Uint8Array.from(enc), { dkLen: 32 })];
  return [...compact(r.length), ...r];
}
function build(pairs: [number[], Uint8Array][], depth: number, version: TrieVersion): number[] {
  if (pairs.length === 0) return [0];
  if (pairs.length === 1) {
    const [k, v] = pairs[0];
    const [hashed, vb] = valueBytes(v, version);
    return [...header(hashed ? 'hleaf' : 'leaf', k.length - depth), ...packed(k.slice(depth)), ...vb];
  }
  let c = 0;
  for (;;) {
    const x = pairs[0][0][depth + c];
    if (pairs.some(([k]) => k.length <= depth + c || k[depth + c] !== x)) break;
    c++;
  }
  const at = depth + c;
  const here = pairs.find(([k]) => k.length === at);
  const groups: [number[], Uint8Array][][] = Array.from({ length: 16 }, () => []);
  for (const p of pairs) if (p[0].length > at) groups[p[0][at]].push(p);
  let kind: 'branch' | 'vbranch' | 'hbranch' = 'branch';
  let vb: number[] = [];
  if (here) {
    const [hashed, b] = valueBytes(here[1], version);
    kind = hashed ? 'hbranch' : 'vbranch';
    vb = b;
  }
  let bm = 0;
  groups.forEach((g, i) => g.length && (bm |= 1 << i));
  const out = [...header(kind, c), ...packed(pairs[0][0].slice(depth, at)), bm & 255, bm >> 8, ...vb];
  for (const g of groups) if (g.length) out.push(...refOf(build(g, at + 1, version)));
  return out;
}
function referenceRoot(map: Map<string, Uint8Array>, version: TrieVersion): string {
  const pairs = [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [[...Buffer.from(k, 'hex')].flatMap((b) => [b >> 4, b & 15]), v] as [number[], Uint8Array]);
  return h(build(pairs, 0, version));
}

test('known vectors (smoldot / sp-trie)', async () => {
  await initHashing();
  assert.equal(toHex(new Trie().root()), '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314');
  const one = trieRoot([[new TextEncoder().encode('abcd'), new TextEncoder().encode('hello world')]]);
  assert.deepEqual([...one], [122, 177, 134, 89, 211, 178, 120, 158, 242, 64, 13, 16, 113, 4, 199, 212, 251, 147, 208, 109, 154, 182, 168, 182, 65, 165, 222, 124, 63, 236, 200, 81]);
  assert.equal(toHex(trieRoot([[Uint8Array.of(0xaa), Uint8Array.of(0xbb)]])), h([0x42, 0xaa, 4, 0xbb]));
  const ex = [0x80, 0x12, 0x00, 0x05 << 2, 0x43, 0x03, 0x14, 0x01 << 2, 0xff, 0x05 << 2, 0x43, 0x08, 0x19, 0x01 << 2, 0xfe];
  assert.equal(
    toHex(trieRoot([[Uint8Array.of(0x48, 0x19), Uint8Array.of(0xfe)], [Uint8Array.of(0x13, 0x14), Uint8Array.of(0xff)]], 0)),
    h(ex),
  );
  // V1: a 33-byte value is stored as its hash in a 0b001 leaf
  const v33 = new Uint8Array(33).fill(9);
  assert.equal(toHex(trieRoot([[Uint8Array.of(0xaa), v33]], 1)), h([0x22, 0xaa, ...blake2b(v33, { dkLen: 32 })]));
  assert.equal(toHex(trieRoot([[Uint8Array.of(0xaa), v33]], 0)), h([0x42, 0xaa, 33 << 2, ...v33]));
  // ordered root of nothing = empty trie
  assert.equal(toHex(orderedTrieRoot([])), '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314');
});

test('incremental trie equals the reference on random inserts and deletes', async () => {
  await initHashing();
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const version of [0, 1] as TrieVersion[]) {
    const t = new Trie(version);
    const map = new Map<string, Uint8Array>();
    const prefixes = ['26aa394eea5630e07c48ae0c9558cef7', '26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9', '658faa385070e074c85bf6b568cf0555', ''];
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 25; i++) {
        const p = prefixes[rnd(prefixes.length)];
        const extra = Buffer.from(Array.from({ length: rnd(40) }, () => rnd(3) === 0 ? rnd(256) : rnd(4))).toString('hex');
        const k = p + extra;
        if (k.length === 0) continue;
        if (rnd(4) === 0 && map.size > 0) {
          const keys = [...map.keys()];
          const del = keys[rnd(keys.length)];
          map.delete(del);
          assert.equal(t.remove(Buffer.from(del, 'hex')), true);
        } else {
          const v = Uint8Array.from({ length: [0, 1, 31, 32, 33, 34, 100][rnd(7)] }, () => rnd(256));
          map.set(k, v);
          t.insert(Buffer.from(k, 'hex'), v);
        }
      }
      assert.equal(t.size, map.size);
      assert.equal(toHex(t.root()), referenceRoot(map, version), `round ${round} v${version}`);
    }
    assert.equal(t.remove(Buffer.from('ffff', 'hex')), false);
    for (const k of [...map.keys()]) t.remove(Buffer.from(k, 'hex'));
    assert.equal(toHex(t.root()), '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314');
  }
});

// Timings are printed for information only; the benchmark figures live in docs/performance.md.
test('100k keys, then 500 changed keys: the incremental root equals a rebuilt trie', async () => {
  await initHashing();
  const t = new Trie(1);
  const keys: Uint8Array[] = [];
  for (let i = 0; i < 100_000; i++) {
    const k = new Uint8Array(64);
    k.set(blake2b(Uint8Array.of(i & 255, (i >> 8) & 255, i >> 16), { dkLen: 32 }), 0);
    k.set(blake2b(Uint8Array.of(i & 7), { dkLen: 32 }), 32);
    keys.push(k);
  }
  let t0 = performance.now();
  for (let i = 0; i < keys.length; i++) t.insert(keys[i], new Uint8Array(i % 2 ? 80 : 16).fill(i & 255));
  t.root();
  const full = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < 500; i++) t.insert(keys[i * 199], Uint8Array.of(1, 2, 3, i & 255));
  t.root();
  const incr = performance.now() - t0;
  console.log(`trie: 100k keys ${full.toFixed(0)} ms, 500 changes ${incr.toFixed(1)} ms`);
  const rebuilt = new Trie(1);
  for (const [k, v] of t.entries()) rebuilt.insert(k, v);
  assert.equal(toHex(rebuilt.root()), toHex(t.root()));
  assert.deepEqual(t.get(keys[199 * 7]), Uint8Array.of(1, 2, 3, 7));
});
