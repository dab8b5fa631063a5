/**
 * One mechanism's epoch (spec/epoch.md §4), production path.
 *
 * Same steps and rounding as `epochMechanismExact`, but the O(n²) part runs on doubles holding
 * integer I32F32 raws (exact, see fastMath.ts) instead of bigints. Inputs outside the proven range
 * (block numbers >= 2^53, stored values above u16, an EMA rate outside [0, 1]) go to the bigint
 * reference, so the result is always chain-exact. `epoch.test.ts` checks both paths agree.
 */
import { I32F32 } from '@tensorium/primitives';
import { epochMechanismExact, emissionAmount, lastTempo, stakePrologue } from './epochExact.js';
import { expSafe, expSafeNumber } from './exp.js';
import * as F from './fastMath.js';
import * as M from './math.js';
import type { EpochInputs, EpochOptions, EpochOutputs, SparseRowFixed } from './types.js';

/** A sparse row on doubles: parallel column / raw-value arrays, storage order. */
interface Row {
  c: number[];
  v: number[];
}

// Module-local bindings: hot loops must not go through ESM live-binding getters (which some
// loaders, e.g. tsx's CJS interop, turn into property-getter calls on every use).
const divShift32 = F.divShift32;
const chunkBits = F.chunkBits;
const idiv = F.idiv;
const mulFloor = F.mulFloor;
const mulFloorWide = F.mulFloorWide;
const proportionToU16 = F.proportionToU16;
const recipShift64 = F.recipShift64;
const expFast = expSafeNumber;
const TWO32 = 4294967296;
const SAFE = 9007199254740991n;
const HALF = 2147483648;
/** |z| limit of the double exp (exp.ts FAST_LIMIT). */
const EXP_FAST_LIMIT = 14 * TWO32;

/** One mechanism's epoch: `epoch_mechanism(netuid, mecid, rao_emission)` on plain data (§4). */
export function epochMechanism(inputs: EpochInputs, options: EpochOptions = {}): EpochOutputs {
  if (!fastPathApplies(inputs)) return epochMechanismExact(inputs, options);
  return epochMechanismFast(inputs, options);
}

/** The fast path's preconditions (everything else is exact by construction). */
export function fastPathApplies(inp: EpochInputs): boolean {
  const small = (x: bigint): boolean => x >= 0n && x <= SAFE;
  if (!small(inp.currentBlock) || !small(inp.tempo) || !small(inp.activityCutoff) || !small(inp.lastMechanismStepBlock)) return false;
  for (const x of inp.lastUpdate) if (!small(x)) return false;
  for (const x of inp.blockAtRegistration) if (!small(x)) return false;
  for (const x of inp.commitBlocks) if (x !== null && !small(x)) return false;
  if (inp.bondsMovingAverage > 1_000_000n || inp.bondsMovingAverage < 0n) return false;
  const u16ok = (rows: EpochInputs['weights']): boolean => {
    for (const row of rows) for (const e of row) if (!(e[1] >= 0 && e[1] <= 65535 && Number.isInteger(e[1]) && Number.isInteger(e[0]) && e[0] >= 0)) return false;
    return true;
  };
  return u16ok(inp.weights) && u16ok(inp.bonds);
}

/** Normalise in place (`inplace_normalize`) non-negative raws whose sum is < 2^52. */
function normalizeInPlace(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  normalizeUsingSumInPlace(x, s);
}

function normalizeUsingSumInPlace(x: Float64Array, s: number): void {
  if (s === 0) return;
  const c = chunkBits(s);
  for (let i = 0; i < x.length; i++) x[i] = divShift32(x[i], s, c);
}

/** The chain's mid-pivot weighted quick-select (`weighted_median`) on scratch typed arrays. */
function weightedMedianFast(
  stake: Float64Array,
  score: Float64Array,
  k: number,
  minority: number,
  total: number,
  cur: Int32Array,
  lower: Int32Array,
  upper: Int32Array,
): number {
  let len = k;
  for (let t = 0; t < k; t++) cur[t] = t;
  let lo = 0;
  let hi = total;
  let iterations = 0;
  for (;;) {
    if (len === 0) return 0;
    if (len === 1) return score[cur[0]];
    const pivot = score[cur[len >> 1]];
    let loStake = 0;
    let hiStake = 0;
    let nl = 0;
    let nu = 0;
    for (let t = 0; t < len; t++) {
      const idx = cur[t];
      const s = score[idx];
      if (s === pivot) continue;
      if (s < pivot) {
        loStake += stake[idx];
        lower[nl++] = idx;
      } else {
        hiStake += stake[idx];
        upper[nu++] = idx;
      }
    }
    if (minority < lo + loStake && nl > 0) {
      cur.set(lower.subarray(0, nl));
      len = nl;
      hi = lo + loStake;
    } else if (hi - hiStake <= minority && nu > 0) {
      cur.set(upper.subarray(0, nu));
      len = nu;
      lo = hi - hiStake;
    } else {
      return pivot;
    }
    iterations++;
    if (iterations > k) return 0;
  }
}

/** Liquid-alpha rate as a function of d = combined diff (§4.1). */
class LiquidAlpha {
  private readonly s1: number;
  /** alpha at d = 0 (every entry whose weight is below consensus and at least its bond). */
  private readonly atZero: number;
  constructor(
    private readonly lo: number,
    private readonly hi: number,
    private readonly steepness: number,
  ) {
    // steepness.saturating_div(-100): trunc(k * 2^32 / -100); |k * 2^32| < 2^47.
    const k = steepness * TWO32;
    this.s1 = (k - (k % 100)) / -100;
    this.atZero = this.compute(0);
  }

  /** alpha_sigmoid(c, w, b) for non-negative raws <= 2^32. */
  alpha(c: number, w: number, b: number): number {
    let d: number;
    if (w >= b) {
      d = w - c;
    } else {
      d = b - w;
    }
    if (d <= 0) return this.atZero;
    return this.compute(d > TWO32 ? TWO32 : d);
  }

  private compute(d: number): number {
    const z = mulFloorWide(this.s1, d - HALF);
    let sig: number;
    if (z > -EXP_FAST_LIMIT && z < EXP_FAST_LIMIT) {
      sig = recipShift64(TWO32 + expFast(z));
    } else {
      // Large |z|: exp may exceed 2^53; do the sigmoid in bigint.
      const e = expSafe(BigInt(z));
      sig = Number(I32F32.saturatingDiv(I32F32.ONE, I32F32.saturatingAdd(I32F32.ONE, e)));
    }
    const alpha = this.lo + mulFloor(this.hi - this.lo, sig);
    const m = alpha < this.hi ? alpha : this.hi;
    return m > this.lo ? m : this.lo;
  }
}

function toFixedRows(rows: Row[]): SparseRowFixed[] {
  return rows.map((r) => r.c.map((j, t) => [j, BigInt(r.v[t])] as [number, bigint]));
}

/** The fast path proper (preconditions checked by the caller). */
export function epochMechanismFast(inp: EpochInputs, options: EpochOptions = {}): EpochOutputs {
  const n = inp.n;
  const pro = stakePrologue(inp);
  const { inactive, permits, newPermits } = pro;
  const nLU = inactive.length;

  // Step 4: active stake (masks: missing entries mask, an empty mask is a no-op).
  const stake = new Float64Array(n);
  for (let i = 0; i < n; i++) stake[i] = Number(pro.stake[i]);
  const activeStake = Float64Array.from(stake);
  if (nLU > 0) for (let i = 0; i < n; i++) if (i >= nLU || inactive[i]) activeStake[i] = 0;
  if (permits.length > 0) for (let i = 0; i < n; i++) if (!(permits[i] ?? false)) activeStake[i] = 0;
  normalizeInPlace(activeStake);

  // Step 5: weights (u16 integers until row normalisation) with every mask.
  const lastUpdate = new Float64Array(nLU);
  for (let i = 0; i < nLU; i++) lastUpdate[i] = Number(inp.lastUpdate[i] ?? 0n);
  const reg = new Float64Array(n);
  for (let j = 0; j < n && j < inp.blockAtRegistration.length; j++) reg[j] = Number(inp.blockAtRegistration[j]);
  const owner = inp.ownerUid;
  const commit = new Float64Array(n).fill(Infinity);
  if (inp.commitReveal) for (let i = 0; i < n; i++) {
    const cb = inp.commitBlocks[i];
    if (cb !== null && cb !== undefined) commit[i] = Number(cb);
  }
  const W: Row[] = new Array<Row>(n);
  for (let i = 0; i < n; i++) {
    const row: Row = { c: [], v: [] };
    W[i] = row;
    if (permits[i] !== true) continue; // mask_rows_sparse(!permits), missing ⇒ masked
    const src = inp.weights[i];
    if (src === undefined) continue;
    const lu = i < nLU ? lastUpdate[i] : 0;
    const cbi = commit[i];
    let sum = 0;
    for (const [j, w] of src) {
      if (j >= n) continue; // get_weights_sparse
      if (j === i && i !== owner) continue; // diagonal, owner keeps its self-weight
      if (lu <= reg[j]) continue; // outdated
      if (cbi < reg[j]) continue; // commit-reveal column mask (Infinity when off / no commit)
      row.c.push(j);
      row.v.push(w);
      sum += w;
    }
    // inplace_row_normalize_sparse: (w << 32) / (S << 32) = trunc(w * 2^32 / S), exact on doubles.
    if (sum > 0) for (let t = 0; t < row.v.length; t++) row.v[t] = idiv(row.v[t] * TWO32, sum);
    else for (let t = 0; t < row.v.length; t++) row.v[t] = 0;
  }

  // Step 6: consensus = weighted_median_col_sparse(active_stake, W, n, kappa).
  const kappa = Number(M.u16ProportionToFixed(inp.kappa));
  const part: number[] = [];
  for (let i = 0; i < n; i++) if (activeStake[i] > 0) part.push(i);
  const K = part.length;
  const useStake = new Float64Array(K);
  for (let t = 0; t < K; t++) useStake[t] = activeStake[part[t]];
  normalizeInPlace(useStake);
  let stakeSum = 0;
  for (let t = 0; t < K; t++) stakeSum += useStake[t];
  const minority = stakeSum - kappa;
  const consensus = new Float64Array(n);
  if (K > 0) {
    // Column-major score table (absent = 0); a duplicate entry overwrites, as in the chain.
    const table = new Float64Array(n * K);
    for (let t = 0; t < K; t++) {
      const row = W[part[t]];
      for (let e = 0; e < row.c.length; e++) table[row.c[e] * K + t] = row.v[e];
    }
    const cur = new Int32Array(K);
    const lower = new Int32Array(K);
    const upper = new Int32Array(K);
    for (let j = 0; j < n; j++) {
      consensus[j] = weightedMedianFast(useStake, table.subarray(j * K, j * K + K), K, minority, stakeSum, cur, lower, upper);
    }
  }

  // Step 7: clip and validator trust; step 8: incentive.
  const Wc: Row[] = new Array<Row>(n);
  const validatorTrust = new Float64Array(n);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = W[i];
    const out: Row = { c: [], v: [] };
    let trust = 0;
    const s = activeStake[i];
    for (let e = 0; e < row.c.length; e++) {
      const j = row.c[e];
      const th = consensus[j];
      let v = row.v[e];
      if (th < v) {
        if (!(th > 0)) continue;
        v = th;
      }
      out.c.push(j);
      out.v.push(v);
      trust += v;
      if (s !== 0) ranks[j] += mulFloor(s, v);
    }
    Wc[i] = out;
    validatorTrust[i] = trust;
  }
  const incentive = ranks;
  normalizeInPlace(incentive);

  // Step 9: weights for bonds.
  const bp = Number(M.u16ProportionToFixed(inp.bondsPenalty));
  let Wb: Row[];
  if (bp === 0) Wb = W;
  else if (bp === TWO32) Wb = Wc;
  else {
    Wb = new Array<Row>(n);
    const d1 = new Float64Array(n);
    const d2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r1 = W[i];
      const r2 = Wc[i];
      const out: Row = { c: [], v: [] };
      if (r1.c.length === 0 && r2.c.length === 0) {
        Wb[i] = out;
        continue;
      }
      d1.fill(0);
      d2.fill(0);
      for (let e = 0; e < r1.c.length; e++) d1[r1.c[e]] = r1.v[e];
      for (let e = 0; e < r2.c.length; e++) d2[r2.c[e]] = r2.v[e];
      for (let j = 0; j < n; j++) {
        const v = d1[j] + mulFloor(d2[j] - d1[j], bp);
        if (v > 0) {
          out.c.push(j);
          out.v.push(v);
        }
      }
      Wb[i] = out;
    }
  }

  // Step 10: bonds and dividends.
  const lt = Number(lastTempo(inp));
  /** Stored bond row i after the re-registration mask (§4 step 10a.2), as integers. */
  const bondRow = (i: number): Row => {
    const src = inp.bonds[i];
    const out: Row = { c: [], v: [] };
    if (src === undefined) return out;
    for (let e = 0; e < src.length; e++) {
      const j = src[e][0];
      if (!(lt <= (j < n ? reg[j] : 0))) {
        out.c.push(j);
        out.v.push(src[e][1]);
      }
    }
    return out;
  };
  const emaAlpha = Number(M.emaAlphaFromBondsMovingAverage(inp.bondsMovingAverage));
  let ema: Row[];
  let dividends: Float64Array;
  let liquidAlphas: bigint[][] | null = null;
  if (inp.yuma3) {
    // Relative bonds: u16 / 65535 truncated.
    const B: Row[] = new Array<Row>(n);
    for (let i = 0; i < n; i++) {
      const r = bondRow(i);
      for (let e = 0; e < r.v.length; e++) r.v[e] = idiv(r.v[e] * TWO32, 65535);
      B[i] = r;
    }
    let anyConsensus = false;
    for (let j = 0; j < n; j++) if (consensus[j] !== 0) anyConsensus = true;
    ema = new Array<Row>(n);
    if (inp.liquidAlpha && n > 0 && anyConsensus) {
      const la = new LiquidAlpha(
        Number(M.u16ProportionToFixed(inp.alphaLow)),
        Number(M.u16ProportionToFixed(inp.alphaHigh)),
        inp.alphaSigmoidSteepness,
      );
      const alphaRow = new Float64Array(n);
      const decayed = new Float64Array(n);
      const need = new Uint8Array(n);
      const diag = options.diagnostics === true;
      if (diag) liquidAlphas = [];
      for (let i = 0; i < n; i++) {
        const wr = Wb[i];
        const br = B[i];
        const out: Row = { c: [], v: [] };
        ema[i] = out;
        if (wr.c.length === 0 && !diag) continue; // nothing is emitted for an empty Wb row
        // Alphas with the chain's forward-only cursors (ascending-column assumption, §4.1).
        for (let e = 0; e < wr.c.length; e++) need[wr.c[e]] = 1;
        let wp = 0;
        let bpos = 0;
        for (let j = 0; j < n; j++) {
          let w = 0;
          while (wp < wr.c.length) {
            const cj = wr.c[wp];
            if (cj < j) wp++;
            else {
              if (cj === j) w = wr.v[wp];
              break;
            }
          }
          let b = 0;
          while (bpos < br.c.length) {
            const cj = br.c[bpos];
            if (cj < j) bpos++;
            else {
              if (cj === j) b = br.v[bpos];
              break;
            }
          }
          if (need[j] === 1 || diag) alphaRow[j] = la.alpha(consensus[j], w, b);
        }
        if (diag && liquidAlphas !== null) liquidAlphas.push(Array.from(alphaRow, (x) => BigInt(x)));
        // mat_ema_alpha_sparse: decayed old bonds (last write wins), then new-row entries.
        for (let e = 0; e < br.c.length; e++) {
          const j = br.c[e];
          if (j < n) decayed[j] = mulFloor(TWO32 - alphaRow[j], br.v[e]);
        }
        for (let e = 0; e < wr.c.length; e++) {
          const j = wr.c[e];
          const a = alphaRow[j];
          let inc = mulFloor(a, wr.v[e]);
          if (inc < 0) inc = 0;
          let val = decayed[j] + inc;
          if (val > TWO32) val = TWO32;
          if (val > 0) {
            out.c.push(j);
            out.v.push(val);
          }
        }
        for (let e = 0; e < br.c.length; e++) if (br.c[e] < n) decayed[br.c[e]] = 0;
        for (let e = 0; e < wr.c.length; e++) need[wr.c[e]] = 0;
      }
    } else {
      ema = matEmaFast(Wb, B, emaAlpha, n);
    }
    // Dividends: column-normalised EMA times incentive, per row, times active stake.
    const colSum = new Float64Array(n);
    for (const r of ema) for (let e = 0; e < r.c.length; e++) colSum[r.c[e]] += r.v[e];
    const chunk = new Float64Array(n);
    for (let j = 0; j < n; j++) if (colSum[j] !== 0) chunk[j] = chunkBits(colSum[j]);
    dividends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = ema[i];
      let tb = 0;
      for (let e = 0; e < r.c.length; e++) {
        const j = r.c[e];
        const s = colSum[j];
        const bn = s !== 0 ? divShift32(r.v[e], s, chunk[j]) : r.v[e];
        tb += mulFloor(bn, incentive[j]);
      }
      dividends[i] = mulFloor(tb, activeStake[i]);
    }
    normalizeInPlace(dividends);
  } else {
    // Original Yuma: stored bonds are integers; column-normalise on the integers.
    const B: Row[] = [];
    const colSumInt = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = bondRow(i);
      B.push(r);
      for (let e = 0; e < r.c.length; e++) if (r.c[e] < n) colSumInt[r.c[e]] += r.v[e];
    }
    for (const r of B)
      for (let e = 0; e < r.c.length; e++) {
        const j = r.c[e];
        r.v[e] = j < n && colSumInt[j] !== 0 ? idiv(r.v[e] * TWO32, colSumInt[j]) : r.v[e] * TWO32;
      }
    const delta: Row[] = Wb.map((r, i) => ({ c: r.c.slice(), v: r.v.map((x) => mulFloor(x, activeStake[i])) }));
    colNormalizeRows(delta, n);
    ema = matEmaFast(delta, B, emaAlpha, n);
    colNormalizeRows(ema, n);
    dividends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = ema[i];
      let acc = 0;
      for (let e = 0; e < r.c.length; e++) if (r.c[e] < n) acc += mulFloor(incentive[r.c[e]], r.v[e]);
      dividends[i] = acc;
    }
    normalizeInPlace(dividends);
    colMaxUpscaleRows(ema, n);
  }

  // Step 11: emission split.
  let eSum = 0;
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    combined[i] = incentive[i] + dividends[i];
    eSum += combined[i];
  }
  const normServer = Float64Array.from(incentive);
  let normValidator = Float64Array.from(dividends);
  let normCombined = combined;
  normalizeUsingSumInPlace(normServer, eSum);
  normalizeUsingSumInPlace(normValidator, eSum);
  normalizeInPlace(normCombined);
  if (eSum === 0) {
    let as = 0;
    for (let i = 0; i < n; i++) as += activeStake[i];
    const src = as === 0 ? stake : activeStake;
    normValidator = Float64Array.from(src);
    normCombined = Float64Array.from(src);
  }

  // Step 12: outputs.
  const big = (x: Float64Array): bigint[] => Array.from(x, (v) => BigInt(v));
  const E = inp.raoEmission;
  const amounts = (x: Float64Array): bigint[] => Array.from(x, (v) => emissionAmount(BigInt(v), E));
  const u16 = (x: Float64Array): number[] => Array.from(x, proportionToU16);
  const bonds: Array<Array<[number, number]>> = [];
  for (let i = 0; i < n; i++) {
    if (newPermits[i] !== true) {
      bonds.push([]);
      continue;
    }
    const r = ema[i];
    bonds.push(r.c.map((j, e) => [j, proportionToU16(r.v[e])] as [number, number]));
  }
  const out: EpochOutputs = {
    active: Array.from({ length: n }, (_, i) => (i < nLU ? !inactive[i] : false)),
    newValidatorPermits: Array.from({ length: n }, (_, i) => newPermits[i] ?? false),
    stake: big(stake),
    activeStake: big(activeStake),
    consensus: big(consensus),
    validatorTrust: big(validatorTrust),
    incentive: big(incentive),
    dividends: big(dividends),
    stakeWeightU16: u16(stake),
    consensusU16: u16(consensus),
    incentiveU16: u16(incentive),
    dividendsU16: u16(dividends),
    validatorTrustU16: u16(validatorTrust),
    serverEmission: amounts(normServer),
    validatorEmission: amounts(normValidator),
    combinedEmission: amounts(normCombined),
    rawStake: pro.totalStake.map((t) => (t < 0n ? 0n : t >> 64n > 18446744073709551615n ? 18446744073709551615n : t >> 64n)),
    bonds,
  };
  if (options.diagnostics) out.diagnostics = { weightsNormalized: toFixedRows(W), emaBonds: toFixedRows(ema), liquidAlphas };
  return out;
}

/** `mat_ema_sparse` (scalar alpha): dense accumulator of width n, entries > 0, ascending. */
function matEmaFast(newM: Row[], old: Row[], alpha: number, n: number): Row[] {
  const oneMinus = TWO32 - alpha;
  const acc = new Float64Array(n);
  const out: Row[] = new Array<Row>(n);
  for (let i = 0; i < n; i++) {
    const nr = newM[i];
    const or = old[i];
    const r: Row = { c: [], v: [] };
    out[i] = r;
    if (nr.c.length === 0 && (or === undefined || or.c.length === 0)) continue;
    for (let e = 0; e < nr.c.length; e++) if (nr.c[e] < n) acc[nr.c[e]] += mulFloor(alpha, nr.v[e]);
    if (or !== undefined) for (let e = 0; e < or.c.length; e++) if (or.c[e] < n) acc[or.c[e]] += mulFloor(oneMinus, or.v[e]);
    for (let j = 0; j < n; j++) {
      if (acc[j] > 0) {
        r.c.push(j);
        r.v.push(acc[j]);
      }
      acc[j] = 0;
    }
  }
  return out;
}

/** `inplace_col_normalize_sparse(m, n)` on rows of raws <= 2^33. */
function colNormalizeRows(m: Row[], n: number): void {
  const sums = new Float64Array(n);
  for (const r of m) for (let e = 0; e < r.c.length; e++) if (r.c[e] < n) sums[r.c[e]] += r.v[e];
  const chunk = new Float64Array(n);
  for (let j = 0; j < n; j++) if (sums[j] !== 0) chunk[j] = chunkBits(sums[j]);
  for (const r of m)
    for (let e = 0; e < r.c.length; e++) {
      const j = r.c[e];
      if (j < n && sums[j] !== 0) r.v[e] = divShift32(r.v[e], sums[j], chunk[j]);
    }
}

/** `inplace_col_max_upscale_sparse(m, n)`. */
function colMaxUpscaleRows(m: Row[], n: number): void {
  const maxes = new Float64Array(n);
  for (const r of m) for (let e = 0; e < r.c.length; e++) if (r.c[e] < n && maxes[r.c[e]] < r.v[e]) maxes[r.c[e]] = r.v[e];
  const chunk = new Float64Array(n);
  for (let j = 0; j < n; j++) if (maxes[j] !== 0) chunk[j] = chunkBits(maxes[j]);
  for (const r of m)
    for (let e = 0; e < r.c.length; e++) {
      const j = r.c[e];
      if (j < n && maxes[j] !== 0) r.v[e] = divShift32(r.v[e], maxes[j], chunk[j]);
    }
}
