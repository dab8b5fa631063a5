/**
 * Plain float64 Yuma epoch (sparse, Yuma3 + liquid alpha, original Yuma bonds omitted): the same
 * algorithm as packages/runtime/src/epoch without fixed-point rounding. BENCHMARK BASELINE ONLY —
 * it is not chain-exact and is never used by the runtime.
 */
import type { EpochInputs } from '../packages/runtime/src/epoch/index.js';

interface Row {
  c: number[];
  v: number[];
}

export interface Float64EpochOutputs {
  incentive: Float64Array;
  dividends: Float64Array;
  consensus: Float64Array;
  bonds: Row[];
}

export function epochFloat64(inp: EpochInputs): Float64EpochOutputs {
  const n = inp.n;
  const block = Number(inp.currentBlock);
  const cutoff = Number(inp.activityCutoff);
  const tw = Number(inp.taoWeight) / 18446744073709551615;
  const stake = new Float64Array(n);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const t = Number(inp.alphaStake[i]) + Number(inp.taoStake[i]) * tw;
    stake[i] = i !== inp.ownerUid && Math.floor(t) < Number(inp.stakeThreshold) ? 0 : t;
    ss += stake[i];
  }
  if (ss > 0) for (let i = 0; i < n; i++) stake[i] /= ss;
  const permits = inp.validatorPermits;
  const active = new Float64Array(n);
  let as = 0;
  for (let i = 0; i < n; i++) {
    const act = Number(inp.lastUpdate[i] ?? 0n) + cutoff >= block;
    active[i] = act && permits[i] === true ? stake[i] : 0;
    as += active[i];
  }
  if (as > 0) for (let i = 0; i < n; i++) active[i] /= as;
  const reg = inp.blockAtRegistration.map(Number);
  const W: Row[] = [];
  for (let i = 0; i < n; i++) {
    const row: Row = { c: [], v: [] };
    if (permits[i] === true) {
      const lu = Number(inp.lastUpdate[i] ?? 0n);
      let s = 0;
      for (const [j, w] of inp.weights[i] ?? []) {
        if (j >= n || (j === i && i !== inp.ownerUid) || lu <= reg[j]) continue;
        row.c.push(j);
        row.v.push(w);
        s += w;
      }
      if (s > 0) for (let e = 0; e < row.v.length; e++) row.v[e] /= s;
    }
    W.push(row);
  }
  // Consensus: per column, first score (ascending) at which cumulative stake exceeds 1 - kappa.
  const kappa = inp.kappa / 65535;
  const part: number[] = [];
  for (let i = 0; i < n; i++) if (active[i] > 0) part.push(i);
  const K = part.length;
  const consensus = new Float64Array(n);
  const table = new Float64Array(n * K);
  part.forEach((i, t) => {
    const r = W[i];
    for (let e = 0; e < r.c.length; e++) table[r.c[e] * K + t] = r.v[e];
  });
  const idx = new Int32Array(K);
  for (let j = 0; j < n && K > 0; j++) {
    const col = table.subarray(j * K, j * K + K);
    for (let t = 0; t < K; t++) idx[t] = t;
    idx.sort((a, b) => col[a] - col[b]);
    let cum = 0;
    const minority = 1 - kappa;
    let c = col[idx[K - 1]];
    for (let t = 0; t < K; t++) {
      cum += active[part[idx[t]]];
      if (cum > minority) {
        c = col[idx[t]];
        break;
      }
    }
    consensus[j] = c;
  }
  const incentive = new Float64Array(n);
  const Wc: Row[] = W.map((r, i) => {
    const out: Row = { c: [], v: [] };
    for (let e = 0; e < r.c.length; e++) {
      const j = r.c[e];
      const v = Math.min(r.v[e], consensus[j]);
      if (r.v[e] > consensus[j] && consensus[j] <= 0) continue;
      out.c.push(j);
      out.v.push(v);
      incentive[j] += active[i] * v;
    }
    return out;
  });
  let is = 0;
  for (let j = 0; j < n; j++) is += incentive[j];
  if (is > 0) for (let j = 0; j < n; j++) incentive[j] /= is;
  const beta = inp.bondsPenalty / 65535;
  const Wb: Row[] = beta === 1 ? Wc : W.map((r, i) => ({ c: r.c.slice(), v: r.v.map((w, e) => w + beta * ((Wc[i].c[e] === r.c[e] ? Wc[i].v[e] : w) - w)) }));
  const lt = inp.lastMechanismStepBlock === 0n ? block - Number(inp.tempo) : Number(inp.lastMechanismStepBlock) + 1;
  const lo = inp.alphaLow / 65535;
  const hi = inp.alphaHigh / 65535;
  const k = inp.alphaSigmoidSteepness / -100;
  const bondsDense = new Float64Array(n);
  const colSum = new Float64Array(n);
  const ema: Row[] = Wb.map((r, i) => {
    const out: Row = { c: [], v: [] };
    for (const [j, b] of inp.bonds[i] ?? []) if (!(lt <= (reg[j] ?? 0)) && j < n) bondsDense[j] = b / 65535;
    for (let e = 0; e < r.c.length; e++) {
      const j = r.c[e];
      const w = r.v[e];
      const b = bondsDense[j];
      const d = w >= b ? Math.min(Math.max(w - consensus[j], 0), 1) : Math.min(Math.max(b - w, 0), 1);
      const alpha = inp.liquidAlpha ? Math.min(Math.max(lo + (hi - lo) / (1 + Math.exp(k * (d - 0.5))), lo), hi) : 1 - Number(inp.bondsMovingAverage) / 1e6;
      const v = Math.min(1, (1 - alpha) * b + Math.max(0, alpha * w));
      if (v > 0) {
        out.c.push(j);
        out.v.push(v);
        colSum[j] += v;
      }
    }
    for (const [j] of inp.bonds[i] ?? []) if (j < n) bondsDense[j] = 0;
    return out;
  });
  const dividends = new Float64Array(n);
  let ds = 0;
  for (let i = 0; i < n; i++) {
    const r = ema[i];
    let tb = 0;
    for (let e = 0; e < r.c.length; e++) tb += (r.v[e] / colSum[r.c[e]]) * incentive[r.c[e]];
    dividends[i] = tb * active[i];
    ds += dividends[i];
  }
  if (ds > 0) for (let i = 0; i < n; i++) dividends[i] /= ds;
  return { incentive, dividends, consensus, bonds: ema };
}
