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
 *
 * Before any chain runs, `alphaByInterval` (inlined in `emaRowSorted`) encloses the chain's value
 * between rigorous bounds from a table-based e^Y and a bound on the accumulated floor losses, and
 * accepts alpha when both ends of the enclosure give the same alpha (proof at the tables); only
 * the unresolved entries (mostly |z| < 2, where one unit of the series moves the sigmoid) run the
 * exact chains.
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

// ------------------------------------------------------------------------------------------------
// Interval shortcut (no series chain)
//
// For 0 < y < 14 * 2^32 let Y = y / 2^32 and c_l = Y / l. The exact chain is t_1 = y,
// t_i = floor(t_{i-1} * c_i) = t_{i-1} * c_i - δ_i with 0 <= δ_i < 1, r = 2^32 + y + Σ_{i=2..31} t_i.
// Its real counterpart u_i = u_{i-1} * c_i (u_1 = y) sums to U = 2^32 * Σ_{i=0..31} Y^i / i!, and
// u_i - t_i = c_i (u_{i-1} - t_{i-1}) + δ_i, so
//
//   0 <= U - r = Σ_{k=2..31} δ_k g_k < G(Y) := Σ_{k=2..31} g_k,   g_k = Σ_{i=k..31} Π_{l=k+1..i} c_l,
//   U = 2^32 (e^Y - tail(Y)),   0 <= tail(Y) <= Y^32 / 32! / (1 - Y/33).
//
// G and the tail bound increase with Y, so per bucket a = floor(64 Y) the table DEFICIT[a] bounds
// 2^32 tail + G from above at Y = (a + 1) / 64. 2^32 e^Y is approximated as
// EXPT[a] * P6(Y - a/64) (EXPT[a] = 2^32 e^(a/64) within 2^-52 relative, from a bigint power
// table; P6 the degree-6 Taylor polynomial on [0, 1/64): truncation < 2^-54, rounding < 2^-49),
// i.e. within 2^-48 relative; the enclosure uses 2^-44. So r ∈ [v (1 - 2^-44) - DEFICIT[a],
// v (1 + 2^-44)] for the computed v. sigmoid = floor(2^64 / (2^32 + e)) with e = r (z > 0) or
// floor(2^64 / r) (z < 0) is monotone in r, each bound is taken with an outward margin of 2^-50
// (> 3 roundings), and alpha = finish(sigmoid) is monotone in the sigmoid: when both ends give the
// same alpha, that alpha is exact. Otherwise the caller runs the exact chain.

const BUCKETS = 14 * 64;
const TWO26 = 67108864;
const INV_TWO32 = 2.3283064365386963e-10; // 2^-32
const REL = 5.684341886080802e-14; // 2^-44
const OUT = 8.881784197001252e-16; // 2^-50
const THIRD = 1 / 3;
const FIFTH = 1 / 5;
const SIXTH = 1 / 6;
/** EXPT[a] ≈ 2^32 e^(a/64). */
const EXPT = new Float64Array(BUCKETS);
/** DEFICIT[a] >= 2^32 tail((a+1)/64) + G((a+1)/64) (with slack). */
const DEFICIT = new Float64Array(BUCKETS);
{
  // e^(1/64) at scale 2^96 by the (floored) series, then powers by bigint multiplication; the
  // accumulated truncation (< 2^-80 relative) is far below the one rounding of Number().
  const SCALE = 96n;
  const x = 1n << (SCALE - 6n);
  let t = 1n << SCALE;
  let e1 = t;
  for (let i = 1n; t !== 0n; i++) {
    t = (t * x) >> SCALE;
    t /= i;
    e1 += t;
  }
  let p = 1n << SCALE;
  for (let a = 0; a < BUCKETS; a++) {
    EXPT[a] = Number(p) / 18446744073709551616; // * 2^32 / 2^96
    p = (p * e1) >> SCALE;
  }
  for (let a = 0; a < BUCKETS; a++) {
    const Y = (a + 1) / 64;
    let g = 0;
    let G = 0;
    for (let k = 31; k >= 2; k--) {
      g = 1 + (Y / (k + 1)) * g; // g_31 = 1, g_k = 1 + c_{k+1} g_{k+1}
      G += g;
    }
    let tail = 1;
    for (let i = 1; i <= 32; i++) tail *= Y / i;
    tail /= 1 - Y / 33;
    DEFICIT[a] = (tail * TWO32 + G) * 1.001 + 2;
  }
}

/** finish(sig) = clamp(lo + sig * (hi - lo), lo, hi), monotone in sig. */
function finishAlpha(lo: number, hi: number, sig: number): number {
  const a = lo + mulFloor(hi - lo, sig);
  const m = a < hi ? a : hi;
  return m > lo ? m : lo;
}

/**
 * alpha for an exponent z with 0 < |z| < 14 * 2^32, z != 2^32, from the interval enclosure above,
 * or -1 when the enclosure does not pin it down.
 */
export function alphaByInterval(z: number, lo: number, hi: number): number {
  const y = z < 0 ? -z : z;
  const a = Math.floor(y / TWO26);
  const b = (y - a * TWO26) * INV_TWO32; // exact, in [0, 1/64)
  const pb = 1 + b * (1 + b * 0.5 * (1 + b * THIRD * (1 + b * 0.25 * (1 + b * FIFTH * (1 + b * SIXTH)))));
  const v = EXPT[a] * pb;
  const rHi = v * (1 + REL);
  const rLo = v * (1 - REL) - DEFICIT[a];
  let sLo: number;
  let sHi: number;
  if (z > 0) {
    sLo = Math.floor((TWO64 / (TWO32 + rHi)) * (1 - OUT));
    sHi = Math.floor((TWO64 / (TWO32 + rLo)) * (1 + OUT));
  } else {
    // e = floor(2^64 / r) ∈ [2^64/r - 1, 2^64/r]; sig = floor(2^64 / (2^32 + e)) lies in
    // [2^32 r / (r + 2^32), 2^64 r / ((2^32 - 1) r + 2^64)], both increasing in r.
    sLo = Math.floor(((TWO32 * rLo) / (rLo + TWO32)) * (1 - OUT));
    sHi = Math.floor(((TWO64 * rHi) / ((TWO32 - 1) * rHi + TWO64)) * (1 + OUT));
  }
  const aLo = finishAlpha(lo, hi, sLo);
  return aLo === finishAlpha(lo, hi, sHi) ? aLo : -1;
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
  private rowAlpha = new Float64Array(64);
  private rowBond = new Float64Array(64);

  /** lo, hi: raw I32F32 alpha bounds; steepness: the i16 `AlphaSigmoidSteepness`. */
  constructor(lo: number, hi: number, steepness: number) {
    this.lo = lo;
    this.hi = hi;
    const k = steepness * TWO32; // |k| < 2^47, exact
    this.s1 = (k - (k % 100)) / -100; // trunc toward zero
    this.atZero = this.finish(sigmoidRaw(mulFloorWide(this.s1, -HALF)));
  }

  /** Grow the batch scratch to hold `count` entries. */
  private ensure(count: number): void {
    if (this.zs.length >= count) return;
    let cap = this.zs.length;
    while (cap < count) cap *= 2;
    this.zs = new Float64Array(cap);
    this.idx = new Int32Array(cap);
    this.ser = new Float64Array(cap + 4);
    this.rowAlpha = new Float64Array(cap);
    this.rowBond = new Float64Array(cap);
  }

  /** alpha from the sigmoid raw: clamp(lo + sig * (hi - lo), lo, hi). */
  private finish(sig: number): number {
    return finishAlpha(this.lo, this.hi, sig);
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
    const a = this.alphaOfZ(mulFloorWide(this.s1, d - HALF));
    this.cacheKey[slot] = d;
    this.cacheVal[slot] = a;
    return a;
  }

  /** alpha for the sigmoid exponent z: interval shortcut, else the exact chain. */
  alphaOfZ(z: number): number {
    const y = z < 0 ? -z : z;
    if (z !== 0 && z !== TWO32 && y < FAST_LIMIT) {
      const a = alphaByInterval(z, this.lo, this.hi);
      if (a >= 0) return a;
    }
    return this.finish(sigmoidRaw(z));
  }

  /**
   * Batched `alphaOfD`: ds[0..count) (each 0 < d <= 2^32) → out[0..count). Most values are pinned by
   * the interval shortcut; the rest run the exact chain four at a time. Not memoised.
   */
  alphaBatch(ds: Float64Array, count: number, out: Float64Array): void {
    this.ensure(count);
    const zs = this.zs;
    const idx = this.idx;
    const s1 = this.s1;
    const lo = this.lo;
    const hi = this.hi;
    let m = 0;
    for (let k = 0; k < count; k++) {
      const z = mulFloorWide(s1, ds[k] - HALF);
      const y = z < 0 ? -z : z;
      if (z === 0 || z === TWO32 || y >= FAST_LIMIT) {
        out[k] = this.finish(sigmoidRaw(z));
        continue;
      }
      const a = alphaByInterval(z, lo, hi);
      if (a >= 0) {
        out[k] = a;
        continue;
      }
      zs[m] = z;
      idx[m] = k;
      m++;
    }
    this.exactTail(m, out);
  }

  /**
   * `mat_ema_alpha_sparse` with liquid alphas for one row whose Wb and B columns are strictly
   * ascending (the chain's cursors then read exactly the entries at column j, so a merge walk gives
   * (w, b)). Appends (column, value > 0) to col/val from o and returns the new end. The interval
   * shortcut is inlined; unresolved entries are queued and finished with four-lane exact chains.
   */
  emaRowSorted(
    ws: number,
    we: number,
    wCol: Int32Array,
    wVal: Float64Array,
    bs: number,
    be: number,
    bCol: Int32Array,
    bVal: Float64Array,
    consensus: Float64Array,
    col: Int32Array,
    val: Float64Array,
    o: number,
  ): number {
    const len = we - ws;
    this.ensure(len);
    const al = this.rowAlpha;
    const bRow = this.rowBond;
    const m = this.rowAlphas(ws, we, wCol, wVal, bs, be, bCol, bVal, consensus, al, bRow);
    if (m > 0) this.finishPending(m, al);
    // mat_ema_alpha_sparse: (1 - a) * b + max(0, a * w), capped at 1, kept when > 0.
    for (let e = ws; e < we; e++) {
      const k = e - ws;
      const a = al[k];
      const w = wVal[e];
      const bv = bRow[k];
      let inc = mulFloor(a, w);
      if (inc < 0) inc = 0;
      let v = mulFloor(TWO32 - a, bv) + inc;
      if (v > TWO32) v = TWO32;
      if (v > 0) {
        col[o] = wCol[e];
        val[o] = v;
        o++;
      }
    }
    return o;
  }

  /**
   * Merge walk of one sorted row: bRow[k] = b, al[k] = alpha where the interval shortcut (inlined)
   * pins it; the others are queued in zs/idx (al[k] = -1). Returns the queue length.
   */
  private rowAlphas(
    ws: number,
    we: number,
    wCol: Int32Array,
    wVal: Float64Array,
    bs: number,
    be: number,
    bCol: Int32Array,
    bVal: Float64Array,
    consensus: Float64Array,
    al: Float64Array,
    bRow: Float64Array,
  ): number {
    const zs = this.zs;
    const idx = this.idx;
    const atZero = this.atZero;
    const s1 = this.s1;
    const lo = this.lo;
    const hi = this.hi;
    const span = hi - lo;
    const s1h = Math.floor(s1 * 9.5367431640625e-7); // 2^20 limbs of s1 (see mulFloorWide)
    const s1l = s1 - s1h * 1048576;
    let m = 0;
    let bp = bs;
    for (let e = ws; e < we; e++) {
      const k = e - ws;
      const j = wCol[e];
      while (bp < be && bCol[bp] < j) bp++;
      const b = bp < be && bCol[bp] === j ? bVal[bp] : 0;
      bRow[k] = b;
      const w = wVal[e];
      let d = w >= b ? w - consensus[j] : b - w;
      if (d <= 0) {
        al[k] = atZero;
        continue;
      }
      if (d > 4294967296) d = 4294967296;
      const ex = d - 2147483648; // z = mulFloorWide(s1, ex), inlined
      const z = Math.floor((s1h * ex + Math.floor(s1l * ex * 9.5367431640625e-7)) * 0.000244140625);
      const y = z < 0 ? -z : z;
      if (z !== 0 && z !== 4294967296 && y < 60129542144) {
        // alphaByInterval, inlined.
        const ai = Math.floor(y * 1.4901161193847656e-8);
        const bb = (y - ai * 67108864) * 2.3283064365386963e-10;
        const pb = 1 + bb * (1 + bb * 0.5 * (1 + bb * 0.3333333333333333 * (1 + bb * 0.25 * (1 + bb * 0.2 * (1 + bb * 0.16666666666666666)))));
        const v = EXPT[ai] * pb;
        const rHi = v * (1 + 5.684341886080802e-14);
        const rLo = v * (1 - 5.684341886080802e-14) - DEFICIT[ai];
        let sLo = 0;
        let sHi = 0;
        if (z > 0) {
          sLo = Math.floor((18446744073709551616 / (4294967296 + rHi)) * (1 - 8.881784197001252e-16));
          sHi = Math.floor((18446744073709551616 / (4294967296 + rLo)) * (1 + 8.881784197001252e-16));
        } else {
          // e = floor(2^64 / r) ∈ [2^64/r - 1, 2^64/r]; sig = floor(2^64 / (2^32 + e)) lies in
          // [2^32 r / (r + 2^32), 2^64 r / ((2^32 - 1) r + 2^64)], both increasing in r.
          sLo = Math.floor(((4294967296 * rLo) / (rLo + 4294967296)) * (1 - 8.881784197001252e-16));
          sHi = Math.floor(((18446744073709551616 * rHi) / ((4294967296 - 1) * rHi + 18446744073709551616)) * (1 + 8.881784197001252e-16));
        }
        // finish(sig) = clamp(lo + mulFloor(span, sig), lo, hi), mulFloor inlined.
        const lh = Math.floor(sLo * 0.0000152587890625);
        let aLo = lo + Math.floor((span * lh + Math.floor(span * (sLo - lh * 65536) * 0.0000152587890625)) * 0.0000152587890625);
        aLo = Math.max(Math.min(aLo, hi), lo);
        const hh = Math.floor(sHi * 0.0000152587890625);
        let aHi = lo + Math.floor((span * hh + Math.floor(span * (sHi - hh * 65536) * 0.0000152587890625)) * 0.0000152587890625);
        aHi = Math.max(Math.min(aHi, hi), lo);
        if (aLo === aHi) {
          al[k] = aLo;
          continue;
        }
      }
      al[k] = -1;
      zs[m] = z;
      idx[m] = k;
      m++;
    }
    return m;
  }

  /** Exact alphas for the m exponents queued in zs/idx (results to al[idx[q]]). */
  private finishPending(m: number, al: Float64Array): void {
    // Special exponents directly; the others through the four-lane chains (compacted first).
    const zs = this.zs;
    const idx = this.idx;
    let c = 0;
    for (let q = 0; q < m; q++) {
      const z = zs[q];
      const y = z < 0 ? -z : z;
      if (z === 0 || z === TWO32 || y >= FAST_LIMIT) {
        al[idx[q]] = this.finish(sigmoidRaw(z));
      } else {
        zs[c] = z;
        idx[c] = idx[q];
        c++;
      }
    }
    this.exactTail(c, al);
  }

  /** Exact chains for the m exponents queued in zs/idx (results to out[idx[q]]). */
  private exactTail(m: number, out: Float64Array): void {
    const zs = this.zs;
    const idx = this.idx;
    const ser = this.ser;
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
      out[idx[q]] = this.finish(floorDiv64(TWO32 + e));
    }
  }

  /** Exact batch without the interval shortcut (for tests and as the shortcut's reference). */
  alphaBatchExact(ds: Float64Array, count: number, out: Float64Array): void {
    this.ensure(count);
    let m = 0;
    for (let k = 0; k < count; k++) {
      const z = mulFloorWide(this.s1, ds[k] - HALF);
      const y = z < 0 ? -z : z;
      if (z === 0 || z === TWO32 || y >= FAST_LIMIT) {
        out[k] = this.finish(sigmoidRaw(z));
        continue;
      }
      this.zs[m] = z;
      this.idx[m] = k;
      m++;
    }
    this.exactTail(m, out);
  }
}

function abs(x: number): number {
  return x < 0 ? -x : x;
}
