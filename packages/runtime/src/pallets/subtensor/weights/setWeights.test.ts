import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROOT_ORIGIN, signed } from '../../../frame/pallet.js';
import { storage as S } from '../storage.js';
import { weightsCalls as C } from './calls.js';
import { doSetWeights } from './setWeights.js';
import { acct, addSubnet, BLOCK, ctxOf, eventsNamed, expectFails, hk, NETUID, runCall, Scenario, type SubnetOptions } from './testkit.js';

const set = (dests: number[], weights: number[], version_key = 0n, netuid = NETUID) => ({ netuid, dests, weights, version_key });
const subnet = (o: SubnetOptions = {}) => new Scenario((s) => addSubnet(s, o));

describe('set_weights: every check fails with its error and changes nothing', () => {
  it('root netuid → CanNotSetRootNetworkWeights', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      S.CommitRevealWeightsEnabled.set(s, 0, false);
    });
    const st = sc.fresh();
    expectFails(st, 'CanNotSetRootNetworkWeights', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([0], [1], 0n, 0)));
  });

  it('length mismatch → WeightVecNotEqualSize', () => {
    const st = subnet().fresh();
    expectFails(st, 'WeightVecNotEqualSize', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1])));
  });

  it('missing mechanism or subnet → MechanismDoesNotExist', () => {
    const st = subnet().fresh();
    expectFails(st, 'MechanismDoesNotExist', (s) => C.set_mechanism_weights.fn(ctxOf(s, signed(hk(0))), { ...set([1, 2], [1, 1]), mecid: 1 }));
    expectFails(st, 'MechanismDoesNotExist', (s) => doSetWeights(ctxOf(s, signed(hk(0))), signed(hk(0)), 9, [1], [1], 0n));
  });

  it('more uids than neurons → UidsLengthExceedUidsInSubNet', () => {
    const st = subnet().fresh();
    expectFails(st, 'UidsLengthExceedUidsInSubNet', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([0, 1, 2, 3, 4], [1, 1, 1, 1, 1])));
  });

  it('unregistered hotkey → HotKeyNotRegisteredInSubNet', () => {
    const st = subnet().fresh();
    expectFails(st, 'HotKeyNotRegisteredInSubNet', (s) => C.set_weights.fn(ctxOf(s, signed(acct(999))), set([1, 2], [1, 1])));
  });

  it('stake below StakeThreshold → NotEnoughStakeToSetWeights (guard and internal check)', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      S.StakeThreshold.set(s, 1_000_000_001n);
    });
    const st = sc.fresh();
    expectFails(st, 'NotEnoughStakeToSetWeights', (s) => C.set_weights.fn(ctxOf(s, signed(hk(1))), set([1, 2], [1, 1])));
    expectFails(st, 'NotEnoughStakeToSetWeights', (s) => doSetWeights(ctxOf(s, signed(hk(1))), signed(hk(1)), NETUID, [1, 2], [1, 1], 0n));
    // exactly the threshold passes
    sc.commit((s) => S.StakeThreshold.set(s, 1_000_000_000n));
    runCall(sc.fresh(), C.set_weights, hk(1), set([1, 2], [1, 1]));
  });

  it('old version key → IncorrectWeightVersionKey; equal or newer passes', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      S.WeightsVersionKey.set(s, NETUID, 10n);
    });
    expectFails(sc.fresh(), 'IncorrectWeightVersionKey', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1], 9n)));
    runCall(sc.fresh(), C.set_weights, hk(0), set([1, 2], [1, 1], 10n));
    runCall(sc.fresh(), C.set_weights, hk(0), set([1, 2], [1, 1], 11n));
  });

  it('rate limit → SettingWeightsTooFast until WeightsSetRateLimit blocks passed', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      S.LastUpdate.set(s, NETUID, [950n, 0n, 0n, 0n]);
    });
    expectFails(sc.fresh(), 'SettingWeightsTooFast', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1])));
    runCall(sc.fresh(), C.set_weights, hk(0), set([1, 2], [1, 1]), 1050n);
    runCall(sc.fresh(), C.set_weights, hk(1), set([1, 2], [1, 1])); // LastUpdate 0 = never set
  });

  it('no validator permit → NeuronNoValidatorPermit, but a single self-weight is allowed', () => {
    const sc = subnet({ permits: [false, true, true, true] });
    expectFails(sc.fresh(), 'NeuronNoValidatorPermit', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1])));
    const st = sc.fresh();
    runCall(st, C.set_weights, hk(0), set([0], [7]));
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[0, 65535]]);
  });

  it('duplicate uids → DuplicateUids', () => {
    expectFails(subnet().fresh(), 'DuplicateUids', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 1], [1, 1])));
  });

  it('unknown uid → UidVecContainInvalidOne', () => {
    expectFails(subnet().fresh(), 'UidVecContainInvalidOne', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 7], [1, 1])));
  });

  it('fewer than min(MinAllowedWeights, n) weights → WeightVecLengthIsLow; self-weight exempt', () => {
    const sc = subnet({ minAllowedWeights: 3 });
    expectFails(sc.fresh(), 'WeightVecLengthIsLow', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1])));
    expectFails(sc.fresh(), 'WeightVecLengthIsLow', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1], [1])));
    runCall(sc.fresh(), C.set_weights, hk(0), set([0], [1]));
    // min is capped by the number of neurons
    const small = subnet({ n: 2, minAllowedWeights: 1024 });
    runCall(small.fresh(), C.set_weights, hk(0), set([0, 1], [1, 1]));
  });

  it('MaxWeightsLimit → MaxWeightExceeded, self-weight exempt', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      S.MaxWeightsLimit.set(s, NETUID, 30000);
    });
    expectFails(sc.fresh(), 'MaxWeightExceeded', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1])));
    runCall(sc.fresh(), C.set_weights, hk(0), set([0], [5]));
    runCall(sc.fresh(), C.set_weights, hk(0), set([1, 2, 3], [1, 1, 1])); // max 1/3 < 30000/65535
  });

  it('owner hotkey is exempt from stake threshold and permit', () => {
    const sc = new Scenario((s) => {
      addSubnet(s, { permits: [false, false, false, false] });
      S.StakeThreshold.set(s, 10n ** 15n);
      S.SubnetOwnerHotkey.set(s, NETUID, hk(2));
    });
    const st = sc.fresh();
    runCall(st, C.set_weights, hk(2), set([0, 1], [1, 2]));
    assert.deepEqual(S.Weights.get(st, NETUID, 2), [[0, 32768], [1, 65535]]);
    expectFails(sc.fresh(), 'NotEnoughStakeToSetWeights', (s) => C.set_weights.fn(ctxOf(s, signed(hk(1))), set([0, 2], [1, 1])));
  });

  it('commit-reveal on → CommitRevealEnabled for set_weights and set_mechanism_weights', () => {
    const st = subnet({ commitReveal: true, mechanisms: 2 }).fresh();
    expectFails(st, 'CommitRevealEnabled', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0))), set([1, 2], [1, 1])));
    expectFails(st, 'CommitRevealEnabled', (s) => C.set_mechanism_weights.fn(ctxOf(s, signed(hk(0))), { ...set([1, 2], [1, 1]), mecid: 1 }));
  });

  it('unsigned origin → BadOrigin', () => {
    expectFails(subnet().fresh(), 'BadOrigin', (s) => C.set_weights.fn(ctxOf(s, ROOT_ORIGIN), set([1, 2], [1, 1])));
  });

  it('checks run in subtensor order', () => {
    const sc = new Scenario((s) => {
      addSubnet(s, { permits: [false, true, true, true] });
      S.WeightsVersionKey.set(s, NETUID, 5n);
      S.LastUpdate.set(s, NETUID, [990n, 0n, 0n, 0n]);
    });
    const run = (who: string, uids: number[], values: number[], vk = 5n, netuid = NETUID) => (s: typeof st) =>
      doSetWeights(ctxOf(s, signed(who)), signed(who), netuid, uids, values, vk);
    const st = sc.fresh();
    expectFails(st, 'CanNotSetRootNetworkWeights', run(acct(999), [1, 2], [1], 0n, 0));
    expectFails(st, 'WeightVecNotEqualSize', run(acct(999), [1, 2], [1], 0n, 9));
    expectFails(st, 'MechanismDoesNotExist', run(acct(999), [1, 2, 3, 4, 5], [1, 1, 1, 1, 1], 0n, 9));
    expectFails(st, 'UidsLengthExceedUidsInSubNet', run(acct(999), [1, 2, 3, 4, 5], [1, 1, 1, 1, 1], 0n));
    expectFails(st, 'HotKeyNotRegisteredInSubNet', run(acct(999), [1, 1], [1, 1], 0n));
    expectFails(st, 'IncorrectWeightVersionKey', run(hk(0), [1, 1], [1, 1], 0n));
    expectFails(st, 'SettingWeightsTooFast', run(hk(0), [1, 1], [1, 1]));
    expectFails(st, 'NeuronNoValidatorPermit', (s) => doSetWeights(ctxOf(s, signed(hk(0)), 1090n), signed(hk(0)), NETUID, [1, 1], [1, 1], 5n));
    expectFails(st, 'DuplicateUids', run(hk(1), [9, 9], [1, 1]));
    expectFails(st, 'UidVecContainInvalidOne', run(hk(1), [9], [1]));
    expectFails(st, 'WeightVecLengthIsLow', run(hk(1), [2], [1]));
  });
});

describe('set_weights: storage and effects', () => {
  it('max-upscales with the division-first rule: [17463, 34926] → [32767, 65535]', () => {
    const st = subnet().fresh();
    runCall(st, C.set_weights, hk(0), set([1, 2], [17463, 34926]));
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[1, 32767], [2, 65535]]);
  });

  it('keeps the given order and zeros', () => {
    const st = subnet().fresh();
    runCall(st, C.set_weights, hk(1), set([3, 0, 2], [0, 10, 5]));
    assert.deepEqual(S.Weights.get(st, NETUID, 1), [[3, 0], [0, 65535], [2, 32768]]);
  });

  it('all-zero weights are stored as zeros', () => {
    const st = subnet().fresh();
    runCall(st, C.set_weights, hk(1), set([3, 0], [0, 0]));
    assert.deepEqual(S.Weights.get(st, NETUID, 1), [[3, 0], [0, 0]]);
  });

  it('writes LastUpdate (commit-reveal off) and emits WeightsSet(netuid_index, uid)', () => {
    const st = subnet().fresh();
    runCall(st, C.set_weights, hk(2), set([0, 1], [1, 1]));
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [0n, 0n, BLOCK, 0n]);
    assert.deepEqual(eventsNamed(st, 'WeightsSet'), [[NETUID, 2]]);
  });

  it('set_mechanism_weights stores under netuid + mecid × 4096', () => {
    const st = subnet({ mechanisms: 2 }).fresh();
    runCall(st, C.set_mechanism_weights, hk(0), { ...set([1, 2], [1, 3]), mecid: 1 });
    const idx = 4096 + NETUID;
    assert.deepEqual(S.Weights.get(st, idx, 0), [[1, 21845], [2, 65535]]);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), []);
    assert.deepEqual(S.LastUpdate.get(st, idx), [BLOCK, 0n, 0n, 0n]);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [0n, 0n, 0n, 0n]);
    assert.deepEqual(eventsNamed(st, 'WeightsSet'), [[idx, 0]]);
    // the rate limit is per mechanism
    runCall(st, C.set_weights, hk(0), set([1, 2], [1, 3]));
  });

  it('a rejected call can be retried after a successful one only after the rate limit', () => {
    const sc = subnet();
    const st = sc.fresh();
    runCall(st, C.set_weights, hk(0), set([1, 2], [1, 1]));
    expectFails(st, 'SettingWeightsTooFast', (s) => C.set_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 99n), set([1, 2], [1, 1])));
    runCall(st, C.set_weights, hk(0), set([1, 2], [2, 1]), BLOCK + 100n);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[1, 65535], [2, 32768]]);
  });
});

describe('batch_set_weights', () => {
  it('sets each subnet, reports failing items and completes', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      addSubnet(s, { netuid: 2, commitReveal: true });
    });
    const st = sc.fresh();
    runCall(st, C.batch_set_weights, hk(0), {
      netuids: [1, 2, 1],
      weights: [[[1, 1], [2, 1]], [[1, 1], [2, 1]], [[1, 1], [2, 2]]],
      version_keys: [0n, 0n, 0n],
    });
    // the second item on subnet 1 hits the rate limit
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[1, 65535], [2, 65535]]);
    assert.deepEqual(S.Weights.get(st, 2, 0), []);
    const names = st.pendingEvents().map((e) => e.name);
    assert.deepEqual(names, ['WeightsSet', 'BatchCompletedWithErrors', 'BatchWeightItemFailed', 'BatchWeightItemFailed', 'BatchWeightsCompleted']);
    assert.deepEqual(eventsNamed(st, 'BatchWeightItemFailed').map((f) => f[0]), [2, 1]);
    assert.deepEqual(eventsNamed(st, 'BatchWeightsCompleted'), [[[1, 2, 1], hk(0)]]);
  });

  it('all items succeed → no error events', () => {
    const sc = new Scenario((s) => {
      addSubnet(s);
      addSubnet(s, { netuid: 2 });
    });
    const st = sc.fresh();
    runCall(st, C.batch_set_weights, hk(0), { netuids: [1, 2], weights: [[[1, 1], [2, 1]], [[3, 5], [2, 1]]], version_keys: [0n, 0n] });
    assert.deepEqual(st.pendingEvents().map((e) => e.name), ['WeightsSet', 'WeightsSet', 'BatchWeightsCompleted']);
    assert.deepEqual(S.Weights.get(st, 2, 0), [[3, 65535], [2, 13107]]);
  });

  it('unequal input lengths → InputLengthsUnequal', () => {
    const st = subnet().fresh();
    expectFails(st, 'InputLengthsUnequal', (s) => C.batch_set_weights.fn(ctxOf(s, signed(hk(0))), { netuids: [1], weights: [], version_keys: [0n] }));
  });
});
