/**
 * Whole-runtime invariants (spec/economics.md §15.2) under random call sequences by random
 * accounts, executed as real extrinsics in real blocks (coinbase and epochs included):
 * - Balances issuance equals the sum of all free balances (pool TAO lives in subnet accounts), and
 *   SubtensorModule's TotalIssuance equals it up to the dust lost when accounts are reaped;
 * - no balance is negative and no ordinary account holds less than the existential deposit;
 * - every subnet account holds at least its pool's TAO reserve, and dynamic pools never empty;
 * - every share pool's stakers add up to its value, never more and at most one rao each less;
 * - alpha outstanding covers all stake plus the pending emission buckets;
 * - a failed extrinsic changes nothing but the signer's fee and nonce;
 * - stake followed by unstake returns the TAO minus fees and rounding only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EXISTENTIAL_DEPOSIT, fast } from '@tensorium/params';
import { blake2_256, bytesToHex } from '@tensorium/primitives';
import type { RuntimeCall } from './frame/pallet.js';
import { LocalChain } from './localChain.js';
import { freeBalance, isModuleAccount } from './pallets/balances/currency.js';
import { storage as B } from './pallets/balances/storage.js';
import { storage as Sys } from './pallets/system/index.js';
import { alphaSharePool, getStake, subnetAccountId } from './pallets/subtensor/staking/stakeUtils.js';
import { storage as S } from './pallets/subtensor/storage.js';
import { State } from './state/state.js';

const TAO = 1_000_000_000n;
const acct = (label: string): string => bytesToHex(blake2_256(new TextEncoder().encode(`prop/${label}`)));
const coldkeys = ['c0', 'c1', 'c2', 'c3'].map(acct);
const hotkeys = coldkeys.map((_, i) => acct(`h${i}`));
const author = acct('author');
const sub = (name: string, args: Record<string, unknown>): RuntimeCall => ({ pallet: 'SubtensorModule', name, args });

/** A chain with two started subnets, every coldkey's hotkey registered on both and staked. */
function baseChain(): LocalChain {
  const chain = new LocalChain({ preset: fast, author, genesis: { sudo: coldkeys[0], balances: coldkeys.map((c) => [c, 20_000n * TAO] as const) } });
  const run = (xts: [string, RuntimeCall][]): void => {
    const r = chain.produceBlock(xts.map(([w, c]) => LocalChain.xt(w, c)));
    r.outcomes.forEach((o, i) => assert.ok(o.ok, `setup ${xts[i][1].name}: ${'invalid' in o ? o.invalid.message : o.error?.code}`));
  };
  run([[coldkeys[0], sub('register_network', { hotkey: hotkeys[0] })]]);
  run([[coldkeys[1], sub('register_network', { hotkey: hotkeys[1] })]]);
  run([
    [coldkeys[0], sub('start_call', { netuid: 1 })],
    [coldkeys[1], sub('start_call', { netuid: 2 })],
  ]);
  for (const netuid of [1, 2]) {
    run([[coldkeys[0], { pallet: 'Sudo', name: 'sudo', args: { call: { pallet: 'AdminUtils', name: 'sudo_set_subnet_emission_enabled', args: { netuid, enabled: true } } } }]]);
  }
  const regs: [string, RuntimeCall][] = [];
  coldkeys.forEach((c, i) => {
    for (const netuid of [1, 2]) if (!(i === netuid - 1)) regs.push([c, sub('burned_register', { netuid, hotkey: hotkeys[i] })]);
  });
  run(regs);
  run(coldkeys.map((c, i) => [c, sub('add_stake', { hotkey: hotkeys[i], netuid: 1 + (i % 2), amount_staked: 100n * TAO })]));
  chain.advance(12);
  return chain;
}

let base: LocalChain | undefined;
const getBase = (): LocalChain => (base ??= baseChain());

/** Every invariant on the committed state. `dust` is the total reported by DustLost events. */
function checkInvariants(chain: LocalChain, dust: bigint): void {
  chain.view((s) => {
    let sumFree = 0n;
    for (const [who, info] of Sys.Account.entries(s)) {
      assert.ok(info.data.free >= 0n, 'negative balance');
      // accounts that only hold a nonce (free calls by unfunded hotkeys) have no provider and no balance
      if (!isModuleAccount(who) && info.providers > 0) assert.ok(info.data.free >= EXISTENTIAL_DEPOSIT, 'live account below the existential deposit');
      if (info.providers === 0 && !isModuleAccount(who)) assert.equal(info.data.free, 0n, 'unprovided account holds a balance');
      sumFree += info.data.free;
    }
    assert.equal(B.TotalIssuance.get(s), sumFree, 'Balances issuance = sum of free balances');
    assert.equal(S.TotalIssuance.get(s), B.TotalIssuance.get(s) + dust, 'SubtensorModule issuance = Balances issuance + dust');
    const netuids = S.NetworksAdded.entries(s).filter(([, a]) => a).map(([n]) => n);
    for (const netuid of netuids) {
      assert.ok(freeBalance(s, subnetAccountId(netuid)) >= S.SubnetTAO.get(s, netuid), `subnet ${netuid} account covers its pool`);
      if (S.SubnetMechanism.get(s, netuid) === 1) {
        assert.ok(S.SubnetTAO.get(s, netuid) > 0n && S.SubnetAlphaIn.get(s, netuid) > 0n, `pool ${netuid} never empties`);
      }
    }
    // share pools and alpha outstanding
    const staked = new Map<number, bigint>();
    for (const [hotkey, netuid, value] of S.TotalHotkeyAlpha.entries(s)) {
      staked.set(netuid, (staked.get(netuid) ?? 0n) + value);
      const pool = alphaSharePool(s, hotkey, netuid);
      let sum = 0n;
      let n = 0n;
      for (const [coldkey, nu] of S.AlphaV2.prefix(s, hotkey)) {
        if (nu !== netuid) continue;
        sum += pool.getValue(coldkey);
        n++;
      }
      assert.ok(sum <= value && value - sum <= n + 1n, `share pool (${netuid}) adds up: ${sum} vs ${value}`);
    }
    for (const netuid of netuids) {
      if (netuid === 0) continue;
      const pending = S.PendingServerEmission.get(s, netuid) + S.PendingValidatorEmission.get(s, netuid) + S.PendingRootAlphaDivs.get(s, netuid) + S.PendingOwnerCut.get(s, netuid);
      assert.ok(S.SubnetAlphaOut.get(s, netuid) >= (staked.get(netuid) ?? 0n) + pending, `alpha out covers stake + pending on ${netuid}`);
    }
  });
}

/** Everything except the state a failed extrinsic may legitimately change (fee, nonce, counters). */
function fingerprint(chain: LocalChain, exclude: readonly string[]): string {
  const rows: string[] = [];
  for (const [item, k1, rest, v] of chain.backend.entries()) {
    if (item === 'System.Account' && exclude.includes(k1)) continue;
    if (item === 'Balances.TotalIssuance' || item === 'System.ExtrinsicCount') continue;
    rows.push(`${item}|${k1}|${rest}|${JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? bytesToHex(x) : x))}`);
  }
  return rows.join('\n');
}

const amount = fc.bigInt({ min: 0n, max: 3_000n * TAO });
const who = fc.integer({ min: 0, max: coldkeys.length - 1 });
const netuid = fc.integer({ min: 0, max: 3 });
const action = fc.oneof(
  fc.record({ kind: fc.constant('transfer' as const), from: who, to: who, amount }),
  fc.record({ kind: fc.constant('add_stake' as const), from: who, hk: who, netuid, amount }),
  fc.record({ kind: fc.constant('remove_stake' as const), from: who, hk: who, netuid, amount }),
  fc.record({ kind: fc.constant('move_stake' as const), from: who, hk: who, hk2: who, netuid, netuid2: netuid, amount }),
  fc.record({ kind: fc.constant('transfer_stake' as const), from: who, to: who, hk: who, netuid, netuid2: netuid, amount }),
  fc.record({ kind: fc.constant('unstake_all' as const), from: who, hk: who }),
  fc.record({ kind: fc.constant('recycle_alpha' as const), from: who, hk: who, netuid, amount }),
  fc.record({ kind: fc.constant('burned_register' as const), from: who, hk: who, netuid }),
  fc.record({ kind: fc.constant('set_weights' as const), hk: who, netuid, w: fc.array(fc.integer({ min: 0, max: 65535 }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('advance' as const), blocks: fc.integer({ min: 1, max: 12 }) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function toCall(a: Exclude<Action, { kind: 'advance' }>): [string, RuntimeCall] {
  switch (a.kind) {
    case 'transfer':
      return [coldkeys[a.from], { pallet: 'Balances', name: 'transfer_allow_death', args: { dest: { type: 'Id', value: coldkeys[a.to] }, value: a.amount } }];
    case 'add_stake':
      return [coldkeys[a.from], sub('add_stake', { hotkey: hotkeys[a.hk], netuid: a.netuid, amount_staked: a.amount })];
    case 'remove_stake':
      return [coldkeys[a.from], sub('remove_stake', { hotkey: hotkeys[a.hk], netuid: a.netuid, amount_unstaked: a.amount })];
    case 'move_stake':
      return [coldkeys[a.from], sub('move_stake', { origin_hotkey: hotkeys[a.hk], destination_hotkey: hotkeys[a.hk2], origin_netuid: a.netuid, destination_netuid: a.netuid2, alpha_amount: a.amount })];
    case 'transfer_stake':
      return [coldkeys[a.from], sub('transfer_stake', { destination_coldkey: coldkeys[a.to], hotkey: hotkeys[a.hk], origin_netuid: a.netuid, destination_netuid: a.netuid2, alpha_amount: a.amount })];
    case 'unstake_all':
      return [coldkeys[a.from], sub('unstake_all', { hotkey: hotkeys[a.hk] })];
    case 'recycle_alpha':
      return [coldkeys[a.from], sub('recycle_alpha', { hotkey: hotkeys[a.hk], amount: a.amount, netuid: a.netuid })];
    case 'burned_register':
      return [coldkeys[a.from], sub('burned_register', { netuid: a.netuid, hotkey: hotkeys[a.hk] })];
    case 'set_weights':
      return [hotkeys[a.hk], sub('set_weights', { netuid: a.netuid, dests: a.w.map((_, i) => i), weights: a.w, version_key: 0n })];
  }
}

test('random call sequences by random accounts keep every invariant; failed calls change nothing (1,000 runs)', () => {
  let succeeded = 0;
  let failed = 0;
  fc.assert(
    fc.property(fc.array(action, { minLength: 1, maxLength: 12 }), (actions) => {
      const chain = getBase().fork();
      let dust = 0n;
      const countDust = (events: readonly { pallet: string; name: string; fields: readonly unknown[] }[]): void => {
        for (const e of events) if (e.pallet === 'Balances' && e.name === 'DustLost') dust += e.fields[1] as bigint;
      };
      checkInvariants(chain, dust);
      for (const a of actions) {
        if (a.kind === 'advance') {
          for (const r of chain.advance(a.blocks)) countDust(r.events);
        } else {
          const [signer, call] = toCall(a);
          // A failed dispatch may only change the signer's and author's accounts (fee, nonce).
          const probe = chain.fork();
          probe.produceBlock([]);
          const reference = fingerprint(probe, [signer, author]);
          const r = chain.produceBlock([LocalChain.xt(signer, call)]);
          countDust(r.events);
          const o = r.outcomes[0];
          if (o.ok) succeeded++;
          else {
            failed++;
            const paidInAlpha = r.events.some((e) => e.name === 'TransactionFeePaidWithAlpha');
            if ('error' in o && !paidInAlpha) assert.equal(fingerprint(chain, [signer, author]), reference, `failed ${call.name} (${o.error?.code}) changed state`);
          }
        }
        checkInvariants(chain, dust);
      }
    }),
    { numRuns: 1000 },
  );
  assert.ok(succeeded > 500 && failed > 100, `both outcomes exercised (${succeeded} ok, ${failed} failed)`);
});

test('stake then unstake returns the TAO minus fees and rounding only (property)', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 3_000_000n, max: 2_000n * TAO }), fc.integer({ min: 1, max: 2 }), (amountIn, netuid) => {
      const chain = getBase().fork();
      // coldkey 3 has no position on hotkey 0: the round trip is the whole position, in one block
      // (the coinbase runs before the extrinsics, so no emission lands between the two calls)
      const c = coldkeys[3];
      const h = hotkeys[0];
      const before = chain.view((s) => freeBalance(s, c));
      const r = chain.produceBlock([LocalChain.xt(c, sub('add_stake', { hotkey: h, netuid, amount_staked: amountIn })), LocalChain.xt(c, sub('unstake_all', { hotkey: h }))]);
      assert.ok(r.outcomes.every((o) => o.ok));
      // the share pool floors values: at most one rao of alpha can stay behind
      assert.ok(chain.view((s) => getStake(s, h, c, netuid)) <= 1n);
      const after = chain.view((s) => freeBalance(s, c));
      const txFees = r.outcomes.reduce((sum, o) => sum + ('fee' in o ? o.fee : 0n), 0n);
      // TAO returned by the unstake = change in free balance + transaction fees + the TAO staked
      const back = after - before + txFees + amountIn;
      const maxSwapFees = (amountIn * 33n * 2n) / 65535n + 2n;
      assert.ok(back <= amountIn, `never more than put in (${back} > ${amountIn})`);
      assert.ok(amountIn - back <= maxSwapFees + 10n, `lost ${amountIn - back} of ${amountIn} (swap fees at most ${maxSwapFees})`);
    }),
    { numRuns: 1000 },
  );
});

test('the invariant checker is not vacuous: it catches a broken state', () => {
  const chain = getBase().fork();
  checkInvariants(chain, 0n);
  const s = State.over(chain.backend);
  S.SubnetTAO.set(s, 1, freeBalance(s, subnetAccountId(1)) + 1n);
  chain.backend.apply(s.takeChanges().changes);
  assert.throws(() => checkInvariants(chain, 0n), /covers its pool/);
});
