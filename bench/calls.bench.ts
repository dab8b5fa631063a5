/**
 * Calls per second applied to state through the executive (nonce, fee, dispatch, events), without
 * signature checks: transfer, add_stake, remove_stake, burned_register (target ≥ 20,000/s each).
 * Run: `npx tsx bench/calls.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { mainnet } from '@tensorium/params';
import { Executive } from '../packages/runtime/src/executive.js';
import type { RuntimeCall } from '../packages/runtime/src/frame/pallet.js';
import { LocalChain } from '../packages/runtime/src/localChain.js';
import { State } from '../packages/runtime/src/state/state.js';
import { account, bigNetwork } from './fixtures.js';
import type { RuntimeBenchResult } from './runtime.bench.js';
import { setFree } from '../packages/runtime/src/pallets/balances/currency.js';
import { storage as B } from '../packages/runtime/src/pallets/balances/storage.js';
import { storage as S } from '../packages/runtime/src/pallets/subtensor/storage.js';

const TAO = 1_000_000_000n;

function measure(chain: LocalChain, n: number, make: (i: number) => { signer: string; call: RuntimeCall }): number {
  const exec = new Executive(chain.runtime);
  const env = { preset: chain.opts.preset, number: chain.number + 1n, parentHash: chain.hash };
  const s = State.over(chain.backend);
  const xts = Array.from({ length: n }, (_, i) => make(i));
  const t = performance.now();
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const o = exec.applyExtrinsic(s, env, { ...xts[i], len: 150 }, i);
    if (o.ok) ok++;
  }
  const dt = performance.now() - t;
  if (ok !== n) throw new Error(`only ${ok}/${n} calls succeeded`);
  return (n / dt) * 1000;
}

export async function runCallsBench(): Promise<RuntimeBenchResult[]> {
  const chain = bigNetwork({ subnets: 8, uidsPerSubnet: 64, validatorsPerSubnet: 16, preset: mainnet });
  const N = 20_000;
  const signers = Array.from({ length: N }, (_, i) => account(`bench-signer-${i}`));
  {
    const s = State.over(chain.backend);
    for (const who of signers) setFree({ state: s }, who, 1_000n * TAO);
    B.TotalIssuance.mutate(s, (t) => t + BigInt(N) * 1_000n * TAO);
    S.TotalIssuance.mutate(s, (t) => t + BigInt(N) * 1_000n * TAO);
    for (let netuid = 1; netuid <= 8; netuid++) S.MaxAllowedUids.set(s, netuid, 4096);
    chain.backend.apply(s.takeChanges().changes);
  }
  const hotkey = account('hk-1-0');
  const results: RuntimeBenchResult[] = [];
  const rate = (name: string, v: number): void => {
    results.push({ name, value: v, unit: 'calls/s', target: '>= 20,000/s' });
  };
  rate(
    'transfer_keep_alive',
    measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: signers[(i + 1) % N] }, value: TAO } } })),
  );
  // add_stake then remove_stake on a fresh layer each (the measure uses its own uncommitted layer).
  rate('add_stake', measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey, netuid: 1 + (i % 8), amount_staked: 10n * TAO } } })));
  {
    // commit some stake so remove_stake has something to remove
    const exec = new Executive(chain.runtime);
    const env = { preset: chain.opts.preset, number: chain.number + 1n, parentHash: chain.hash };
    const s = State.over(chain.backend);
    for (let i = 0; i < N; i++) exec.applyExtrinsic(s, env, { signer: signers[i], call: { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey, netuid: 1 + (i % 8), amount_staked: 10n * TAO } }, len: 150 }, i);
    chain.backend.apply(s.takeChanges().changes);
  }
  rate('remove_stake', measure(chain, N, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'remove_stake', args: { hotkey, netuid: 1 + (i % 8), amount_unstaked: 1n * TAO } } })));
  rate(
    'burned_register',
    measure(chain, 4_000, (i) => ({ signer: signers[i], call: { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid: 1 + (i % 8), hotkey: account(`new-hk-${i}`) } } })),
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await runCallsBench()) console.log(`${r.name}: ${Math.round(r.value)} ${r.unit}`);
}
