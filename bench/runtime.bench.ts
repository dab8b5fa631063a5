/**
 * Runtime benchmarks: one block's coinbase on a large network (spec target: 128 subnets × 256
 * UIDs under 20 ms per block on this 2-core machine). Normal case: a block in which no epoch is
 * due; worst case: a block in which `MaxEpochsPerBlock` subnets run their epoch.
 * Run: `npx tsx bench/runtime.bench.ts` (or `npm run bench`).
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

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runCoinbaseBench()) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
