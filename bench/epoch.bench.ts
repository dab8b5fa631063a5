/**
 * Epoch benchmark (single thread): Yuma3 + liquid alpha, bonds penalty 1, realistic sparse weights
 * (every validator weights every miner) and dense weights (every validator weights every uid), at
 * 256/64, 1024/128 and 4096/256 uids/validators. Reports ms/epoch of the chain-exact engine and
 * its ratio to a plain float64 implementation of the same algorithm (bench/epochFloat64.ts).
 *
 * Two bond states per layout:
 *   worst  — bonds drawn at random (up to 0.46 per entry, far above the ~1/n weights), so every
 *            weight entry needs its own 31-term fixed-point exp (no two share d);
 *   normal — steady state: the bonds the engine itself produced after 3 epochs on the same weights
 *            (bonds track weights, so about half the entries hit the d = 0 shortcut).
 *
 *   npx tsx bench/epoch.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { bondRows, epochMechanism } from '../packages/runtime/src/epoch/index.js';
import { benchEpochInputs } from '../packages/runtime/src/epoch/testInputs.js';
import type { EpochInputs } from '../packages/runtime/src/epoch/index.js';
import { epochFloat64 } from './epochFloat64.js';

export interface BenchResult {
  name: string;
  uids: number;
  validators: number;
  layout: 'sparse' | 'dense';
  /** Bond state: random bonds (every entry a distinct exp) or the engine's own steady state. */
  bondState: 'worst' | 'normal';
  /** Median ms per epoch of the exact engine. */
  msPerEpoch: number;
  /** Median ms per epoch of the float64 baseline. */
  float64MsPerEpoch: number;
  /** msPerEpoch / float64MsPerEpoch. */
  ratioToFloat64: number;
  targetMs: number;
  withinTarget: boolean;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeIt(f: () => unknown, minRuns: number, budgetMs: number): number {
  f(); // warm-up
  f();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || (performance.now() - start < budgetMs && samples.length < 200)) {
    const t = performance.now();
    f();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const SIZES: Array<[number, number, number]> = [
  [256, 64, 2],
  [1024, 128, 15],
  [4096, 256, 150],
];

/** Feed the engine's outputs back for a few epochs: bonds and permits in steady state. */
function steadyState(inp: EpochInputs, epochs: number): EpochInputs {
  let cur = inp;
  for (let e = 0; e < epochs; e++) {
    const o = epochMechanism(cur);
    cur = { ...cur, bonds: bondRows(o.bonds), validatorPermits: o.newValidatorPermits, lastMechanismStepBlock: cur.currentBlock, currentBlock: cur.currentBlock + cur.tempo };
  }
  return cur;
}

export async function runEpochBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [uids, validators, targetMs] of SIZES) {
    for (const layout of ['sparse', 'dense'] as const) {
      for (const bondState of ['worst', 'normal'] as const) {
      const base = benchEpochInputs(uids, validators, layout === 'dense');
      const inp = bondState === 'worst' ? base : steadyState(base, 3);
      const runs = uids >= 4096 ? 5 : 10;
      const budget = uids >= 4096 ? 4000 : 1500;
      const ms = timeIt(() => epochMechanism(inp), runs, budget);
      const f64 = timeIt(() => epochFloat64(inp), runs, budget);
      results.push({
        name: `yuma3+liquid ${layout} ${bondState} ${uids}/${validators}`,
        uids,
        validators,
        layout,
        bondState,
        msPerEpoch: ms,
        float64MsPerEpoch: f64,
        ratioToFloat64: ms / f64,
        targetMs,
        withinTarget: ms <= targetMs,
      });
      }
    }
  }
  return results;
}

function torchNote(): string {
  const r = spawnSync('python3', ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8', timeout: 20000 });
  return r.status === 0 ? `python3 torch ${r.stdout.trim()} is available (comparison not implemented)` : 'python3 torch not available: torch comparison skipped';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await runEpochBench();
  console.log('case                                        ms/epoch   target  float64 ms  ratio');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(42)} ${r.msPerEpoch.toFixed(2).padStart(9)} ${(r.withinTarget ? '<=' : '> ') + String(r.targetMs).padStart(5)} ${r.float64MsPerEpoch.toFixed(2).padStart(10)} ${r.ratioToFloat64.toFixed(1).padStart(6)}x`,
    );
  }
  console.log(torchNote());
}
