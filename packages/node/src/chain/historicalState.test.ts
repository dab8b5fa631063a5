/**
 * `HistoricalState` / `Chain.viewAt` against a real chain: the runtime's view of a past block (read,
 * prefix scans, first keys, a runtime API) equals what the head view showed when that block was
 * the head, from the recent in-memory history and from the archive; a pruned chain refuses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fast } from '@tensorium/params';
import { encode, T } from '@tensorium/primitives';
import type { Extrinsic } from '@tensorium/runtime/executive';
import type { RuntimeCall } from '@tensorium/runtime/frame/pallet';
import { storageRegistry } from '@tensorium/runtime/frame/storage';
import type { State } from '@tensorium/runtime/state/state';
import { subtensorRuntimeApi } from '../rpc/subtensorApis.js';
import { hasherPrefixLength } from '../storage/hashing.js';
import { Chain, StateUnavailable } from './chain.js';
import { devAccount } from './devAccounts.js';
import { HistoricalState, HistoricalStateError } from './historicalState.js';

const TAO = 1_000_000_000n;

/**
 * The whole runtime-visible state: per item, its first keys and each one's entries, in order. Values
 * are compared as data (structuredClone drops prototypes): the runtime writes e.g. `SafeFloat`
 * instances where decoding gives plain `{ mantissa, exponent }`, as after a restart.
 */
function dump(s: State): Map<string, [string, [string, unknown][]][]> {
  const out = new Map<string, [string, [string, unknown][]][]>();
  for (const m of storageRegistry) {
    const rows = s.firstKeys(m.id).map((k1) => [k1, s.prefixEntries(m.id, k1)] as [string, [string, unknown][]]);
    if (rows.length > 0) out.set(m.id, rows);
  }
  return structuredClone(out);
}

/** An extrinsic for the executive directly (the chain does not check signatures: the pool does). */
function xt(signer: string, nonce: number, call: RuntimeCall): { bytes: Uint8Array; xt: Extrinsic } {
  return { bytes: encode(T.bytes, new TextEncoder().encode(`${signer}/${nonce}/${call.name}`)), xt: { signer, nonce, call, tip: 0n, len: 120 } };
}

interface Seen {
  readonly hash: string;
  readonly number: number;
  readonly state: ReturnType<typeof dump>;
  readonly dynamicInfo: Uint8Array | undefined;
}

/** Register a subnet, register Bob on it and stake, one block each; records what the head showed after each block. */
function buildHistory(c: Chain): { seen: Seen[]; netuid: number } {
  const alice = devAccount('Alice');
  const bob = devAccount('Bob');
  const aliceHot = devAccount('Dave');
  const bobHot = devAccount('Eve');
  const seen: Seen[] = [];
  let netuid = 0;
  const record = (): void => {
    seen.push({ hash: c.head.hash, number: c.head.number, state: c.view(dump), dynamicInfo: subtensorRuntimeApi(c, 'SubnetInfoRuntimeApi_get_dynamic_info', encode(T.u16, netuid)) });
  };
  const block = (...cands: { bytes: Uint8Array; xt: Extrinsic }[]): void => {
    const b = c.buildBlock(cands);
    assert.equal(b.rejected.length, 0, JSON.stringify(b.rejected.map((r) => r.error.message)));
    for (const o of b.outcomes) assert.ok((o as { ok: boolean }).ok, 'dispatched');
  };
  record();
  block(xt(alice, 0, { pallet: 'SubtensorModule', name: 'register_network', args: { hotkey: aliceHot } }));
  netuid = Math.max(...c.view((s) => s.firstKeys('SubtensorModule.NetworksAdded')).map(Number));
  record();
  block(xt(alice, 1, { pallet: 'SubtensorModule', name: 'start_call', args: { netuid } }), xt(bob, 0, { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value: 7n * TAO } }));
  record();
  block(xt(bob, 1, { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid, hotkey: bobHot } }));
  record();
  block(xt(bob, 2, { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey: bobHot, netuid, amount_staked: 50n * TAO } }));
  record();
  block(xt(alice, 2, { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey: bobHot, netuid, amount_staked: 20n * TAO } }));
  record();
  return { seen, netuid };
}

/** Every recorded block seen again through `viewAt`: the same state and the same runtime API answer. */
function assertSameAsSeen(c: Chain, seen: readonly Seen[], netuid: number): void {
  for (const b of seen) {
    assert.deepEqual(c.viewAt(b.hash, dump), b.state, `state after block ${b.number}`);
    const host = { view: <R>(fn: (s: State) => R): R => c.viewAt(b.hash, fn), head: { number: b.number } };
    const dyn = subtensorRuntimeApi(host, 'SubnetInfoRuntimeApi_get_dynamic_info', encode(T.u16, netuid));
    // (the first record asked for netuid 0, before the subnet existed)
    if (b === seen[0]) continue;
    assert.deepEqual(dyn, b.dynamicInfo, `get_dynamic_info at block ${b.number}`);
  }
}

test('every storage key hasher is reversible, so past blocks can be scanned', () => {
  for (const m of storageRegistry) for (const k of m.keys) assert.notEqual(hasherPrefixLength(k.hasher), undefined, `${m.id}: ${k.hasher}`);
});

test('viewAt: recent blocks (in-memory history) read as they were, the head through view', async () => {
  const c = await Chain.open({ preset: fast });
  try {
    const { seen, netuid } = buildHistory(c);
    // the recorded states differ: this is not comparing one state with itself
    assert.notDeepEqual(seen[1].state.get('SubtensorModule.NetworksAdded'), seen[0].state.get('SubtensorModule.NetworksAdded'));
    assert.notDeepEqual(seen[4].state.get('SubtensorModule.TotalHotkeyAlpha'), seen[5].state.get('SubtensorModule.TotalHotkeyAlpha'));
    assert.notDeepEqual(seen[4].dynamicInfo, seen[5].dynamicInfo);
    c.buildBlock();
    c.buildBlock();
    assertSameAsSeen(c, seen, netuid);
    assert.equal(
      c.viewAt(c.head.hash, (s) => s.read('System.Number', '', '')),
      c.head.number,
    );
    const hs = new HistoricalState(c, seen[0].hash);
    assert.throws(
      () => hs.apply({ single: new Map(), multi: new Map() }),
      (e: unknown) => e instanceof HistoricalStateError && e.code === 'READ_ONLY',
    );
    // writes through a view stay in its overlay
    c.viewAt(seen[1].hash, (s) => s.write('System.Number', '', '', 999));
    assert.equal(
      c.viewAt(seen[1].hash, (s) => s.read('System.Number', '', '')),
      seen[1].number,
    );
  } finally {
    await c.close();
  }
});

test('viewAt: archive answers past the in-memory window; a pruned chain refuses with 4003, unknown blocks 4001', async () => {
  const archive = await Chain.open({ preset: fast, archive: true });
  const pruned = await Chain.open({ preset: fast });
  try {
    const { seen, netuid } = buildHistory(archive);
    for (let i = 0; i < 260; i++) archive.buildBlock();
    assertSameAsSeen(archive, seen, netuid);

    const first = pruned.head.hash;
    for (let i = 0; i < 260; i++) pruned.buildBlock();
    const refused = (code: number) => (e: unknown) => e instanceof StateUnavailable && e.code === code;
    assert.throws(() => pruned.viewAt(first, (s) => s.read('System.Number', '', '')), refused(4003));
    assert.throws(() => pruned.viewAt('ab'.repeat(32), (s) => s.read('System.Number', '', '')), refused(4001));
    const recent = pruned.blockHash(pruned.head.number - 10)!;
    assert.equal(
      pruned.viewAt(recent, (s) => s.read('System.Number', '', '')),
      pruned.head.number - 10,
    );
  } finally {
    await archive.close();
    await pruned.close();
  }
});
