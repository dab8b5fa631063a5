/**
 * Calls per second applied to state through the executive (nonce, fee, dispatch, events), in
 * blocks of 1,000 extrinsics committed to the in-memory backend, without signature checks: transfer, add_stake, remove_stake, burned_register (target ≥ 20,000/s each).
 * Run: `npx tsx bench/calls.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { mainnet } from '@tensorium/params';
import { Executive } from '../packages/runtime/src/executive.js';
import { signed, type RuntimeCall } from '../packages/runtime/src/frame/pallet.js';
import { LocalChain } from '../packages/runtime/src/localChain.js';
import { executiveOptions } from '../packages/runtime/src/runtimeDefinition.js';
import { State } from '../packages/runtime/src/state/state.js';
import { account, bigNetwork } from './fixtures.js';
import type { RuntimeBenchResult } from './runtime.bench.js';
import { setFree } from '../packages/runtime/src/pallets/balances/currency.js';
import { storage as B } from '../packages/runtime/src/pallets/balances/storage.js';
import { storage as S } from '../packages/runtime/src/pallets/subtensor/storage.js';

const TAO = 1_000_000_000n;

/**
 * Apply `n` extrinsics in blocks of `perBlock`, committing each block's changes to the backend.
 * A warm-up of the same calls on a fork comes first, so the figure is the JIT-compiled steady state.
 */
function measure(chain: LocalChain, n: number, make: (i: number) => { signer: string; call: RuntimeCall }, perBlock = 1_000): number {
  warmUp(chain, n, make, (c, xs) => measureOnce(c, xs, perBlock));
  return measureOnce(chain, Array.from({ length: n }, (_, i) => make(i)), perBlock);
}

function warmUp(chain: LocalChain, n: number, make: (i: number) => { signer: string; call: RuntimeCall }, run: (c: LocalChain, xs: { signer: string; call: RuntimeCall }[]) => number): void {
  const k = Math.min(n, 3_000);
  run(chain.fork(), Array.from({ length: k }, (_, i) => make(n - 1 - i)));
}

function measureOnce(chain: LocalChain, xts: { signer: string; call: RuntimeCall }[], perBlock: number): number {
  const n = xts.length;
  const exec = new Executive(chain.runtime, executiveOptions());
  const env = { preset: chain.opts.preset, number: chain.number + 1n, parentHash: chain.hash };
  let ok = 0;
  const t = performance.now();
  for (let start = 0; start < n; start += perBlock) {
    const s = State.over(chain.backend);
    for (let i = start; i < Math.min(n, start + perBlock); i++) {
      const o = exec.applyExtrinsic(s, env, { ...xts[i], len: 150 }, i - start);
      if (o.ok) ok++;
    }
    chain.backend.apply(s.takeChanges().changes);
  }
  const dt = performance.now() - t;
  if (ok !== n) throw new Error(`only ${ok}/${n} calls succeeded`);
  return (n / dt) * 1000;
}

/** Same, but dispatching the calls directly (the call's own state changes; no nonce, fee or checks). */
function measureDispatch(chain: LocalChain, n: number, make: (i: number) => { signer: string; call: RuntimeCall }, perBlock = 1_000): number {
  warmUp(chain, n, make, (c, xs) => dispatchOnce(c, xs, perBlock));
  return dispatchOnce(chain, Array.from({ length: n }, (_, i) => make(i)), perBlock);
}

function dispatchOnce(chain: LocalChain, xts: { signer: string; call: RuntimeCall }[], perBlock: number): number {
  const n = xts.length;
  const env = { preset: chain.opts.preset, number: chain.number + 1n, parentHash: chain.hash };
  const t = performance.now();
  for (let start = 0; start < n; start += perBlock) {
    const s = State.over(chain.backend);
    for (let i = start; i < Math.min(n, start + perBlock); i++) chain.runtime.dispatch(s, signed(xts[i].signer), xts[i].call, env, i - start);
    chain.backend.apply(s.takeChanges().changes);
  }
  return (n / (performance.now() - t)) * 1000;
}

export async function runCallsBench(): Promise<RuntimeBenchResult[]> {
  const chain = bigNetwork({ subnets: 64, uidsPerSubnet: 64, validatorsPerSubnet: 16, preset: mainnet });
  const N = 20_000;
  const signers = Array.from({ length: N }, (_, i) => account(`bench-signer-${i}`));
  {
    const s = State.over(chain.backend);
    for (const who of signers) setFree({ state: s }, who, 1_000n * TAO);
    B.TotalIssuance.mutate(s, (t) => t + BigInt(N) * 1_000n * TAO);
    S.TotalIssuance.mutate(s, (t) => t + BigInt(N) * 1_000n * TAO);
    chain.backend.apply(s.takeChanges().changes);
  }
  const hotkeys = Array.from({ length: 64 }, (_, i) => account(`hk-${i + 1}-0`));
  const results: RuntimeBenchResult[] = [];
  const rate = (name: string, v: number): void => {
    results.push({ name, value: v, unit: 'calls/s', target: '>= 20,000/s' });
  };
  rate(
    'transfer_keep_alive',
    measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: signers[(i + 1) % N] }, value: TAO } } })),
  );
  // add_stake then remove_stake on a fresh layer each (the measure uses its own uncommitted layer).
  rate('add_stake', measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey: hotkeys[i % 64], netuid: 1 + (i % 64), amount_staked: 10n * TAO } } })));
  rate('remove_stake', measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'remove_stake', args: { hotkey: hotkeys[i % 64], netuid: 1 + (i % 64), amount_unstaked: 1n * TAO } } })));
  // 64 subnets of 64 UIDs (MaxAllowedUids 256): 10,000 registrations append ~156 UIDs to each (no pruning).
  const newHotkeys = Array.from({ length: 10_000 }, (_, i) => account(`new-hk-${i}`));
  rate('burned_register', measure(chain, 10_000, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid: 1 + (i % 64), hotkey: newHotkeys[i] } } })));
  // The calls alone (no executive): what applying them to state costs.
  results.push({ name: 'add_stake (dispatch only)', value: measureDispatch(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey: hotkeys[i % 64], netuid: 1 + (i % 64), amount_staked: 10n * TAO } } })), unit: 'calls/s' });
  results.push({ name: 'remove_stake (dispatch only)', value: measureDispatch(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'remove_stake', args: { hotkey: hotkeys[i % 64], netuid: 1 + (i % 64), amount_unstaked: 1n * TAO } } })), unit: 'calls/s' });
  // Fill every subnet to 256 uids, then each further registration prunes a uid (worst case).
  const fill = Array.from({ length: 64 * 36 }, (_, i) => account(`fill-hk-${i}`));
  measureDispatch(chain, fill.length, (i) => ({ signer: signers[(i + 5_000) % N], call: { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid: 1 + (i % 64), hotkey: fill[i] } } }));
  const more = Array.from({ length: 2_000 }, (_, i) => account(`new-hk-b-${i}`));
  results.push({ name: 'burned_register into full subnets, pruning (dispatch only)', value: measureDispatch(chain, 2_000, (i) => ({ signer: signers[(i + 10_000) % N], call: { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid: 1 + (i % 64), hotkey: more[i] } } })), unit: 'calls/s' });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runCallsBench()) console.log(`${r.name}: ${Math.round(r.value)} ${r.unit}`);
}
