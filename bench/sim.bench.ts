/**
 * Simulator throughput on a mainnet-sized network: 32 subnets × 256 UIDs (1 owner, 63 validators
 * setting weights every epoch, 192 miners), tempo 360, built through real extrinsics. Target: one
 * year (2,628,000 blocks) in ≤ 10 minutes, i.e. ≥ 4,380 blocks/s. A shorter span is measured and
 * extrapolated.
 *
 * Normal case: the whole simulation (coinbase every block, 32 epochs per tempo, 2,016 weight
 * extrinsics per tempo, sampling). Lower bound: the same chain advanced by the driver alone (no
 * agents, no observations), which is what the runtime's block step costs.
 * Weights of validators without a permit fail as they would on chain (the first epoch after
 * registration, or a permit lost to miners whose earned stake outgrew the validator's): they are
 * counted, not fatal.
 * Run: `npx tsx bench/sim.bench.ts` (BENCH_SIM_BLOCKS=3600 by default), or `npm run bench -- sim`.
 */
import { performance } from 'node:perf_hooks';
import { LocalDriver } from '../packages/sim/src/driver.js';
import { Simulation } from '../packages/sim/src/engine.js';
import { parseScenario } from '../packages/sim/src/scenario.js';

export interface SimBenchOptions {
  /** Blocks to simulate after setup (default BENCH_SIM_BLOCKS or 3,600 = 10 tempos). */
  readonly blocks?: number;
  readonly subnets?: number;
  readonly tempo?: number;
}

export interface SimBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const YEAR = 2_628_000;

/** The benchmark scenario: `subnets` subnets, each 63 validators + 192 miners (8 quality groups of sybils). */
export function benchScenario(subnets: number, tempo: number, blocks: number): ReturnType<typeof parseScenario> {
  return parseScenario({
    name: 'bench-32x256',
    description: `${subnets} subnets x 256 uids, 64 validators each, tempo ${tempo}`,
    seed: 1,
    blocks,
    sample_every: tempo,
    // a new subnet's lock cost doubles; a short reduction interval (x block emission in TAO) lets 32 owners register one after another,
    // and a 10,000 TAO minimum lock gives every pool the depth for 255 registrations (values in rao)
    genesis: { preset: 'fast', balances: Object.fromEntries(Array.from({ length: subnets }, (_, i) => [`sn${i + 1}-owner`, 30_000])), admin: { lock_reduction_interval: 4, network_min_lock_cost: 10_000 * 1e9 } },
    subnets: Array.from({ length: subnets }, (_, i) => ({
      name: `sn${i + 1}`,
      tempo,
      // the burn grows with every registration; capped at 2 TAO (rao) so 255 registrations fit the pool
      hyperparameters: { max_burn: 2e9 },
      validators: Array.from({ length: 63 }, (_, v) => ({ name: `sn${i + 1}-v${v}`, stake: 100 + ((v * 37) % 400), strategy: v % 9 === 8 ? { kind: 'copier', lag: 0 } : { kind: 'honest', noise: 0.05 } })),
      miners: Array.from({ length: 8 }, (_, g) => ({ name: `sn${i + 1}-m${g}`, quality: { kind: 'sine', base: 0.5, amplitude: 0.4, period: tempo * 20, phase: g / 8 }, count: 24 })),
    })),
  });
}

export async function runSimBench(opts: SimBenchOptions = {}): Promise<SimBenchResult[]> {
  const blocks = opts.blocks ?? Number(process.env.BENCH_SIM_BLOCKS ?? 3600);
  const subnets = opts.subnets ?? 32;
  const tempo = opts.tempo ?? 360;
  const sc = benchScenario(subnets, tempo, blocks);
  let driver: LocalDriver | undefined;
  // The measured span starts at the first progress report after setup (t >= 50).
  let mark: { at: number; cpu: NodeJS.CpuUsage; t: number; epochs: number } | undefined;
  const epochsSoFar = (): number => sim.subnets.reduce((a, sn) => a + sn.epochs, 0);
  const sim: Simulation = new Simulation(sc, {
    driver: (preset, genesis) => (driver = new LocalDriver({ preset, genesis })),
    onProgress: (t) => {
      if (!mark && t > 0) mark = { at: performance.now(), cpu: process.cpuUsage(), t, epochs: epochsSoFar() };
    },
  });
  const t0 = performance.now();
  const result = sim.run();
  const t1 = performance.now();
  const m = mark ?? { at: t0, cpu: process.cpuUsage(), t: 0, epochs: 0 };
  const cpu = process.cpuUsage(m.cpu);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const failed = Object.values(result.summary.failedExtrinsics).reduce((a, b) => a + b, 0);
  const runS = (t1 - m.at) / 1000;
  const measured = result.summary.blocks - m.t;
  const blocksPerS = measured / runS;
  const epochsPerS = (epochsSoFar() - m.epochs) / runS;
  // Lower bound: one more tempo through the driver alone (every subnet runs its epoch once).
  const d = driver!;
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  d.idle(tempo);
  const idleMs = performance.now() - t2;
  const idleCpu = process.cpuUsage(c2);
  const idleCpuS = (idleCpu.user + idleCpu.system) / 1e6;
  const idlePerS = (tempo / idleMs) * 1000;
  return [
    { name: `setup: ${subnets} subnets x 256 uids through extrinsics (${result.summary.setupBlocks} blocks)`, value: (m.at - t0) / 1000, unit: 's' },
    { name: `simulation, ${subnets} subnets x 256 uids, tempo ${tempo} (${measured} blocks measured, ${failed} failed extrinsics)`, value: blocksPerS, unit: 'blocks/s', target: `>= ${Math.ceil(YEAR / 600)} blocks/s` },
    { name: 'simulation per CPU second (the machine is shared; wall time includes waiting)', value: measured / cpuS, unit: 'blocks/CPU-s' },
    { name: 'simulation epochs', value: epochsPerS, unit: 'epochs/s' },
    { name: 'one year (2,628,000 blocks) extrapolated', value: YEAR / blocksPerS / 60, unit: 'min', target: '<= 10 min' },
    { name: `driver only (runtime block step, ${tempo} blocks incl. ${subnets} epochs)`, value: idlePerS, unit: 'blocks/s' },
    { name: 'driver only per CPU second', value: tempo / idleCpuS, unit: 'blocks/CPU-s' },
    { name: 'driver only, one year extrapolated', value: YEAR / idlePerS / 60, unit: 'min' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runSimBench()) console.log(`${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
