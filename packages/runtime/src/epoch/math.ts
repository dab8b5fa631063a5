/**
 * The `epoch/math.rs` kernels the epoch needs, on I32F32 raw bigints, with the chain's exact
 * rounding (spec/epoch.md §2, §6). This is the reference implementation: it mirrors math.rs
 * semantics (including its quirks on ragged or unsorted input) and is used by the math vectors, by
 * `epochMechanismExact` and as the oracle for the fast path.
 */
import { I32F32, I64F64, U96F32, U64_MAX } from '@tensorium/primitives';
import { expSafe } from './exp.js';
import type { SparseRowFixed } from './types.js';

export type SparseMatrix = SparseRowFixed[];

const ZERO = 0n;
const ONE = I32F32.ONE;
const U16_MAX_FIXED = 65535n << 32n;
const HALF = 1n << 31n;

// ------------------------------------------------------------------------------------------------
// Conversions (§6.1)

/** `fixed_proportion_to_u16`: floor(x * 65535), saturated to [0, 65535]. */
export function fixedProportionToU16(x: bigint): number {
  return I32F32.toU16(I32F32.mul(x, U16_MAX_FIXED));
}

/** `u16_to_fixed`: the integer value as I32F32. */
export function u16ToFixed(x: number): bigint {
  return BigInt(x) << 32n;
}

/** `u16_proportion_to_fixed`: x / 65535 (truncated). */
export function u16ProportionToFixed(x: number): bigint {
  return I32F32.safeDiv(BigInt(x) << 32n, U16_MAX_FIXED);
}

/** `fixed_to_fixed_u16_proportion`: x / 65535. */
export function fixedToFixedU16Proportion(x: bigint): bigint {
  return I32F32.safeDiv(x, U16_MAX_FIXED);
}

/** I64F64 → I32F32 (`fixed64_to_fixed32`): floor, saturating. */
export function fixed64ToFixed32(x: bigint): bigint {
  return I32F32.from(I64F64, x);
}

/** EMA alpha `1 - bma/1e6` (§2): I64F64 division, narrowed to I32F32, subtracted from 1. */
export function emaAlphaFromBondsMovingAverage(bma: bigint): bigint {
  const x = I64F64.safeDiv(I64F64.fromInt(bma), I64F64.fromInt(1_000_000n));
  return I32F32.saturatingSub(ONE, I32F32.from(I64F64, x));
}

/** `get_tao_weight` as I64F64: U96F32 `TaoWeight / u64::MAX`, widened exactly. */
export function taoWeightFixed64(taoWeight: bigint): bigint {
  return I64F64.from(U96F32, U96F32.safeDiv(U96F32.fromInt(taoWeight), U96F32.fromInt(U64_MAX)));
}

/** I32F32 `round()`: nearest, ties away from zero. */
function roundFixed(x: bigint): bigint {
  if (x >= 0n) return ((x + HALF) >> 32n) << 32n;
  return -(((-x + HALF) >> 32n) << 32n);
}

/** `vec_max_upscale_to_u16` (§6.2), including the division-first branch for max > 32768. */
export function vecMaxUpscaleToU16(vec: readonly bigint[]): number[] {
  if (vec.length === 0) return [];
  let max = vec[0];
  for (const v of vec) if (v > max) max = v;
  if (max === 0n) return vec.map((e) => I32F32.toU16(I32F32.mul(e, U16_MAX_FIXED)));
  if (max > 32768n << 32n) {
    const ratio = I32F32.safeDiv(U16_MAX_FIXED, max);
    return vec.map((e) => I32F32.toU16(roundFixed(I32F32.mul(e, ratio))));
  }
  return vec.map((e) => I32F32.toU16(roundFixed(I32F32.safeDiv(I32F32.mul(e, U16_MAX_FIXED), max))));
}

/** `vec_u16_max_upscale_to_u16`: how `set_weights` stores weights (§8.1). */
export function vecU16MaxUpscaleToU16(vec: readonly number[]): number[] {
  return vecMaxUpscaleToU16(vec.map(u16ToFixed));
}

/** `check_vec_max_limited`: the normalised maximum is <= limit/65535. */
export function checkVecMaxLimited(vec: readonly number[], maxLimit: number): boolean {
  const limit = u16ProportionToFixed(maxLimit);
  const v = normalize(vec.map(u16ToFixed));
  if (v.length === 0) return true;
  let max = v[0];
  for (const x of v) if (x > max) max = x;
  return max <= limit;
}

// ------------------------------------------------------------------------------------------------
// Vectors (§6.2)

export function sum(x: readonly bigint[]): bigint {
  let s = 0n;
  for (const v of x) s += v;
  return s;
}

export function isZero(x: readonly bigint[]): boolean {
  return sum(x) === 0n;
}

/** `normalize` / `inplace_normalize`: x / Σx (safe_div), unchanged when the sum is 0. */
export function normalize(x: readonly bigint[]): bigint[] {
  return normalizeUsingSum(x, sum(x));
}

/** `inplace_normalize_using_sum`. */
export function normalizeUsingSum(x: readonly bigint[], s: bigint): bigint[] {
  if (s === 0n) return x.slice();
  return x.map((v) => I32F32.safeDiv(v, s));
}

/** `inplace_normalize_64` on I64F64 raws. */
export function normalize64(x: readonly bigint[]): bigint[] {
  const s = x.reduce((a, b) => a + b, 0n);
  if (s === 0n) return x.slice();
  return x.map((v) => I64F64.safeDiv(v, s));
}

/** `vec_mul`: element-wise checked_mul, 0 on overflow. */
export function vecMul(a: readonly bigint[], b: readonly bigint[]): bigint[] {
  const n = Math.min(a.length, b.length);
  const out: bigint[] = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = I32F32.checkedMul(a[i], b[i]) ?? 0n;
  return out;
}

/** `clamp_value`: min with high first, then max with low. */
export function clampValue(v: bigint, low: bigint, high: bigint): bigint {
  const m = v < high ? v : high;
  return m > low ? m : low;
}

/** `inplace_mask_vector`: zero where mask is true; missing mask entries mask; empty mask is a no-op. */
export function maskVector(mask: readonly boolean[], v: readonly bigint[]): bigint[] {
  if (mask.length === 0) return v.slice();
  return v.map((x, i) => ((mask[i] ?? true) ? 0n : x));
}

/** `is_topk`: true for the k largest (ascending stable sort clears the first n-k). */
export function isTopk(v: readonly bigint[], k: number): boolean[] {
  const n = v.length;
  const out = new Array<boolean>(n).fill(true);
  if (n < k) return out;
  const idx = stableAscending(v);
  for (let t = 0; t < n - k; t++) out[idx[t]] = false;
  return out;
}

/** `is_topk_nonzero`: as `is_topk`, additionally false for zero entries. */
export function isTopkNonzero(v: readonly bigint[], k: number): boolean[] {
  const n = v.length;
  const out = v.map((x) => x !== 0n);
  if (n < k) return out;
  const idx = stableAscending(v);
  for (let t = 0; t < n - k; t++) out[idx[t]] = false;
  return out;
}

function stableAscending(v: readonly bigint[]): number[] {
  const idx = v.map((_, i) => i);
  idx.sort((a, b) => (v[a] < v[b] ? -1 : v[a] > v[b] ? 1 : a - b));
  return idx;
}

/** `sigmoid_safe(input, rho, kappa)` = 1 / (1 + exp(-rho * (input - kappa))) (unused by the epoch). */
export function sigmoidSafe(input: bigint, rho: bigint, kappa: bigint): bigint {
  const offset = I32F32.saturatingSub(input, kappa);
  const negRho = I32F32.mul(rho, -ONE);
  const e = expSafe(I32F32.mul(negRho, offset));
  return I32F32.safeDiv(ONE, I32F32.saturatingAdd(e, ONE));
}

// ------------------------------------------------------------------------------------------------
// Dense matrices (test-only helpers of math.rs, §6.2)

/** `inplace_row_normalize`. */
export function rowNormalize(m: readonly bigint[][]): bigint[][] {
  return m.map((row) => {
    const s = sum(row);
    return s > 0n ? row.map((v) => I32F32.safeDiv(v, s)) : row.slice();
  });
}

/** `inplace_col_normalize` (ragged rows: sums by position). */
export function colNormalize(m: readonly bigint[][]): bigint[][] {
  const sums: bigint[] = [];
  for (const row of m) {
    while (sums.length < row.length) sums.push(0n);
    row.forEach((v, j) => (sums[j] = I32F32.saturatingAdd(sums[j], v)));
  }
  return m.map((row) => row.map((v, j) => (sums[j] !== 0n ? I32F32.safeDiv(v, sums[j]) : v)));
}

/** `inplace_col_max_upscale` (ragged rows: maxima by position). */
export function colMaxUpscale(m: readonly bigint[][]): bigint[][] {
  const maxes: bigint[] = [];
  for (const row of m) {
    while (maxes.length < row.length) maxes.push(0n);
    row.forEach((v, j) => {
      if (maxes[j] < v) maxes[j] = v;
    });
  }
  return m.map((row) => row.map((v, j) => (maxes[j] !== 0n ? I32F32.safeDiv(v, maxes[j]) : v)));
}

/** `mat_ema_alpha` (dense): min(1, (1-a)*old + max(0, a*new)); shape mismatch returns new/old as the chain does. */
export function matEmaAlpha(newM: readonly bigint[][], old: readonly bigint[][], alpha: readonly bigint[][]): bigint[][] {
  if (newM.length === 0 || newM[0].length === 0) return [[]];
  if (newM.length !== old.length || newM.length !== alpha.length) return old.map((r) => r.slice());
  for (let i = 0; i < newM.length; i++) {
    if (newM[i].length !== old[i].length || newM[i].length !== alpha[i].length) return newM.map((r) => r.slice());
  }
  return newM.map((row, i) =>
    row.map((n, j) => {
      const a = alpha[i][j];
      const decayed = I32F32.mul(I32F32.saturatingSub(ONE, a), old[i][j]);
      const inc = I32F32.max(I32F32.mul(a, n), ZERO);
      return I32F32.min(I32F32.saturatingAdd(decayed, inc), ONE);
    }),
  );
}

// ------------------------------------------------------------------------------------------------
// Sparse matrices (§6.2, §6.3, §6.5)

export function cloneSparse(m: readonly SparseRowFixed[]): SparseMatrix {
  return m.map((row) => row.map(([j, v]) => [j, v] as [number, bigint]));
}

/** `inplace_row_normalize_sparse`: rows with a positive sum are divided by it. */
export function rowNormalizeSparse(m: readonly SparseRowFixed[]): SparseMatrix {
  return m.map((row) => {
    let s = 0n;
    for (const [, v] of row) s += v;
    if (s > 0n) return row.map(([j, v]) => [j, I32F32.safeDiv(v, s)] as [number, bigint]);
    return row.map(([j, v]) => [j, v] as [number, bigint]);
  });
}

/** `row_sum_sparse`. */
export function rowSumSparse(m: readonly SparseRowFixed[]): bigint[] {
  return m.map((row) => {
    let s = 0n;
    for (const [, v] of row) s += v;
    return s;
  });
}

/** `inplace_col_normalize_sparse(m, columns)`: entries with j >= columns untouched. */
export function colNormalizeSparse(m: readonly SparseRowFixed[], columns: number): SparseMatrix {
  const sums = new Array<bigint>(columns).fill(0n);
  for (const row of m) for (const [j, v] of row) if (j < columns) sums[j] = I32F32.saturatingAdd(sums[j], v);
  return m.map((row) =>
    row.map(([j, v]) => {
      const d = j < columns ? sums[j] : 0n;
      return [j, d !== 0n ? I32F32.safeDiv(v, d) : v] as [number, bigint];
    }),
  );
}

/** `inplace_col_max_upscale_sparse(m, columns)`. */
export function colMaxUpscaleSparse(m: readonly SparseRowFixed[], columns: number): SparseMatrix {
  const maxes = new Array<bigint>(columns).fill(0n);
  for (const row of m) for (const [j, v] of row) if (j < columns && maxes[j] < v) maxes[j] = v;
  return m.map((row) =>
    row.map(([j, v]) => {
      const d = j < columns ? maxes[j] : 0n;
      return [j, d !== 0n ? I32F32.safeDiv(v, d) : v] as [number, bigint];
    }),
  );
}

/** `mask_rows_sparse`: masked (or missing-mask) rows become empty. */
export function maskRowsSparse(mask: readonly boolean[], m: readonly SparseRowFixed[]): SparseMatrix {
  return m.map((row, i) => ((mask[i] ?? true) ? [] : row.map(([j, v]) => [j, v] as [number, bigint])));
}

/** `mask_diag_sparse`. */
export function maskDiagSparse(m: readonly SparseRowFixed[]): SparseMatrix {
  return m.map((row, i) => row.filter(([j]) => j !== i).map(([j, v]) => [j, v] as [number, bigint]));
}

/** `mask_diag_sparse_except_index`: keeps `(k, k)`. */
export function maskDiagSparseExceptIndex(m: readonly SparseRowFixed[], k: number): SparseMatrix {
  return m.map((row, i) => row.filter(([j]) => j !== i || i === k).map(([j, v]) => [j, v] as [number, bigint]));
}

/** `vec_mask_sparse_matrix`: drop (i,j) where f(first[i], second[j]); missing entries read 0. */
export function vecMaskSparseMatrix(
  m: readonly SparseRowFixed[],
  first: readonly bigint[],
  second: readonly bigint[],
  f: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return m.map((row, i) => {
    const fv = first[i] ?? 0n;
    return row.filter(([j]) => !f(fv, second[j] ?? 0n)).map(([j, v]) => [j, v] as [number, bigint]);
  });
}

/** `scalar_vec_mask_sparse_matrix`: drop (i,j) where f(scalar, vector[j]). */
export function scalarVecMaskSparseMatrix(
  m: readonly SparseRowFixed[],
  scalar: bigint,
  vector: readonly bigint[],
  f: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return m.map((row) => row.filter(([j]) => !f(scalar, vector[j] ?? 0n)).map(([j, v]) => [j, v] as [number, bigint]));
}

/** `row_hadamard_sparse`: m_ij * v_i (stops at the shorter of rows / vector). */
export function rowHadamardSparse(m: readonly SparseRowFixed[], v: readonly bigint[]): SparseMatrix {
  const rows = Math.min(m.length, v.length);
  const out: SparseMatrix = [];
  for (let i = 0; i < rows; i++) out.push(m[i].map(([j, x]) => [j, I32F32.mul(x, v[i])] as [number, bigint]));
  return out;
}

/** `matmul_sparse`: r_j = Σ_i v_i * m_ij (saturating adds, floored products). */
export function matmulSparse(m: readonly SparseRowFixed[], v: readonly bigint[], columns: number): bigint[] {
  const r = new Array<bigint>(columns).fill(0n);
  m.forEach((row, i) => {
    const s = v[i] ?? 0n;
    for (const [j, x] of row) if (j < columns) r[j] = I32F32.saturatingAdd(r[j], I32F32.mul(s, x));
  });
  return r;
}

/** `matmul_transpose_sparse`: r_i = Σ_j v_j * m_ij. */
export function matmulTransposeSparse(m: readonly SparseRowFixed[], v: readonly bigint[]): bigint[] {
  return m.map((row) => {
    let acc = 0n;
    for (const [j, x] of row) acc = I32F32.saturatingAdd(acc, I32F32.mul(v[j] ?? 0n, x));
    return acc;
  });
}

/** `mat_vec_mul_sparse`: m_ij * v_j, zero products removed, columns beyond v dropped. */
export function matVecMulSparse(m: readonly SparseRowFixed[], v: readonly bigint[]): SparseMatrix {
  return m.map((row) => {
    const out: SparseRowFixed = [];
    for (const [j, x] of row) {
      if (j >= v.length) continue;
      const p = I32F32.mul(x, v[j]);
      if (p !== 0n) out.push([j, p]);
    }
    return out;
  });
}

/** `col_clip_sparse`: value > C_j becomes C_j (dropped if C_j <= 0); others kept. */
export function colClipSparse(m: readonly SparseRowFixed[], threshold: readonly bigint[]): SparseMatrix {
  return m.map((row) => {
    const out: SparseRowFixed = [];
    for (const [j, v] of row) {
      const th = threshold[j] ?? 0n;
      if (th < v) {
        if (th > 0n) out.push([j, th]);
      } else out.push([j, v]);
    }
    return out;
  });
}

/**
 * `weighted_median`: the chain's deterministic mid-pivot quick-select (§6.4), transcribed in
 * behaviour (pivot = element at position len/2 of the current partition, in partition order).
 */
export function weightedMedian(
  stake: readonly bigint[],
  score: readonly bigint[],
  partitionIdx: readonly number[],
  minority: bigint,
  partitionLo: bigint,
  partitionHi: bigint,
): bigint {
  if (stake.length !== score.length) return 0n;
  let current = partitionIdx.slice();
  let lo = partitionLo;
  let hi = partitionHi;
  const limit = partitionIdx.length;
  let iterations = 0;
  for (;;) {
    const n = current.length;
    if (n === 0) return 0n;
    if (n === 1) return score[current[0]] ?? 0n;
    const pivot = score[current[n >> 1]] ?? 0n;
    let loStake = 0n;
    let hiStake = 0n;
    const lower: number[] = [];
    const upper: number[] = [];
    for (const idx of current) {
      const s = score[idx] ?? 0n;
      if (s === pivot) continue;
      if (s < pivot) {
        loStake = I32F32.saturatingAdd(loStake, stake[idx] ?? 0n);
        lower.push(idx);
      } else {
        hiStake = I32F32.saturatingAdd(hiStake, stake[idx] ?? 0n);
        upper.push(idx);
      }
    }
    if (minority < I32F32.saturatingAdd(lo, loStake) && lower.length > 0) {
      current = lower;
      hi = I32F32.saturatingAdd(lo, loStake);
    } else if (I32F32.saturatingSub(hi, hiStake) <= minority && upper.length > 0) {
      current = upper;
      lo = I32F32.saturatingSub(hi, hiStake);
    } else {
      return pivot;
    }
    iterations++;
    if (iterations > limit) return 0n;
  }
}

/** `weighted_median_col` (dense; columns from the first row). */
export function weightedMedianCol(stake: readonly bigint[], score: readonly bigint[][], majority: bigint): bigint[] {
  const columns = score[0]?.length ?? 0;
  const median = new Array<bigint>(columns).fill(0n);
  for (let c = 0; c < columns; c++) {
    const useStake: bigint[] = [];
    const useScore: bigint[] = [];
    for (let r = 0; r < stake.length; r++) {
      if (stake[r] > 0n) {
        const row = score[r];
        if (row !== undefined && row.length === columns) {
          useStake.push(stake[r]);
          useScore.push(row[c]);
        } else {
          useStake.push(0n);
          useScore.push(0n);
        }
      }
    }
    if (useStake.length > 0) {
      const ns = normalize(useStake);
      const s = sum(ns);
      const minority = I32F32.saturatingSub(s, majority);
      median[c] = weightedMedian(ns, useScore, ns.map((_, i) => i), minority, 0n, s);
    }
  }
  return median;
}

/** `weighted_median_col_sparse`: consensus (§4 step 6). */
export function weightedMedianColSparse(
  stake: readonly bigint[],
  score: readonly SparseRowFixed[],
  columns: number,
  majority: bigint,
): bigint[] {
  const useStake = normalize(stake.filter((s) => s > 0n));
  const s = sum(useStake);
  const minority = I32F32.saturatingSub(s, majority);
  const idx = useStake.map((_, i) => i);
  const cols: bigint[][] = [];
  for (let c = 0; c < columns; c++) cols.push(new Array<bigint>(useStake.length).fill(0n));
  let k = 0;
  const rows = Math.min(stake.length, score.length);
  for (let i = 0; i < rows; i++) {
    if (stake[i] > 0n) {
      for (const [c, v] of score[i]) if (c < columns) cols[c][k] = v;
      k++;
    }
  }
  return cols.map((col) => weightedMedian(useStake, col, idx, minority, 0n, s));
}

/** `interpolate_sparse` (§4 step 9): ratio 0 → mat1, 1 → mat2 verbatim, else densified, entries > 0. */
export function interpolateSparse(
  mat1: readonly SparseRowFixed[],
  mat2: readonly SparseRowFixed[],
  columns: number,
  ratio: bigint,
): SparseMatrix {
  if (ratio === 0n) return cloneSparse(mat1);
  if (ratio === ONE) return cloneSparse(mat2);
  if (mat1.length !== mat2.length) return cloneSparse(mat2);
  return mat1.map((r1, i) => {
    const d1 = new Array<bigint>(columns).fill(0n);
    const d2 = new Array<bigint>(columns).fill(0n);
    for (const [j, v] of r1) if (j < columns) d1[j] = v;
    for (const [j, v] of mat2[i]) if (j < columns) d2[j] = v;
    const out: SparseRowFixed = [];
    for (let j = 0; j < columns; j++) {
      const v = I32F32.saturatingAdd(d1[j], I32F32.mul(ratio, I32F32.saturatingSub(d2[j], d1[j])));
      if (v > 0n) out.push([j, v]);
    }
    return out;
  });
}

/** `mat_ema_sparse`: densify per row (width = number of rows), alpha*new + (1-alpha)*old, keep > 0. */
export function matEmaSparse(newM: readonly SparseRowFixed[], old: readonly SparseRowFixed[], alpha: bigint): SparseMatrix {
  const n = newM.length;
  if (n === 0) return [];
  const oneMinus = I32F32.saturatingSub(ONE, alpha);
  return newM.map((row, i) => {
    const acc = new Array<bigint>(n).fill(0n);
    for (const [j, v] of row) if (j < n) acc[j] = I32F32.saturatingAdd(acc[j], I32F32.mul(alpha, v));
    const orow = old[i];
    if (orow !== undefined) for (const [j, v] of orow) if (j < n) acc[j] = I32F32.saturatingAdd(acc[j], I32F32.mul(oneMinus, v));
    const out: SparseRowFixed = [];
    for (let j = 0; j < n; j++) if (acc[j] > 0n) out.push([j, acc[j]]);
    return out;
  });
}

/**
 * `mat_ema_alpha_sparse`: for each entry of the *new* row, min(1, (1-a)*old + max(0, a*new)),
 * emitted if > 0 in new-row order; old bonds absent from the new row are dropped (§4 step 10a).
 */
export function matEmaAlphaSparse(
  newM: readonly SparseRowFixed[],
  old: readonly SparseRowFixed[],
  alpha: readonly bigint[][],
): SparseMatrix {
  if (newM.length !== old.length || newM.length !== alpha.length) return cloneSparse(newM);
  return newM.map((row, i) => {
    const arow = alpha[i];
    const decayed = new Array<bigint>(arow.length).fill(0n);
    for (const [j, v] of old[i]) if (j < arow.length) decayed[j] = I32F32.mul(I32F32.saturatingSub(ONE, arow[j]), v);
    const out: SparseRowFixed = [];
    for (const [j, v] of row) {
      if (j >= arow.length) continue;
      const inc = I32F32.max(I32F32.mul(arow[j], v), ZERO);
      const val = I32F32.min(I32F32.saturatingAdd(decayed[j], inc), ONE);
      if (val > 0n) out.push([j, val]);
    }
    return out;
  });
}

/** `alpha_sigmoid` (§4.1): the liquid-alpha EMA rate for one (consensus, weight, bond). */
export function alphaSigmoid(
  consensus: bigint,
  weight: bigint,
  bond: bigint,
  alphaLow: bigint,
  alphaHigh: bigint,
  steepness: bigint,
): bigint {
  const buy = clampValue(I32F32.saturatingSub(weight, consensus), ZERO, ONE);
  const sell = clampValue(I32F32.saturatingSub(bond, weight), ZERO, ONE);
  const d = weight >= bond ? buy : sell;
  const z = I32F32.mul(I32F32.saturatingDiv(steepness, -100n << 32n), I32F32.saturatingSub(d, HALF));
  const sig = I32F32.saturatingDiv(ONE, I32F32.saturatingAdd(ONE, expSafe(z)));
  const alpha = I32F32.saturatingAdd(alphaLow, I32F32.mul(sig, I32F32.saturatingSub(alphaHigh, alphaLow)));
  return clampValue(alpha, alphaLow, alphaHigh);
}

/**
 * `compute_liquid_alpha_values_sparse`: dense n×len(consensus) alphas; each row walks the weight and
 * bond rows with forward-only cursors that assume ascending columns (the unsorted-row quirk, §4.1).
 */
export function liquidAlphaValuesSparse(
  weights: readonly SparseRowFixed[],
  bonds: readonly SparseRowFixed[],
  consensus: readonly bigint[],
  alphaLow: bigint,
  alphaHigh: bigint,
  steepness: bigint,
): bigint[][] {
  if (weights.length !== bonds.length) return [];
  return weights.map((wRow, i) => {
    const bRow = bonds[i];
    let wp = 0;
    let bp = 0;
    const out = new Array<bigint>(consensus.length);
    for (let j = 0; j < consensus.length; j++) {
      let w = 0n;
      while (wp < wRow.length) {
        const [c, v] = wRow[wp];
        if (c < j) wp++;
        else {
          if (c === j) w = v;
          break;
        }
      }
      let b = 0n;
      while (bp < bRow.length) {
        const [c, v] = bRow[bp];
        if (c < j) bp++;
        else {
          if (c === j) b = v;
          break;
        }
      }
      out[j] = alphaSigmoid(consensus[j], w, b, alphaLow, alphaHigh, steepness);
    }
    return out;
  });
}
