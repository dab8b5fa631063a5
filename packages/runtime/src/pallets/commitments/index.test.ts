import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesToHex, decode, encode, hexToBytes, ScaleError } from '@tensorium/primitives';
import { signed } from '../../frame/pallet.js';
import { storage as SS } from '../subtensor/storage.js';
import { BLOCK, ctxOf, events, expectFails, hk, NETUID as N, NONE, ROOT, runCall, Scenario } from '../subtensor/utils/testkit.js';
import {
  commitments,
  commitmentsCalls as C,
  CommitmentInfo,
  Data,
  purgeNetuid,
  rawData,
  revealTimelockedCommitments,
  storage,
  type DataValue,
} from './index.js';

const V = signed(hk(0));
const tl = (n: number, round: bigint): DataValue => ({ type: 'TimelockEncrypted', value: { encrypted: new Uint8Array(n).fill(7), reveal_round: round } });
const info = (...fields: DataValue[]) => ({ netuid: N, info: { fields } });

describe('Commitments: Data encoding (types.rs)', () => {
  it('Raw n is variant n+1 with no length prefix; hashes 130..133; timelock 134; reset 135; BigRaw 136', () => {
    assert.equal(bytesToHex(encode(Data, rawData(new Uint8Array([1, 2, 3])))), '04010203');
    assert.equal(bytesToHex(encode(Data, rawData(new Uint8Array(0)))), '01');
    assert.equal(bytesToHex(encode(Data, { type: 'None' })), '00');
    assert.equal(bytesToHex(encode(Data, { type: 'Sha256', value: 'ab'.repeat(32) })), '83' + 'ab'.repeat(32));
    assert.equal(bytesToHex(encode(Data, tl(2, 5n))), '8608' + '0707' + '0500000000000000');
    assert.equal(bytesToHex(encode(Data, { type: 'ResetBondsFlag' })), '87');
    assert.equal(bytesToHex(encode(Data, { type: 'BigRaw', value: new Uint8Array([9]) })), '880409');
    const r128 = rawData(new Uint8Array(128).fill(1));
    assert.deepEqual(decode(Data, encode(Data, r128)), r128);
    assert.deepEqual(decode(CommitmentInfo, hexToBytes('08' + '00' + '87')), { fields: [{ type: 'None' }, { type: 'ResetBondsFlag' }] });
  });
  it('rejects oversized TimelockEncrypted / BigRaw payloads and unknown leading bytes', () => {
    assert.throws(() => encode(Data, tl(1025, 1n)), ScaleError);
    assert.throws(() => encode(Data, { type: 'BigRaw', value: new Uint8Array(513) }), ScaleError);
    const big = encode(Data, { type: 'BigRaw', value: new Uint8Array(512) });
    assert.equal(big.length, 1 + 2 + 512);
    assert.throws(() => decode(Data, hexToBytes('89')), ScaleError);
    assert.throws(() => rawData(new Uint8Array(129)), RangeError);
  });
});

describe('Commitments.set_commitment', () => {
  const sc = new Scenario();
  const f = C.set_commitment;
  it('stores the registration, last commitment, usage and emits Commitment', () => {
    const s = sc.fresh();
    runCall(s, f, V, info(rawData(new Uint8Array([1, 2]))));
    const reg = storage.CommitmentOf.raw(s, N, hk(0));
    assert.deepEqual(reg, { deposit: 0n, block: Number(BLOCK), info: { fields: [rawData(new Uint8Array([1, 2]))] } });
    assert.equal(storage.LastCommitment.raw(s, N, hk(0)), Number(BLOCK));
    assert.deepEqual(storage.UsedSpaceOf.raw(s, N, hk(0)), { last_epoch: 0n, used_space: 100n });
    assert.deepEqual(events(s, 'Commitments', 'Commitment'), [[N, hk(0)]]);
    assert.equal(f.pays, false);
    assert.equal(f.weight, 558_480_000n);
  });
  it('errors: BadOrigin, AccountNotAllowedCommit, TooManyFieldsInCommitmentInfo', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', f, ROOT, info());
    expectFails(s, 'BadOrigin', f, NONE, info());
    expectFails(s, 'AccountNotAllowedCommit', f, signed(hk(50)), info());
    expectFails(s, 'AccountNotAllowedCommit', f, V, { netuid: 2, info: { fields: [] } });
    expectFails(s, 'TooManyFieldsInCommitmentInfo', f, V, info({ type: 'None' }, { type: 'None' }, { type: 'None' }, { type: 'None' }));
  });
  it('charges at least 100 per call against MaxSpace per epoch, resetting each epoch', () => {
    const s = sc.fresh();
    for (let i = 0; i < 31; i++) runCall(s, f, V, info());
    assert.deepEqual(storage.UsedSpaceOf.raw(s, N, hk(0)), { last_epoch: 0n, used_space: 3100n });
    expectFails(s, 'SpaceLimitExceeded', f, V, info());
    SS.SubnetEpochIndex.set(s, N, 1n);
    runCall(s, f, V, info(tl(600, 1n)));
    assert.deepEqual(storage.UsedSpaceOf.raw(s, N, hk(0)), { last_epoch: 1n, used_space: 600n });
    runCall(s, f, V, info(tl(1024, 1n), tl(1024, 2n)));
    const big: DataValue = { type: 'BigRaw', value: new Uint8Array(500) };
    expectFails(s, 'SpaceLimitExceeded', f, V, info(big));
    storage.MaxSpace.set(s, 10_000);
    runCall(s, f, V, info(big));
    assert.deepEqual(storage.UsedSpaceOf.raw(s, N, hk(0)), { last_epoch: 1n, used_space: 3148n });
  });
  it('TimelockEncrypted: TimelockCommitment event and TimelockedIndex; a plain commitment removes it', () => {
    const s = sc.fresh();
    runCall(s, f, V, info(rawData(new Uint8Array([1])), tl(10, 42n)));
    assert.deepEqual(events(s, 'Commitments', 'TimelockCommitment'), [[N, hk(0), 42n]]);
    runCall(s, f, signed(hk(1)), info(tl(10, 43n)));
    assert.deepEqual(storage.TimelockedIndex.get(s), [
      [N, hk(0)],
      [N, hk(1)],
    ]);
    runCall(s, f, V, info());
    assert.deepEqual(storage.TimelockedIndex.get(s), [[N, hk(1)]]);
  });
  it('ResetBondsFlag records LastBondsReset and drops the hotkey column from every mechanism when BondsResetOn', () => {
    const setup = new Scenario();
    setup.commit((s) => {
      SS.MechanismCountCurrent.set(s, N, 2);
      for (const idx of [N, 4096 + N]) {
        SS.Bonds.set(s, idx, 1, [
          [0, 10],
          [2, 20],
        ]);
        SS.Bonds.set(s, idx, 3, [[0, 30]]);
      }
    });
    const off = setup.fresh();
    runCall(off, f, V, info({ type: 'ResetBondsFlag' }));
    assert.equal(storage.LastBondsReset.raw(off, N, hk(0)), Number(BLOCK));
    assert.deepEqual(SS.Bonds.get(off, N, 1), [
      [0, 10],
      [2, 20],
    ]);
    const on = setup.fresh();
    SS.BondsResetOn.set(on, N, true);
    runCall(on, f, V, info({ type: 'ResetBondsFlag' }));
    for (const idx of [N, 4096 + N]) {
      assert.deepEqual(SS.Bonds.get(on, idx, 1), [[2, 20]]);
      assert.deepEqual(SS.Bonds.get(on, idx, 3), []);
    }
  });
});

describe('Commitments.set_max_space', () => {
  const sc = new Scenario();
  it('root sets MaxSpace; others are BadOrigin', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', C.set_max_space, V, { new_limit: 5 });
    runCall(s, C.set_max_space, ROOT, { new_limit: 5 });
    assert.equal(storage.MaxSpace.get(s), 5);
  });
});

describe('Commitments: timelock reveal hook and purge', () => {
  const sc = new Scenario();
  it('without drand nothing changes; with a pulse the plaintext is revealed and the field dropped', () => {
    const s = sc.fresh();
    runCall(s, C.set_commitment, V, info(rawData(new Uint8Array([1])), tl(10, 42n), tl(10, 99n)));
    s.transactional((x) => revealTimelockedCommitments(ctxOf(x, ROOT, BLOCK + 1n)));
    assert.equal(storage.CommitmentOf.raw(s, N, hk(0))?.info.fields.length, 3);
    s.transactional((x) =>
      revealTimelockedCommitments(ctxOf(x, ROOT, BLOCK + 2n), (round) => (round === 42n ? { kind: 'ok', plaintext: new Uint8Array([5]) } : { kind: 'pending' })),
    );
    assert.deepEqual(storage.RevealedCommitments.raw(s, N, hk(0)), [[new Uint8Array([5]), BLOCK + 2n]]);
    assert.deepEqual(storage.CommitmentOf.raw(s, N, hk(0))?.info.fields, [rawData(new Uint8Array([1])), tl(10, 99n)]);
    assert.deepEqual(events(s, 'Commitments', 'CommitmentRevealed'), [[N, hk(0)]]);
    s.transactional((x) => revealTimelockedCommitments(ctxOf(x, ROOT, BLOCK + 3n), () => ({ kind: 'failed' })));
    assert.deepEqual(storage.CommitmentOf.raw(s, N, hk(0))?.info.fields, [rawData(new Uint8Array([1]))]);
    assert.deepEqual(storage.TimelockedIndex.get(s), []);
  });
  it('purgeNetuid forgets a subnet', () => {
    const s = sc.fresh();
    runCall(s, C.set_commitment, V, info(tl(10, 1n)));
    purgeNetuid(s, N);
    assert.equal(storage.CommitmentOf.raw(s, N, hk(0)), undefined);
    assert.equal(storage.UsedSpaceOf.raw(s, N, hk(0)), undefined);
    assert.deepEqual(storage.TimelockedIndex.get(s), []);
  });
  it('pallet declaration', () => {
    assert.equal(commitments.index, 18);
    assert.deepEqual(
      commitments.calls.map((c) => [c.name, c.index]),
      [
        ['set_commitment', 0],
        ['set_max_space', 2],
      ],
    );
    assert.deepEqual(commitments.errors?.names, ['TooManyFieldsInCommitmentInfo', 'AccountNotAllowedCommit', 'SpaceLimitExceeded', 'UnexpectedUnreserveLeftover']);
  });
});
