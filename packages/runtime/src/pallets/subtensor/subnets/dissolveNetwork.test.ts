import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { U64F64, U96F32 } from '@tensorium/primitives';
import { ROOT_ORIGIN } from '../../../frame/pallet.js';
import { storageRegistry } from '../../../frame/storage.js';
import { freeBalance } from '../../balances/currency.js';
import { storage as B } from '../../balances/storage.js';
import { currentAlphaPrice, storage as SW } from '../../swapPallet/index.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { getStake, NO_LIMIT_BUY, stakeIntoSubnet, subnetAccountId } from '../staking/stakeUtils.js';
import { subnetCalls as C } from './calls.js';
import { doDissolveNetwork, largestRemainderSplit } from './dissolveNetwork.js';
import { acct, ctxOf, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';

const OWNER = acct(1);
const OWNER_HOT = acct(2);

function populated() {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: OWNER_HOT });
  S.SubtokenEnabled.set(s, 1, true);
  const c1 = acct(10);
  const c2 = acct(11);
  const c3 = acct(12);
  for (const c of [c1, c2, c3]) fund(s, c, 1000n * TAO);
  run(s, c1, C.burned_register, { netuid: 1, hotkey: acct(20) }, 101n);
  const ctx = ctxOf(s, 102n);
  stakeIntoSubnet(ctx, acct(20), c1, 1, 100n * TAO, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, acct(20), c2, 1, 33n * TAO + 7n, NO_LIMIT_BUY, false);
  stakeIntoSubnet(ctx, OWNER_HOT, c3, 1, 250n * TAO + 1n, NO_LIMIT_BUY, false);
  S.SubnetProtocolAlpha.set(s, 1, 5n * TAO);
  S.SubnetAlphaOut.mutate(s, 1, (v) => v + 5n * TAO);
  return { s, stakers: [c1, c2, c3] };
}

test('largest-remainder split hands out exactly the pot', () => {
  assert.deepEqual(largestRemainderSplit(10n, [1n, 1n, 1n], 0n), { shares: [4n, 3n, 3n], protocolShare: 0n });
  assert.deepEqual(largestRemainderSplit(10n, [1n, 1n], 1n), { shares: [4n, 3n], protocolShare: 3n });
  assert.deepEqual(largestRemainderSplit(0n, [1n], 1n), { shares: [0n], protocolShare: 0n });
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.array(fc.bigInt({ min: 1n, max: 10n ** 15n }), { minLength: 1, maxLength: 12 }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (pot, values, protocol) => {
      const { shares, protocolShare } = largestRemainderSplit(pot, values, protocol);
      const total = values.reduce((a, b) => a + b, protocol);
      assert.equal(shares.reduce((a, b) => a + b, protocolShare), pot);
      values.forEach((v, i) => {
        const floor = (pot * v) / total;
        assert.ok(shares[i] === floor || shares[i] === floor + 1n);
      });
    }),
  );
});

test('dissolve: stakers are paid exactly the pool TAO (minus the protocol share), the rest is recycled', () => {
  const { s, stakers } = populated();
  const pot = S.SubnetTAO.get(s, 1);
  const totalStake = S.TotalStake.get(s);
  const account = subnetAccountId(1);
  const accountBal = freeBalance(s, account);
  const issuance = B.TotalIssuance.get(s);
  const subtensorIssuance = S.TotalIssuance.get(s);
  const before = stakers.map((c) => freeBalance(s, c));
  const values = [getStake(s, acct(20), stakers[0], 1), getStake(s, acct(20), stakers[1], 1), getStake(s, OWNER_HOT, stakers[2], 1)];
  const protocolValue = S.SubnetAlphaIn.get(s, 1) + S.SubnetProtocolAlpha.get(s, 1);

  let payout: ReturnType<typeof doDissolveNetwork> | undefined;
  s.transactional((x) => {
    payout = doDissolveNetwork(ctxOf(x, 200n), 1);
  });
  assert.ok(payout);
  const paid = stakers.map((c, i) => freeBalance(s, c) - before[i]);
  const expected = largestRemainderSplit(pot, values, protocolValue);
  // payment order: hotkeys by blake2 storage order; compare per coldkey
  assert.deepEqual(paid, expected.shares);
  assert.equal(payout.pot, pot);
  assert.equal(paid.reduce((a, b) => a + b, 0n) + payout.protocolShare, pot);
  assert.equal(payout.protocolShare, expected.protocolShare);
  // Everything else in the subnet account is recycled: issuance drops by exactly that.
  const recycled = accountBal - (pot - payout.protocolShare);
  assert.equal(freeBalance(s, account), 0n);
  assert.equal(B.TotalIssuance.get(s), issuance - recycled);
  assert.equal(S.TotalIssuance.get(s), subtensorIssuance - recycled);
  assert.equal(S.TotalStake.get(s), totalStake - pot);
  assert.equal(S.NetworksAdded.get(s, 1), false);
  assert.equal(S.TotalNetworks.get(s), 1);
  assert.equal(S.TotalHotkeyAlpha.contains(s, acct(20), 1), false);
  assert.equal(S.AlphaV2.contains(s, acct(20), stakers[0], 1), false);
  assert.equal(SW.PalSwapInitialized.contains(s, 1), false);
  assert.ok(eventNames(s).includes('NetworkRemoved'));
});

test('dissolve removes every per-subnet item upstream removes; the ones it keeps are listed', () => {
  const { s } = populated();
  run(s, OWNER, C.set_subnet_identity, { netuid: 1, subnet_name: new Uint8Array([1]), github_repo: new Uint8Array(), subnet_contact: new Uint8Array(), subnet_url: new Uint8Array(), discord: new Uint8Array(), description: new Uint8Array(), logo_url: new Uint8Array(), additional: new Uint8Array() });
  run(s, acct(20), C.serve_axon, { netuid: 1, version: 1, ip: 1n, port: 8080, ip_type: 4, protocol: 0, placeholder1: 0, placeholder2: 0 }, 102n);
  S.ChildkeyTake.set(s, acct(20), 1, 5);
  S.Weights.set(s, 0, 0, [
    [1, 100],
    [2, 7],
  ]);
  run(s, ROOT_ORIGIN, C.root_dissolve_network, { netuid: 1 }, 300n);
  assert.deepEqual(S.Weights.get(s, 0, 0), [
    [1, 0],
    [2, 7],
  ]);
  // Netuid-keyed SubtensorModule items that upstream's remove_network / dissolve leaves in place.
  const keptUpstream = new Set([
    'SubnetTAO', // re-written as 0 by clear_protocol_liquidity
    'SubnetAlphaIn', // idem
    'SubnetLocked', // set to 0 by destroy_alpha_in_out_stakes, then removed by remove_network
    'SubnetEmissionEnabled',
    'RegisteredSubnetCounter',
    'RootProp',
    'MinAllowedUids',
    'MinNonImmuneUids',
    'OwnerCutEnabled',
    'RecycleOrBurn',
    'AdjustmentInterval',
    'AdjustmentAlpha',
    'MinChildkeyTakePerSubnet',
    'VotingPower',
    'VotingPowerTrackingEnabled',
    'VotingPowerDisableAtBlock',
    'VotingPowerEmaAlpha',
    'RootClaimableThreshold',
    'RootAlphaDividendsPerSubnet',
    'LastColdkeyHotkeyStakeBlock',
  ]);
  const leftovers: string[] = [];
  for (const item of storageRegistry) {
    if (item.pallet !== PALLET || item.keys.length === 0) continue;
    const netuidFirst = ['NetUid', 'NetUidStorageIndex'].includes(item.keys[0].type.name ?? '');
    const netuidSecond = item.keys.length > 1 && item.keys[1].type.name === 'NetUid';
    if (!netuidFirst && !netuidSecond) continue;
    let present = false;
    if (netuidFirst) present = s.prefixEntries(item.id, item.keyString(0, 1)).length > 0;
    else for (const k1 of s.firstKeys(item.id)) if (s.prefixEntries(item.id, k1).some(([r]) => r.startsWith(item.keyString(1, 1)))) present = true;
    if (present && !keptUpstream.has(item.name)) leftovers.push(item.name);
  }
  assert.deepEqual(leftovers, []);
  assert.ok(eventNames(s).includes('SubnetIdentityRemoved'));
});

test('dissolve errors: not root, root netuid, missing subnet', () => {
  const { s } = populated();
  expectFail(s, 'BadOrigin', () => run(s, OWNER, C.dissolve_network, { coldkey: OWNER, netuid: 1 }));
  expectFail(s, 'SubnetNotExists', () => run(s, ROOT_ORIGIN, C.dissolve_network, { coldkey: OWNER, netuid: 0 }));
  expectFail(s, 'SubnetNotExists', () => run(s, ROOT_ORIGIN, C.root_dissolve_network, { netuid: 9 }));
  run(s, ROOT_ORIGIN, C.dissolve_network, { coldkey: OWNER, netuid: 1 });
  assert.equal(S.NetworksAdded.get(s, 1), false);
});

test('legacy subnets refund the owner lock minus the owner emission value', () => {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: OWNER_HOT });
  // Registered at 100: before NetworkRegistrationStartBlock (legacy refund) and not after
  // TaoInRefundDeploymentBlock (SubnetAlphaIn is not protocol value): nobody holds value.
  S.NetworkRegistrationStartBlock.set(s, 1000n);
  S.TaoInRefundDeploymentBlock.set(s, 1000n);
  const before = freeBalance(s, OWNER);
  const locked = S.SubnetLocked.get(s, 1);
  const issued = S.SubnetAlphaIn.get(s, 1) + S.SubnetAlphaOut.get(s, 1);
  const ownerAlpha = U96F32.toU64(U96F32.mul(U96F32.fromInt(issued), U96F32.safeDiv(U96F32.fromInt(11_796n), U96F32.fromInt(65_535n))));
  const ownerTao = U96F32.toU64(U96F32.mul(U96F32.fromInt(ownerAlpha), U96F32.from(U64F64, currentAlphaPrice(s, 1))));
  const issuance = B.TotalIssuance.get(s);
  run(s, ROOT_ORIGIN, C.root_dissolve_network, { netuid: 1 }, 300n);
  assert.equal(freeBalance(s, OWNER) - before, locked - ownerTao);
  assert.equal(B.TotalIssuance.get(s), issuance - ownerTao);
  assert.equal(freeBalance(s, subnetAccountId(1)), 0n);
});
