import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fast, EXISTENTIAL_DEPOSIT } from '@tensorium/params';
import { LocalChain } from './localChain.js';
import { freeBalance } from './pallets/balances/currency.js';
import { storage as balances } from './pallets/balances/storage.js';
import { storage as system } from './pallets/system/index.js';
import { storage as sudoStorage } from './pallets/sudo/index.js';
import { computeFee } from './pallets/transactionPayment/index.js';
import { InvalidTransaction } from './executive.js';
import type { RuntimeCall } from './frame/pallet.js';

const TAO = 1_000_000_000n;
const alice = '11'.repeat(32);
const bob = '22'.repeat(32);
const author = '33'.repeat(32);
const dave = '44'.repeat(32);

function chain(): LocalChain {
  return new LocalChain({ preset: fast, genesis: { balances: [[alice, 100n * TAO], [bob, 10n * TAO]], sudo: alice }, author });
}
const transfer = (dest: string, value: bigint, keepAlive = false): RuntimeCall => ({
  pallet: 'Balances',
  name: keepAlive ? 'transfer_keep_alive' : 'transfer_allow_death',
  args: { dest: { type: 'Id', value: dest }, value },
});

test('a transfer moves funds, charges the fee to the signer and pays it to the author', () => {
  const c = chain();
  const r = c.produceBlock([LocalChain.xt(alice, transfer(dave, 5n * TAO), 140)]);
  const o = r.outcomes[0];
  assert.ok('fee' in o && o.ok);
  const fee = computeFee(140, c.runtime.callInfo(transfer(dave, 5n * TAO)).weight, true);
  c.view((s) => {
    assert.equal(freeBalance(s, dave), 5n * TAO);
    assert.equal(freeBalance(s, alice), 95n * TAO - fee);
    assert.equal(freeBalance(s, author), fee);
    assert.equal(system.Account.get(s, alice).nonce, 1);
    // fees move, they are not minted or burned
    assert.equal(balances.TotalIssuance.get(s), 110n * TAO);
  });
  assert.ok(r.events.some((e) => e.pallet === 'Balances' && e.name === 'Transfer'));
  assert.ok(r.events.some((e) => e.pallet === 'System' && e.name === 'ExtrinsicSuccess'));
});

test('a failing call is rolled back but still pays its fee and bumps the nonce', () => {
  const c = chain();
  const r = c.produceBlock([LocalChain.xt(bob, transfer(dave, 50n * TAO))]);
  const o = r.outcomes[0];
  assert.ok('error' in o && !o.ok);
  assert.equal(o.error?.code, 'FundsUnavailable'); // Token(FundsUnavailable), as fungible::Mutate::transfer
  c.view((s) => {
    assert.equal(freeBalance(s, dave), 0n);
    assert.ok(freeBalance(s, bob) < 10n * TAO);
    assert.equal(system.Account.get(s, bob).nonce, 1);
  });
  assert.ok(r.events.some((e) => e.name === 'ExtrinsicFailed'));
  assert.ok(!r.events.some((e) => e.name === 'Transfer'));
});

test('stale nonces and unpayable fees are rejected without any state change', () => {
  const c = chain();
  const eve = '55'.repeat(32);
  c.produceBlock([LocalChain.xt(alice, transfer(dave, TAO)), LocalChain.xt(alice, transfer(eve, 600n))]);
  const before = c.view((s) => [freeBalance(s, alice), freeBalance(s, eve)]);
  const r = c.produceBlock([{ signer: alice, nonce: 0, call: transfer(dave, TAO), len: 100 }, LocalChain.xt(eve, transfer(bob, 100n))]);
  const [stale, unpaid] = r.outcomes;
  assert.ok('invalid' in stale && stale.invalid instanceof InvalidTransaction && stale.invalid.reason === 'Stale');
  assert.ok('invalid' in unpaid && unpaid.invalid instanceof InvalidTransaction && unpaid.invalid.reason === 'Payment');
  c.view((s) => {
    assert.deepEqual([freeBalance(s, alice), freeBalance(s, eve)], before);
    assert.equal(freeBalance(s, dave), TAO);
    assert.equal(system.Account.get(s, eve).nonce, 0);
  });
});

test('paying a fee may not reap the account (Preservation::Preserve)', () => {
  const c = chain();
  const fee = computeFee(150, c.runtime.callInfo(transfer(bob, 1n)).weight, true);
  const frank = '66'.repeat(32);
  c.produceBlock([LocalChain.xt(alice, transfer(frank, fee + EXISTENTIAL_DEPOSIT - 1n))]);
  const r = c.produceBlock([LocalChain.xt(frank, transfer(bob, 1n))]);
  assert.ok('invalid' in r.outcomes[0] && (r.outcomes[0].invalid as InvalidTransaction).reason === 'Payment');
  c.produceBlock([LocalChain.xt(alice, transfer(frank, 1n))]);
  const r2 = c.produceBlock([LocalChain.xt(frank, transfer(bob, 0n))]);
  assert.ok(r2.outcomes[0].ok, 'with exactly fee + existential deposit it pays');
  c.view((s) => assert.equal(freeBalance(s, frank), EXISTENTIAL_DEPOSIT));
});

test('existential deposit: keep-alive refuses to reap, allow-death reaps and loses dust', () => {
  const c = chain();
  const r = c.produceBlock([LocalChain.xt(alice, transfer(dave, EXISTENTIAL_DEPOSIT - 1n))]);
  assert.equal((r.outcomes[0] as { error?: { code: string } }).error?.code, 'BelowMinimum');
  c.produceBlock([LocalChain.xt(alice, transfer(dave, TAO))]);
  const r2 = c.produceBlock([LocalChain.xt(dave, transfer(bob, TAO / 2n, true))]);
  assert.ok((r2.outcomes[0] as { ok: boolean }).ok);
  const fee = computeFee(150, c.runtime.callInfo(transfer(bob, 1n, true)).weight, true);
  const left = c.view((s) => freeBalance(s, dave)) - fee;
  const r3 = c.produceBlock([LocalChain.xt(dave, transfer(bob, left - 100n, true))]);
  assert.equal((r3.outcomes[0] as { error?: { code: string } }).error?.code, 'NotExpendable');
  const r4 = c.produceBlock([LocalChain.xt(dave, transfer(bob, left - fee - 100n, false))]);
  assert.ok((r4.outcomes[0] as { ok: boolean }).ok);
  assert.ok(r4.events.some((e) => e.name === 'DustLost'));
  c.view((s) => assert.equal(system.Account.contains(s, dave), false));
});

test('utility.batch stops at the first failure; batch_all is all or nothing', () => {
  const c = chain();
  const good = transfer(dave, TAO);
  const bad = transfer(dave, 1_000n * TAO);
  const r = c.produceBlock([LocalChain.xt(alice, { pallet: 'Utility', name: 'batch', args: { calls: [good, bad, good] } })]);
  assert.ok((r.outcomes[0] as { ok: boolean }).ok);
  assert.ok(r.events.some((e) => e.name === 'BatchInterrupted'));
  c.view((s) => assert.equal(freeBalance(s, dave), TAO));
  const r2 = c.produceBlock([LocalChain.xt(alice, { pallet: 'Utility', name: 'batch_all', args: { calls: [good, bad] } })]);
  assert.ok(!(r2.outcomes[0] as { ok: boolean }).ok);
  c.view((s) => assert.equal(freeBalance(s, dave), TAO));
});

test('sudo dispatches as root only for the sudo key', () => {
  const c = chain();
  const setBalance: RuntimeCall = { pallet: 'Balances', name: 'force_set_balance', args: { who: { type: 'Id', value: dave }, new_free: 7n * TAO } };
  const r = c.produceBlock([LocalChain.xt(bob, { pallet: 'Sudo', name: 'sudo', args: { call: setBalance } })]);
  assert.equal((r.outcomes[0] as { error?: { code: string } }).error?.code, 'Sudo.RequireSudo');
  const r2 = c.produceBlock([LocalChain.xt(alice, { pallet: 'Sudo', name: 'sudo', args: { call: setBalance } })]);
  assert.ok((r2.outcomes[0] as { ok: boolean }).ok);
  c.view((s) => {
    assert.equal(freeBalance(s, dave), 7n * TAO);
    assert.equal(sudoStorage.Key.get(s), alice);
  });
  const direct = c.produceBlock([LocalChain.xt(alice, setBalance)]);
  assert.equal((direct.outcomes[0] as { error?: { code: string } }).error?.code, 'BadOrigin');
});
