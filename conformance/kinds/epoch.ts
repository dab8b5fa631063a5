/**
 * Conformance handlers for shared/vectors/epoch (layouts in its README): kinds `math`, `epoch`,
 * `epoch_cases`, `epoch_sequence`, `mechanisms`, `simulation_sequence`.
 *
 * Chain-exact fields (`*_bits`, `*_u16`, emissions, `bonds_after`, booleans) are compared exactly;
 * decimal mirrors of I32F32 values to 1e-9 (relative for large magnitudes); `test_asserts`,
 * `test_expected`, labels and notes are informational and not compared.
 */
import { arr, big, num, obj, show, type CaseResult, type KindHandler, type KindTable, type VectorFile } from '../lib.js';
import {
  aggregateMechanisms,
  bondRows,
  epochMath as M,
  epochMechanism,
  expRaw,
  expSafe,
  mechanismWeight,
  splitEmissions,
  type EpochInputs,
  type EpochOutputs,
  type SparseRowFixed,
} from '../../packages/runtime/src/epoch/index.js';
import { I32F32, I64F64, roundF64BitsToFixed } from '@tensorium/primitives';

type Rec = Record<string, unknown>;

// ------------------------------------------------------------------------------------------------
// Comparison

const SKIP_KEYS = new Set(['test_expected', 'test_asserts', 'test', 'label', 'note', 'notes', 'fn', 'epoch_label']);
/** Keys whose numeric leaves are decimal mirrors (compared to 1e-9). */
const DECIMAL_KEYS = new Set([
  'stake',
  'active_stake',
  'consensus',
  'validator_trust',
  'incentive',
  'dividends',
  'weights_normalized',
  'ema_bonds_before_u16',
  'liquid_alphas',
  'result',
]);

function isIntString(v: unknown): v is string {
  return typeof v === 'string' && /^-?\d+$/.test(v);
}

function compare(expected: unknown, actual: unknown, path: string, decimal: boolean): string | undefined {
  if (expected === null) return actual === null || actual === undefined ? undefined : `${path}: expected null, got ${show(actual)}`;
  if (typeof expected === 'boolean') return actual === expected ? undefined : `${path}: expected ${expected}, got ${show(actual)}`;
  if (isIntString(expected) || (typeof expected === 'number' && !decimal)) {
    if (typeof actual !== 'bigint' && typeof actual !== 'number' && !isIntString(actual)) return `${path}: expected ${String(expected)}, got ${show(actual)}`;
    try {
      return big(expected) === big(actual) ? undefined : `${path}: expected ${String(expected)}, got ${show(actual)}`;
    } catch {
      return `${path}: expected ${String(expected)}, got ${show(actual)}`;
    }
  }
  if (typeof expected === 'number') {
    const a = typeof actual === 'bigint' ? Number(actual) : actual;
    if (typeof a !== 'number') return `${path}: expected ${expected}, got ${show(actual)}`;
    const tol = 1e-9 * Math.max(1, Math.abs(expected));
    return Math.abs(a - expected) <= tol ? undefined : `${path}: expected ${expected}, got ${a}`;
  }
  if (typeof expected === 'string') return actual === expected ? undefined : `${path}: expected ${JSON.stringify(expected)}, got ${show(actual)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected length ${expected.length}, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = compare(expected[i], actual[i], `${path}[${i}]`, decimal);
      if (m) return m;
    }
    return undefined;
  }
  if (typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${path}: expected an object, got ${show(actual)}`;
    const a = actual as Rec;
    for (const [k, v] of Object.entries(expected as Rec)) {
      if (SKIP_KEYS.has(k)) continue;
      if (!(k in a)) return `${path}.${k}: missing`;
      const dec = k === 'bits' || k.endsWith('_bits') ? false : DECIMAL_KEYS.has(k) ? true : decimal;
      const m = compare(v, a[k], `${path}.${k}`, dec);
      if (m) return m;
    }
    return undefined;
  }
  return `${path}: cannot compare ${show(expected)}`;
}

function check(name: string, expected: unknown, run: () => unknown): CaseResult {
  try {
    const actual = run();
    const m = compare(expected, actual, 'expected', false);
    return m ? { name, ok: false, message: m } : { name, ok: true };
  } catch (e) {
    return { name, ok: false, message: `error: ${(e as Error).message ?? String(e)}` };
  }
}

// ------------------------------------------------------------------------------------------------
// Reading inputs

const toDecimal = (raw: bigint): number => Number(raw) / 4294967296;
const bits = (v: unknown, what: string): bigint => big(v, what);
const bitsVec = (v: unknown, what: string): bigint[] => arr(v, what).map((x, i) => bits(x, `${what}[${i}]`));
const bitsDense = (v: unknown, what: string): bigint[][] => arr(v, what).map((r, i) => bitsVec(r, `${what}[${i}]`));
function bitsSparse(v: unknown, what: string): SparseRowFixed[] {
  return arr(v, what).map((row, i) =>
    arr(row, `${what}[${i}]`).map((e, k) => {
      const p = arr(e, `${what}[${i}][${k}]`);
      return [num(p[0]), bits(p[1], `${what}[${i}][${k}]`)] as [number, bigint];
    }),
  );
}
const sparseOut = (m: SparseRowFixed[]): Array<Array<[number, string]>> => m.map((r) => r.map(([j, v]) => [j, v.toString()]));
const sparseDec = (m: SparseRowFixed[]): Array<Array<[number, number]>> => m.map((r) => r.map(([j, v]) => [j, toDecimal(v)]));
const vecOut = (v: bigint[]): string[] => v.map((x) => x.toString());

/** A JSON double → I32F32 raw with `from_num(f64)` rounding (ties to even). */
function fixedFromDouble(x: number): bigint {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return I32F32.saturate(roundF64BitsToFixed(dv.getBigUint64(0), 32));
}

function u16Rows(v: unknown, what: string): Array<Array<[number, number]>> {
  return arr(v, what).map((row, i) =>
    arr(row, `${what}[${i}]`).map((e, k) => {
      const p = arr(e, `${what}[${i}][${k}]`);
      return [num(p[0]), num(p[1])] as [number, number];
    }),
  );
}

function req(r: Rec, k: string): unknown {
  if (!(k in r)) throw new Error(`missing input field ${k}`);
  return r[k];
}

/** Build EpochInputs from merged hyperparameters + storage snapshot (snake_case vector fields). */
function toInputs(r: Rec): EpochInputs {
  const n = num(req(r, 'n'), 'n');
  const u64s = (k: string, dflt?: bigint): bigint[] =>
    k in r ? arr(r[k], k).map((x, i) => big(x, `${k}[${i}]`)) : new Array<bigint>(n).fill(dflt ?? 0n);
  const opt = (k: string, d: unknown): unknown => (k in r && r[k] !== undefined ? r[k] : d);
  const commit = opt('commit_blocks', null);
  return {
    n,
    currentBlock: big(req(r, 'current_block'), 'current_block'),
    tempo: big(req(r, 'tempo'), 'tempo'),
    activityCutoff: big(req(r, 'activity_cutoff_blocks'), 'activity_cutoff_blocks'),
    lastUpdate: u64s('last_update'),
    blockAtRegistration: u64s('block_at_registration'),
    alphaStake: u64s('alpha_stake'),
    taoStake: u64s('tao_stake'),
    taoWeight: big(opt('tao_weight', 0), 'tao_weight'),
    stakeThreshold: big(opt('stake_threshold', 0), 'stake_threshold'),
    ownerUid: opt('owner_uid', null) === null ? null : num(r.owner_uid, 'owner_uid'),
    validatorPermits: arr(req(r, 'validator_permits'), 'validator_permits').map((b) => b === true),
    maxAllowedValidators: num(req(r, 'max_allowed_validators'), 'max_allowed_validators'),
    weights: u16Rows(req(r, 'weights'), 'weights'),
    bonds: u16Rows(req(r, 'bonds'), 'bonds'),
    kappa: num(req(r, 'kappa'), 'kappa'),
    bondsPenalty: num(req(r, 'bonds_penalty'), 'bonds_penalty'),
    yuma3: req(r, 'yuma3') === true,
    liquidAlpha: req(r, 'liquid_alpha') === true,
    alphaLow: num(req(r, 'alpha_low'), 'alpha_low'),
    alphaHigh: num(req(r, 'alpha_high'), 'alpha_high'),
    alphaSigmoidSteepness: num(req(r, 'alpha_sigmoid_steepness'), 'alpha_sigmoid_steepness'),
    bondsMovingAverage: big(req(r, 'bonds_moving_average'), 'bonds_moving_average'),
    lastMechanismStepBlock: big(opt('last_mechanism_step_block', 0), 'last_mechanism_step_block'),
    commitReveal: opt('commit_reveal', false) === true,
    commitBlocks: commit === null ? [] : arr(commit, 'commit_blocks').map((x, i) => (x === null ? null : big(x, `commit_blocks[${i}]`))),
    raoEmission: big(req(r, 'rao_emission'), 'rao_emission'),
  };
}

/** Hyperparameters, then the snapshot, then any per-epoch override. */
function merged(hyper: unknown, input: Rec): Rec {
  const h = hyper && typeof hyper === 'object' && !Array.isArray(hyper) ? (hyper as Rec) : {};
  const o = input.hyperparams_override;
  return { ...h, ...input, ...(o && typeof o === 'object' ? (o as Rec) : {}) };
}

/** The expected-output layout of the epoch kinds. */
function epochView(o: EpochOutputs): Rec {
  const d = o.diagnostics;
  const view: Rec = {
    active: o.active,
    new_validator_permits: o.newValidatorPermits,
    stake: o.stake.map(toDecimal),
    active_stake: o.activeStake.map(toDecimal),
    consensus: o.consensus.map(toDecimal),
    validator_trust: o.validatorTrust.map(toDecimal),
    incentive: o.incentive.map(toDecimal),
    dividends: o.dividends.map(toDecimal),
    stake_weight_u16: o.stakeWeightU16,
    consensus_u16: o.consensusU16,
    incentive_u16: o.incentiveU16,
    dividends_u16: o.dividendsU16,
    validator_trust_u16: o.validatorTrustU16,
    server_emission: o.serverEmission,
    validator_emission: o.validatorEmission,
    combined_emission: o.combinedEmission,
    bonds_after: bondRows(o.bonds),
    bits: {
      stake: vecOut(o.stake),
      active_stake: vecOut(o.activeStake),
      consensus: vecOut(o.consensus),
      validator_trust: vecOut(o.validatorTrust),
      incentive: vecOut(o.incentive),
      dividends: vecOut(o.dividends),
      weights_normalized: d ? sparseOut(d.weightsNormalized) : undefined,
      ema_bonds_before_u16: d ? sparseOut(d.emaBonds) : undefined,
    },
  };
  if (d) {
    view.weights_normalized = sparseDec(d.weightsNormalized);
    view.ema_bonds_before_u16 = sparseDec(d.emaBonds);
    if (d.liquidAlphas) view.liquid_alphas = d.liquidAlphas.map((r) => r.map(toDecimal));
  }
  return view;
}

function runEpochView(hyper: unknown, input: Rec): Rec {
  return epochView(epochMechanism(toInputs(merged(hyper, input)), { diagnostics: true }));
}

// ------------------------------------------------------------------------------------------------
// Kinds

function caseName(e: unknown, i: number): string {
  if (e && typeof e === 'object') {
    const r = e as Rec;
    for (const k of ['label', 'test', 'name']) if (typeof r[k] === 'string') return `#${i} ${String(r[k])}`;
  }
  return `#${i}`;
}

const epochKind: KindHandler = (file) => {
  const inputs = obj(file.inputs, 'inputs');
  return [check('epoch', file.expected, () => runEpochView(file.hyperparams, inputs))];
};

const listKind =
  (key: 'cases' | 'epochs'): KindHandler =>
  (file) => {
    const ins = arr(obj(file.inputs, 'inputs')[key], `inputs.${key}`);
    const exs = arr(obj(file.expected, 'expected')[key], `expected.${key}`);
    if (ins.length !== exs.length || ins.length === 0) throw new Error(`inputs.${key} and expected.${key} differ in length or are empty`);
    return ins.map((inp, i) => check(caseName(inp, i), exs[i], () => runEpochView(file.hyperparams, obj(inp, `inputs.${key}[${i}]`))));
  };

const mechanismsKind: KindHandler = (file) => {
  const inputs = obj(file.inputs, 'inputs');
  const expected = obj(file.expected, 'expected');
  const out: CaseResult[] = [];
  const splitIn = 'split_cases' in inputs ? arr(inputs.split_cases, 'split_cases') : [];
  const splitEx = 'split_cases' in expected ? arr(expected.split_cases, 'expected.split_cases') : [];
  splitIn.forEach((c, i) => {
    const cc = obj(c, `split_cases[${i}]`);
    out.push(
      check(`split ${caseName(cc, i)}`, splitEx[i], () => {
        const split = cc.split === null || cc.split === undefined ? null : arr(cc.split, 'split').map((x) => num(x));
        return { result: splitEmissions(big(cc.alpha, 'alpha'), num(cc.mechanism_count, 'mechanism_count'), split) };
      }),
    );
  });
  const epIn = 'epoch_cases' in inputs ? arr(inputs.epoch_cases, 'epoch_cases') : [];
  const epEx = 'epoch_cases' in expected ? arr(expected.epoch_cases, 'expected.epoch_cases') : [];
  epIn.forEach((c, i) => {
    const cc = obj(c, `epoch_cases[${i}]`);
    out.push(
      check(`epoch ${caseName(cc, i)}`, epEx[i], () => {
        const mechInputs = arr(cc.inputs, 'inputs').map((x, m) => obj(x, `inputs[${m}]`));
        const total = big(cc.emission, 'emission');
        const split = cc.split === null || cc.split === undefined ? null : arr(cc.split, 'split').map((x) => num(x));
        const emissions = splitEmissions(total, mechInputs.length, split);
        const outputs = mechInputs.map((mi, m) => {
          const inp = toInputs(merged(file.hyperparams, mi));
          if (inp.raoEmission !== emissions[m]) throw new Error(`mechanism ${m}: snapshot rao_emission ${inp.raoEmission} != split ${emissions[m]}`);
          return epochMechanism(inp, { diagnostics: true });
        });
        const agg = aggregateMechanisms(outputs, emissions, total);
        return {
          mechanism_emissions: emissions,
          mechanism_weight_u64f64_bits: emissions.map((e, m) => mechanismWeight(e, total, m).toString()),
          expected_per_mechanism: outputs.map(epochView),
          expected_aggregated: {
            server_emission: agg.serverEmission,
            validator_emission: agg.validatorEmission,
            combined_emission: agg.combinedEmission,
            dividends_u16: agg.dividendsU16,
            consensus_u16: agg.consensusU16,
            validator_trust_u16: agg.validatorTrustU16,
            stake_weight_u16: agg.stakeWeightU16,
            incentive_u16: agg.incentiveU16,
            active: agg.active,
            new_validator_permits: agg.newValidatorPermits,
            stake: agg.rawStake,
          },
        };
      }),
    );
  });
  if (out.length === 0) throw new Error('no split_cases or epoch_cases');
  return out;
};

const simulationKind: KindHandler = (file) => {
  const inputs = obj(file.inputs, 'inputs');
  const hyper = obj(file.hyperparams, 'hyperparams');
  const chainHyper = obj(hyper.chain, 'hyperparams.chain');
  const V = arr(inputs.validators, 'validators').length;
  const S = arr(inputs.servers, 'servers').length;
  const epochs = arr(inputs.epochs, 'inputs.epochs');
  const chain = arr(obj(file.expected, 'expected').chain, 'expected.chain');
  if (epochs.length !== chain.length || epochs.length === 0) throw new Error('inputs.epochs and expected.chain differ in length or are empty');
  return epochs.map((e, k) => {
    const ep = obj(e, `epochs[${k}]`);
    return check(`epoch ${String(ep.epoch ?? k)}`, chain[k], () => {
      const storage = obj(ep.chain_storage, 'chain_storage');
      const o = epochMechanism(toInputs(merged(chainHyper, storage)));
      const servers = (v: readonly bigint[]): bigint[] => v.slice(V, V + S);
      const validators = <T>(v: readonly T[]): T[] => v.slice(0, V);
      const bondsDense = bondRows(o.bonds).slice(0, V).map((row) =>
        Array.from({ length: S }, (_, s) => {
          const hit = row.find(([j]) => j === V + s);
          return hit ? hit[1] : 0;
        }),
      );
      return {
        epoch: ep.epoch,
        consensus: servers(o.consensus).map(toDecimal),
        consensus_bits: vecOut(servers(o.consensus)),
        incentive: servers(o.incentive).map(toDecimal),
        incentive_bits: vecOut(servers(o.incentive)),
        incentive_u16: o.incentiveU16.slice(V, V + S),
        dividends: validators(o.dividends).map(toDecimal),
        dividends_bits: vecOut(validators(o.dividends)),
        dividends_u16: validators(o.dividendsU16),
        bonds_u16_validators_x_servers: bondsDense,
        server_emission: servers(o.serverEmission),
        validator_emission: validators(o.validatorEmission),
        consensus_u16: o.consensusU16.slice(V, V + S),
        validator_trust_u16: validators(o.validatorTrustU16),
        stake_weight_u16: validators(o.stakeWeightU16),
      };
    });
  });
};

// ------------------------------------------------------------------------------------------------
// Math kernels, dispatched by `fn` (or, for files without `fn`, by the input fields)

type MathFn = (c: Rec) => Rec;

const mathFns: Record<string, MathFn> = {
  col_clip_sparse: (c) => ({ result_bits: sparseOut(M.colClipSparse(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.threshold_bits, 't'))) }),
  matmul_sparse: (c) => ({ result_bits: vecOut(M.matmulSparse(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.vector_bits, 'v'), num(c.columns))) }),
  matmul_transpose_sparse: (c) => ({ result_bits: vecOut(M.matmulTransposeSparse(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.vector_bits, 'v'))) }),
  row_hadamard_sparse: (c) => ({ result_bits: sparseOut(M.rowHadamardSparse(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.vector_bits, 'v'))) }),
  row_sum_sparse: (c) => ({ result_bits: vecOut(M.rowSumSparse(bitsSparse(c.matrix_bits, 'm'))) }),
  mat_vec_mul_sparse: (c) => ({ result_bits: sparseOut(M.matVecMulSparse(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.vector_bits, 'v'))) }),
  mask_rows_sparse: (c) => ({ result_bits: sparseOut(M.maskRowsSparse(arr(c.mask).map((b) => b === true), bitsSparse(c.matrix_bits, 'm'))) }),
  mask_diag_sparse: (c) => ({ result_bits: sparseOut(M.maskDiagSparse(bitsSparse(c.matrix_bits, 'm'))) }),
  mask_diag_sparse_except_index: (c) => ({ result_bits: sparseOut(M.maskDiagSparseExceptIndex(bitsSparse(c.matrix_bits, 'm'), num(c.except_index))) }),
  vec_mask_sparse_matrix: (c) => ({
    result_bits: sparseOut(
      M.vecMaskSparseMatrix(bitsSparse(c.matrix_bits, 'm'), bitsVec(c.first, 'first'), bitsVec(c.second, 'second'), predicate(String(c.predicate))),
    ),
  }),
  scalar_vec_mask_sparse_matrix: (c) => ({
    result_bits: sparseOut(M.scalarVecMaskSparseMatrix(bitsSparse(c.matrix_bits, 'm'), big(c.scalar), bitsVec(c.vector, 'vector'), predicate(String(c.predicate)))),
  }),
  exp_safe: (c) => {
    const x = bits(c.input_bits, 'input_bits');
    // The vector also records the unclamped substrate_fixed result (null = Err): check it too.
    const raw = expRaw(x);
    const wantRaw = c.raw_exp_bits === null ? undefined : bits(c.raw_exp_bits, 'raw_exp_bits');
    if (raw !== wantRaw) throw new Error(`exp(${x}) = ${String(raw)}, vector raw_exp_bits ${String(wantRaw)}`);
    const r = expSafe(x);
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  sigmoid_safe: (c) => {
    const r = M.sigmoidSafe(bits(c.input_bits, 'input_bits'), fixedFromDouble(Number(c.rho)), fixedFromDouble(Number(c.kappa)));
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  'is_topk / is_topk_nonzero': (c) => {
    const v = bitsVec(c.input_bits, 'input_bits');
    return { is_topk: M.isTopk(v, num(c.k)), is_topk_nonzero: M.isTopkNonzero(v, num(c.k)) };
  },
  alpha_sigmoid: (c) => {
    const r = M.alphaSigmoid(
      bits(c.consensus_bits, 'c'),
      bits(c.weight_bits, 'w'),
      bits(c.bond_bits, 'b'),
      bits(c.alpha_low_bits, 'lo'),
      bits(c.alpha_high_bits, 'hi'),
      bits(c.steepness_bits, 'k'),
    );
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  fixed_proportion_to_u16: (c) => ({ result: M.fixedProportionToU16(bits(c.input_bits, 'input_bits')) }),
  u16_proportion_to_fixed: (c) => {
    const r = M.u16ProportionToFixed(num(c.input));
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  ema_alpha_from_bonds_moving_average: (c) => {
    const r = M.emaAlphaFromBondsMovingAverage(big(c.bonds_moving_average));
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  'I64F64 division then I64F64->I32F32': (c) => {
    const q = I64F64.safeDiv(I64F64.fromInt(big(c.num)), I64F64.fromInt(big(c.den)));
    if (q !== bits(c.i64f64_bits, 'i64f64_bits')) throw new Error(`I64F64 quotient ${q} != ${String(c.i64f64_bits)}`);
    const r = M.fixed64ToFixed32(q);
    if (r !== bits(c.i32f32_bits, 'i32f32_bits')) throw new Error(`I32F32 ${r} != ${String(c.i32f32_bits)}`);
    return { result: toDecimal(r) };
  },
  interpolate_sparse: (c) => {
    const r = M.interpolateSparse(bitsSparse(c.mat1_bits, 'mat1'), bitsSparse(c.mat2_bits, 'mat2'), num(c.columns), bits(c.ratio_bits, 'ratio'));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  mat_ema_alpha: (c) => {
    const r = M.matEmaAlpha(bitsDense(c.new_bits, 'new'), bitsDense(c.old_bits, 'old'), bitsDense(c.alpha_bits, 'alpha'));
    return { result_bits: r.map(vecOut), result: r.map((row) => row.map(toDecimal)) };
  },
  mat_ema_alpha_sparse: (c) => {
    const r = M.matEmaAlphaSparse(bitsSparse(c.new_bits, 'new'), bitsSparse(c.old_bits, 'old'), bitsDense(c.alpha_bits, 'alpha'));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  mat_ema_sparse: (c) => {
    const r = M.matEmaSparse(bitsSparse(c.new_bits, 'new'), bitsSparse(c.old_bits, 'old'), bits(c.alpha_bits, 'alpha'));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  inplace_normalize: (c) => {
    const r = M.normalize(bitsVec(c.input_bits, 'input_bits'));
    return { result_bits: vecOut(r), result: r.map(toDecimal) };
  },
  'inplace_normalize_64 then I64F64->I32F32': (c) => {
    const r64 = M.normalize64(arr(c.input_u64).map((x) => I64F64.fromInt(big(x))));
    const r32 = r64.map(M.fixed64ToFixed32);
    return { result_i64f64_bits: vecOut(r64), result_i32f32_bits: vecOut(r32), result: r32.map(toDecimal) };
  },
  inplace_row_normalize_sparse: (c) => {
    const r = M.rowNormalizeSparse(bitsSparse(c.input_bits, 'input_bits'));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  inplace_col_normalize_sparse: (c) => {
    const r = M.colNormalizeSparse(bitsSparse(c.input_bits, 'input_bits'), num(c.columns));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  inplace_col_max_upscale_sparse: (c) => {
    const r = M.colMaxUpscaleSparse(bitsSparse(c.input_bits, 'input_bits'), num(c.columns));
    return { result_bits: sparseOut(r), result: sparseDec(r) };
  },
  inplace_col_normalize: (c) => {
    const r = M.colNormalize(bitsDense(c.input_bits, 'input_bits'));
    return { result_bits: r.map(vecOut), result: r.map((row) => row.map(toDecimal)) };
  },
  inplace_col_max_upscale: (c) => {
    const r = M.colMaxUpscale(bitsDense(c.input_bits, 'input_bits'));
    return { result_bits: r.map(vecOut), result: r.map((row) => row.map(toDecimal)) };
  },
  inplace_row_normalize: (c) => {
    const r = M.rowNormalize(bitsDense(c.input_bits, 'input_bits'));
    return { result_bits: r.map(vecOut), result: r.map((row) => row.map(toDecimal)) };
  },
  vec_max_upscale_to_u16: (c) => ({ result: M.vecMaxUpscaleToU16(bitsVec(c.input_bits, 'input_bits')) }),
  vec_u16_max_upscale_to_u16: (c) => ({ result: M.vecU16MaxUpscaleToU16(arr(c.input).map((x) => num(x))) }),
  check_vec_max_limited: (c) => ({ result: M.checkVecMaxLimited(arr(c.input).map((x) => num(x)), num(c.max_limit)) }),
  weighted_median: (c) => {
    const stake = bitsVec(c.stake_bits, 'stake');
    const r = M.weightedMedian(
      stake,
      bitsVec(c.score_bits, 'score'),
      stake.map((_, i) => i),
      bits(c.minority_bits, 'minority'),
      bits(c.partition_lo_bits, 'lo'),
      bits(c.partition_hi_bits, 'hi'),
    );
    return { result_bits: r.toString(), result: toDecimal(r) };
  },
  weighted_median_col: (c) => {
    const stake = bitsVec(c.stake_bits, 'stake');
    const majority = bits(c.majority_bits, 'majority');
    const dense = M.weightedMedianCol(stake, bitsDense(c.weights_bits, 'weights'), majority);
    const sparse = M.weightedMedianColSparse(stake, bitsSparse(c.weights_sparse_bits, 'weights_sparse'), num(c.cols), majority);
    return { result_dense_bits: vecOut(dense), result_sparse_bits: vecOut(sparse), result: sparse.map(toDecimal) };
  },
};

/** Raw-bits strings → decimals, keeping numbers (column indices) as they are. */
function decimalOf(v: unknown): unknown {
  if (typeof v === 'string') return toDecimal(BigInt(v));
  if (Array.isArray(v)) return v.map(decimalOf);
  return v;
}

/** The mask predicates named in the vectors, e.g. `first[i] <= second[j] (...)`. */
function predicate(text: string): (a: bigint, b: bigint) => boolean {
  const m = /^\s*\S+\s*(<=|>=|==|!=|<|>)\s*\S+/.exec(text);
  if (!m) throw new Error(`unknown predicate ${text}`);
  switch (m[1]) {
    case '<=':
      return (a, b) => a <= b;
    case '>=':
      return (a, b) => a >= b;
    case '==':
      return (a, b) => a === b;
    case '!=':
      return (a, b) => a !== b;
    case '<':
      return (a, b) => a < b;
    default:
      return (a, b) => a > b;
  }
}

/** Resolve a case to a kernel: by its `fn` (longest known name it starts with), else by its fields. */
function mathFnFor(c: Rec): MathFn {
  if (typeof c.fn === 'string') {
    const fn = c.fn.trim();
    const names = Object.keys(mathFns).sort((a, b) => b.length - a.length);
    const hit = names.find((k) => fn === k || fn.startsWith(`${k} `) || fn.startsWith(`${k}(`));
    if (!hit) throw new Error(`unknown math fn "${fn}"`);
    return mathFns[hit];
  }
  if ('max_limit' in c) return mathFns.check_vec_max_limited;
  if ('input_bits' in c && 'input' in c) return mathFns.vec_max_upscale_to_u16;
  if ('input' in c) return mathFns.vec_u16_max_upscale_to_u16;
  if ('minority_bits' in c) return mathFns.weighted_median;
  if ('majority_bits' in c) return mathFns.weighted_median_col;
  throw new Error(`cannot tell which math function case uses (fields: ${Object.keys(c).join(', ')})`);
}

const mathKind: KindHandler = (file: VectorFile) => {
  const ins = arr(obj(file.inputs, 'inputs').cases, 'inputs.cases');
  const exs = arr(obj(file.expected, 'expected').cases, 'expected.cases');
  if (ins.length !== exs.length || ins.length === 0) throw new Error('inputs.cases and expected.cases differ in length or are empty');
  return ins.map((c, i) => {
    const cc = obj(c, `cases[${i}]`);
    const name = `#${i} ${typeof cc.fn === 'string' ? cc.fn : ''}`.trim();
    return check(name, exs[i], () => {
      const r = mathFnFor(cc)(cc);
      // Decimal mirror of the exact result where a kernel only produced the bits.
      if (!('result' in r) && 'result_bits' in r) r.result = decimalOf(r.result_bits);
      return r;
    });
  });
};

export const kinds: KindTable = {
  math: mathKind,
  epoch: epochKind,
  epoch_cases: listKind('cases'),
  epoch_sequence: listKind('epochs'),
  mechanisms: mechanismsKind,
  simulation_sequence: simulationKind,
};
