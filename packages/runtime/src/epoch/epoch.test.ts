// Unit and property tests of the epoch (spec/epoch.md §2, §4): the fast path against the bigint
// reference, exact arithmetic helpers against bigint, and Yuma invariants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { bondRow, bondRows, epochMechanism, epochMechanismExact, u16CsrFromRows } from './index.js';
import { expRaw, expSafe, expSafeNumber } from './exp.js';
import { chunkBits, divShift32, mulFloor, mulFloorWide, recipShift64 } from './fastMath.js';
import { benchEpochInputs, randomEpochInputs, rng } from './testInputs.js';
import { LiquidAlphaKernel, alphaByInterval, floorDiv64, seriesExact, series4, sigmoidRaw } from './liquidAlpha.js';
import * as M from './math.js';
import type { EpochInputs, EpochOutputs } from './types.js';

const ONE = 1n << 32n;
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

test('exp: double path equals substrate_fixed series on |x| < 14', () => {
  fc.assert(
    fc.property(fc.integer({ min: -14 * 2 ** 32 + 1, max: 14 * 2 ** 32 - 1 }), (x) => {
      assert.equal(BigInt(expSafeNumber(x)), expSafe(BigInt(x)));
    }),
    { numRuns: 3000 },
  );
  // (positive inputs above ~14.5 have results beyond 2^53, which a double cannot carry exactly)
  for (const x of [0, 2 ** 32, -(2 ** 32), 2 ** 31, -(2 ** 31), 14 * 2 ** 32, -20 * 2 ** 32, -25 * 2 ** 32]) {
    assert.equal(BigInt(expSafeNumber(x)), expSafe(BigInt(x)));
  }
  assert.equal(expRaw(20n << 32n), 2066907302758576256n); // spec §2.1
  assert.equal(expSafe(-(1n << 63n)), 8n);
});

test('fastMath helpers equal bigint arithmetic', () => {
  const big = fc.integer({ min: 0, max: 2 ** 33 });
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 34), max: 2 ** 34 }), big, (x, y) => {
      assert.equal(BigInt(mulFloor(x, y)), (BigInt(x) * BigInt(y)) >> 32n);
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), (s, e) => {
      assert.equal(BigInt(mulFloorWide(s, e)), (BigInt(s) * BigInt(e)) >> 32n);
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 45 }), (v0, s) => {
      const v = v0 % (s * 4 + 1);
      assert.equal(BigInt(divShift32(v, s, chunkBits(s))), (BigInt(v) << 32n) / BigInt(s));
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 2 ** 32, max: 2 ** 52 }), (d) => {
      assert.equal(BigInt(recipShift64(d)), (1n << 64n) / BigInt(d));
    }),
    { numRuns: 3000 },
  );
});

test('liquid alpha kernel: series, sigmoid and alpha equal the bigint reference', () => {
  const TWO32 = 2 ** 32;
  // Exact series chain (with and without the four-lane optimistic version) on |x| < 14.
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 14 * TWO32 - 1 }), { minLength: 4, maxLength: 4 }), (ys) => {
      const out = new Float64Array(4);
      const bad = series4(ys[0], ys[1], ys[2], ys[3], out, 0);
      ys.forEach((y, l) => {
        const ref = expRaw(BigInt(y))!;
        if (y !== TWO32) assert.equal(BigInt(seriesExact(y)), ref);
        if ((bad & (1 << l)) === 0 && y !== TWO32) assert.equal(BigInt(out[l]), ref);
      });
    }),
    { numRuns: 1500 },
  );
  // sigmoid raw for every z, including the interval path (|z| >= 14) and the clamp.
  const sigRef = (z: bigint): bigint => (1n << 64n) / ((1n << 32n) + expSafe(z));
  fc.assert(
    fc.property(fc.integer({ min: -25 * TWO32, max: 25 * TWO32 }), (z) => {
      assert.equal(BigInt(sigmoidRaw(z)), sigRef(BigInt(z)), `z ${z}`);
    }),
    { numRuns: 3000 },
  );
  for (const z of [0, TWO32, -TWO32, 14 * TWO32, -14 * TWO32, 20 * TWO32, -20 * TWO32, 14 * TWO32 - 1, 1 - 14 * TWO32, 5 * TWO32, -5 * TWO32]) {
    assert.equal(BigInt(sigmoidRaw(z)), sigRef(BigInt(z)), `z ${z}`);
  }
  fc.assert(
    fc.property(fc.integer({ min: TWO32, max: 2 ** 53 - 1 }), (d) => {
      assert.equal(BigInt(floorDiv64(d)), (1n << 64n) / BigInt(d));
    }),
    { numRuns: 2000 },
  );
  for (let k = 0; k <= 21; k++) assert.equal(BigInt(floorDiv64(2 ** (32 + k))), (1n << 64n) / (1n << BigInt(32 + k)));
  // alpha(c, w, b) and the batched alpha against M.alphaSigmoid, random parameters.
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 65535 }),
      fc.integer({ min: 0, max: 65535 }),
      fc.integer({ min: -32768, max: 32767 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      (loU, hiU, k, seed) => {
        const lo = M.u16ProportionToFixed(loU);
        const hi = M.u16ProportionToFixed(hiU);
        const la = new LiquidAlphaKernel(Number(lo), Number(hi), k);
        const r = rng(seed);
        const raw = (): number => (r() < 0.1 ? 0 : r() < 0.1 ? TWO32 : Math.floor(r() * (TWO32 + 1)));
        const cs: number[] = [];
        const ws: number[] = [];
        const bs: number[] = [];
        const ds = new Float64Array(40);
        const expect: bigint[] = [];
        for (let t = 0; t < 40; t++) {
          const c = raw();
          const w = r() < 0.3 ? c : raw();
          const b = r() < 0.2 ? w : raw();
          cs.push(c);
          ws.push(w);
          bs.push(b);
          const ref = M.alphaSigmoid(BigInt(c), BigInt(w), BigInt(b), lo, hi, BigInt(k) << 32n);
          assert.equal(BigInt(la.alpha(c, w, b)), ref, `alpha(${c}, ${w}, ${b}) k=${k}`);
          let d = w >= b ? w - c : b - w;
          if (d <= 0) d = 1; // the batch takes 0 < d <= 2^32
          if (d > TWO32) d = TWO32;
          ds[t] = d;
          expect.push(M.alphaSigmoid(BigInt(d), BigInt(d) * 2n, 0n, lo, hi, BigInt(k) << 32n)); // w >= b, w - c = d
        }
        const out = new Float64Array(40);
        la.alphaBatch(ds, 40, out);
        for (let t = 0; t < 40; t++) assert.equal(BigInt(out[t]), expect[t], `batch d=${ds[t]} k=${k}`);
      },
    ),
    { numRuns: 300 },
  );
});

test('liquid alpha interval shortcut: whenever it pins alpha, it equals the bigint reference', () => {
  const TWO32 = 2 ** 32;
  const sigRef = (z: number): bigint => (1n << 64n) / ((1n << 32n) + expSafe(BigInt(z)));
  const finishRef = (lo: bigint, hi: bigint, sig: bigint): bigint => {
    const a = lo + (((hi - lo) * sig) >> 32n);
    const m = a < hi ? a : hi;
    return m > lo ? m : lo;
  };
  let pinned = 0;
  let total = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 65535 }),
      fc.integer({ min: 0, max: 65535 }),
      fc.oneof(
        fc.integer({ min: -14 * TWO32 + 1, max: 14 * TWO32 - 1 }),
        fc.integer({ min: -2 * TWO32, max: 2 * TWO32 }),
        // bucket edges (multiples of 2^26) and their neighbours
        fc.tuple(fc.integer({ min: -895, max: 895 }), fc.integer({ min: -2, max: 2 })).map(([a, e]) => a * 2 ** 26 + e),
      ),
      (loU, hiU, z) => {
        if (z === 0 || z === TWO32 || Math.abs(z) >= 14 * TWO32) return;
        const lo = M.u16ProportionToFixed(loU);
        const hi = M.u16ProportionToFixed(hiU);
        total++;
        const a = alphaByInterval(z, Number(lo), Number(hi));
        if (a < 0) return;
        pinned++;
        assert.equal(BigInt(a), finishRef(lo, hi, sigRef(z)), `z ${z} lo ${lo} hi ${hi}`);
      },
    ),
    { numRuns: 20000 },
  );
  assert.ok(pinned > total / 2, `interval pinned only ${pinned}/${total}`);
});

test('liquid alpha sorted-row EMA kernel equals per-entry bigint alphas', () => {
  const TWO32 = 2 ** 32;
  fc.assert(
    fc.property(seeds, fc.integer({ min: -32768, max: 32767 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), (seed, k, loU, hiU) => {
      const r = rng(seed);
      const lo = M.u16ProportionToFixed(loU);
      const hi = M.u16ProportionToFixed(hiU);
      const steepness = r() < 0.5 ? 1000 : k;
      const la = new LiquidAlphaKernel(Number(lo), Number(hi), steepness);
      const n = 1 + Math.floor(r() * 300);
      const raw = (): number => (r() < 0.1 ? 0 : r() < 0.05 ? TWO32 : Math.floor(r() * r() * (TWO32 + 1)));
      const consensus = Float64Array.from({ length: n }, raw);
      const wc: number[] = [];
      const bc: number[] = [];
      for (let j = 0; j < n; j++) {
        if (r() < 0.7) wc.push(j);
        if (r() < 0.6) bc.push(j);
      }
      const wCol = Int32Array.from(wc);
      const wVal = Float64Array.from(wc, () => (r() < 0.1 ? 0 : raw()));
      const bCol = Int32Array.from(bc);
      const bVal = Float64Array.from(bc, raw);
      const col = new Int32Array(wc.length);
      const val = new Float64Array(wc.length);
      const o = la.emaRowSorted(0, wc.length, wCol, wVal, 0, bc.length, bCol, bVal, consensus, col, val, 0);
      const expect: Array<[number, bigint]> = [];
      for (let e = 0; e < wc.length; e++) {
        const j = wc[e];
        const bi = bc.indexOf(j);
        const b = bi >= 0 ? BigInt(bVal[bi]) : 0n;
        const w = BigInt(wVal[e]);
        const a = M.alphaSigmoid(BigInt(consensus[j]), w, b, lo, hi, BigInt(steepness) << 32n);
        let inc = (a * w) >> 32n;
        if (inc < 0n) inc = 0n;
        let v = (((1n << 32n) - a) * b >> 32n) + inc;
        if (v > 1n << 32n) v = 1n << 32n;
        if (v > 0n) expect.push([j, v]);
      }
      const got: Array<[number, bigint]> = [];
      for (let t = 0; t < o; t++) got.push([col[t], BigInt(val[t])]);
      assert.deepEqual(got, expect, `seed ${seed}`);
    }),
    { numRuns: 300 },
  );
});

test('fast epoch equals the bigint reference on random inputs (incl. storage quirks)', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const inp = randomEpochInputs(seed);
      assert.ok(isDeepStrictEqual(epochMechanism(inp, { diagnostics: true }), epochMechanismExact(inp, { diagnostics: true })), `seed ${seed}`);
    }),
    { numRuns: 1500 },
  );
});

test('fast epoch equals the reference on medium random subnets (liquid alpha, quirks, masks)', () => {
  fc.assert(
    fc.property(seeds, fc.integer({ min: 12, max: 48 }), fc.boolean(), (seed, n, tidy) => {
      const inp = randomEpochInputs(seed, { n, tidy });
      const r = rng(seed ^ 0x5bd1e995);
      // Bias towards the expensive path: Yuma3 + liquid alpha, sometimes extreme steepness.
      if (r() < 0.7) {
        inp.yuma3 = true;
        inp.liquidAlpha = true;
      }
      if (r() < 0.3) inp.alphaSigmoidSteepness = r() < 0.5 ? 32767 : -32768;
      if (r() < 0.3) inp.validatorPermits = Array.from({ length: n }, () => true);
      const a = epochMechanism(inp, { diagnostics: r() < 0.3 });
      const b = epochMechanismExact(inp, { diagnostics: a.diagnostics !== undefined });
      assert.ok(isDeepStrictEqual(a, b), `seed ${seed} n ${n} tidy ${tidy}`);
    }),
    { numRuns: 250 },
  );
});

test('fast epoch equals the reference with copied weights (ties), huge stakes and duplicates', () => {
  for (let seed = 1; seed <= 12; seed++) {
    const inp = benchEpochInputs(48, 24, seed % 2 === 0, seed);
    const r = rng(seed);
    // Half the validators copy validator 0's weights and bonds exactly (many equal scores and d).
    const w0 = inp.weights[0];
    const b0 = inp.bonds[0];
    inp.weights = inp.weights.map((row, i) => (i > 0 && i < 24 && r() < 0.5 ? w0.filter(([j]) => j !== i) : row));
    inp.bonds = inp.bonds.map((row, i) => (i > 0 && i < 24 && r() < 0.5 ? b0.slice() : row));
    if (seed % 3 === 0) inp.alphaStake = inp.alphaStake.map((x, i) => (i % 5 === 0 ? x + (1n << 63n) : x)); // bigint prologue
    if (seed % 4 === 0) inp.weights = inp.weights.map((row) => (row.length > 3 ? [...row, row[1], row[0]] : row)); // duplicates, unsorted
    if (seed % 5 === 0) inp.bondsPenalty = 30000;
    if (seed % 6 === 0) inp.yuma3 = false;
    assert.ok(isDeepStrictEqual(epochMechanism(inp, { diagnostics: true }), epochMechanismExact(inp, { diagnostics: true })), `seed ${seed}`);
    assert.ok(isDeepStrictEqual(epochMechanism(inp), epochMechanismExact(inp)), `seed ${seed}`);
  }
});

test('fast epoch equals the reference on a larger realistic subnet', () => {
  const inp = benchEpochInputs(96, 24, false, 7);
  assert.ok(isDeepStrictEqual(epochMechanism(inp), epochMechanismExact(inp)));
  const dense = benchEpochInputs(64, 16, true, 9);
  assert.ok(isDeepStrictEqual(epochMechanism(dense), epochMechanismExact(dense)));
});

test('fast epoch equals the reference over consecutive epochs (bonds fed back through bondRows)', () => {
  for (const [n, v, dense] of [[80, 20, false], [64, 24, true]] as const) {
    let inp = benchEpochInputs(n, v, dense, n);
    for (let e = 0; e < 3; e++) {
      const a = epochMechanism(inp);
      const b = epochMechanismExact(inp);
      assert.ok(isDeepStrictEqual(a, b), `n ${n} epoch ${e}`);
      assert.deepEqual(u16CsrFromRows(bondRows(a.bonds), n), a.bonds);
      inp = { ...inp, bonds: bondRows(a.bonds), validatorPermits: a.newValidatorPermits, lastMechanismStepBlock: inp.currentBlock, currentBlock: inp.currentBlock + inp.tempo };
    }
  }
});

const ulpSumOk = (v: readonly bigint[]): boolean => {
  const s = v.reduce((a, b) => a + b, 0n);
  return s === 0n || (s <= ONE && ONE - s <= BigInt(v.length));
};

test('incentive and dividends each sum to 1 (within one ulp per element) or 0', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const o = epochMechanism(randomEpochInputs(seed));
      assert.ok(ulpSumOk(o.incentive), `incentive ${o.incentive}`);
      assert.ok(ulpSumOk(o.dividends), `dividends ${o.dividends}`);
    }),
    { numRuns: 800 },
  );
});

test('consensus never exceeds the maximum normalised weight in its column', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const o = epochMechanism(randomEpochInputs(seed), { diagnostics: true });
      const W = o.diagnostics!.weightsNormalized;
      o.consensus.forEach((c, j) => {
        let max = 0n;
        for (const row of W) for (const [k, v] of row) if (k === j && v > max) max = v;
        assert.ok(c <= max, `column ${j}: consensus ${c} > max ${max}`);
      });
    }),
    { numRuns: 800 },
  );
});

/** Relabel uids by `perm` (new uid of old uid i is perm[i]); rows stay ascending. */
function permute(inp: EpochInputs, perm: number[]): EpochInputs {
  const n = inp.n;
  const inv = new Array<number>(n);
  perm.forEach((p, i) => (inv[p] = i));
  const vec = <T>(v: readonly T[]): T[] => inv.map((i) => v[i]);
  const rows = (m: EpochInputs['weights']): Array<Array<[number, number]>> =>
    inv.map((i) => (m[i] ?? []).map(([j, w]) => [perm[j], w] as [number, number]).sort((a, b) => a[0] - b[0]));
  return {
    ...inp,
    lastUpdate: vec(inp.lastUpdate),
    blockAtRegistration: vec(inp.blockAtRegistration),
    alphaStake: vec(inp.alphaStake),
    taoStake: vec(inp.taoStake),
    validatorPermits: vec(inp.validatorPermits),
    weights: rows(inp.weights),
    bonds: rows(inp.bonds),
    ownerUid: inp.ownerUid === null ? null : perm[inp.ownerUid],
    commitBlocks: inp.commitBlocks.length ? vec(inp.commitBlocks) : [],
  };
}

test('permuting uids permutes the outputs', () => {
  fc.assert(
    fc.property(seeds, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed, pseed) => {
      // Tidy storage (ascending rows, no out-of-range targets) and no top-k ties: the chain's
      // only order dependences are the liquid-alpha cursor and the stable top-k tie break.
      const inp = { ...randomEpochInputs(seed, { tidy: true }) };
      inp.maxAllowedValidators = inp.n + 1;
      const n = inp.n;
      const perm = Array.from({ length: n }, (_, i) => i);
      let s = pseed;
      for (let i = n - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      const a = epochMechanism(inp);
      const b = epochMechanism(permute(inp, perm));
      const keys: Array<keyof EpochOutputs> = ['stake', 'activeStake', 'consensus', 'validatorTrust', 'incentive', 'dividends', 'serverEmission', 'validatorEmission', 'combinedEmission', 'active', 'newValidatorPermits'];
      for (const k of keys) {
        const va = a[k] as unknown[];
        const vb = b[k] as unknown[];
        for (let i = 0; i < n; i++) assert.deepEqual(vb[perm[i]], va[i], `${String(k)}[${i}] seed ${seed}`);
      }
      for (let i = 0; i < n; i++) {
        const mapped = bondRow(a.bonds, i).map(([j, v]) => [perm[j], v]).sort((x, y) => x[0] - y[0]);
        assert.deepEqual(bondRow(b.bonds, perm[i]), mapped);
      }
    }),
    { numRuns: 500 },
  );
});

test('the epoch is a pure function: same inputs, same outputs, inputs untouched', () => {
  fc.assert(
    fc.property(seeds, (seed) => {
      const inp = randomEpochInputs(seed);
      const snapshot = structuredClone(inp);
      const a = epochMechanism(inp, { diagnostics: true });
      const b = epochMechanism(inp, { diagnostics: true });
      assert.ok(isDeepStrictEqual(a, b));
      assert.ok(isDeepStrictEqual(inp, snapshot));
      epochMechanismExact(inp);
      assert.ok(isDeepStrictEqual(inp, snapshot));
    }),
    { numRuns: 300 },
  );
});

test('honest agreeing validators: miner incentive ranks follow the weights', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 1, max: 5 }), (ws, v) => {
      const miners = ws.length;
      const n = v + miners;
      const base = benchEpochInputs(n, v, false, 3);
      const weights = Array.from({ length: n }, (_, i) => (i < v ? ws.map((w, k) => [v + k, w] as [number, number]) : []));
      const o = epochMechanism({ ...base, weights, bonds: Array.from({ length: n }, () => []) });
      for (let a = 0; a < miners; a++)
        for (let b = 0; b < miners; b++) if (ws[a] > ws[b]) assert.ok(o.incentive[v + a] >= o.incentive[v + b], `miner ${a} vs ${b}`);
      const inc = o.incentive.slice(v);
      assert.ok(inc.some((x) => x > 0n));
    }),
    { numRuns: 200 },
  );
});

test('worked example of spec §12 (kappa moves first, epoch e0)', () => {
  const inp: EpochInputs = {
    n: 5,
    currentBlock: 3n,
    tempo: 1n,
    activityCutoff: 13n,
    lastUpdate: [2n, 2n, 2n, 1n, 1n],
    blockAtRegistration: [1n, 1n, 1n, 1n, 1n],
    alphaStake: [8n, 1n, 1n, 0n, 0n],
    taoStake: [0n, 0n, 0n, 0n, 0n],
    taoWeight: 0n,
    stakeThreshold: 0n,
    ownerUid: null,
    validatorPermits: [true, true, true, false, false],
    maxAllowedValidators: 3,
    weights: [0, 1, 2].map(() => [[3, 65535], [4, 0]] as Array<[number, number]>).concat([[], []]),
    bonds: [[], [], [], [], []],
    kappa: 32767,
    bondsPenalty: 0,
    yuma3: true,
    liquidAlpha: true,
    alphaLow: 6553,
    alphaHigh: 19660,
    alphaSigmoidSteepness: 1000,
    bondsMovingAverage: 975000n,
    lastMechanismStepBlock: 0n,
    commitReveal: false,
    commitBlocks: [],
    raoEmission: 1_000_000_000n,
  };
  const o = epochMechanism(inp);
  assert.deepEqual(o.dividendsU16, [52428, 6553, 6553, 0, 0]);
  assert.deepEqual(bondRows(o.bonds).slice(0, 3), [[[3, 6640]], [[3, 6640]], [[3, 6640]]]);
  assert.deepEqual(o.serverEmission, [0n, 0n, 0n, 500000000n, 0n]);
  assert.deepEqual(o.validatorEmission, [400000000n, 49999999n, 49999999n, 0n, 0n]);
  assert.equal(M.fixedProportionToU16(ONE), 65535);
});
