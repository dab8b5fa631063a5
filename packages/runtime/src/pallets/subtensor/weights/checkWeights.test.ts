import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidTransaction } from '../../../executive.js';
import { mainnet } from '@tensorium/params';
import { storage as S } from '../storage.js';
import { checkWeightsTransaction } from './checkWeights.js';
import { commitHash } from './commitHash.js';
import { addSubnet, BLOCK, hk, NETUID, Scenario } from './testkit.js';

const env = { preset: mainnet, number: BLOCK, parentHash: '00'.repeat(32) };
const xt = (name: string, args: Record<string, unknown>, signer: string | undefined = hk(0)) => ({
  signer,
  call: { pallet: 'SubtensorModule', name, args },
  len: 100,
});

function custom(f: () => void): number | undefined {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof InvalidTransaction);
    assert.equal(e.reason, 'Custom');
    return e.custom;
  }
  return undefined;
}

describe('checkWeightsTransaction (CheckWeights as a transaction extension)', () => {
  const sc = new Scenario((s) => {
    addSubnet(s, { commitReveal: true });
    S.StakeThreshold.set(s, 1_000_000_000n);
    S.TotalHotkeyAlpha.set(s, hk(3), NETUID, 5n);
  });

  it('low stake → StakeAmountTooLow (1), also for each netuid of a batch', () => {
    const st = sc.fresh();
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('set_weights', { netuid: NETUID, dests: [], weights: [], version_key: 0n }, hk(3)))), 1);
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('batch_commit_weights', { netuids: [NETUID], commit_hashes: ['00'.repeat(32)] }, hk(3)))), 1);
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('set_weights', { netuid: NETUID, dests: [], weights: [], version_key: 0n }))), undefined);
  });

  it('unequal batch inputs → InputLengthsUnequal (18)', () => {
    const st = sc.fresh();
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('batch_set_weights', { netuids: [1], weights: [], version_keys: [] }))), 18);
  });

  it('reveal without a matching commit → CommitNotFound (16); outside its epoch → CommitBlockNotInRevealRange (17)', () => {
    const st = sc.fresh();
    const args = { netuid: NETUID, uids: [1], values: [1], salt: [1], version_key: 0n };
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('reveal_weights', args))), 16);
    S.WeightCommits.set(st, NETUID, hk(0), [[commitHash(hk(0), NETUID, [1], [1], [1], 0n), 5n, BLOCK, 0n]]);
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('reveal_weights', args))), 17);
    S.SubnetEpochIndex.set(st, NETUID, 6n);
    assert.equal(custom(() => checkWeightsTransaction(st, env, xt('reveal_weights', args))), undefined);
  });

  it('ignores unsigned extrinsics and other calls', () => {
    const st = sc.fresh();
    checkWeightsTransaction(st, env, xt('set_weights', { netuid: NETUID }, undefined));
    checkWeightsTransaction(st, env, xt('add_stake', { netuid: NETUID }, hk(3)));
    assert.equal(st.isDirty(), false);
  });
});
