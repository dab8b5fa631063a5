/**
 * Test scaffolding for the subnets and key-swap tests: a fresh state with root, funded accounts,
 * running a call the way the runtime does (in a transactional layer), state snapshots to prove a
 * failing call changed nothing. Not used by the runtime itself.
 */
import assert from 'node:assert/strict';
import { mainnet, type Preset } from '@tensorium/params';
import { DispatchError } from '../../../frame/errors.js';
import { signed, type AccountId, type CallContext, type CallSpec, type Origin } from '../../../frame/pallet.js';
import { storageRegistry } from '../../../frame/storage.js';
import { MemoryBackend, State } from '../../../state/state.js';
import { deposit } from '../../balances/currency.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { initRootNetwork } from './genesis.js';

export const TAO = 1_000_000_000n;

/** A deterministic account id: byte `n` repeated 32 times. */
export function acct(n: number): AccountId {
  return n.toString(16).padStart(2, '0').repeat(32);
}

export function newState(preset: Preset = mainnet): State {
  const state = State.over(new MemoryBackend());
  initRootNetwork(state, preset);
  return state;
}

export function env(block: bigint, preset: Preset = mainnet): CallContext['env'] {
  return { preset, number: block, parentHash: '00'.repeat(32) };
}

export function ctxOf(state: State, block: bigint, preset: Preset = mainnet): Ctx {
  return { state, env: env(block, preset), extrinsicIndex: 0 };
}

/** Mint `amount` into `who` (Balances and SubtensorModule TotalIssuance both grow). */
export function fund(state: State, who: AccountId, amount: bigint): void {
  deposit({ state }, who, amount);
  S.TotalIssuance.mutate(state, (t) => t + amount);
}

/** Run a call spec as a dispatch does: in a transactional layer (rolled back on throw). */
export function run<A>(state: State, origin: Origin | AccountId, spec: CallSpec<A>, args: A, block = 100n, preset: Preset = mainnet): void {
  const o: Origin = typeof origin === 'string' ? signed(origin) : origin;
  state.transactional((s) =>
    spec.fn(
      {
        state: s,
        origin: o,
        env: env(block, preset),
        dispatch: () => {
          throw new Error('nested dispatch not available in tests');
        },
        extrinsicIndex: 0,
      },
      args,
    ),
  );
}

function replacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Uint8Array) return `0x${Buffer.from(v).toString('hex')}`;
  return v;
}

/** Every storage item of every pallet, as a comparable string. */
export function snapshot(state: State): string {
  const out: unknown[] = [];
  for (const item of storageRegistry) {
    for (const k1 of state.firstKeys(item.id)) out.push([item.id, k1, state.prefixEntries(item.id, k1)]);
  }
  out.push(['events', state.pendingEvents().length]);
  return JSON.stringify(out, replacer);
}

/** The call fails with `errorName` and leaves the state exactly as it was. */
export function expectFail(state: State, errorName: string, f: () => void): void {
  const before = snapshot(state);
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof DispatchError, `expected a DispatchError, got ${String(e)}`);
    assert.equal(e.errorName, errorName);
    return true;
  });
  assert.equal(snapshot(state), before, 'state changed by a failing call');
}

/** Names of the events deposited so far. */
export function eventNames(state: State): string[] {
  return state.pendingEvents().map((e) => e.name);
}
