/**
 * Test helpers for the staking folder (not used by the runtime): an in-memory state with dynamic
 * subnets and funded accounts, and a call runner that checks failed calls leave no trace.
 */
import assert from 'node:assert/strict';
import { mainnet } from '@tensorium/params';
import { DispatchError } from '../../../frame/errors.js';
import { signed, type AccountId, type CallContext, type CallSpec, type Origin } from '../../../frame/pallet.js';
import { MemoryBackend, State, type RuntimeEvent } from '../../../state/state.js';
import { freeBalance, setFree } from '../../balances/currency.js';
import { storage as balances } from '../../balances/storage.js';
import { storage as S } from '../storage.js';
import { createAccountIfNonExistent, subnetAccountId } from './stakeUtils.js';

export const acct = (n: number): AccountId => n.toString(16).padStart(2, '0').repeat(32);
export const AUTHOR = acct(0xaa);
export const ALICE = acct(1);
export const BOB = acct(2);
export const CAROL = acct(3);
export const HK1 = acct(0x11);
export const HK2 = acct(0x12);
export const HK3 = acct(0x13);
export const TAO = 1_000_000_000n;

export function newState(): State {
  return State.over(new MemoryBackend());
}

/** Fund an account and keep Balances.TotalIssuance consistent. */
export function fund(s: State, who: AccountId, amount: bigint): void {
  const cur = freeBalance(s, who);
  setFree({ state: s }, who, cur + amount);
  balances.TotalIssuance.mutate(s, (t) => t + amount);
}

/** A dynamic (mechanism 1) subnet with the given pool reserves, subtoken enabled. */
export function addDynamicSubnet(s: State, netuid: number, tao: bigint, alpha: bigint, opts: { subtoken?: boolean } = {}): void {
  S.NetworksAdded.set(s, netuid, true);
  S.SubnetMechanism.set(s, netuid, 1);
  S.SubtokenEnabled.set(s, netuid, opts.subtoken ?? true);
  S.SubnetTAO.set(s, netuid, tao);
  S.SubnetAlphaIn.set(s, netuid, alpha);
  fund(s, subnetAccountId(netuid), tao);
}

/** The root subnet (mechanism 0, 1:1), subtoken enabled. */
export function addRoot(s: State): void {
  S.NetworksAdded.set(s, 0, true);
  S.SubtokenEnabled.set(s, 0, true);
}

export function own(s: State, coldkey: AccountId, hotkey: AccountId): void {
  createAccountIfNonExistent(s, coldkey, hotkey);
}

/** A world: root + subnets 1 and 2 (1000 TAO / 1000 alpha), Alice owns HK1, Bob owns HK2, funded. */
export function world(): State {
  const s = newState();
  addRoot(s);
  addDynamicSubnet(s, 1, 1_000n * TAO, 1_000n * TAO);
  addDynamicSubnet(s, 2, 1_000n * TAO, 1_000n * TAO);
  fund(s, AUTHOR, 1n * TAO);
  fund(s, ALICE, 1_000n * TAO);
  fund(s, BOB, 1_000n * TAO);
  fund(s, CAROL, 1_000n * TAO);
  own(s, ALICE, HK1);
  own(s, BOB, HK2);
  return s;
}

export function ctxFor(s: State, origin: Origin, block = 100n, author: AccountId | undefined = AUTHOR): CallContext {
  return {
    state: s,
    origin,
    env: { preset: mainnet, number: block, parentHash: '00'.repeat(32), author },
    dispatch: () => {
      throw new Error('no nested dispatch in staking tests');
    },
    extrinsicIndex: 0,
  };
}

export interface Outcome {
  readonly error?: DispatchError;
  readonly events: readonly RuntimeEvent[];
}

/**
 * Dispatch `spec` like the runtime (in a transactional layer) on a fresh child of `s`. A failed
 * call must leave that child untouched (no writes, no events); a successful one is committed to `s`.
 */
export function run<A>(s: State, spec: CallSpec<A>, who: AccountId | Origin, args: A, block = 100n, author: AccountId | undefined = AUTHOR): Outcome {
  const origin = typeof who === 'string' ? signed(who) : who;
  const p = s.child();
  try {
    p.transactional((c) => spec.fn(ctxFor(c, origin, block, author), args));
  } catch (e) {
    if (!(e instanceof DispatchError)) throw e;
    assert.equal(p.isDirty(), false, `failed call ${e.code} left writes or events behind`);
    p.discard();
    return { error: e, events: [] };
  }
  const events = [...p.pendingEvents()];
  p.commit();
  return { events };
}

/** Run and expect success. */
export function ok<A>(s: State, spec: CallSpec<A>, who: AccountId | Origin, args: A, block = 100n, author: AccountId | undefined = AUTHOR): readonly RuntimeEvent[] {
  const r = run(s, spec, who, args, block, author);
  assert.equal(r.error, undefined, `unexpected ${r.error?.code}`);
  return r.events;
}

/** Run and expect the named error (e.g. "AmountTooLow", "Swap.ReservesTooLow", "BadOrigin"). */
export function fails<A>(s: State, spec: CallSpec<A>, who: AccountId | Origin, args: A, expected: string, block = 100n): void {
  const r = run(s, spec, who, args, block);
  assert.ok(r.error, `expected ${expected} but the call succeeded`);
  const got = r.error.pallet === 'SubtensorModule' ? r.error.errorName : r.error.code;
  assert.equal(got, expected);
}

/** The SubtensorModule events of an outcome, as [name, ...fields]. */
export function subtensorEvents(events: readonly RuntimeEvent[]): unknown[][] {
  return events.filter((e) => e.pallet === 'SubtensorModule').map((e) => [e.name, ...e.fields]);
}

export function event(events: readonly RuntimeEvent[], name: string): readonly unknown[] {
  const e = events.find((x) => x.pallet === 'SubtensorModule' && x.name === name);
  assert.ok(e, `no ${name} event`);
  return e.fields;
}
