/**
 * Liquid alpha (spec/epoch.md §4.1) on doubles, bit-exact.
 *
 * `alpha_sigmoid(c, w, b)` depends on its inputs only through `d = w >= b ? clamp(w - c) :
 * clamp(b - w)` (a raw integer in [0, 2^32]), so the kernel exposes `alphaOfD(d)` and a batched
 * version. The cost is the 31-term I32F32 `exp` series, whose terms are a chain of floors:
 *
 *   term_i = floor(term_{i-1} * y / (i * 2^32))        (floor(floor(a/2^32)/i) = floor(a/(i*2^32)))
 *
 * Each term is formed with two double multiplications and accepted only when the computed
 * quotient is provably on the right side of an integer boundary (relative error < 4u, checked
 * against a margin of 32u); otherwise the term is recomputed with exact limb arithmetic
 * (`termStep`). The chain therefore stays exact. Batches run four independent chains in one loop
 * so that their multiply/floor latencies overlap. Inputs with |z| >= 14 (terms beyond 2^53) use a
 * rigorous interval version of the chain and fall back to the bigint reference when the interval
 * does not pin the sigmoid down; z == 0, z == 1 (the I9F23 `E` constant) and the ±20 clamp are
 * special-cased. Every shortcut is verified, so results equal `M.alphaSigmoid` for all inputs.
 */
import * as X from './exp.js';
import * as F from './fastMath.js';

// Module-local bindings (no ESM live-binding getters in hot loops, see epochMechanism.ts).
const expSafe = X.expSafe;
const termStep = X.termStep;
const mulFloor = F.mulFloor;
const mulFloorWide = F.mulFloorWide;
const recipShift64 = F.recipShift64;

const TWO32 = 4294967296;
const TWO64 = 18446744073709551616;
const HALF = 2147483648;
const FAST_LIMIT = 14 * TWO32;
const CLAMP = 20 * TWO32;
const EXP_ONE = 11674931200; // consts::E (I9F23 raw 22802600) as I32F32
/** Relative slack for the accept test of a double quotient (32 ulp; the actual error is < 4 ulp). */
const EPS_REL = 3.552713678800501e-15; // 2^-48
/** Slack for quotients <= 2^32 formed with at most two roundings (error < 2^-20). */
const EPS_ABS = 1.9073486328125e-6; // 2^-19
/** Outward rounding margin for the interval chain (256 ulp per step). */
const MARGIN = 2.842170943040401e-14; // 2^-45

/** INV[i] = fl(1 / (i * 2^32)). */
const INV = new Float64Array(32);
for (let i = 1; i < 32; i++) INV[i] = 1 / (i * TWO32);

/** floor(2^64 / d) for an integer 2^32 <= d < 2^53 (quotient <= 2^32), exact. */
export function floorDiv64(d: number): number {
  const f = TWO64 / d; // one rounding: |f - 2^64/d| <= 2^32 * 2^-53
  const q = Math.floor(f);
  const fr = f - q;
  if (fr > EPS_ABS && fr < 1 - EPS_ABS) return q;
  return recipShift64(d);
}

/**
 * The exact series value 2^32 + y + Σ term_i for 0 < y < 14 * 2^32 (every term and partial sum is
 * below 2^53), one chain.
 */
export function seriesExact(y: number): number {
  let r = y + TWO32;
  let t = y;
  for (let i = 2; i <= 31; i++) {
    const f = t * (y * INV[i]);
    let q = Math.floor(f);
    const fr = f - q;
    const eps = f * EPS_REL;
    if (fr < eps || fr > 1 - eps) q = termStep(t, y, i);
    if (q === 0) break;
    t = q;
    r += q;
  }
  return r;
}

/**
 * Series for four chains at once (results in out[o..o+3]). Optimistic: a lane whose quotient is not
 * provably floored correctly is flagged, and the caller recomputes it with `seriesExact`. Returns
 * the bit mask of flagged lanes (their outputs are meaningless).
 */
export function series4(y0: number, y1: number, y2: number, y3: number, out: Float64Array, o: number): number {
  let t0 = y0;
  let t1 = y1;
  let t2 = y2;
  let t3 = y3;
  let r0 = y0 + TWO32;
  let r1 = y1 + TWO32;
  let r2 = y2 + TWO32;
  let r3 = y3 + TWO32;
  let bad = 0;
  for (let i = 2; i <= 31; i++) {
    const inv = INV[i];
    const f0 = t0 * (y0 * inv);
    const f1 = t1 * (y1 * inv);
    const f2 = t2 * (y2 * inv);
    const f3 = t3 * (y3 * inv);
    t0 = Math.floor(f0);
    t1 = Math.floor(f1);
    t2 = Math.floor(f2);
    t3 = Math.floor(f3);
    const g0 = f0 - t0;
    const g1 = f1 - t1;
    const g2 = f2 - t2;
    const g3 = f3 - t3;
    const e0 = f0 * EPS_REL;
    const e1 = f1 * EPS_REL;
    const e2 = f2 * EPS_REL;
    const e3 = f3 * EPS_REL;
    if (g0 < e0 || g0 > 1 - e0) bad |= 1;
    if (g1 < e1 || g1 > 1 - e1) bad |= 2;
    if (g2 < e2 || g2 > 1 - e2) bad |= 4;
    if (g3 < e3 || g3 > 1 - e3) bad |= 8;
    r0 += t0;
    r1 += t1;
    r2 += t2;
    r3 += t3;
    if (t0 + t1 + t2 + t3 === 0) break;
  }
  out[o] = r0;
  out[o + 1] = r1;
  out[o + 2] = r2;
  out[o + 3] = r3;
  return bad;
}

/**
 * sigmoid raw `trunc(2^64 / (2^32 + exp_safe(z)))` for 14 * 2^32 <= |z| <= 20 * 2^32 from an
 * interval enclosure of the series, or -1 when the enclosure is not tight enough.
 */
function sigmoidLarge(z: number): number {
  const y = z < 0 ? -z : z;
  let tl = y;
  let th = y;
  let rl = y + TWO32;
  let rh = rl;
  // term_i is monotone in term_{i-1}: floor(lower bound) <= term_i <= floor(upper bound).
  for (let i = 2; i <= 31; i++) {
    const c = y * INV[i];
    tl = Math.floor(tl * c * (1 - MARGIN));
    th = Math.floor(th * c * (1 + MARGIN));
    rl += tl;
    rh += th;
  }
  rl *= 1 - MARGIN; // <= 31 roundings of the sums, each < 1 ulp of the partial sum
  rh *= 1 + MARGIN;
  if (z < 0) {
    // exp = floor(2^64 / E); it is < 2^12 here, so the interval almost always pins it.
    const eLo = Math.floor((TWO64 / rh) * (1 - MARGIN));
    const eHi = Math.floor((TWO64 / rl) * (1 + MARGIN));
    if (eLo !== eHi) return -1;
    return floorDiv64(TWO32 + eLo);
  }
  const sLo = Math.floor((TWO64 / (TWO32 + rh)) * (1 - MARGIN));
  const sHi = Math.floor((TWO64 / (TWO32 + rl)) * (1 + MARGIN));
  return sLo === sHi ? sLo : -1;
}

/** Bigint reference for the sigmoid raw (used only when the interval is inconclusive). */
function sigmoidBig(z: number): number {
  const e = expSafe(BigInt(z));
  return Number((1n << 64n) / ((1n << 32n) + e));
}

/** sigmoid raw for any z (|z| < 2^53), exact. */
export function sigmoidRaw(z: number): number {
  if (z === 0) return HALF;
  if (z > CLAMP) z = CLAMP;
  else if (z < -CLAMP) z = -CLAMP;
  if (z === TWO32) return floorDiv64(TWO32 + EXP_ONE);
  const y = z < 0 ? -z : z;
  if (y < FAST_LIMIT) {
    const r = seriesExact(y);
    const e = z < 0 ? floorDiv64(r) : r;
    return floorDiv64(TWO32 + e);
  }
  const s = sigmoidLarge(z);
  return s >= 0 ? s : sigmoidBig(z);
}

const CACHE_BITS = 12;
const CACHE_SIZE = 1 << CACHE_BITS;
const CACHE_MASK = CACHE_SIZE - 1;

/** Liquid-alpha rate as a function of d (raw, 0 <= d <= 2^32) for one epoch's parameters. */
export class LiquidAlphaKernel {
  readonly lo: number;
  readonly hi: number;
  /** steepness.saturating_div(-100) as a raw I32F32. */
  readonly s1: number;
  /** alpha at d <= 0. */
  readonly atZero: number;
  /** Direct-mapped memo d -> alpha (exact: the function is pure); key -1 = empty. */
  private readonly cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
  private readonly cacheVal = new Float64Array(CACHE_SIZE);
  // Batch scratch.
  private zs = new Float64Array(64);
  private idx = new Int32Array(64);
  private ser = new Float64Array(68);

  /** lo, hi: raw I32F32 alpha bounds; steepness: the i16 `AlphaSigmoidSteepness`. */
  constructor(lo: number, hi: number, steepness: number) {
    this.lo = lo;
    this.hi = hi;
    const k = steepness * TWO32; // |k| < 2^47, exact
    this.s1 = (k - (k % 100)) / -100; // trunc toward zero
    this.atZero = this.finish(sigmoidRaw(mulFloorWide(this.s1, -HALF)));
  }

  /** alpha from the sigmoid raw: clamp(lo + sig * (hi - lo), lo, hi). */
  private finish(sig: number): number {
    const a = this.lo + mulFloor(this.hi - this.lo, sig);
    const m = a < this.hi ? a : this.hi;
    return m > this.lo ? m : this.lo;
  }

  /** alpha_sigmoid(c, w, b) for raws c, w, b. */
  alpha(c: number, w: number, b: number): number {
    let d = w >= b ? w - c : b - w;
    if (d <= 0) return this.atZero;
    if (d > TWO32) d = TWO32;
    return this.alphaOfD(d);
  }

  /** alpha for 0 < d <= 2^32 (memoised). */
  alphaOfD(d: number): number {
    const slot = (d | 0) & CACHE_MASK;
    if (this.cacheKey[slot] === d) return this.cacheVal[slot];
    const a = this.finish(sigmoidRaw(mulFloorWide(this.s1, d - HALF)));
    this.cacheKey[slot] = d;
    this.cacheVal[slot] = a;
    return a;
  }

  /**
   * Batched `alphaOfD`: ds[0..count) (each 0 < d <= 2^32) → out[0..count). Cache hits and special
   * exponents are resolved directly; the remaining chains run four at a time.
   */
  alphaBatch(ds: Float64Array, count: number, out: Float64Array): void {
    if (this.zs.length < count) {
      let cap = this.zs.length;
      while (cap < count) cap *= 2;
      this.zs = new Float64Array(cap);
      this.idx = new Int32Array(cap);
      this.ser = new Float64Array(cap + 4);
    }
    const zs = this.zs;
    const idx = this.idx;
    const ser = this.ser;
    const cacheKey = this.cacheKey;
    const cacheVal = this.cacheVal;
    const s1 = this.s1;
    let m = 0;
    for (let k = 0; k < count; k++) {
      const d = ds[k];
      const slot = (d | 0) & CACHE_MASK;
      if (cacheKey[slot] === d) {
        out[k] = cacheVal[slot];
        continue;
      }
      const z = mulFloorWide(s1, d - HALF);
      const y = z < 0 ? -z : z;
      if (z === 0 || z === TWO32 || y >= FAST_LIMIT) {
        const a = this.finish(sigmoidRaw(z));
        out[k] = a;
        cacheKey[slot] = d;
        cacheVal[slot] = a;
        continue;
      }
      zs[m] = z;
      idx[m] = k;
      m++;
    }
    let p = 0;
    for (; p + 4 <= m; p += 4) {
      const bad = series4(abs(zs[p]), abs(zs[p + 1]), abs(zs[p + 2]), abs(zs[p + 3]), ser, p);
      if (bad !== 0) for (let l = 0; l < 4; l++) if ((bad & (1 << l)) !== 0) ser[p + l] = seriesExact(abs(zs[p + l]));
    }
    for (; p < m; p++) ser[p] = seriesExact(abs(zs[p]));
    for (let q = 0; q < m; q++) {
      const z = zs[q];
      const r = ser[q];
      const e = z < 0 ? floorDiv64(r) : r;
      const a = this.finish(floorDiv64(TWO32 + e));
      const k = idx[q];
      out[k] = a;
      const d = ds[k];
      const slot = (d | 0) & CACHE_MASK;
      cacheKey[slot] = d;
      cacheVal[slot] = a;
    }
  }
}

function abs(x: number): number {
  return x < 0 ? -x : x;
}
