/**
 * `npm start` (until the node lands): a scripted local network on the real runtime, in memory.
 * An owner registers a subnet and starts it, validators and miners register and stake, validators
 * set weights, blocks run through several epochs, and the script prints what the chain paid.
 * Every number printed comes from chain state after executing real extrinsics.
 */
import { fast, RAO_PER_TAO } from '@tensorium/params';
import { blake2_256, bytesToHex } from '@tensorium/primitives';
import type { RuntimeCall } from '../packages/runtime/src/frame/pallet.js';
import { LocalChain, type BlockResult } from '../packages/runtime/src/localChain.js';
import { freeBalance } from '../packages/runtime/src/pallets/balances/currency.js';
import { currentAlphaPrice } from '../packages/runtime/src/pallets/swapPallet/index.js';
import { getStake } from '../packages/runtime/src/pallets/subtensor/staking/stakeUtils.js';
import { storage as S } from '../packages/runtime/src/pallets/subtensor/storage.js';

const TAO = RAO_PER_TAO;
const id = (name: string): string => bytesToHex(blake2_256(new TextEncoder().encode(`demo/${name}`)));
const fmt = (rao: bigint): string => `${rao / TAO}.${(rao % TAO).toString().padStart(9, '0').slice(0, 4)}`;

const owner = id('owner');
const ownerHk = id('owner-hotkey');
const validators = ['v1', 'v2', 'v3'].map((n) => ({ name: n, ck: id(`${n}-ck`), hk: id(`${n}-hk`) }));
const miners = ['m1', 'm2', 'm3', 'm4'].map((n, i) => ({ name: n, ck: id(`${n}-ck`), hk: id(`${n}-hk`), quality: 4 - i }));
const author = id('author');

const chain = new LocalChain({
  preset: fast,
  author,
  genesis: {
    sudo: owner,
    balances: [
      [owner, 10_000n * TAO],
      ...validators.map((v) => [v.ck, 2_000n * TAO] as const),
      ...miners.map((m) => [m.ck, 100n * TAO] as const),
    ],
  },
});

const call = (name: string, args: Record<string, unknown>): RuntimeCall => ({ pallet: 'SubtensorModule', name, args });
function run(label: string, xts: [string, RuntimeCall][]): BlockResult {
  const r = chain.produceBlock(xts.map(([who, c]) => LocalChain.xt(who, c)));
  r.outcomes.forEach((o, i) => {
    if (!o.ok) {
      const why = 'invalid' in o ? o.invalid.message : o.error?.code;
      throw new Error(`${label}: extrinsic ${i} (${xts[i][1].name}) failed: ${why}`);
    }
  });
  return r;
}

console.log('Tensorium runtime demo (fast preset: tempo 10, in-memory chain)\n');
run('register subnet', [[owner, call('register_network', { hotkey: ownerHk })]]);
const netuid = chain.view((s) => S.NetworksAdded.entries(s).filter(([n, a]) => a && n !== 0).map(([n]) => n)[0]);
console.log(`block ${chain.number}: subnet ${netuid} registered (lock ${fmt(chain.view((s) => S.SubnetLocked.get(s, netuid)))} TAO)`);
run('start call', [[owner, call('start_call', { netuid })]]);
run('enable emission', [[owner, { pallet: 'Sudo', name: 'sudo', args: { call: { pallet: 'AdminUtils', name: 'sudo_set_subnet_emission_enabled', args: { netuid, enabled: true } } } }]]);
run('disable commit-reveal', [[owner, { pallet: 'AdminUtils', name: 'sudo_set_commit_reveal_weights_enabled', args: { netuid, enabled: false } }]]);
run(
  'register neurons',
  [...validators, ...miners].map((n) => [n.ck, call('burned_register', { netuid, hotkey: n.hk })] as [string, RuntimeCall]),
);
run(
  'stake',
  validators.map((v, i) => [v.ck, call('add_stake', { hotkey: v.hk, netuid, amount_staked: BigInt(300 + 300 * i) * TAO })] as [string, RuntimeCall]),
);
chain.advance(12); // one epoch assigns validator permits by stake
const uidOf = (hk: string): number => chain.view((s) => S.Uids.get(s, netuid, hk)!);
const weightsCall = () =>
  call('set_weights', {
    netuid,
    dests: miners.map((m) => uidOf(m.hk)),
    weights: miners.map((m) => m.quality * 1000),
    version_key: 0n,
  });
run('set weights', validators.map((v) => [v.hk, weightsCall()] as [string, RuntimeCall]));
for (let epoch = 0; epoch < 3; epoch++) {
  chain.advance(11);
}

console.log(`\nafter ${chain.number} blocks:`);
chain.view((s) => {
  const price = currentAlphaPrice(s, netuid);
  console.log(`  subnet ${netuid}: pool ${fmt(S.SubnetTAO.get(s, netuid))} TAO / ${fmt(S.SubnetAlphaIn.get(s, netuid))} alpha, price ${(Number((price * 10_000n) >> 64n) / 10_000).toFixed(4)} TAO/alpha`);
  console.log(`  total issuance ${fmt(S.TotalIssuance.get(s))} TAO, block emission ${fmt(S.BlockEmission.get(s))} TAO`);
  const incentive = S.Incentive.get(s, netuid);
  const dividends = S.Dividends.get(s, netuid);
  for (const v of validators) {
    const uid = S.Uids.get(s, netuid, v.hk)!;
    console.log(`  validator ${v.name} (uid ${uid}): stake ${fmt(getStake(s, v.hk, v.ck, netuid))} alpha, dividends ${((dividends[uid] ?? 0) / 655.35).toFixed(1)}%`);
  }
  for (const m of miners) {
    const uid = S.Uids.get(s, netuid, m.hk)!;
    console.log(`  miner ${m.name} (quality ${m.quality}, uid ${uid}): earned ${fmt(getStake(s, m.hk, m.ck, netuid))} alpha, incentive ${((incentive[uid] ?? 0) / 655.35).toFixed(1)}%`);
  }
  console.log(`  subnet owner stake: ${fmt(getStake(s, ownerHk, owner, netuid))} alpha; block author fees: ${fmt(freeBalance(s, author))} TAO`);
});
console.log('\nA persistent dev chain for @polkadot/api: npx tensorium node --dev --tmp --rpc-port 9944');
