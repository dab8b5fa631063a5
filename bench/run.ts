/**
 * `npm run bench`: every benchmark, one after the other, printing a table per benchmark. Figures
 * go to docs/performance.md with the command that produced them. `npm run bench -- epoch` runs
 * only benchmarks whose name contains "epoch".
 */
import { runEpochBench } from './epoch.bench.js';
import { runCoinbaseBench } from './runtime.bench.js';
import { runCallsBench } from './calls.bench.js';
import { runNodeBench } from './node.bench.js';
import { runSimBench } from './sim.bench.js';
import { runAxonBench } from './axon.bench.js';
import { runCometbftBench } from './cometbft.bench.js';

const filters = process.argv.slice(2).filter((a) => a !== '--');
const want = (name: string): boolean => filters.length === 0 || filters.some((f) => name.includes(f));

if (want('epoch')) {
  console.log('## Yuma Consensus epoch (single thread)');
  const rows = await runEpochBench();
  console.log('| case | ms/epoch | target | float64 ms | ratio |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.msPerEpoch.toFixed(2)} | ${r.targetMs} | ${r.float64MsPerEpoch.toFixed(2)} | ${r.ratioToFloat64.toFixed(2)}x |`);
}
if (want('coinbase')) {
  console.log('\n## Coinbase');
  for (const r of await runCoinbaseBench()) console.log(`- ${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
if (want('calls')) {
  console.log('\n## Calls applied to state (no signature checks)');
  for (const r of await runCallsBench()) console.log(`- ${r.name}: ${Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
if (want('node')) {
  console.log('\n## Node (real processes on loopback; BENCH_NODE_TXS, BENCH_NODE_BLOCKS)');
  for (const r of await runNodeBench()) console.log(`- ${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
if (want('sim')) {
  console.log('\n## Simulator (32 subnets x 256 uids, tempo 360; BENCH_SIM_BLOCKS)');
  for (const r of await runSimBench()) console.log(`- ${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
if (want('axon')) {
  console.log('\n## Axon and dendrite (real processes on loopback; BENCH_AXON_REQS, BENCH_AXON_CONNS, BENCH_AXON_WORKERS, BENCH_FANOUT_SLOWEST_MS, BENCH_FANOUT_ROUNDS)');
  for (const r of await runAxonBench()) console.log(`- ${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
if (want('cometbft')) {
  console.log('\n## CometBFT: 4 validators on loopback vs the single dev node (BENCH_COMETBFT_TXS)');
  for (const r of await runCometbftBench()) console.log(`- ${r.name}: ${r.value < 100 ? r.value.toFixed(2) : Math.round(r.value).toLocaleString('en-US')} ${r.unit}`);
}
