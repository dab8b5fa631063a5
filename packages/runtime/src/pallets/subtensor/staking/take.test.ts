import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storage as S } from '../storage.js';
import { stakingCalls as C } from './calls.js';
import { getLastTxBlockDelegateTake } from './increaseTake.js';
import { ALICE, BOB, HK1, HK3, event, fails, ok, world } from './testkit.js';

test('decrease_take sets a lower take and starts the increase rate limit', () => {
  const s = world();
  const events = ok(s, C.decrease_take, ALICE, { hotkey: HK1, take: 5_000 });
  assert.deepEqual(event(events, 'TakeDecreased'), [ALICE, HK1, 5_000]);
  assert.equal(S.Delegates.get(s, HK1), 5_000);
  assert.equal(getLastTxBlockDelegateTake(s, HK1), 100n);
});

test('decrease_take errors', () => {
  const s = world();
  fails(s, C.decrease_take, ALICE, { hotkey: HK3, take: 1 }, 'HotKeyAccountNotExists');
  fails(s, C.decrease_take, BOB, { hotkey: HK1, take: 1 }, 'NonAssociatedColdKey');
  S.MinDelegateTake.set(s, 1_000);
  fails(s, C.decrease_take, ALICE, { hotkey: HK1, take: 999 }, 'DelegateTakeTooLow');
  ok(s, C.decrease_take, ALICE, { hotkey: HK1, take: 2_000 });
  fails(s, C.decrease_take, ALICE, { hotkey: HK1, take: 2_000 }, 'DelegateTakeTooLow');
});

test('increase_take: raise up to MaxDelegateTake once the rate limit has passed', () => {
  const s = world();
  ok(s, C.decrease_take, ALICE, { hotkey: HK1, take: 1_000 }, 100n);
  fails(s, C.increase_take, ALICE, { hotkey: HK1, take: 2_000 }, 'DelegateTxRateLimitExceeded', 100n + 216_000n);
  const events = ok(s, C.increase_take, ALICE, { hotkey: HK1, take: 2_000 }, 100n + 216_001n);
  assert.deepEqual(event(events, 'TakeIncreased'), [ALICE, HK1, 2_000]);
  assert.equal(S.Delegates.get(s, HK1), 2_000);
});

test('increase_take errors', () => {
  const s = world();
  fails(s, C.increase_take, ALICE, { hotkey: HK3, take: 1 }, 'HotKeyAccountNotExists');
  fails(s, C.increase_take, BOB, { hotkey: HK1, take: 1 }, 'NonAssociatedColdKey');
  fails(s, C.increase_take, ALICE, { hotkey: HK1, take: 11_797 }, 'DelegateTakeTooHigh'); // no explicit entry yet
  S.Delegates.set(s, HK1, 3_000);
  fails(s, C.increase_take, ALICE, { hotkey: HK1, take: 3_000 }, 'DelegateTakeTooLow');
  fails(s, C.increase_take, ALICE, { hotkey: HK1, take: 11_797 }, 'DelegateTakeTooHigh');
  ok(s, C.increase_take, ALICE, { hotkey: HK1, take: 11_796 });
});
