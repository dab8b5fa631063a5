/**
 * Test fixtures for the admin setters (AdminUtils, SubtensorModule admin calls, Commitments): a
 * committed backend per scenario, so "a failing call changes nothing" is `!state.isDirty()`.
 * Test-only.
 */
import assert from 'node:assert/strict';
import { mainnet } from '@tensorium/params';
import { DispatchError } from '../../../frame/errors.js';
import { NONE_ORIGIN, ROOT_ORIGIN, signed, type CallContext, type CallSpec, type Origin } from '../../../frame/pallet.js';
import { MemoryBackend, State } from '../../../state/state.js';
import { storage as S } from '../storage.js';

export const NETUID = 1;
/** A subnet that does not exist (its schedule is set so the freeze window is open). */
export const MISSING = 5;
export const BLOCK = 1000n;
export const TEMPO = 360;

export function acct(i: number): string {
  return (i + 1).toString(16).padStart(64, '0');
}
export const OWNER = acct(1);
export const OTHER = acct(2);
export const hk = (uid: number): string => acct(100 + uid);

export const ROOT = ROOT_ORIGIN;
export const NONE = NONE_ORIGIN;
export const owner = signed(OWNER);
export const other = signed(OTHER);

/** Root subnet 0 and subnet 1 owned by OWNER with `n` neurons; next auto epoch 260 blocks after BLOCK. */
export function addSubnet(s: State, n = 4, netuid = NETUID): void {
  S.NetworksAdded.set(s, 0, true);
  S.NetworksAdded.set(s, netuid, true);
  S.SubnetOwner.set(s, netuid, OWNER);
  S.Tempo.set(s, netuid, TEMPO);
  S.LastEpochBlock.set(s, netuid, BLOCK - 100n);
  S.CommitRevealWeightsEnabled.set(s, netuid, false);
  S.SubnetworkN.set(s, netuid, n);
  S.MechanismCountCurrent.set(s, netuid, 1);
  for (let uid = 0; uid < n; uid++) {
    const h = hk(uid);
    S.Keys.set(s, netuid, uid, h);
    S.Uids.set(s, netuid, h, uid);
    S.IsNetworkMember.set(s, h, netuid, true);
  }
  S.LastEpochBlock.set(s, MISSING, BLOCK);
  S.SubnetOwner.set(s, MISSING, OWNER);
}

/** A committed backend built by `setup`; each `fresh()` is a clean layer over it. */
export class Scenario {
  readonly backend = new MemoryBackend();
  constructor(setup: (s: State) => void = (s) => addSubnet(s)) {
    this.commit(setup);
  }
  commit(fn: (s: State) => void): void {
    const s = State.over(this.backend);
    fn(s);
    this.backend.apply(s.takeChanges().changes);
  }
  fresh(): State {
    return State.over(this.backend);
  }
}

export function ctxOf(state: State, origin: Origin, block: bigint = BLOCK, preset = mainnet): CallContext {
  return {
    state,
    origin,
    env: { preset, number: block, parentHash: '00'.repeat(32) },
    dispatch: () => {
      throw new Error('no nested dispatch');
    },
    extrinsicIndex: 0,
  };
}

/** Run a call in a transactional layer over `state`. */
export function runCall<A>(state: State, spec: CallSpec<A>, origin: Origin, args: A, block: bigint = BLOCK): void {
  state.transactional((s) => spec.fn(ctxOf(s, origin, block), args));
}

/** The call must fail with `name` and leave `state` untouched (no writes, no events). */
export function expectFails<A>(state: State, name: string, spec: CallSpec<A>, origin: Origin, args: A, block: bigint = BLOCK): void {
  const dirty = state.isDirty();
  const events = state.pendingEvents().length;
  assert.throws(
    () => runCall(state, spec, origin, args, block),
    (e: unknown) => {
      assert.ok(e instanceof DispatchError, `expected a DispatchError, got ${String(e)}`);
      assert.equal(e.errorName, name);
      return true;
    },
  );
  assert.equal(state.isDirty(), dirty, 'a failing call must not write');
  assert.equal(state.pendingEvents().length, events, 'a failing call must not emit');
}

export function events(state: State, pallet: string, name: string): readonly (readonly unknown[])[] {
  return state
    .pendingEvents()
    .filter((e) => e.pallet === pallet && e.name === name)
    .map((e) => e.fields);
}

/** Put subnet `netuid` inside the freeze window at BLOCK (5 blocks to the next auto epoch). */
export function closeWindow(s: State, netuid = NETUID): void {
  S.LastEpochBlock.set(s, netuid, BLOCK + 5n - BigInt(S.Tempo.get(s, netuid)));
}
