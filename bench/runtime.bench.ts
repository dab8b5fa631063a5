/**
 * Runtime benchmarks: one block's coinbase on a large network (spec target: 128 subnets × 256
 * UIDs under 20 ms per block on this 2-core machine). Normal case: a block in which no epoch is
 * due; worst case: a block in which `MaxEpochsPerBlock` subnets run their epoch.
 * Also: the block step on the simulator's network (32 subnets × 256 uids), per block and per epoch.
 * Run: `npx tsx bench/runtime.bench.ts [coinbase|sim-network]` (or `npm run bench`).
 */
import { performance } from 'node:perf_hooks';
import { bigNetwork } from './fixtures.js';
import { storage as S } from '../packages/runtime/src/pallets/subtensor/storage.js';
import { State } from '../packages/runtime/src/state/state.js';

export interface RuntimeBenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

function median(xs: number[]): number {
  const a = [...xs].sort((p, q) => p - q);
  return a[Math.floor(a.length / 2)];
}

export async function runCoinbaseBench(): Promise<RuntimeBenchResult[]> {
  const chain = bigNetwork({ subnets: 128, uidsPerSubnet: 256, validatorsPerSubnet: 64, tempo: 360 });
  // warm up
  chain.advance(3);
  const normal: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    chain.produceBlock();
    normal.push(performance.now() - t);
  }
  // Worst case: force MaxEpochsPerBlock subnets due in the next block.
  const worst: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = State.over(chain.backend);
    const max = S.MaxEpochsPerBlock.get(s);
    for (let k = 0; k < max; k++) S.PendingEpochAt.set(s, 1 + ((i * max + k) % 128), chain.number + 1n);
    chain.backend.apply(s.takeChanges().changes);
    const t = performance.now();
    chain.produceBlock();
    worst.push(performance.now() - t);
  }
  return [
    { name: 'block (coinbase, no epoch due), 128 subnets x 256 uids', value: median(normal), unit: 'ms/block', target: '< 20 ms' },
    { name: 'block with MaxEpochsPerBlock (2) epochs, 128 subnets x 256 uids', value: median(worst), unit: 'ms/block' },
  ];
}

/**
 * The simulator's network (bench/sim.bench.ts: 32 subnets × 256 uids, 64 validators each, tempo
 * 360), built through real extrinsics and run for one tempo with weights set; then one more tempo
 * of empty blocks through the runtime's block step, each block timed in CPU time (the machine is
 * shared): the median block without an epoch, and the extra CPU of an epoch (its block minus that
 * median, per epoch run in it). Target of the simulator: >= 4,380 blocks/s including epochs.
 */
export async function runSimNetworkBlockBench(): Promise<RuntimeBenchResult[]> {
  const { LocalDriver } = await import('../packages/sim/src/driver.js');
  const { Simulation } = await import('../packages/sim/src/engine.js');
  const { benchScenario } = await import('./sim.bench.js');
  const subnets = 32;
  const tempo = 360;
  let driver: InstanceType<typeof LocalDriver> | undefined;
  new Simulation(benchScenario(subnets, tempo, tempo + 40), { driver: (preset, genesis) => (driver = new LocalDriver({ preset, genesis })) }).run();
  const d = driver!;
  d.idle(tempo); // warm-up: one tempo, every subnet's epoch once
  const idle: number[] = [];
  const epochBlocks: [number, number][] = [];
  let total = 0;
  for (let i = 0; i < tempo; i++) {
    const c0 = process.cpuUsage();
    d.idle(1);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    total += ms;
    const block = d.number;
    const ran = d.view((s) => Array.from({ length: subnets }, (_, k) => S.LastEpochBlock.get(s, k + 1)).filter((b) => b === block).length);
    if (ran > 0) epochBlocks.push([ms, ran]);
    else idle.push(ms);
  }
  const idleMs = median(idle);
  const epochs = epochBlocks.reduce((a, [, n]) => a + n, 0);
  const epochMs = epochBlocks.reduce((a, [ms]) => a + ms - idleMs, 0) / Math.max(1, epochs);
  return [
    { name: `block without epoch, ${subnets} subnets x 256 uids (median CPU)`, value: idleMs, unit: 'ms/block', target: '0.23 ms/block incl. epochs' },
    { name: `one epoch at 256 uids / 64 validators incl. emission distribution (mean extra CPU, ${epochs} epochs)`, value: epochMs, unit: 'ms/epoch', target: '<= 2 ms' },
    { name: `${tempo} blocks incl. ${epochs} epochs`, value: (tempo / total) * 1000, unit: 'blocks/CPU-s', target: '>= 4,380' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'all';
  const show = (r: RuntimeBenchResult): void => console.log(`${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
  if (which === 'all' || which === 'coinbase') for (const r of await runCoinbaseBench()) show(r);
  if (which === 'all' || which === 'sim-network') for (const r of await runSimNetworkBlockBench()) show(r);
}
