/**
 * Reference implementation of one mechanism's epoch (`epoch_mechanism`, spec/epoch.md §4) on
 * bigint raws, step by step in the chain's order. It is the oracle for the fast path in
 * `epochMechanism.ts` and the fallback for inputs outside the fast path's proven range.
 */
import { I32F32, I64F64, I96F32 } from '@tensorium/primitives';
import * as M from './math.js';
import { u16CsrFromRows } from './bonds.js';
import type { EpochInputs, EpochOptions, EpochOutputs, SparseRowFixed, SparseRowU16 } from './types.js';


/** Shared prologue (§4 steps 1–3): activity, stake, permits. Used by both implementations. */
export interface StakePrologue {
  /** Inactive mask, length max(n, lastUpdate.length). */
  inactive: boolean[];
  /** Un-normalised total stake per uid (I64F64 raw). */
  totalStake: bigint[];
  /** Normalised stake (I32F32 raw). */
  stake: bigint[];
  /** Old permits with the owner forced on. */
  permits: boolean[];
  /** New permits (top-k non-zero stake, owner forced on). */
  newPermits: boolean[];
}

/** §4 steps 1–3. */
export function stakePrologue(inp: EpochInputs): StakePrologue {
  const n = inp.n;
  // Step 1: LastUpdate is zero-padded to n; inactive iff last_update + cutoff < block (saturating).
  const luLen = Math.max(n, inp.lastUpdate.length);
  const U64 = (1n << 64n) - 1n;
  const inactive: boolean[] = new Array<boolean>(luLen);
  for (let i = 0; i < luLen; i++) {
    let t = (inp.lastUpdate[i] ?? 0n) + inp.activityCutoff;
    if (t > U64) t = U64;
    inactive[i] = t < inp.currentBlock;
  }
  // Step 2: total = alpha + tao * tao_weight (I64F64), threshold filter (owner exempt), normalise.
  const tw = M.taoWeightFixed64(inp.taoWeight);
  const totalStake: bigint[] = new Array<bigint>(n);
  const filtered: bigint[] = new Array<bigint>(n);
  for (let i = 0; i < n; i++) {
    const alpha = I64F64.fromInt(inp.alphaStake[i] ?? 0n);
    const tao = I64F64.fromInt(inp.taoStake[i] ?? 0n);
    const t = I64F64.saturatingAdd(alpha, I64F64.mul(tao, tw));
    totalStake[i] = t;
    filtered[i] = inp.ownerUid !== i && I64F64.toU64(t) < inp.stakeThreshold ? 0n : t;
  }
  const stake = M.normalize64(filtered).map(M.fixed64ToFixed32);
  // Step 3: permits.
  const permits = inp.validatorPermits.slice();
  const owner = inp.ownerUid;
  if (owner !== null && owner < permits.length) permits[owner] = true;
  const newPermits = M.isTopkNonzero(stake, inp.maxAllowedValidators);
  if (owner !== null && owner < newPermits.length) newPermits[owner] = true;
  return { inactive, totalStake, stake, permits, newPermits };
}

/** `get_weights_sparse` / `get_bonds_sparse`: rows < n; weight targets >= n dropped (bonds kept). */
export function loadSparse(rows: readonly SparseRowU16[], n: number, filterColumns: boolean): SparseRowFixed[] {
  const out: SparseRowFixed[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? [];
    const r: SparseRowFixed = [];
    for (const [j, v] of row) if (!filterColumns || j < n) r.push([j, BigInt(v) << 32n]);
    out.push(r);
  }
  return out;
}

/** `last_tempo` of the re-registration bond mask (§4 step 10a.2). */
export function lastTempo(inp: EpochInputs): bigint {
  if (inp.lastMechanismStepBlock === 0n) {
    const t = inp.currentBlock - inp.tempo;
    return t < 0n ? 0n : t;
  }
  return inp.lastMechanismStepBlock + 1n;
}

/** Emission amount `floor(share * E)` via I96F32 (§4 step 11). */
export function emissionAmount(share: bigint, rao: bigint): bigint {
  return I96F32.toU64(I96F32.mul(I96F32.from(I32F32, share), I96F32.fromInt(rao)));
}

/** One mechanism's epoch on bigint raws (spec §4). */
export function epochMechanismExact(inp: EpochInputs, options: EpochOptions = {}): EpochOutputs {
  const n = inp.n;
  const { inactive, totalStake, stake, permits, newPermits } = stakePrologue(inp);
  const active = inactive.map((b) => !b);
  const forbids = permits.map((b) => !b);

  // Step 4: active stake.
  let activeStake = M.maskVector(inactive, stake);
  activeStake = M.maskVector(forbids, activeStake);
  activeStake = M.normalize(activeStake);

  // Step 5: weights and masks.
  const lastUpdate: bigint[] = [];
  for (let i = 0; i < inactive.length; i++) lastUpdate.push(inp.lastUpdate[i] ?? 0n);
  const reg = inp.blockAtRegistration.slice(0, n);
  let W = loadSparse(inp.weights, n, true);
  W = M.maskRowsSparse(forbids, W);
  W = inp.ownerUid !== null ? M.maskDiagSparseExceptIndex(W, inp.ownerUid) : M.maskDiagSparse(W);
  W = M.vecMaskSparseMatrix(W, lastUpdate, reg, (u, r) => u <= r);
  if (inp.commitReveal) {
    const U64 = (1n << 64n) - 1n;
    const cb: bigint[] = [];
    for (let i = 0; i < n; i++) cb.push(inp.commitBlocks[i] ?? U64);
    W = M.vecMaskSparseMatrix(W, cb, reg, (c, r) => c < r);
  }
  W = M.rowNormalizeSparse(W);

  // Steps 6–8: consensus, clipping, trust, incentive.
  const kappa = M.u16ProportionToFixed(inp.kappa);
  const consensus = M.weightedMedianColSparse(activeStake, W, n, kappa);
  const Wc = M.colClipSparse(W, consensus);
  const validatorTrust = M.rowSumSparse(Wc);
  const incentive = M.normalize(M.matmulSparse(Wc, activeStake, n));

  // Step 9: weights for bonds.
  const Wb = M.interpolateSparse(W, Wc, n, M.u16ProportionToFixed(inp.bondsPenalty));

  // Step 10: bonds and dividends.
  const lt = lastTempo(inp);
  let dividends: bigint[];
  let emaBonds: M.SparseMatrix;
  let liquidAlphas: bigint[][] | null = null;
  if (inp.yuma3) {
    let B = loadSparse(inp.bonds, n, false).map((row) => row.map(([j, v]) => [j, M.fixedToFixedU16Proportion(v)] as [number, bigint]));
    B = M.scalarVecMaskSparseMatrix(B, lt, reg, (t, r) => t <= r);
    if (inp.liquidAlpha && consensus.length > 0 && consensus.some((c) => c !== 0n)) {
      const alphas = M.liquidAlphaValuesSparse(
        Wb,
        B,
        consensus,
        M.u16ProportionToFixed(inp.alphaLow),
        M.u16ProportionToFixed(inp.alphaHigh),
        BigInt(inp.alphaSigmoidSteepness) << 32n,
      );
      liquidAlphas = alphas;
      emaBonds = M.matEmaAlphaSparse(Wb, B, alphas);
    } else {
      emaBonds = M.matEmaSparse(Wb, B, M.emaAlphaFromBondsMovingAverage(inp.bondsMovingAverage));
    }
    const Bn = M.colNormalizeSparse(emaBonds, n);
    const tb = M.rowSumSparse(M.matVecMulSparse(Bn, incentive));
    dividends = M.normalize(M.vecMul(tb, activeStake));
  } else {
    let B = loadSparse(inp.bonds, n, false);
    B = M.scalarVecMaskSparseMatrix(B, lt, reg, (t, r) => t <= r);
    B = M.colNormalizeSparse(B, n);
    const delta = M.colNormalizeSparse(M.rowHadamardSparse(Wb, activeStake), n);
    emaBonds = M.colNormalizeSparse(M.matEmaSparse(delta, B, M.emaAlphaFromBondsMovingAverage(inp.bondsMovingAverage)), n);
    dividends = M.normalize(M.matmulTransposeSparse(emaBonds, incentive));
    emaBonds = M.colMaxUpscaleSparse(emaBonds, n);
  }

  // Step 11: emission split.
  const combined = incentive.map((v, i) => I32F32.saturatingAdd(v, dividends[i] ?? 0n));
  const eSum = M.sum(combined);
  const normServer = M.normalizeUsingSum(incentive, eSum);
  let normValidator = M.normalizeUsingSum(dividends, eSum);
  let normCombined = M.normalize(combined);
  if (eSum === 0n) {
    const src = M.isZero(activeStake) ? stake : activeStake;
    normValidator = src.slice();
    normCombined = src.slice();
  }
  const E = inp.raoEmission;
  const amount = (v: readonly bigint[]): bigint[] => {
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) out.push(emissionAmount(v[i] ?? 0n, E));
    return out;
  };

  // Step 12: outputs.
  const bondTuples: Array<Array<[number, number]>> = [];
  for (let i = 0; i < n; i++) {
    bondTuples.push(newPermits[i] ? (emaBonds[i] ?? []).map(([j, v]) => [j, M.fixedProportionToU16(v)] as [number, number]) : []);
  }
  const bonds = u16CsrFromRows(bondTuples, n);
  const pad = (v: readonly bigint[]): bigint[] => {
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) out.push(v[i] ?? 0n);
    return out;
  };
  const out: EpochOutputs = {
    active: Array.from({ length: n }, (_, i) => active[i] ?? false),
    newValidatorPermits: Array.from({ length: n }, (_, i) => newPermits[i] ?? false),
    stake: pad(stake),
    activeStake: pad(activeStake),
    consensus: pad(consensus),
    validatorTrust: pad(validatorTrust),
    incentive: pad(incentive),
    dividends: pad(dividends),
    stakeWeightU16: pad(stake).map(M.fixedProportionToU16),
    consensusU16: pad(consensus).map(M.fixedProportionToU16),
    incentiveU16: pad(incentive).map(M.fixedProportionToU16),
    dividendsU16: pad(dividends).map(M.fixedProportionToU16),
    validatorTrustU16: pad(validatorTrust).map(M.fixedProportionToU16),
    serverEmission: amount(normServer),
    validatorEmission: amount(normValidator),
    combinedEmission: amount(normCombined),
    rawStake: totalStake.map((t) => I64F64.toU64(t)),
    bonds,
  };
  if (options.diagnostics) out.diagnostics = { weightsNormalized: W, emaBonds, liquidAlphas };
  return out;
}
