/**
 * Plain float64 Yuma epoch (Yuma3, liquid alpha or scalar EMA; original-Yuma bonds omitted): the
 * same algorithm and data layout as the exact engine (flat CSR typed arrays, column-major consensus
 * with a weighted quick-select, merge-walk liquid alpha) without fixed-point rounding, and with the
 * same output shapes (u16 bonds as one flat CSR, per-uid vectors) and the same buffer pooling, so
 * that the bench's ratio measures the price of exactness and not of data structures, allocation or
 * output materialisation.
 * BENCHMARK BASELINE ONLY — it is not chain-exact and is never used by the runtime.
 */
import type { EpochInputs, U16Csr } from '../packages/runtime/src/epoch/index.js';

export interface Float64EpochOutputs {
  incentive: Float64Array;
  dividends: Float64Array;
  consensus: Float64Array;
  serverEmission: Float64Array;
  validatorEmission: Float64Array;
  bonds: U16Csr;
}

/** Smallest score v with stake(score <= v) > m (largest score if none), in place on sc/st[a, b). */
function quantile(sc: Float64Array, st: Float64Array, a: number, b: number, m: number): number {
  let below = 0;
  for (;;) {
    if (b - a <= 16) {
      for (let p = a + 1; p < b; p++) {
        const s = sc[p];
        const w = st[p];
        let q = p - 1;
        while (q >= a && sc[q] > s) {
          sc[q + 1] = sc[q];
          st[q + 1] = st[q];
          q--;
        }
        sc[q + 1] = s;
        st[q + 1] = w;
      }
      let acc = below;
      for (let p = a; p < b; p++) {
        acc += st[p];
        if ((p + 1 === b || sc[p + 1] !== sc[p]) && acc > m) return sc[p];
      }
      return sc[b - 1];
    }
    const x = sc[a];
    const y = sc[(a + b) >> 1];
    const z = sc[b - 1];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = a;
    let gt = b;
    let p = a;
    let L = 0;
    let E = 0;
    while (p < gt) {
      const s = sc[p];
      if (s < pivot) {
        const w = st[p];
        L += w;
        sc[p] = sc[lt];
        st[p] = st[lt];
        sc[lt] = s;
        st[lt] = w;
        lt++;
        p++;
      } else if (s > pivot) {
        gt--;
        const w = st[p];
        sc[p] = sc[gt];
        st[p] = st[gt];
        sc[gt] = s;
        st[gt] = w;
      } else {
        E += st[p];
        p++;
      }
    }
    if (lt > a && below + L > m) b = lt;
    else if (below + L + E > m) return pivot;
    else {
      below += L + E;
      a = gt;
    }
  }
}

// Scratch pool for the nnz-sized buffers (the exact engine pools the same way), so that neither
// implementation pays for zeroing and collecting megabytes of typed arrays per call.
const poolF: Float64Array[] = [];
const poolI: Int32Array[] = [];
function pf(slot: number, size: number): Float64Array {
  const b = poolF[slot];
  if (b !== undefined && b.length >= size) return b;
  return (poolF[slot] = new Float64Array(Math.max(16, size)));
}
function pi(slot: number, size: number): Int32Array {
  const b = poolI[slot];
  if (b !== undefined && b.length >= size) return b;
  return (poolI[slot] = new Int32Array(Math.max(16, size)));
}

function normalize(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  if (s > 0) for (let i = 0; i < x.length; i++) x[i] /= s;
}

export function epochFloat64(inp: EpochInputs): Float64EpochOutputs {
  const n = inp.n;
  const block = Number(inp.currentBlock);
  const edge = block - Number(inp.activityCutoff);
  const tw = Number(inp.taoWeight) / 18446744073709551615;
  const threshold = Number(inp.stakeThreshold);
  const owner = inp.ownerUid;
  // Stake, permits, active stake.
  const stake = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = Number(inp.alphaStake[i] ?? 0n) + Number(inp.taoStake[i] ?? 0n) * tw;
    stake[i] = i !== owner && Math.floor(t) < threshold ? 0 : t;
  }
  normalize(stake);
  const permits = inp.validatorPermits.slice();
  if (owner !== null && owner < permits.length) permits[owner] = true;
  const active = new Float64Array(n);
  const lastUpdate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lastUpdate[i] = Number(inp.lastUpdate[i] ?? 0n);
    active[i] = lastUpdate[i] >= edge && permits[i] === true ? stake[i] : 0;
  }
  normalize(active);
  const newPermits = new Array<boolean>(n);
  {
    const idx = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      newPermits[i] = stake[i] !== 0;
      idx[i] = i;
    }
    const k = inp.maxAllowedValidators;
    if (n >= k) {
      const order = Array.from(idx).sort((a, b) => stake[a] - stake[b] || a - b);
      for (let t = 0; t < n - k; t++) newPermits[order[t]] = false;
    }
    if (owner !== null && owner < n) newPermits[owner] = true;
  }
  const reg = new Float64Array(n);
  for (let j = 0; j < n && j < inp.blockAtRegistration.length; j++) reg[j] = Number(inp.blockAtRegistration[j]);
  // Weights (CSR), masks, row normalisation.
  let cap = 0;
  for (let i = 0; i < n; i++) if (permits[i] === true) cap += inp.weights[i]?.length ?? 0;
  const wPtr = new Int32Array(n + 1);
  const wCol = pi(0, cap);
  const wVal = pf(0, cap);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    wPtr[i] = nnz;
    const src = inp.weights[i];
    if (src === undefined || permits[i] !== true) continue;
    const lu = lastUpdate[i];
    const cb = inp.commitReveal ? inp.commitBlocks[i] : null;
    const cbi = cb === null || cb === undefined ? Infinity : Number(cb);
    const start = nnz;
    let s = 0;
    for (let k = 0; k < src.length; k++) {
      const e = src[k];
      const j = e[0];
      if (j >= n || (j === i && i !== owner) || lu <= reg[j] || cbi < reg[j]) continue;
      wCol[nnz] = j;
      wVal[nnz] = e[1];
      s += e[1];
      nnz++;
    }
    if (s > 0) for (let t = start; t < nnz; t++) wVal[t] /= s;
  }
  wPtr[n] = nnz;
  // Consensus: column-major copy of participating rows (+ one slot for absent rows at 0).
  const kappa = inp.kappa / 65535;
  const consensus = new Float64Array(n);
  const part: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) if (active[i] > 0) {
    part.push(i);
    total += active[i];
  }
  if (part.length > 0) {
    const K = part.length;
    const start = new Int32Array(n + 1);
    for (const i of part) for (let e = wPtr[i]; e < wPtr[i + 1]; e++) start[wCol[e] + 1]++;
    for (let j = 0; j < n; j++) start[j + 1] += start[j] + 1;
    const sc = pf(1, start[n]);
    const st = pf(2, start[n]);
    const fill = start.slice(0, n);
    for (const i of part) {
      const s = active[i] / total;
      for (let e = wPtr[i]; e < wPtr[i + 1]; e++) {
        const slot = fill[wCol[e]]++;
        sc[slot] = wVal[e];
        st[slot] = s;
      }
    }
    const m = 1 - kappa;
    for (let j = 0; j < n; j++) {
      const a = start[j];
      let b = fill[j];
      if (b === a) continue;
      let present = 0;
      for (let p = a; p < b; p++) present += st[p];
      if (b - a < K) {
        sc[b] = 0;
        st[b] = 1 - present;
        b++;
      }
      consensus[j] = quantile(sc, st, a, b, m);
    }
  }
  // Clip, trust, incentive.
  const cVal = pf(3, nnz);
  const incentive = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = active[i];
    for (let e = wPtr[i]; e < wPtr[i + 1]; e++) {
      const c = consensus[wCol[e]];
      const v = wVal[e] > c ? c : wVal[e];
      cVal[e] = v;
      incentive[wCol[e]] += s * v;
    }
  }
  normalize(incentive);
  // Weights for bonds (same positions; clipped-away entries are 0).
  const beta = inp.bondsPenalty / 65535;
  const bw = pf(4, nnz);
  for (let e = 0; e < nnz; e++) bw[e] = wVal[e] + beta * (cVal[e] - wVal[e]);
  // Bonds and liquid-alpha EMA (merge walk over ascending rows; dense scratch otherwise).
  const lt = inp.lastMechanismStepBlock === 0n ? block - Number(inp.tempo) : Number(inp.lastMechanismStepBlock) + 1;
  const lo = inp.alphaLow / 65535;
  const hi = inp.alphaHigh / 65535;
  const k = inp.alphaSigmoidSteepness / -100;
  const liquid = inp.liquidAlpha;
  const scalarAlpha = 1 - Number(inp.bondsMovingAverage) / 1e6;
  const bDense = new Float64Array(n);
  const eVal = pf(5, nnz);
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const src = inp.bonds[i];
    if (src !== undefined) for (let t = 0; t < src.length; t++) {
      const j = src[t][0];
      if (j < n && !(lt <= reg[j])) bDense[j] = src[t][1] / 65535;
    }
    for (let e = wPtr[i]; e < wPtr[i + 1]; e++) {
      const j = wCol[e];
      const w = bw[e];
      const b = bDense[j];
      let alpha = scalarAlpha;
      if (liquid) {
        const d = w >= b ? Math.min(Math.max(w - consensus[j], 0), 1) : Math.min(Math.max(b - w, 0), 1);
        alpha = Math.min(Math.max(lo + (hi - lo) / (1 + Math.exp(k * (d - 0.5))), lo), hi);
      }
      const v = Math.min(1, (1 - alpha) * b + Math.max(0, alpha * w));
      eVal[e] = v;
      colSum[j] += v;
    }
    if (src !== undefined) for (let t = 0; t < src.length; t++) if (src[t][0] < n) bDense[src[t][0]] = 0;
  }
  const dividends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let tb = 0;
    for (let e = wPtr[i]; e < wPtr[i + 1]; e++) if (eVal[e] > 0) tb += (eVal[e] / colSum[wCol[e]]) * incentive[wCol[e]];
    dividends[i] = tb * active[i];
  }
  normalize(dividends);
  // Emission split and outputs (same shapes as the exact engine).
  const E = Number(inp.raoEmission);
  const serverEmission = new Float64Array(n);
  const validatorEmission = new Float64Array(n);
  let eSum = 0;
  for (let i = 0; i < n; i++) eSum += incentive[i] + dividends[i];
  if (eSum > 0) for (let i = 0; i < n; i++) {
    serverEmission[i] = Math.floor((incentive[i] / eSum) * E);
    validatorEmission[i] = Math.floor((dividends[i] / eSum) * E);
  }
  const rowStart = new Uint32Array(n + 1);
  let bnnz = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = bnnz;
    if (newPermits[i] === true) for (let e = wPtr[i]; e < wPtr[i + 1]; e++) if (eVal[e] > 0) bnnz++;
  }
  rowStart[n] = bnnz;
  const cols = new Uint16Array(bnnz);
  const vals = new Uint16Array(bnnz);
  for (let i = 0, o = 0; i < n; i++) {
    if (newPermits[i] !== true) continue;
    for (let e = wPtr[i]; e < wPtr[i + 1]; e++)
      if (eVal[e] > 0) {
        cols[o] = wCol[e];
        vals[o] = Math.floor(eVal[e] * 65535);
        o++;
      }
  }
  const bonds = { rowStart, cols, vals };
  return { incentive, dividends, consensus, serverEmission, validatorEmission, bonds };
}
