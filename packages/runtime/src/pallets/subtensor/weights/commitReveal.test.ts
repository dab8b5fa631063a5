import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2_256, bytesToHex, encodeAll, T } from '@tensorium/primitives';
import { signed } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { weightsCalls as C } from './calls.js';
import { commitHash } from './commitHash.js';
import { doBatchRevealWeights } from './batchRevealWeights.js';
import { doRevealWeights } from './revealWeights.js';
import { addSubnet, BLOCK, ctxOf, eventsNamed, expectFails, hk, NETUID, runCall, Scenario, type SubnetOptions } from './testkit.js';

const UIDS = [1, 2, 3];
const VALUES = [10, 20, 30];
const SALT = [7, 7, 7];
const h0 = commitHash(hk(0), NETUID, UIDS, VALUES, SALT, 0n);

/** Commit-reveal subnet at epoch 5 (LastEpochBlock = BLOCK, tempo 100, period 1). */
const crSubnet = (o: SubnetOptions = {}) => new Scenario((s) => addSubnet(s, { commitReveal: true, ...o }));

/** Move the subnet to `epoch` at `block` without an epoch firing at that block. */
function atEpoch(s: State, epoch: bigint, block: bigint, netuid = NETUID): void {
  S.SubnetEpochIndex.set(s, netuid, epoch);
  S.LastEpochBlock.set(s, netuid, block);
}

const reveal = (o: Partial<{ uids: number[]; values: number[]; salt: number[]; version_key: bigint }> = {}) => ({
  netuid: NETUID,
  uids: o.uids ?? UIDS,
  values: o.values ?? VALUES,
  salt: o.salt ?? SALT,
  version_key: o.version_key ?? 0n,
});

describe('commitHash', () => {
  it('is BlakeTwo256 of SCALE(hotkey, netuid_index u16, uids, values, salt, version_key u64)', () => {
    const bytes = encodeAll([
      [T.accountId, hk(0)],
      [T.u16, NETUID],
      [T.vec(T.u16), UIDS],
      [T.vec(T.u16), VALUES],
      [T.vec(T.u16), SALT],
      [T.u64, 0n],
    ]);
    // 32 + 2 + 3 × (1 + 6) + 8 bytes
    assert.equal(bytes.length, 63);
    assert.equal(h0, bytesToHex(blake2_256(bytes)));
    assert.match(h0, /^[0-9a-f]{64}$/);
    assert.notEqual(h0, commitHash(hk(0), NETUID + 4096, UIDS, VALUES, SALT, 0n));
    assert.notEqual(h0, commitHash(hk(1), NETUID, UIDS, VALUES, SALT, 0n));
    assert.notEqual(h0, commitHash(hk(0), NETUID, UIDS, VALUES, SALT, 1n));
  });
});

describe('commit_weights', () => {
  it('queues (hash, epoch, block, 0), sets LastUpdate and emits WeightsCommitted', () => {
    const st = crSubnet().fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[h0, 5n, BLOCK, 0n]]);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [BLOCK, 0n, 0n, 0n]);
    assert.deepEqual(eventsNamed(st, 'WeightsCommitted'), [[hk(0), NETUID, h0]]);
  });

  it('tags the commit with the look-ahead epoch when an epoch fires this block', () => {
    const st = crSubnet().fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 }, BLOCK + 100n);
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[h0, 6n, BLOCK + 100n, 0n]]);
  });

  it('fails with CommitRevealDisabled, HotKeyNotRegisteredInSubNet, CommittingWeightsTooFast, MechanismDoesNotExist', () => {
    expectFails(crSubnet({ commitReveal: false }).fresh(), 'CommitRevealDisabled', (s) =>
      C.commit_weights.fn(ctxOf(s, signed(hk(0))), { netuid: NETUID, commit_hash: h0 }),
    );
    expectFails(crSubnet().fresh(), 'HotKeyNotRegisteredInSubNet', (s) =>
      C.commit_weights.fn(ctxOf(s, signed('ff'.repeat(32))), { netuid: NETUID, commit_hash: h0 }),
    );
    expectFails(crSubnet().fresh(), 'MechanismDoesNotExist', (s) =>
      C.commit_mechanism_weights.fn(ctxOf(s, signed(hk(0))), { netuid: NETUID, mecid: 1, commit_hash: h0 }),
    );
    const st = crSubnet().fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    expectFails(st, 'CommittingWeightsTooFast', (s) => C.commit_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 99n), { netuid: NETUID, commit_hash: h0 }));
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 }, BLOCK + 99n + 1n);
  });

  it('allows at most 10 unrevealed commits; expired ones are dropped first', () => {
    const sc = crSubnet({ rateLimit: 0n });
    const st = sc.fresh();
    for (let i = 0; i < 10; i++) {
      runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: commitHash(hk(0), NETUID, [i], [1], [], 0n) });
    }
    expectFails(st, 'TooManyUnrevealedCommits', (s) => C.commit_weights.fn(ctxOf(s, signed(hk(0))), { netuid: NETUID, commit_hash: h0 }));
    // two epochs later (period 1) all ten have expired
    atEpoch(st, 7n, BLOCK + 300n);
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 }, BLOCK + 300n);
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[h0, 7n, BLOCK + 300n, 0n]]);
  });
});

describe('reveal_weights', () => {
  function committed(o: SubnetOptions = {}): State {
    const st = crSubnet(o).fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    return st;
  }

  it('reveals in epoch commit_epoch + RevealPeriodEpochs: weights set, commit removed, LastUpdate kept', () => {
    const st = committed();
    atEpoch(st, 6n, BLOCK + 100n);
    runCall(st, C.reveal_weights, hk(0), reveal(), BLOCK + 100n);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[1, 21845], [2, 43690], [3, 65535]]);
    assert.equal(S.WeightCommits.raw(st, NETUID, hk(0)), undefined);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [BLOCK, 0n, 0n, 0n]);
    const names = st.pendingEvents().map((e) => e.name);
    assert.deepEqual(names.slice(-2), ['WeightsSet', 'WeightsRevealed']);
    assert.deepEqual(eventsNamed(st, 'WeightsRevealed'), [[hk(0), NETUID, h0]]);
  });

  it('respects a longer reveal period', () => {
    const st = committed();
    S.RevealPeriodEpochs.set(st, NETUID, 3n);
    atEpoch(st, 7n, BLOCK + 200n);
    expectFails(st, 'RevealTooEarly', (s) => doRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 200n), signed(hk(0)), NETUID, UIDS, VALUES, SALT, 0n));
    atEpoch(st, 8n, BLOCK + 300n);
    runCall(st, C.reveal_weights, hk(0), reveal(), BLOCK + 300n);
  });

  it('too early → RevealTooEarly', () => {
    const st = committed();
    expectFails(st, 'RevealTooEarly', (s) => C.reveal_weights.fn(ctxOf(s, signed(hk(0))), reveal()));
    expectFails(st, 'RevealTooEarly', (s) => doRevealWeights(ctxOf(s, signed(hk(0))), signed(hk(0)), NETUID, UIDS, VALUES, SALT, 0n));
  });

  it('late → ExpiredWeightCommit (the CheckWeights guard reports RevealTooEarly first)', () => {
    const st = committed();
    atEpoch(st, 7n, BLOCK + 200n);
    expectFails(st, 'ExpiredWeightCommit', (s) => doRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 200n), signed(hk(0)), NETUID, UIDS, VALUES, SALT, 0n));
    expectFails(st, 'RevealTooEarly', (s) => C.reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 200n), reveal()));
  });

  it('wrong data → InvalidRevealCommitHashNotMatch (the guard reports NoWeightsCommitFound)', () => {
    const st = committed();
    atEpoch(st, 6n, BLOCK + 100n);
    expectFails(st, 'InvalidRevealCommitHashNotMatch', (s) =>
      doRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 100n), signed(hk(0)), NETUID, UIDS, VALUES, [1, 2, 3], 0n),
    );
    expectFails(st, 'NoWeightsCommitFound', (s) => C.reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), reveal({ salt: [1, 2, 3] })));
  });

  it('no commit → NoWeightsCommitFound; commit-reveal off → CommitRevealDisabled', () => {
    const st = crSubnet().fresh();
    expectFails(st, 'NoWeightsCommitFound', (s) => doRevealWeights(ctxOf(s, signed(hk(1))), signed(hk(1)), NETUID, UIDS, VALUES, SALT, 0n));
    const off = committed();
    S.CommitRevealWeightsEnabled.set(off, NETUID, false);
    atEpoch(off, 6n, BLOCK + 100n);
    expectFails(off, 'CommitRevealDisabled', (s) => C.reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), reveal()));
  });

  it('the revealed weights still pass set_weights checks (e.g. version key)', () => {
    const st = committed();
    S.WeightsVersionKey.set(st, NETUID, 3n);
    atEpoch(st, 6n, BLOCK + 100n);
    expectFails(st, 'IncorrectWeightVersionKey', (s) => C.reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), reveal()));
  });

  it('revealing a commit also drops the older ones', () => {
    const st = crSubnet({ rateLimit: 0n }).fresh();
    const hA = commitHash(hk(0), NETUID, [1, 2], [1, 1], [9], 0n);
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: hA });
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    const hC = commitHash(hk(0), NETUID, [2, 3], [1, 1], [9], 0n);
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: hC });
    atEpoch(st, 6n, BLOCK + 100n);
    runCall(st, C.reveal_weights, hk(0), reveal(), BLOCK + 100n);
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[hC, 5n, BLOCK, 0n]]);
    expectFails(st, 'InvalidRevealCommitHashNotMatch', (s) =>
      doRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 100n), signed(hk(0)), NETUID, [1, 2], [1, 1], [9], 0n),
    );
  });

  it('mechanism commit and reveal use netuid + mecid × 4096', () => {
    const st = crSubnet({ mechanisms: 2 }).fresh();
    const idx = 4096 + NETUID;
    const h = commitHash(hk(0), idx, UIDS, VALUES, SALT, 0n);
    runCall(st, C.commit_mechanism_weights, hk(0), { netuid: NETUID, mecid: 1, commit_hash: h });
    assert.deepEqual(S.WeightCommits.raw(st, idx, hk(0)), [[h, 5n, BLOCK, 0n]]);
    assert.deepEqual(S.LastUpdate.get(st, idx), [BLOCK, 0n, 0n, 0n]);
    atEpoch(st, 6n, BLOCK + 100n);
    runCall(st, C.reveal_mechanism_weights, hk(0), { ...reveal(), mecid: 1 }, BLOCK + 100n);
    assert.deepEqual(S.Weights.get(st, idx, 0), [[1, 21845], [2, 43690], [3, 65535]]);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), []);
    assert.deepEqual(eventsNamed(st, 'WeightsRevealed'), [[hk(0), idx, h]]);
  });
});

describe('batch commit and reveal', () => {
  it('batch_commit_weights commits per netuid and reports failures', () => {
    const st = crSubnet().fresh();
    runCall(st, C.batch_commit_weights, hk(0), { netuids: [NETUID, 9], commit_hashes: [h0, h0] });
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[h0, 5n, BLOCK, 0n]]);
    assert.deepEqual(st.pendingEvents().map((e) => e.name), ['WeightsCommitted', 'BatchCompletedWithErrors', 'BatchWeightItemFailed', 'BatchWeightsCompleted']);
    assert.equal(eventsNamed(st, 'BatchWeightItemFailed')[0][0], 9);
    expectFails(st, 'InputLengthsUnequal', (s) => C.batch_commit_weights.fn(ctxOf(s, signed(hk(0))), { netuids: [NETUID], commit_hashes: [] }));
  });

  function twoCommits(): { st: State; hA: string; hB: string } {
    const st = crSubnet({ rateLimit: 0n }).fresh();
    const hA = commitHash(hk(0), NETUID, [1, 2], [1, 2], [5], 0n);
    const hB = commitHash(hk(0), NETUID, [2, 3], [4, 1], [6], 0n);
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: hA });
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: hB });
    atEpoch(st, 6n, BLOCK + 100n);
    return { st, hA, hB };
  }

  it('batch_reveal_weights reveals all, in order', () => {
    const { st, hA, hB } = twoCommits();
    runCall(st, C.batch_reveal_weights, hk(0), {
      netuid: NETUID,
      uids_list: [[1, 2], [2, 3]],
      values_list: [[1, 2], [4, 1]],
      salts_list: [[5], [6]],
      version_keys: [0n, 0n],
    }, BLOCK + 100n);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[2, 65535], [3, 16384]]);
    assert.equal(S.WeightCommits.raw(st, NETUID, hk(0)), undefined);
    assert.deepEqual(eventsNamed(st, 'WeightsBatchRevealed'), [[hk(0), NETUID, [hA, hB]]]);
  });

  it('batch_reveal_weights removes only the revealed commits', () => {
    const { st, hA } = twoCommits();
    runCall(st, C.batch_reveal_weights, hk(0), { netuid: NETUID, uids_list: [[2, 3]], values_list: [[4, 1]], salts_list: [[6]], version_keys: [0n] }, BLOCK + 100n);
    assert.deepEqual(S.WeightCommits.raw(st, NETUID, hk(0)), [[hA, 5n, BLOCK, 0n]]);
  });

  it('batch_reveal_weights is all or nothing', () => {
    const { st } = twoCommits();
    expectFails(st, 'InputLengthsUnequal', (s) =>
      C.batch_reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), { netuid: NETUID, uids_list: [[1, 2]], values_list: [], salts_list: [[5]], version_keys: [0n] }),
    );
    expectFails(st, 'NoWeightsCommitFound', (s) =>
      C.batch_reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), {
        netuid: NETUID,
        uids_list: [[1, 2], [2, 3]],
        values_list: [[1, 2], [4, 2]],
        salts_list: [[5], [6]],
        version_keys: [0n, 0n],
      }),
    );
    atEpoch(st, 5n, BLOCK + 100n);
    expectFails(st, 'RevealTooEarly', (s) =>
      C.batch_reveal_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 100n), { netuid: NETUID, uids_list: [[1, 2]], values_list: [[1, 2]], salts_list: [[5]], version_keys: [0n] }),
    );
  });
});

describe('reveal details', () => {
  it('a reveal is not rate limited (commit-reveal on) and leaves LastUpdate at the commit block', () => {
    const st = crSubnet({ rateLimit: 10_000n }).fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    atEpoch(st, 6n, BLOCK + 100n);
    runCall(st, C.reveal_weights, hk(0), reveal(), BLOCK + 100n);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [BLOCK, 0n, 0n, 0n]);
    assert.deepEqual(S.Weights.get(st, NETUID, 0).length, 3);
  });

  it('doBatchRevealWeights without the guard: ExpiredWeightCommit and InvalidRevealCommitHashNotMatch', () => {
    const st = crSubnet().fresh();
    runCall(st, C.commit_weights, hk(0), { netuid: NETUID, commit_hash: h0 });
    const args = (salt: number[]) => [NETUID, [UIDS], [VALUES], [salt], [0n]] as const;
    atEpoch(st, 6n, BLOCK + 100n);
    expectFails(st, 'InvalidRevealCommitHashNotMatch', (s) => doBatchRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 100n), signed(hk(0)), ...args([1])));
    atEpoch(st, 7n, BLOCK + 200n);
    expectFails(st, 'ExpiredWeightCommit', (s) => doBatchRevealWeights(ctxOf(s, signed(hk(0)), BLOCK + 200n), signed(hk(0)), ...args(SALT)));
  });
});
