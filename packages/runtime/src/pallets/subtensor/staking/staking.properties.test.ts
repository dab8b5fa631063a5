import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { freeBalance } from '../../balances/currency.js';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { BURN_ACCOUNT, getStake, subnetAccountId } from './stakeUtils.js';
import { ALICE, AUTHOR, BOB, CAROL, HK1, HK2, TAO, run, world, type Outcome } from './testkit.js';
import type { State } from '../../../state/state.js';

const COLDKEYS = [ALICE, BOB, CAROL];
const HOTKEYS = [HK1, HK2];
const NETUIDS = [0, 1, 2];

type Op =
  | { kind: 'add'; who: number; hk: number; net: number; amount: Amount }
  | { kind: 'remove'; who: number; hk: number; net: number; amount: Amount }
  | { kind: 'move'; who: number; hk: number; hk2: number; net: number; net2: number; amount: Amount }
  | { kind: 'transfer'; who: number; to: number; hk: number; net: number; net2: number; amount: Amount };

const idx = (n: number) => fc.integer({ min: 0, max: n - 1 });
/** A raw amount (often invalid), or `frac` quarters of what the account holds (usually valid). */
const amount = fc.oneof(
  fc.record({ frac: fc.constant(0), raw: fc.oneof(fc.bigInt({ min: 0n, max: 5_000_000n }), fc.bigInt({ min: 0n, max: 600n * TAO })) }),
  fc.record({ frac: fc.integer({ min: 1, max: 4 }), raw: fc.constant(0n) }),
  fc.record({ frac: fc.integer({ min: 1, max: 4 }), raw: fc.constant(0n) }),
);
type Amount = { frac: number; raw: bigint };
const pick = (a: Amount, held: bigint): bigint => (a.frac === 0 ? a.raw : (held * BigInt(a.frac)) / 4n);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), who: idx(3), hk: idx(2), net: idx(3), amount }),
  fc.record({ kind: fc.constant('remove' as const), who: idx(3), hk: idx(2), net: idx(3), amount }),
  fc.record({ kind: fc.constant('move' as const), who: idx(3), hk: idx(2), hk2: idx(2), net: idx(3), net2: idx(3), amount }),
  fc.record({ kind: fc.constant('transfer' as const), who: idx(3), to: idx(3), hk: idx(2), net: idx(3), net2: idx(3), amount }),
);

function taoTotal(s: State): bigint {
  let t = freeBalance(s, AUTHOR) + freeBalance(s, BURN_ACCOUNT);
  for (const c of COLDKEYS) t += freeBalance(s, c);
  for (const n of NETUIDS) t += S.SubnetTAO.get(s, n);
  return t;
}

const successes: Record<Op['kind'], number> = { add: 0, remove: 0, move: 0, transfer: 0 };

function apply(s: State, op: Op): void {
  const r = dispatch(s, op);
  if (!r.error) successes[op.kind]++;
}

/** Existing positions (coldkey, hotkey, netuid indices) with stake. */
function positions(s: State): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let c = 0; c < COLDKEYS.length; c++)
    for (let h = 0; h < HOTKEYS.length; h++)
      for (let n = 0; n < NETUIDS.length; n++) if (getStake(s, HOTKEYS[h] as string, COLDKEYS[c] as string, NETUIDS[n] as number) > 0n) out.push([c, h, n]);
  return out;
}

function dispatch(s: State, input: Op): Outcome {
  let op = input;
  // position-relative amounts of remove/move/transfer act on an existing position
  const existing = positions(s);
  if (op.kind !== 'add' && op.amount.frac > 0 && existing.length > 0) {
    const [who, hk, net] = existing[(op.who * 7 + op.hk * 3 + op.net) % existing.length] as [number, number, number];
    op = { ...op, who, hk, net };
  }
  const who = COLDKEYS[op.who] as string;
  const hk = HOTKEYS[op.hk] as string;
  switch (op.kind) {
    case 'add':
      return run(s, C.add_stake, who, { hotkey: hk, netuid: NETUIDS[op.net] as number, amount_staked: pick(op.amount, freeBalance(s, who) / 2n) });
    case 'remove': {
      const net = NETUIDS[op.net] as number;
      return run(s, C.remove_stake, who, { hotkey: hk, netuid: net, amount_unstaked: pick(op.amount, getStake(s, hk, who, net)) });
    }
    case 'move':
      return run(s, C.move_stake, who, {
        origin_hotkey: hk,
        destination_hotkey: HOTKEYS[op.hk2] as string,
        origin_netuid: NETUIDS[op.net] as number,
        destination_netuid: NETUIDS[op.net2] as number,
        alpha_amount: pick(op.amount, getStake(s, hk, who, NETUIDS[op.net] as number)),
      });
    case 'transfer':
      return run(s, C.transfer_stake, who, {
        destination_coldkey: COLDKEYS[op.to] as string,
        hotkey: hk,
        origin_netuid: NETUIDS[op.net] as number,
        destination_netuid: NETUIDS[op.net2] as number,
        alpha_amount: pick(op.amount, getStake(s, hk, who, NETUIDS[op.net] as number)),
      });
  }
}

test('random staking sequences conserve TAO, keep balances non-negative, and failed calls change nothing', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), (ops) => {
      const s = world();
      const initial = taoTotal(s);
      for (const op of ops) {
        apply(s, op); // `run` asserts that a failed call leaves no writes or events
        assert.equal(taoTotal(s), initial, `TAO not conserved after ${op.kind}`);
        for (const c of [...COLDKEYS, AUTHOR]) assert.ok(freeBalance(s, c) >= 0n);
        for (const n of NETUIDS) {
          // the pool's TAO is exactly what the subnet account holds
          assert.equal(S.SubnetTAO.get(s, n), freeBalance(s, subnetAccountId(n)));
          assert.ok(S.SubnetAlphaIn.get(s, n) >= 0n && S.SubnetAlphaOut.get(s, n) >= 0n);
          for (const h of HOTKEYS) {
            let sum = 0n;
            for (const c of COLDKEYS) sum += getStake(s, h, c, n);
            const total = S.TotalHotkeyAlpha.get(s, h, n);
            assert.ok(sum <= total && total - sum <= 3n, `share pool ${sum} vs ${total}`);
          }
        }
      }
    }),
    { numRuns: 1000 },
  );
  for (const [kind, n] of Object.entries(successes)) assert.ok(n > 100, `only ${n} successful ${kind} calls`);
});
