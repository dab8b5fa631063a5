import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainnet } from '@tensorium/params';
import { freeBalance } from '../../balances/currency.js';
import { stakingCalls as C, feeInAlphaFallback } from './calls.js';
import { getStake } from './stakeUtils.js';
import { ALICE, AUTHOR, HK1, HK2, TAO, acct, ok, world } from './testkit.js';

const CAROL_EMPTY = acct(0x31);
const EMPTY2 = acct(0x32);

const env = { preset: mainnet, number: 100n, parentHash: '00'.repeat(32), author: AUTHOR };
const call = (name: string, args: Record<string, unknown>) => ({ pallet: 'SubtensorModule', name, args });

function setup() {
  const s = world();
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 1, amount_staked: 10n * TAO });
  ok(s, C.add_stake, ALICE, { hotkey: HK1, netuid: 2, amount_staked: 10n * TAO });
  return s;
}

test('the fee is paid by a fee-less sale of the source position, TAO to the author', () => {
  const s = setup();
  const alpha = getStake(s, HK1, ALICE, 1);
  const author = freeBalance(s, AUTHOR);
  const fee = 1_000_000n;
  const paid = feeInAlphaFallback(s, env, ALICE, call('remove_stake', { hotkey: HK1, netuid: 1, amount_unstaked: 1n }), fee);
  assert.equal(paid, true);
  const ev = s.pendingEvents().filter((e) => e.name === 'TransactionFeePaidWithAlpha');
  assert.equal(ev.length, 1);
  const [who, netuid, alphaFee, tao] = ev[0]?.fields as [string, number, bigint, bigint];
  assert.deepEqual([who, netuid], [ALICE, 1]);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha - alphaFee);
  assert.equal(freeBalance(s, AUTHOR), author + tao);
  assert.ok(tao > 0n && tao <= fee);
  // floor(fee / price): price > 1 after the stake, so fewer alpha than rao
  assert.ok(alphaFee < fee);
});

test('move_stake / transfer_stake / swap_stake pay from their origin position', () => {
  const s = setup();
  for (const c of [
    call('move_stake', { origin_hotkey: HK1, destination_hotkey: HK2, origin_netuid: 2, destination_netuid: 1, alpha_amount: 1n }),
    call('transfer_stake', { destination_coldkey: AUTHOR, hotkey: HK1, origin_netuid: 2, destination_netuid: 2, alpha_amount: 1n }),
    call('swap_stake_limit', { hotkey: HK1, origin_netuid: 2, destination_netuid: 1, alpha_amount: 1n, limit_price: 0n, allow_partial: true }),
    call('burn_alpha', { hotkey: HK1, amount: 1n, netuid: 2 }),
  ]) {
    const before = getStake(s, HK1, ALICE, 2);
    assert.equal(feeInAlphaFallback(s, env, ALICE, c, 1_000_000n), true, c.name);
    assert.ok(getStake(s, HK1, ALICE, 2) < before, c.name);
  }
});

test('no alpha fee for several sources, other calls, too small a position', () => {
  const s = setup();
  const c = s.child();
  assert.equal(feeInAlphaFallback(c, env, ALICE, call('unstake_all', { hotkey: HK1 }), 1_000n), false); // two subnets
  assert.equal(feeInAlphaFallback(c, env, ALICE, call('add_stake', { hotkey: HK1, netuid: 1, amount_staked: 1n }), 1_000n), false);
  assert.equal(feeInAlphaFallback(c, env, ALICE, call('remove_stake', { hotkey: HK2, netuid: 1, amount_unstaked: 1n }), 1_000n), false);
  assert.equal(feeInAlphaFallback(c, env, ALICE, call('remove_stake', { hotkey: HK1, netuid: 1, amount_unstaked: 1n }), 1_000n * TAO), false);
  assert.equal(c.isDirty(), false);
  c.discard();
  // a single remaining source works for unstake_all
  ok(s, C.remove_stake, ALICE, { hotkey: HK1, netuid: 2, amount_unstaked: 100n * TAO });
  assert.equal(feeInAlphaFallback(s, env, ALICE, call('unstake_all', { hotkey: HK1 }), 1_000n), true);
});

test('without a block author nothing is charged', () => {
  const s = setup();
  const alpha = getStake(s, HK1, ALICE, 1);
  const { author: _drop, ...noAuthor } = env;
  assert.equal(feeInAlphaFallback(s, noAuthor, ALICE, call('remove_stake', { hotkey: HK1, netuid: 1, amount_unstaked: 1n }), 1_000_000n), true);
  assert.equal(getStake(s, HK1, ALICE, 1), alpha);
});

test('through the executive: a coldkey without TAO pays remove_stake fees in alpha', async () => {
  const { Executive } = await import('../../../executive.js');
  const { Runtime } = await import('../../../runtime.js');
  const { definePallet } = await import('../../../frame/pallet.js');
  const { system } = await import('../../system/index.js');
  const { balances } = await import('../../balances/index.js');
  const { transactionPayment } = await import('../../transactionPayment/index.js');
  const { swapPallet } = await import('../../swapPallet/index.js');
  const { errors, events } = await import('../decl.js');
  const module = definePallet({ name: 'SubtensorModule', index: 7, calls: C, events, errors });
  const runtime = new Runtime([system, balances, transactionPayment, module, swapPallet], mainnet);
  const exec = new Executive(runtime, { feeFallbacks: [feeInAlphaFallback] });
  const s = setup();
  // Carol holds stake but no free TAO
  ok(s, C.transfer_stake, ALICE, { destination_coldkey: CAROL_EMPTY, hotkey: HK1, origin_netuid: 1, destination_netuid: 1, alpha_amount: 5n * TAO });
  const alpha = getStake(s, HK1, CAROL_EMPTY, 1);
  const author = freeBalance(s, AUTHOR);
  const xt = { signer: CAROL_EMPTY, nonce: 0, call: call('remove_stake', { hotkey: HK1, netuid: 1, amount_unstaked: TAO }), len: 100 };
  const outcome = exec.applyExtrinsic(s, env, xt, 0);
  assert.equal(outcome.ok, true, outcome.error?.code);
  assert.equal(outcome.fee, 0n);
  const names = s.pendingEvents().filter((e) => e.phase?.kind === 'applyExtrinsic').map((e) => `${e.pallet}.${e.name}`);
  assert.ok(names.includes('SubtensorModule.TransactionFeePaidWithAlpha'), names.join());
  assert.ok(getStake(s, HK1, CAROL_EMPTY, 1) < alpha - TAO);
  assert.ok(freeBalance(s, AUTHOR) > author);
  assert.ok(freeBalance(s, CAROL_EMPTY) > 0n);
  // unstake_all over two subnets cannot pay in alpha
  ok(s, C.transfer_stake, ALICE, { destination_coldkey: EMPTY2, hotkey: HK1, origin_netuid: 1, destination_netuid: 1, alpha_amount: TAO });
  ok(s, C.transfer_stake, ALICE, { destination_coldkey: EMPTY2, hotkey: HK1, origin_netuid: 2, destination_netuid: 2, alpha_amount: TAO });
  assert.throws(() => exec.applyExtrinsic(s, env, { signer: EMPTY2, nonce: 0, call: call('unstake_all', { hotkey: HK1 }), len: 50 }, 1), /Payment/);
});
