import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2_256, bytesToHex, encodeAll, hexToBytes, T } from '@tensorium/primitives';
import { signed } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { weightsCalls as C } from './calls.js';
import { decodeWeightsTlockPayload, revealCrv3Commits, revealCrv3CommitsWith, type TimelockDecryptor } from './revealCrv3Commits.js';
import { addSubnet, BLOCK, ctxOf, eventsNamed, expectFails, hk, NETUID, runCall, Scenario, type SubnetOptions } from './testkit.js';

const crSubnet = (o: SubnetOptions = {}) => new Scenario((s) => addSubnet(s, { commitReveal: true, ...o }));
const commitArgs = (commit: Uint8Array, reveal_round = 42n, commit_reveal_version = 4) => ({ netuid: NETUID, commit, reveal_round, commit_reveal_version });
const VecU16 = T.vec(T.u16);

function atEpoch(s: State, epoch: bigint, block: bigint): void {
  S.SubnetEpochIndex.set(s, NETUID, epoch);
  S.LastEpochBlock.set(s, NETUID, block);
}

/** A "ciphertext" that the test decryptor returns as plaintext. */
function payload(hotkey: string, uids: number[], values: number[], versionKey = 0n): Uint8Array {
  return encodeAll([
    [T.bytes, hexToBytes(hotkey)],
    [VecU16, uids],
    [VecU16, values],
    [T.u64, versionKey],
  ]);
}
const identity: TimelockDecryptor = (_round, c) => ({ kind: 'ok', plaintext: c });

describe('commit_timelocked_weights', () => {
  it('stores (hotkey, block, commit, round) under the look-ahead epoch and sets LastUpdate', () => {
    const st = crSubnet().fresh();
    const commit = new Uint8Array([1, 2, 3]);
    runCall(st, C.commit_timelocked_weights, hk(0), commitArgs(commit));
    assert.deepEqual(S.TimelockedWeightCommits.get(st, NETUID, 5n), [[hk(0), BLOCK, commit, 42n]]);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [BLOCK, 0n, 0n, 0n]);
    assert.deepEqual(eventsNamed(st, 'TimelockedWeightsCommitted'), [[hk(0), NETUID, bytesToHex(blake2_256(commit)), 42n]]);
  });

  it('mechanism variants use the mechanism index; the crv3 call is version 4', () => {
    const st = crSubnet({ mechanisms: 2, rateLimit: 0n }).fresh();
    const commit = new Uint8Array([9]);
    runCall(st, C.commit_timelocked_mechanism_weights, hk(1), { ...commitArgs(commit), mecid: 1 });
    runCall(st, C.commit_crv3_mechanism_weights, hk(1), { netuid: NETUID, mecid: 1, commit, reveal_round: 7n });
    assert.deepEqual(S.TimelockedWeightCommits.get(st, 4096 + NETUID, 5n), [[hk(1), BLOCK, commit, 42n], [hk(1), BLOCK, commit, 7n]]);
    S.CommitRevealWeightsVersion.set(st, 3);
    expectFails(st, 'IncorrectCommitRevealVersion', (s) =>
      C.commit_crv3_mechanism_weights.fn(ctxOf(s, signed(hk(1))), { netuid: NETUID, mecid: 1, commit, reveal_round: 7n }),
    );
  });

  it('checks: commit-reveal on, version, registered, rate limit, 10 per hotkey per epoch, mechanism, size', () => {
    const c = new Uint8Array([1]);
    expectFails(crSubnet({ commitReveal: false }).fresh(), 'CommitRevealDisabled', (s) => C.commit_timelocked_weights.fn(ctxOf(s, signed(hk(0))), commitArgs(c)));
    expectFails(crSubnet().fresh(), 'IncorrectCommitRevealVersion', (s) => C.commit_timelocked_weights.fn(ctxOf(s, signed(hk(0))), commitArgs(c, 1n, 3)));
    expectFails(crSubnet().fresh(), 'HotKeyNotRegisteredInSubNet', (s) => C.commit_timelocked_weights.fn(ctxOf(s, signed('ab'.repeat(32))), commitArgs(c)));
    expectFails(crSubnet().fresh(), 'MechanismDoesNotExist', (s) =>
      C.commit_timelocked_mechanism_weights.fn(ctxOf(s, signed(hk(0))), { ...commitArgs(c), mecid: 1 }),
    );
    expectFails(crSubnet().fresh(), 'commit longer than 5000 bytes', (s) =>
      C.commit_timelocked_weights.fn(ctxOf(s, signed(hk(0))), commitArgs(new Uint8Array(5001))),
    );
    const st = crSubnet().fresh();
    runCall(st, C.commit_timelocked_weights, hk(0), commitArgs(c));
    expectFails(st, 'CommittingWeightsTooFast', (s) => C.commit_timelocked_weights.fn(ctxOf(s, signed(hk(0)), BLOCK + 1n), commitArgs(c)));

    const many = crSubnet({ rateLimit: 0n }).fresh();
    for (let i = 0; i < 10; i++) runCall(many, C.commit_timelocked_weights, hk(0), commitArgs(c));
    runCall(many, C.commit_timelocked_weights, hk(1), commitArgs(c)); // another hotkey has its own 10
    expectFails(many, 'TooManyUnrevealedCommits', (s) => C.commit_timelocked_weights.fn(ctxOf(s, signed(hk(0))), commitArgs(c)));
  });
});

describe('revealCrv3Commits (block step)', () => {
  function withCommit(): State {
    const st = crSubnet().fresh();
    runCall(st, C.commit_timelocked_weights, hk(0), commitArgs(payload(hk(0), [1, 2], [1, 2])));
    return st;
  }
  const step = (st: State, block: bigint, f = revealCrv3Commits) => f(ctxOf(st, signed(hk(0)), block));

  it('without drand, entries stay unrevealed in their reveal epoch and are deleted once expired', () => {
    const st = withCommit();
    atEpoch(st, 6n, BLOCK + 100n);
    step(st, BLOCK + 100n);
    assert.equal(S.TimelockedWeightCommits.get(st, NETUID, 5n).length, 1);
    assert.deepEqual(S.Weights.get(st, NETUID, 0), []);
    atEpoch(st, 7n, BLOCK + 200n);
    step(st, BLOCK + 200n);
    assert.deepEqual(S.TimelockedWeightCommits.prefix(st, NETUID), []);
  });

  it('keys are only deleted at reveal epoch + 1 (look-ahead included)', () => {
    const st = withCommit();
    // epoch 6 fires at this block: look-ahead epoch 7 → reveal epoch 6 → key 5 deleted
    S.SubnetEpochIndex.set(st, NETUID, 6n);
    step(st, BLOCK + 100n);
    assert.deepEqual(S.TimelockedWeightCommits.prefix(st, NETUID), []);
  });

  it('skips subnets whose epoch is deferred by MaxEpochsPerBlock', () => {
    const st = withCommit();
    S.MaxEpochsPerBlock.set(st, 0);
    S.SubnetEpochIndex.set(st, NETUID, 6n);
    step(st, BLOCK + 100n);
    assert.equal(S.TimelockedWeightCommits.get(st, NETUID, 5n).length, 1);
  });

  it('with a decryptor, applies the payload through set_mechanism_weights and emits TimelockedWeightsRevealed', () => {
    const st = withCommit();
    atEpoch(st, 6n, BLOCK + 100n);
    step(st, BLOCK + 100n, revealCrv3CommitsWith(identity));
    assert.deepEqual(S.Weights.get(st, NETUID, 0), [[1, 32768], [2, 65535]]);
    assert.deepEqual(S.TimelockedWeightCommits.prefix(st, NETUID), []);
    assert.deepEqual(eventsNamed(st, 'TimelockedWeightsRevealed'), [[NETUID, hk(0)]]);
    assert.deepEqual(S.LastUpdate.get(st, NETUID), [BLOCK, 0n, 0n, 0n]);
  });

  it('drops entries whose payload names another hotkey or whose weights fail', () => {
    const st = crSubnet({ rateLimit: 0n }).fresh();
    runCall(st, C.commit_timelocked_weights, hk(0), commitArgs(payload(hk(1), [1, 2], [1, 2])));
    runCall(st, C.commit_timelocked_weights, hk(0), commitArgs(payload(hk(0), [1, 1], [1, 2])));
    atEpoch(st, 6n, BLOCK + 100n);
    step(st, BLOCK + 100n, revealCrv3CommitsWith(identity));
    assert.deepEqual(S.Weights.get(st, NETUID, 0), []);
    assert.deepEqual(S.TimelockedWeightCommits.prefix(st, NETUID), []);
    assert.deepEqual(eventsNamed(st, 'TimelockedWeightsRevealed'), []);
  });
});

describe('decodeWeightsTlockPayload', () => {
  it('decodes the current format and checks the hotkey', () => {
    assert.deepEqual(decodeWeightsTlockPayload(payload(hk(0), [1], [2], 3n), hk(0)), { uids: [1], values: [2], versionKey: 3n });
    assert.equal(decodeWeightsTlockPayload(payload(hk(1), [1], [2]), hk(0)), undefined);
  });
  it('falls back to the legacy format', () => {
    const legacy = encodeAll([
      [VecU16, [4, 5]],
      [VecU16, [6, 7]],
      [T.u64, 9n],
    ]);
    assert.deepEqual(decodeWeightsTlockPayload(legacy, hk(0)), { uids: [4, 5], values: [6, 7], versionKey: 9n });
    assert.equal(decodeWeightsTlockPayload(new Uint8Array([0xff]), hk(0)), undefined);
  });
});
