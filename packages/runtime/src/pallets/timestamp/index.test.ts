import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fast, mainnet, type Preset } from '@tensorium/params';
import { InvalidInherent } from '../../frame/errors.js';
import type { BlockEnv, RuntimeCall } from '../../frame/pallet.js';
import { LocalChain } from '../../localChain.js';
import { State } from '../../state/state.js';
import { storage as system } from '../system/index.js';
import { nextTimestamp, setCall, storage } from './index.js';

const alice = '11'.repeat(32);
const TAO = 1_000_000_000n;

function chainOf(preset: Preset = mainnet): LocalChain {
  return new LocalChain({ preset, genesis: { balances: [[alice, 100n * TAO]], sudo: alice } });
}

/** One block whose first extrinsic is the timestamp inherent `now`; returns the state it committed. */
function blockWith(c: LocalChain, now: bigint, extra: (s: State, env: BlockEnv) => void = () => undefined): void {
  const number = c.number + 1n;
  const env: BlockEnv = { preset: c.opts.preset, number, parentHash: c.hash };
  const s = State.over(c.backend);
  c.executive.initializeBlock(s, env);
  c.executive.applyInherent(s, env, setCall(now), 0);
  extra(s, env);
  c.executive.finalizeBlock(s, env);
  c.backend.apply(s.takeChanges().changes);
  c.number = number;
}

describe('Timestamp', () => {
  it('the inherent sets Now, is free and Mandatory, and emits ExtrinsicSuccess at extrinsic 0', () => {
    const c = chainOf();
    const info = c.runtime.callInfo(setCall(1n));
    assert.equal(info.dispatchClass, 'Mandatory');
    assert.equal(info.pays, false);
    const number = 1n;
    const env: BlockEnv = { preset: mainnet, number, parentHash: c.hash };
    const s = State.over(c.backend);
    c.executive.initializeBlock(s, env);
    const o = c.executive.applyInherent(s, env, setCall(1_700_000_000_000n), 0);
    assert.deepEqual(o, { ok: true, fee: 0n, tip: 0n, weight: info.weight });
    assert.equal(storage.Now.get(s), 1_700_000_000_000n);
    assert.equal(storage.DidUpdate.get(s), true);
    assert.equal(system.ExtrinsicCount.get(s), 1);
    const ev = s.pendingEvents();
    assert.equal(ev.length, 1);
    assert.equal(ev[0].name, 'ExtrinsicSuccess');
    assert.deepEqual(ev[0].phase, { kind: 'applyExtrinsic', index: 0 });
    c.executive.finalizeBlock(s, env);
    // DidUpdate is cleared for the next block; Now stays
    assert.equal(storage.DidUpdate.get(s), false);
    assert.equal(storage.Now.get(s), 1_700_000_000_000n);
  });

  it('consecutive blocks are at least MinimumPeriod apart (6 s on mainnet, 125 ms on fast)', () => {
    const c = chainOf();
    blockWith(c, 1_000_000n);
    assert.throws(() => blockWith(c, 1_000_000n + 5_999n), (e: unknown) => e instanceof InvalidInherent && /MinimumPeriod/.test(e.message));
    // the failed block changed nothing
    assert.equal(c.view((s) => storage.Now.get(s)), 1_000_000n);
    blockWith(c, 1_006_000n);
    assert.equal(c.view((s) => storage.Now.get(s)), 1_006_000n);
    const f = chainOf(fast);
    blockWith(f, 5_000n);
    assert.throws(() => blockWith(f, 5_124n), InvalidInherent);
    blockWith(f, 5_125n);
  });

  it('only once per block', () => {
    const c = chainOf();
    assert.throws(
      () => blockWith(c, 1_000_000n, (s, env) => c.executive.applyInherent(s, env, setCall(2_000_000n), 1)),
      (e: unknown) => e instanceof InvalidInherent && /only once/.test(e.message),
    );
  });

  it('is an inherent only: a signed or sudo call fails with BadOrigin, a non-Mandatory call is no inherent', () => {
    const c = chainOf();
    const r = c.produceBlock([LocalChain.xt(alice, setCall(5n))]);
    const o = r.outcomes[0];
    assert.ok('error' in o && o.error?.code === 'BadOrigin');
    const sudo: RuntimeCall = { pallet: 'Sudo', name: 'sudo', args: { call: setCall(5n) } };
    const r2 = c.produceBlock([LocalChain.xt(alice, sudo)]);
    const sudid = r2.events.find((e) => e.name === 'Sudid');
    assert.ok(sudid);
    assert.equal(JSON.stringify(sudid.fields[0], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)).includes('BadOrigin'), true);
    assert.equal(c.view((s) => storage.Now.get(s)), 0n);
    const env: BlockEnv = { preset: mainnet, number: 3n, parentHash: c.hash };
    c.view((s) => assert.throws(() => c.executive.applyInherent(s, env, { pallet: 'System', name: 'remark', args: { remark: new Uint8Array() } }, 0), /not an inherent/));
  });

  it('nextTimestamp: the author clock, floored at parent + MinimumPeriod', () => {
    const c = chainOf();
    c.view((s) => assert.equal(nextTimestamp(s, 6_000, 1_234.7), 1_234n));
    blockWith(c, 1_000_000n);
    c.view((s) => {
      assert.equal(nextTimestamp(s, 6_000, 2_000_000), 2_000_000n);
      assert.equal(nextTimestamp(s, 6_000, 1_000_001), 1_006_000n);
      assert.equal(nextTimestamp(s, 6_000, -5), 1_006_000n);
    });
  });
});
