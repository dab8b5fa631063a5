/**
 * Test fixtures for the weights calls: a subnet written straight into storage, a committed backend
 * per scenario (so "a failing call changes nothing" is `!state.isDirty()`), and call runners.
 * Test-only; not exported from the folder's index.
 */
import assert from 'node:assert/strict';
import { mainnet } from '@tensorium/params';
import { DispatchError } from '../../../frame/errors.js';
import { signed, type CallContext, type CallSpec, type Origin } from '../../../frame/pallet.js';
import { MemoryBackend, State } from '../../../state/state.js';
import { storage as S } from '../storage.js';

export const NETUID = 1;
export const BLOCK = 1000n;

/** A deterministic 32-byte account id. */
export function acct(i: number): string {
  return (i + 1).toString(16).padStart(64, '0');
}
export const hk = (uid: number): string => acct(100 + uid);

export interface SubnetOptions {
  readonly netuid?: number;
  readonly n?: number;
  readonly commitReveal?: boolean;
  readonly permits?: readonly boolean[];
  readonly mechanisms?: number;
  readonly minAllowedWeights?: number;
  readonly rateLimit?: bigint;
  /** SubnetEpochIndex; LastEpochBlock is set to BLOCK so no epoch fires at BLOCK (tempo 100). */
  readonly epoch?: bigint;
}

/** Write a subnet with `n` registered uids (hotkeys `hk(uid)`) into `s`. */
export function addSubnet(s: State, o: SubnetOptions = {}): void {
  const netuid = o.netuid ?? NETUID;
  const n = o.n ?? 4;
  S.NetworksAdded.set(s, 0, true);
  S.NetworksAdded.set(s, netuid, true);
  S.SubnetworkN.set(s, netuid, n);
  S.Tempo.set(s, netuid, 100);
  S.LastEpochBlock.set(s, netuid, BLOCK);
  S.SubnetEpochIndex.set(s, netuid, o.epoch ?? 5n);
  S.CommitRevealWeightsEnabled.set(s, netuid, o.commitReveal ?? false);
  S.MinAllowedWeights.set(s, netuid, o.minAllowedWeights ?? 2);
  S.WeightsSetRateLimit.set(s, netuid, o.rateLimit ?? 100n);
  S.MechanismCountCurrent.set(s, netuid, o.mechanisms ?? 1);
  S.ValidatorPermit.set(s, netuid, o.permits ?? new Array<boolean>(n).fill(true));
  for (let m = 0; m < (o.mechanisms ?? 1); m++) S.LastUpdate.set(s, m * 4096 + netuid, new Array<bigint>(n).fill(0n));
  for (let uid = 0; uid < n; uid++) {
    const h = hk(uid);
    S.Keys.set(s, netuid, uid, h);
    S.Uids.set(s, netuid, h, uid);
    S.IsNetworkMember.set(s, h, netuid, true);
    S.BlockAtRegistration.set(s, netuid, uid, 0n);
    S.TotalHotkeyAlpha.set(s, h, netuid, 1_000_000_000n);
  }
}

/** A committed backend built by `setup`; each `fresh()` is a clean layer over it. */
export class Scenario {
  readonly backend = new MemoryBackend();
  constructor(setup: (s: State) => void) {
    this.commit(setup);
  }
  /** Apply more writes to the committed state. */
  commit(fn: (s: State) => void): void {
    const s = State.over(this.backend);
    fn(s);
    this.backend.apply(s.takeChanges().changes);
  }
  fresh(): State {
    return State.over(this.backend);
  }
}

export function ctxOf(state: State, origin: Origin, block: bigint = BLOCK): CallContext {
  return {
    state,
    origin,
    env: { preset: mainnet, number: block, parentHash: '00'.repeat(32) },
    dispatch: () => {
      throw new Error('no nested dispatch in these tests');
    },
    extrinsicIndex: 0,
  };
}

/** Run a call as an extrinsic would: in a transactional layer over `state`. */
export function runCall<A>(state: State, spec: CallSpec<A>, who: string | Origin, args: A, block: bigint = BLOCK): void {
  const origin = typeof who === 'string' ? signed(who) : who;
  state.transactional((s) => spec.fn(ctxOf(s, origin, block), args));
}

/** Run `fn` in a transactional layer over `state`; it must fail with `name` and leave `state` untouched. */
export function expectFails(state: State, name: string, fn: (s: State) => void): void {
  const dirty = state.isDirty();
  const events = state.pendingEvents().length;
  assert.throws(
    () => state.transactional(fn),
    (e: unknown) => {
      assert.ok(e instanceof DispatchError, `expected a DispatchError, got ${String(e)}`);
      assert.equal(e.errorName, name);
      return true;
    },
  );
  assert.equal(state.isDirty(), dirty, 'a failing call must not write');
  assert.equal(state.pendingEvents().length, events, 'a failing call must not emit');
}

export function eventsNamed(state: State, name: string): readonly (readonly unknown[])[] {
  return state
    .pendingEvents()
    .filter((e) => e.pallet === 'SubtensorModule' && e.name === name)
    .map((e) => e.fields);
}
