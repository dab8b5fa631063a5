/**
 * One mechanism's epoch (spec/epoch.md §4), production path.
 *
 * Same steps and rounding as `epochMechanismExact`, but the O(n²) part runs on doubles holding
 * integer I32F32 raws (exact, see fastMath.ts) in flat CSR typed arrays instead of bigint rows.
 * Inputs outside the proven range (block numbers >= 2^53, stored columns/values outside u16, an EMA
 * rate outside [0, 1]) go to the bigint reference, so the result is always chain-exact.
 * `epoch.test.ts` checks both paths agree on randomized inputs with every storage quirk.
 *
 * Layout: a sparse matrix is `ptr` (row i = entries ptr[i]..ptr[i+1]) + `col` + `val`, entries in
 * the chain's row order. Large buffers come from a module-level pool (the function is synchronous
 * and never re-entered, and nothing pooled escapes into the outputs).
 */
import { epochMechanismExact, emissionAmount, lastTempo, stakePrologue } from './epochExact.js';
import { I64F64 } from '@tensorium/primitives';
import { LiquidAlphaKernel } from './liquidAlpha.js';
import * as F from './fastMath.js';
import * as M from './math.js';
import type { EpochInputs, EpochOptions, EpochOutputs, SparseRowFixed, U16Csr } from './types.js';

// Module-local bindings: hot loops must not go through ESM live-binding getters (which some
// loaders, e.g. tsx's CJS interop, turn into property-getter calls on every use).
const divShift32 = F.divShift32;
const chunkBits = F.chunkBits;
const mulFloor = F.mulFloor;
const proportionToU16 = F.proportionToU16;
const TWO32 = 4294967296;
const SAFE = 9007199254740991n;
/** Accept margin for quotients <= 2^32 formed with two roundings (error < 2^-20). */
const EPS_ABS = 1.9073486328125e-6; // 2^-19

/** U16_PROP[u] = trunc(u * 2^32 / 65535): `u16_proportion_to_fixed` / Yuma3 stored bonds. */
const U16_PROP = new Float64Array(65536);
for (let u = 0; u < 65536; u++) U16_PROP[u] = Math.floor((u * TWO32) / 65535);

// ------------------------------------------------------------------------------------------------
// Scratch pool

/** Buffers up to this many elements are kept between calls; larger ones are allocated per call. */
const POOL_LIMIT = 1 << 22;
const poolF64: Float64Array[] = [];
const poolI32: Int32Array[] = [];

function f64(slot: number, size: number): Float64Array {
  const b = poolF64[slot];
  if (b !== undefined && b.length >= size) return b;
  const nb = new Float64Array(Math.max(size, 16));
  if (size <= POOL_LIMIT) poolF64[slot] = nb;
  return nb;
}

function i32(slot: number, size: number): Int32Array {
  const b = poolI32[slot];
  if (b !== undefined && b.length >= size) return b;
  const nb = new Int32Array(Math.max(size, 16));
  if (size <= POOL_LIMIT) poolI32[slot] = nb;
  return nb;
}

// Pool slots (nnz-sized unless noted).
const F_WVAL = 0;
const F_WCVAL = 1;
const F_WBVAL = 2;
const F_BVAL = 3;
const F_EMAVAL = 4;
const F_CSC_SCORE = 5;
const F_USTAKE = 6; // participants' stake (n + 1)
const F_DELTA = 7;
const F_ROW_D = 8; // per-row scratch (n)
const F_ROW_A = 9; // per-row scratch (n)
const F_ROW_B = 10; // per-row scratch (n)
const I_WCOL = 0;
const I_WCCOL = 1;
const I_WBCOL = 2;
const I_BCOL = 3;
const I_EMACOL = 4;
const I_PART = 5; // participants (n)
const I_CSTART = 6; // column starts (n + 1)
const I_CFILL = 7; // column fill cursors (n)


/** A CSR matrix over pooled (or owned) arrays. */
interface Csr {
  ptr: Int32Array;
  col: Int32Array;
  val: Float64Array;
  /** asc[i] = 1 when row i has strictly ascending columns. */
  asc: Uint8Array;
}

// ------------------------------------------------------------------------------------------------
// Entry points

/** One mechanism's epoch: `epoch_mechanism(netuid, mecid, rao_emission)` on plain data (§4). */
export function epochMechanism(inputs: EpochInputs, options: EpochOptions = {}): EpochOutputs {
  return epochMechanismFast(inputs, options) ?? epochMechanismExact(inputs, options);
}

/** Scalar preconditions of the fast path (stored rows are validated while they are loaded). */
function scalarsApply(inp: EpochInputs): boolean {
  const small = (x: bigint): boolean => x >= 0n && x <= SAFE;
  if (inp.n > 65535) return false; // SubnetworkN is u16 (consensus keys hold a participant index)
  if (!small(inp.currentBlock) || !small(inp.tempo) || !small(inp.activityCutoff) || !small(inp.lastMechanismStepBlock)) return false;
  for (const x of inp.lastUpdate) if (!small(x)) return false;
  for (const x of inp.blockAtRegistration) if (!small(x)) return false;
  for (const x of inp.commitBlocks) if (x !== null && x !== undefined && !small(x)) return false;
  if (inp.bondsMovingAverage > 1_000_000n || inp.bondsMovingAverage < 0n) return false;
  return true;
}

/** Whether the fast path handles these inputs (all of them are exact either way). */
export function fastPathApplies(inp: EpochInputs): boolean {
  if (!scalarsApply(inp)) return false;
  const ok = (rows: EpochInputs['weights']): boolean => {
    for (let i = 0; i < inp.n; i++) {
      const row = rows[i];
      if (row !== undefined) for (const e of row) if ((e[0] & 0xffff) !== e[0] || (e[1] & 0xffff) !== e[1]) return false;
    }
    return true;
  };
  return ok(inp.weights) && ok(inp.bonds);
}

// ------------------------------------------------------------------------------------------------
// Exact double helpers

/** trunc(v * 2^32 / s) for integers 0 <= v <= s < 2^52, with r = 2^32 / s (double). */
function divFrac(v: number, s: number, r: number): number {
  if (v === s) return TWO32;
  const f = v * r; // two roundings: |f - v*2^32/s| < 2^-20
  const q = Math.floor(f);
  const g = f - q;
  if (g > EPS_ABS && g < 1 - EPS_ABS) return q;
  return divShift32(v, s, chunkBits(s));
}

/** Normalise in place (`inplace_normalize`) non-negative raws (sum < 2^52), entries [0, len). */
function normalizeInPlace(x: Float64Array, len: number): void {
  let s = 0;
  for (let i = 0; i < len; i++) s += x[i];
  normalizeUsingSumInPlace(x, len, s);
}

function normalizeUsingSumInPlace(x: Float64Array, len: number, s: number): void {
  if (s === 0) return;
  let c = -1;
  for (let i = 0; i < len; i++) {
    const v = x[i];
    if (v <= s) {
      x[i] = divFrac(v, s, TWO32 / s);
    } else {
      if (c < 0) c = chunkBits(s);
      x[i] = divShift32(v, s, c);
    }
  }
}

// ------------------------------------------------------------------------------------------------
// The fast path

/** The fast path proper; null when the inputs are outside its preconditions. */
export function epochMechanismFast(inp: EpochInputs, options: EpochOptions = {}): EpochOutputs | null {
  if (!scalarsApply(inp)) return null;
  const n = inp.n;
  const diag = options.diagnostics === true;
  const pro = fastPrologue(inp);
  const { inactive, permits, newPermits, stake } = pro;
  const nLU = inactive.length;

  // Step 4: active stake (masks: missing entries mask, an empty mask is a no-op).
  const activeStake = stake.slice();
  if (nLU > 0) for (let i = 0; i < n; i++) if (i >= nLU || inactive[i] === 1) activeStake[i] = 0;
  if (permits.length > 0) for (let i = 0; i < n; i++) if (!(permits[i] ?? false)) activeStake[i] = 0;
  normalizeInPlace(activeStake, n);

  // Step 5: weights (u16 integers until row normalisation) with every mask, validated on load.
  const reg = new Float64Array(n);
  for (let j = 0; j < n && j < inp.blockAtRegistration.length; j++) reg[j] = Number(inp.blockAtRegistration[j]);
  const W = loadWeights(inp, n, permits, reg);
  if (W === null) return null;
  const wPtr = W.ptr;

  // Bonds (§4 step 10a.2 / 10b.2): loaded and validated here so invalid storage falls back early.
  const lt = Number(lastTempo(inp));
  const B = loadBonds(inp, n, reg, lt);
  if (B === null) return null;

  // Step 6: consensus = weighted_median_col_sparse(active_stake, W, n, kappa).
  const kappa = Number(M.u16ProportionToFixed(inp.kappa));
  const consensus = new Float64Array(n);
  consensusFast(W, activeStake, n, kappa, consensus);

  // Step 7: clip and validator trust; step 8: incentive.
  const nnzW = wPtr[n];
  const Wc: Csr = { ptr: new Int32Array(n + 1), col: i32(I_WCCOL, nnzW), val: f64(F_WCVAL, nnzW), asc: W.asc };
  const validatorTrust = new Float64Array(n);
  const ranks = new Float64Array(n);
  clipFast(W, Wc, consensus, activeStake, n, validatorTrust, ranks);
  const incentive = ranks;
  normalizeInPlace(incentive, n);

  // Step 9: weights for bonds.
  const bp = Number(M.u16ProportionToFixed(inp.bondsPenalty));
  const Wb: Csr = bp === 0 ? W : bp === TWO32 ? Wc : interpolateFast(W, Wc, n, bp);

  // Step 10: bonds and dividends.
  const emaAlpha = Number(M.emaAlphaFromBondsMovingAverage(inp.bondsMovingAverage));
  let ema: Csr;
  const dividends = new Float64Array(n);
  let liquidAlphas: bigint[][] | null = null;
  if (inp.yuma3) {
    // Relative bonds: u16 / 65535 truncated.
    const bVal = B.val;
    for (let e = 0, end = B.ptr[n]; e < end; e++) bVal[e] = U16_PROP[bVal[e]];
    let anyConsensus = false;
    for (let j = 0; j < n; j++) if (consensus[j] !== 0) anyConsensus = true;
    if (inp.liquidAlpha && n > 0 && anyConsensus) {
      const la = liquidKernel(Number(M.u16ProportionToFixed(inp.alphaLow)), Number(M.u16ProportionToFixed(inp.alphaHigh)), inp.alphaSigmoidSteepness);
      if (diag) liquidAlphas = [];
      ema = liquidEma(Wb, B, consensus, n, la, liquidAlphas);
    } else {
      ema = matEmaFast(Wb, B, emaAlpha, n, F_EMAVAL, I_EMACOL);
    }
    yuma3Dividends(ema, incentive, activeStake, n, dividends);
    normalizeInPlace(dividends, n);
  } else {
    // Original Yuma: stored bonds are integers; column-normalise on the integers.
    const bCol = B.col;
    const bVal = B.val;
    const bEnd = B.ptr[n];
    const colSumInt = new Float64Array(n);
    for (let e = 0; e < bEnd; e++) if (bCol[e] < n) colSumInt[bCol[e]] += bVal[e];
    for (let e = 0; e < bEnd; e++) {
      const j = bCol[e];
      bVal[e] = j < n && colSumInt[j] !== 0 ? Math.floor((bVal[e] * TWO32) / colSumInt[j]) : bVal[e] * TWO32;
    }
    const nnzB = Wb.ptr[n];
    const delta: Csr = { ptr: Wb.ptr, col: Wb.col, val: f64(F_DELTA, nnzB), asc: Wb.asc };
    for (let i = 0; i < n; i++) {
      const a = activeStake[i];
      for (let e = Wb.ptr[i], end = Wb.ptr[i + 1]; e < end; e++) delta.val[e] = mulFloor(Wb.val[e], a);
    }
    colNormalizeCsr(delta, n);
    ema = matEmaFast(delta, B, emaAlpha, n, F_EMAVAL, I_EMACOL);
    colNormalizeCsr(ema, n);
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let e = ema.ptr[i], end = ema.ptr[i + 1]; e < end; e++) acc += mulFloor(incentive[ema.col[e]], ema.val[e]);
      dividends[i] = acc;
    }
    normalizeInPlace(dividends, n);
    colMaxUpscaleCsr(ema, n);
  }

  // Step 11: emission split.
  let eSum = 0;
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    combined[i] = incentive[i] + dividends[i];
    eSum += combined[i];
  }
  const normServer = incentive.slice();
  let normValidator = dividends.slice();
  let normCombined = combined;
  normalizeUsingSumInPlace(normServer, n, eSum);
  normalizeUsingSumInPlace(normValidator, n, eSum);
  normalizeInPlace(normCombined, n);
  if (eSum === 0) {
    let as = 0;
    for (let i = 0; i < n; i++) as += activeStake[i];
    const src = as === 0 ? stake : activeStake;
    normValidator = src.slice();
    normCombined = src.slice();
  }

  // Step 12: outputs.
  const E = inp.raoEmission;
  const bonds = bondsOut(ema, newPermits, n);
  const active = new Array<boolean>(n);
  const newPermitsOut = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    active[i] = i < nLU ? inactive[i] === 0 : false;
    newPermitsOut[i] = newPermits[i] ?? false;
  }
  const rawStake = pro.rawStake;
  const out: EpochOutputs = {
    active,
    newValidatorPermits: newPermitsOut,
    stake: big(stake, n),
    activeStake: big(activeStake, n),
    consensus: big(consensus, n),
    validatorTrust: big(validatorTrust, n),
    incentive: big(incentive, n),
    dividends: big(dividends, n),
    stakeWeightU16: u16(stake, n),
    consensusU16: u16(consensus, n),
    incentiveU16: u16(incentive, n),
    dividendsU16: u16(dividends, n),
    validatorTrustU16: u16(validatorTrust, n),
    serverEmission: amounts(normServer, n, E),
    validatorEmission: amounts(normValidator, n, E),
    combinedEmission: amounts(normCombined, n, E),
    rawStake,
    bonds,
  };
  if (diag) out.diagnostics = { weightsNormalized: toFixedRows(W, n), emaBonds: toFixedRows(ema, n), liquidAlphas };
  return out;
}

/** Steps 7–8: clip W at consensus into Wc (entries > 0 kept), row sums (trust), ranks. */
function clipFast(W: Csr, Wc: Csr, consensus: Float64Array, activeStake: Float64Array, n: number, validatorTrust: Float64Array, ranks: Float64Array): void {
  const wPtr = W.ptr;
  const wCol = W.col;
  const wVal = W.val;
  const cCol = Wc.col;
  const cVal = Wc.val;
  const cPtr = Wc.ptr;
  let o = 0;
  for (let i = 0; i < n; i++) {
    cPtr[i] = o;
    let trust = 0;
    const s = activeStake[i];
    for (let e = wPtr[i], end = wPtr[i + 1]; e < end; e++) {
      const j = wCol[e];
      const th = consensus[j];
      let v = wVal[e];
      if (th < v) {
        if (!(th > 0)) continue;
        v = th;
      }
      cCol[o] = j;
      cVal[o] = v;
      o++;
      trust += v;
      if (s !== 0) ranks[j] += mulFloor(s, v);
    }
    validatorTrust[i] = trust;
  }
  cPtr[n] = o;
}

/** Yuma3 dividends: column-normalised EMA bonds times incentive per row, times active stake. */
function yuma3Dividends(ema: Csr, incentive: Float64Array, activeStake: Float64Array, n: number, dividends: Float64Array): void {
  const eCol = ema.col;
  const eVal = ema.val;
  const ePtr = ema.ptr;
  const colSum = f64(F_ROW_D, n);
  colSum.fill(0, 0, n);
  for (let e = 0, end = ePtr[n]; e < end; e++) colSum[eCol[e]] += eVal[e];
  const recip = f64(F_ROW_A, n);
  for (let j = 0; j < n; j++) recip[j] = colSum[j] !== 0 ? TWO32 / colSum[j] : 0;
  for (let i = 0; i < n; i++) {
    let tb = 0;
    for (let e = ePtr[i], end = ePtr[i + 1]; e < end; e++) {
      const j = eCol[e];
      const inc = incentive[j];
      if (inc === 0) continue;
      tb += mulFloor(divFrac(eVal[e], colSum[j], recip[j]), inc);
    }
    dividends[i] = mulFloor(tb, activeStake[i]);
  }
}

/** Step 12 bonds: flat CSR of the EMA rows of uids with a new permit (u16), others empty. */
function bondsOut(ema: Csr, newPermits: readonly boolean[], n: number): U16Csr {
  const eCol = ema.col;
  const eVal = ema.val;
  const ePtr = ema.ptr;
  const rowStart = new Uint32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = nnz;
    if (newPermits[i] === true) nnz += ePtr[i + 1] - ePtr[i];
  }
  rowStart[n] = nnz;
  const cols = new Uint16Array(nnz);
  const vals = new Uint16Array(nnz);
  for (let i = 0; i < n; i++) {
    if (newPermits[i] !== true) continue;
    let o = rowStart[i];
    for (let e = ePtr[i], end = ePtr[i + 1]; e < end; e++, o++) {
      cols[o] = eCol[e];
      const u = Math.floor(eVal[e] * 65535 * 2.3283064365386963e-10); // fixed_proportion_to_u16
      vals[o] = u < 0 ? 0 : u > 65535 ? 65535 : u;
    }
  }
  return { rowStart, cols, vals };
}

/** Step 5: weight rows < n with every mask, row-normalised; null when an entry is outside u16. */
function loadWeights(inp: EpochInputs, n: number, permits: readonly boolean[], reg: Float64Array): Csr | null {
  const owner = inp.ownerUid;
  const weights = inp.weights;
  let wCap = 0;
  for (let i = 0; i < n; i++) {
    const src = weights[i];
    if (src !== undefined && permits[i] === true) wCap += src.length;
  }
  const W: Csr = { ptr: new Int32Array(n + 1), col: i32(I_WCOL, wCap), val: f64(F_WVAL, wCap), asc: new Uint8Array(n) };
  {
    const wCol = W.col;
    const wVal = W.val;
    const wAsc = W.asc;
    const wPtr = W.ptr;
    let nnz = 0;
    for (let i = 0; i < n; i++) {
      wPtr[i] = nnz;
      wAsc[i] = 1;
      const src = weights[i];
      if (src === undefined) continue;
      const len = src.length;
      if (permits[i] !== true) {
        // mask_rows_sparse(!permits): the row is dropped, but the exact path still loads it.
        for (let k = 0; k < len; k++) {
          const e = src[k];
          if ((e[0] & 0xffff) !== e[0] || (e[1] & 0xffff) !== e[1]) return null;
        }
        continue;
      }
      const lu = Number(inp.lastUpdate[i] ?? 0n);
      const cb = inp.commitReveal ? inp.commitBlocks[i] : null;
      const cbi = cb === null || cb === undefined ? Infinity : Number(cb);
      const start = nnz;
      let sum = 0;
      let prev = -1;
      let asc = 1;
      for (let k = 0; k < len; k++) {
        const e = src[k];
        const j = e[0];
        const w = e[1];
        if ((j & 0xffff) !== j || (w & 0xffff) !== w) return null;
        if (j >= n) continue; // get_weights_sparse
        if (j === i && i !== owner) continue; // diagonal, owner keeps its self-weight
        const r = reg[j];
        if (lu <= r) continue; // outdated
        if (cbi < r) continue; // commit-reveal column mask (Infinity when off / no commit)
        if (j <= prev) asc = 0;
        prev = j;
        wCol[nnz] = j;
        wVal[nnz] = w;
        nnz++;
        sum += w;
      }
      wAsc[i] = asc;
      // inplace_row_normalize_sparse: trunc(w * 2^32 / S), exact on doubles (w * 2^32 < 2^48).
      if (sum > 0) for (let t = start; t < nnz; t++) wVal[t] = Math.floor((wVal[t] * TWO32) / sum);
    }
    wPtr[n] = nnz;
  }
  return W;
}

interface FastPrologue {
  /** 1 = inactive; length max(n, lastUpdate.length). */
  inactive: Uint8Array;
  /** Normalised stake (I32F32 raws). */
  stake: Float64Array;
  permits: boolean[];
  newPermits: boolean[];
  /** floor of the un-normalised total stake (u64). */
  rawStake: bigint[];
}

const TWO62 = 1n << 62n;

/**
 * §4 steps 1–3 (`stakePrologue`) with one bigint multiply-add per uid: when every stake is below
 * 2^62 the I64F64 total `alpha * 2^64 + tao * tw` cannot saturate, and the I32F32 stake
 * `floor(trunc(total * 2^64 / S) / 2^32) = floor(total * 2^32 / S)` is taken from a double quotient
 * when it is provably not within 2^-18 of an integer (bigint otherwise). Falls back to
 * `stakePrologue` for larger stakes.
 */
function fastPrologue(inp: EpochInputs): FastPrologue {
  const n = inp.n;
  const luLen = Math.max(n, inp.lastUpdate.length);
  const inactive = new Uint8Array(luLen);
  // last_update + cutoff < block  <=>  last_update < block - cutoff (all < 2^53, exact).
  const edge = Number(inp.currentBlock) - Number(inp.activityCutoff);
  for (let i = 0; i < luLen; i++) inactive[i] = Number(inp.lastUpdate[i] ?? 0n) < edge ? 1 : 0;
  let small = true;
  for (let i = 0; i < n && small; i++) {
    const a = inp.alphaStake[i] ?? 0n;
    const t = inp.taoStake[i] ?? 0n;
    if (a < 0n || a >= TWO62 || t < 0n || t >= TWO62) small = false;
  }
  const stake = new Float64Array(n);
  const rawStake = new Array<bigint>(n);
  if (!small) {
    const pro = stakePrologue(inp);
    for (let i = 0; i < n; i++) {
      stake[i] = Number(pro.stake[i]);
      rawStake[i] = I64F64.toU64(pro.totalStake[i]);
    }
    return { inactive, stake, permits: pro.permits, newPermits: pro.newPermits, rawStake };
  }
  const tw = M.taoWeightFixed64(inp.taoWeight); // raw I64F64, <= 2^64
  const owner = inp.ownerUid;
  const threshold = inp.stakeThreshold;
  const filtered = new Array<bigint>(n);
  let S = 0n;
  for (let i = 0; i < n; i++) {
    const a = inp.alphaStake[i] ?? 0n;
    const t = inp.taoStake[i] ?? 0n;
    // I64F64: from_num(alpha) + from_num(tao) * tw (the product's floor is exact: tao is an integer).
    const total = (a << 64n) + t * tw;
    const whole = total >> 64n;
    rawStake[i] = whole;
    const f = owner !== i && whole < threshold ? 0n : total;
    filtered[i] = f;
    S += f;
  }
  if (S !== 0n) {
    const sN = Number(S);
    for (let i = 0; i < n; i++) {
      const f = filtered[i];
      if (f === 0n) continue;
      if (f === S) {
        stake[i] = TWO32;
        continue;
      }
      const q = (Number(f) / sN) * TWO32; // three roundings: |q - exact| < 2^32 * 2^-51
      const fl = Math.floor(q);
      const g = q - fl;
      stake[i] = g > 3.814697265625e-6 && g < 1 - 3.814697265625e-6 ? fl : Number((f << 32n) / S);
    }
  }
  // Step 3: permits (old ones with the owner forced on; new = top-k non-zero stake).
  const permits = inp.validatorPermits.slice();
  if (owner !== null && owner < permits.length) permits[owner] = true;
  const newPermits = new Array<boolean>(n);
  for (let i = 0; i < n; i++) newPermits[i] = stake[i] !== 0;
  const k = inp.maxAllowedValidators;
  if (n >= k) {
    // Stable ascending sort by stake (ties: lower uid first) via exact keys stake * 2^16 + uid.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = stake[i] * 65536 + i;
    keys.sort();
    for (let t = 0; t < n - k; t++) newPermits[keys[t] % 65536] = false;
  }
  if (owner !== null && owner < n) newPermits[owner] = true;
  return { inactive, stake, permits, newPermits, rawStake };
}

function big(x: Float64Array, n: number): bigint[] {
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = BigInt(x[i]);
  return out;
}

function u16(x: Float64Array, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = proportionToU16(x[i]);
  return out;
}

const U64_MAX = (1n << 64n) - 1n;

function amounts(x: Float64Array, n: number, E: bigint): bigint[] {
  const out = new Array<bigint>(n);
  if (E < 0n || E > U64_MAX) {
    for (let i = 0; i < n; i++) out[i] = x[i] === 0 ? 0n : emissionAmount(BigInt(x[i]), E);
    return out;
  }
  // emissionAmount(s, E) = I96F32 saturating_mul(s, E << 32) >> 32 for a share 0 <= s <= 2^32
  // (I32F32 raw) and a u64 E: the product s * E < 2^96 never saturates and floor(s * E / 2^32) <= E
  // never clamps, so it is exactly (s * E) >> 32.
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v === 0 ? 0n : v >= 0 && v <= TWO32 ? (BigInt(v) * E) >> 32n : emissionAmount(BigInt(v), E);
  }
  return out;
}

function toFixedRows(m: Csr, n: number): SparseRowFixed[] {
  const out: SparseRowFixed[] = [];
  for (let i = 0; i < n; i++) {
    const row: SparseRowFixed = [];
    for (let e = m.ptr[i], end = m.ptr[i + 1]; e < end; e++) row.push([m.col[e], BigInt(m.val[e])]);
    out.push(row);
  }
  return out;
}

/**
 * Stored bond rows < n after the re-registration mask (`lt <= reg[j]` drops; reg = 0 beyond n) as
 * raw u16 values; columns >= n are kept (they matter to the liquid-alpha cursor). Null when a
 * stored entry is outside u16.
 */
function loadBonds(inp: EpochInputs, n: number, reg: Float64Array, lt: number): Csr | null {
  const rows = inp.bonds;
  let cap = 0;
  for (let i = 0; i < n; i++) {
    const src = rows[i];
    if (src !== undefined) cap += src.length;
  }
  const ptr = new Int32Array(n + 1);
  const col = i32(I_BCOL, cap);
  const val = f64(F_BVAL, cap);
  const asc = new Uint8Array(n);
  let o = 0;
  const maskAll = lt <= 0; // columns >= n read registration block 0
  for (let i = 0; i < n; i++) {
    ptr[i] = o;
    asc[i] = 1;
    const src = rows[i];
    if (src === undefined) continue;
    let prev = -1;
    let a = 1;
    for (let k = 0, len = src.length; k < len; k++) {
      const e = src[k];
      const j = e[0];
      const v = e[1];
      if ((j & 0xffff) !== j || (v & 0xffff) !== v) return null;
      if (j < n ? lt <= reg[j] : maskAll) continue;
      if (j <= prev) a = 0;
      prev = j;
      col[o] = j;
      val[o] = v;
      o++;
    }
    asc[i] = a;
  }
  ptr[n] = o;
  return { ptr, col, val, asc };
}

/**
 * Consensus per column (§4 step 6) via a column-major copy of the participating rows. Each entry
 * is one exact double key `score * 2^16 + t` (score <= 2^32, t = participant index < 2^16), so
 * the selection moves one array and looks stakes up by t; slot t = K holds the absent rows' stake.
 */
function consensusFast(W: Csr, activeStake: Float64Array, n: number, kappa: number, consensus: Float64Array): void {
  const part = i32(I_PART, n);
  let K = 0;
  for (let i = 0; i < n; i++) if (activeStake[i] > 0) part[K++] = i;
  if (K === 0) return;
  const ust = f64(F_USTAKE, K + 1);
  for (let t = 0; t < K; t++) ust[t] = activeStake[part[t]];
  normalizeInPlace(ust, K);
  let total = 0;
  for (let t = 0; t < K; t++) total += ust[t];
  const minority = total - kappa;
  const { ptr, col, val, asc } = W;
  // Column slots: one per participating entry plus one for the absent rows (score 0).
  const start = i32(I_CSTART, n + 1);
  start.fill(0, 0, n + 1);
  for (let t = 0; t < K; t++) {
    const i = part[t];
    for (let e = ptr[i], end = ptr[i + 1]; e < end; e++) start[col[e] + 1]++;
  }
  for (let j = 0; j < n; j++) start[j + 1] += start[j] + 1;
  const keys = f64(F_CSC_SCORE, start[n]);
  const fill = i32(I_CFILL, n);
  fill.set(start.subarray(0, n));
  let seen: Int32Array | null = null;
  let lastSlot: Int32Array | null = null;
  for (let t = 0; t < K; t++) {
    const i = part[t];
    const rs = ptr[i];
    const re = ptr[i + 1];
    if (asc[i] === 1) {
      for (let e = rs; e < re; e++) keys[fill[col[e]]++] = val[e] * 65536 + t;
      continue;
    }
    // Duplicate columns in a row: the later entry's score wins (one slot per row and column).
    if (seen === null || lastSlot === null) {
      seen = new Int32Array(n).fill(-1);
      lastSlot = new Int32Array(n);
    }
    for (let e = rs; e < re; e++) {
      const j = col[e];
      const key = val[e] * 65536 + t;
      if (seen[j] === t) {
        keys[lastSlot[j]] = key;
        continue;
      }
      seen[j] = t;
      const slot = fill[j]++;
      keys[slot] = key;
      lastSlot[j] = slot;
    }
  }
  for (let j = 0; j < n; j++) {
    const a = start[j];
    let b = fill[j];
    if (b === a) continue; // every participating score is 0
    let present = 0;
    let allZero = true;
    for (let p = a; p < b; p++) {
      const key = keys[p];
      if (key >= 65536) allZero = false;
      present += ust[key - Math.floor(key * 0.0000152587890625) * 65536];
    }
    if (allZero) continue;
    if (b - a < K) {
      keys[b] = K; // score 0, participant slot K
      ust[K] = total - present;
      b++;
    }
    consensus[j] = columnMedianKeys(keys, ust, a, b, minority, total);
  }
}

/**
 * Weighted median of one column (§4 step 6 closed form) on distinct keys score * 2^16 + t with
 * stake ust[t]: the smallest score v with Σ_{score <= v} stake > m, or the largest score when none
 * exists. With the keys in order, that is the score of the first key whose running stake exceeds
 * m (equal scores are adjacent). In-place quick-select on keys[a, b); `total` = Σ stake.
 */
function columnMedianKeys(keys: Float64Array, ust: Float64Array, a: number, b: number, m: number, total: number): number {
  if (!(m < total)) {
    let mx = keys[a];
    for (let p = a + 1; p < b; p++) if (keys[p] > mx) mx = keys[p];
    return Math.floor(mx * 0.0000152587890625);
  }
  let below = 0;
  for (;;) {
    if (b - a <= 16) {
      for (let p = a + 1; p < b; p++) {
        const k = keys[p];
        let q = p - 1;
        while (q >= a && keys[q] > k) {
          keys[q + 1] = keys[q];
          q--;
        }
        keys[q + 1] = k;
      }
      let acc = below;
      for (let p = a; p < b; p++) {
        const k = keys[p];
        const hi = Math.floor(k * 0.0000152587890625);
        acc += ust[k - hi * 65536];
        if (acc > m) return hi;
      }
      return Math.floor(keys[b - 1] * 0.0000152587890625);
    }
    // Median-of-three pivot; keys are distinct, so the pivot is one entry.
    const x = keys[a];
    const y = keys[(a + b) >> 1];
    const z = keys[b - 1];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = a;
    let gt = b;
    let p = a;
    let L = 0;
    while (p < gt) {
      const k = keys[p];
      if (k < pivot) {
        L += ust[k - Math.floor(k * 0.0000152587890625) * 65536];
        keys[p] = keys[lt];
        keys[lt] = k;
        lt++;
        p++;
      } else if (k > pivot) {
        gt--;
        keys[p] = keys[gt];
        keys[gt] = k;
      } else {
        p++;
      }
    }
    const ph = Math.floor(pivot * 0.0000152587890625);
    const E = ust[pivot - ph * 65536];
    if (lt > a && below + L > m) {
      b = lt;
    } else if (below + L + E > m) {
      return ph;
    } else {
      below += L + E;
      a = gt;
    }
  }
}

/** `interpolate_sparse` with 0 < ratio < 1: densified rows, entries > 0, ascending columns. */
function interpolateFast(W: Csr, Wc: Csr, n: number, ratio: number): Csr {
  const cap = W.ptr[n] + Wc.ptr[n];
  const ptr = new Int32Array(n + 1);
  const col = i32(I_WBCOL, cap);
  const val = f64(F_WBVAL, cap);
  const asc = new Uint8Array(n).fill(1);
  const d1 = f64(F_ROW_D, n);
  const d2 = f64(F_ROW_A, n);
  d1.fill(0, 0, n);
  d2.fill(0, 0, n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    ptr[i] = o;
    const s1 = W.ptr[i];
    const e1 = W.ptr[i + 1];
    const s2 = Wc.ptr[i];
    const e2 = Wc.ptr[i + 1];
    if (s1 === e1 && s2 === e2) continue;
    for (let e = s1; e < e1; e++) d1[W.col[e]] = W.val[e];
    for (let e = s2; e < e2; e++) d2[Wc.col[e]] = Wc.val[e];
    for (let j = 0; j < n; j++) {
      const a = d1[j];
      const v = a + mulFloor(d2[j] - a, ratio);
      if (v > 0) {
        col[o] = j;
        val[o] = v;
        o++;
      }
    }
    for (let e = s1; e < e1; e++) d1[W.col[e]] = 0;
    for (let e = s2; e < e2; e++) d2[Wc.col[e]] = 0;
  }
  ptr[n] = o;
  return { ptr, col, val, asc };
}

/** `mat_ema_sparse` (scalar alpha): dense accumulator of width n, entries > 0, ascending. */
function matEmaFast(newM: Csr, old: Csr, alpha: number, n: number, fSlot: number, iSlot: number): Csr {
  const oneMinus = TWO32 - alpha;
  const acc = f64(F_ROW_B, n);
  acc.fill(0, 0, n);
  const cap = newM.ptr[n] + old.ptr[n];
  const ptr = new Int32Array(n + 1);
  const col = i32(iSlot, cap);
  const val = f64(fSlot, cap);
  let o = 0;
  for (let i = 0; i < n; i++) {
    ptr[i] = o;
    const ns = newM.ptr[i];
    const ne = newM.ptr[i + 1];
    const os = old.ptr[i];
    const oe = old.ptr[i + 1];
    if (ns === ne && os === oe) continue;
    for (let e = ns; e < ne; e++) if (newM.col[e] < n) acc[newM.col[e]] += mulFloor(alpha, newM.val[e]);
    for (let e = os; e < oe; e++) if (old.col[e] < n) acc[old.col[e]] += mulFloor(oneMinus, old.val[e]);
    for (let j = 0; j < n; j++) {
      const v = acc[j];
      if (v !== 0) {
        if (v > 0) {
          col[o] = j;
          val[o] = v;
          o++;
        }
        acc[j] = 0;
      }
    }
  }
  ptr[n] = o;
  return { ptr, col, val, asc: new Uint8Array(n).fill(1) };
}

/**
 * Yuma3 liquid alpha: `compute_liquid_alpha_values_sparse` + `mat_ema_alpha_sparse` (§4 step 10a.3).
 * Rows whose Wb and B columns are strictly ascending take a merge walk (`LiquidAlphaKernel.emaRowSorted`);
 * other rows (and diagnostics) replay the chain's forward-only cursors exactly.
 */
function liquidEma(
  Wb: Csr,
  B: Csr,
  consensus: Float64Array,
  n: number,
  la: LiquidAlphaKernel,
  liquidAlphas: bigint[][] | null,
): Csr {
  const cap = Wb.ptr[n];
  const ptr = new Int32Array(n + 1);
  const col = i32(I_EMACOL, cap);
  const val = f64(F_EMAVAL, cap);
  const { ptr: wPtr, col: wCol, val: wVal, asc: wAsc } = Wb;
  const { ptr: bPtr, col: bCol, val: bVal, asc: bAsc } = B;
  const ds = f64(F_ROW_D, n);
  const alphas = f64(F_ROW_A, n);
  const diag = liquidAlphas !== null;
  let o = 0;
  for (let i = 0; i < n; i++) {
    ptr[i] = o;
    const ws = wPtr[i];
    const we = wPtr[i + 1];
    if (ws === we && !diag) continue; // nothing is emitted for an empty Wb row
    const bs = bPtr[i];
    const be = bPtr[i + 1];
    if (!diag && wAsc[i] === 1 && bAsc[i] === 1) {
      o = la.emaRowSorted(ws, we, wCol, wVal, bs, be, bCol, bVal, consensus, col, val, o);
      continue;
    }
    // Generic rows: dense alpha row over the needed (or, with diagnostics, all) columns, visited
    // in ascending order with the chain's cursors.
    o = liquidRowGeneric(i, ws, we, bs, be, Wb, B, consensus, n, la, liquidAlphas, col, val, o, alphas, ds);
  }
  ptr[n] = o;
  return { ptr, col, val, asc: Wb.asc };
}

/**
 * The last liquid-alpha kernel, reused while its parameters are unchanged: its memo is a pure
 * function of d for fixed (lo, hi, steepness) and its scratch is only used inside one (never
 * re-entered) epoch, so reuse saves the per-call setup (tables, scratch growth, alpha at d = 0).
 */
let kernelCache: LiquidAlphaKernel | null = null;
let kernelSteepness = NaN;

function liquidKernel(lo: number, hi: number, steepness: number): LiquidAlphaKernel {
  const k = kernelCache;
  if (k !== null && k.lo === lo && k.hi === hi && kernelSteepness === steepness) return k;
  const nk = new LiquidAlphaKernel(lo, hi, steepness);
  kernelCache = nk;
  kernelSteepness = steepness;
  return nk;
}

let needMark = new Uint8Array(256);
let bondSet = new Uint8Array(256);

function liquidRowGeneric(
  i: number,
  ws: number,
  we: number,
  bs: number,
  be: number,
  Wb: Csr,
  B: Csr,
  consensus: Float64Array,
  n: number,
  la: LiquidAlphaKernel,
  liquidAlphas: bigint[][] | null,
  col: Int32Array,
  val: Float64Array,
  o: number,
  alphaRow: Float64Array,
  lastBond: Float64Array,
): number {
  if (needMark.length < n) {
    needMark = new Uint8Array(n);
    bondSet = new Uint8Array(n);
  }
  const need = needMark;
  const { col: wCol, val: wVal } = Wb;
  const { col: bCol, val: bVal } = B;
  const all = liquidAlphas !== null;
  for (let e = ws; e < we; e++) need[wCol[e]] = 1;
  let wp = ws;
  let bp = bs;
  for (let j = 0; j < n; j++) {
    if (!all && need[j] === 0) continue;
    let w = 0;
    while (wp < we) {
      const c = wCol[wp];
      if (c < j) wp++;
      else {
        if (c === j) w = wVal[wp];
        break;
      }
    }
    let b = 0;
    while (bp < be) {
      const c = bCol[bp];
      if (c < j) bp++;
      else {
        if (c === j) b = bVal[bp];
        break;
      }
    }
    alphaRow[j] = la.alpha(consensus[j], w, b);
  }
  if (liquidAlphas !== null) {
    const r = new Array<bigint>(n);
    for (let j = 0; j < n; j++) r[j] = BigInt(alphaRow[j]);
    liquidAlphas.push(r);
  }
  // mat_ema_alpha_sparse: decayed old bond per column (last write wins), then new-row entries.
  for (let e = bs; e < be; e++) {
    const j = bCol[e];
    if (j < n) {
      lastBond[j] = bVal[e];
      bondSet[j] = 1;
    }
  }
  for (let e = ws; e < we; e++) {
    const j = wCol[e];
    const a = alphaRow[j];
    const decayed = bondSet[j] === 1 ? mulFloor(TWO32 - a, lastBond[j]) : 0;
    let inc = mulFloor(a, wVal[e]);
    if (inc < 0) inc = 0;
    let v = decayed + inc;
    if (v > TWO32) v = TWO32;
    if (v > 0) {
      col[o] = j;
      val[o] = v;
      o++;
    }
  }
  for (let e = bs; e < be; e++) if (bCol[e] < n) bondSet[bCol[e]] = 0;
  for (let e = ws; e < we; e++) need[wCol[e]] = 0;
  return o;
}

/** `inplace_col_normalize_sparse(m, n)` on non-negative raws (column sums < 2^52). */
function colNormalizeCsr(m: Csr, n: number): void {
  const end = m.ptr[n];
  const sums = new Float64Array(n);
  for (let e = 0; e < end; e++) if (m.col[e] < n) sums[m.col[e]] += m.val[e];
  const recip = new Float64Array(n);
  for (let j = 0; j < n; j++) if (sums[j] !== 0) recip[j] = TWO32 / sums[j];
  for (let e = 0; e < end; e++) {
    const j = m.col[e];
    if (j < n && sums[j] !== 0) m.val[e] = divFrac(m.val[e], sums[j], recip[j]);
  }
}

/** `inplace_col_max_upscale_sparse(m, n)`. */
function colMaxUpscaleCsr(m: Csr, n: number): void {
  const end = m.ptr[n];
  const maxes = new Float64Array(n);
  for (let e = 0; e < end; e++) if (m.col[e] < n && maxes[m.col[e]] < m.val[e]) maxes[m.col[e]] = m.val[e];
  const recip = new Float64Array(n);
  for (let j = 0; j < n; j++) if (maxes[j] !== 0) recip[j] = TWO32 / maxes[j];
  for (let e = 0; e < end; e++) {
    const j = m.col[e];
    if (j < n && maxes[j] !== 0) m.val[e] = divFrac(m.val[e], maxes[j], recip[j]);
  }
}
