import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT_ORIGIN } from '../../../frame/pallet.js';
import { storage as S } from '../storage.js';
import type { ChainIdentityValue } from '../types.js';
import { subnetCalls as C } from './calls.js';
import { acct, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';

const OWNER = acct(1);
const HOT = acct(2);
const utf8 = new TextEncoder();
const empty = new Uint8Array();

function withSubnet() {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT });
  return s;
}

function chainId(over: Partial<ChainIdentityValue> = {}): ChainIdentityValue {
  return { name: utf8.encode('me'), url: empty, github_repo: empty, image: empty, discord: empty, description: empty, additional: empty, ...over };
}

const subnetId = { netuid: 1, subnet_name: utf8.encode('n'), github_repo: empty, subnet_contact: empty, subnet_url: empty, discord: empty, description: empty, logo_url: empty, additional: empty };

test('set_identity: needs a registered hotkey, validates lengths', () => {
  const s = withSubnet();
  run(s, OWNER, C.set_identity, chainId());
  assert.deepEqual(S.IdentitiesV2.raw(s, OWNER), chainId());
  assert.ok(eventNames(s).includes('ChainIdentitySet'));
  expectFail(s, 'HotKeyNotRegisteredInNetwork', () => run(s, acct(9), C.set_identity, chainId()));
  expectFail(s, 'InvalidIdentity', () => run(s, OWNER, C.set_identity, chainId({ name: new Uint8Array(257) })));
  expectFail(s, 'InvalidIdentity', () => run(s, OWNER, C.set_identity, chainId({ image: new Uint8Array(1025) })));
  // github_repo is not part of the upstream total: 256 + 256 + 1024 + 256 + 1024 + 1024 + 256 is fine.
  run(s, OWNER, C.set_identity, chainId({ name: new Uint8Array(256), url: new Uint8Array(256), github_repo: new Uint8Array(256), image: new Uint8Array(1024), discord: new Uint8Array(256), description: new Uint8Array(1024), additional: new Uint8Array(1024) }));
});

test('set_subnet_identity: owner only, validated', () => {
  const s = withSubnet();
  run(s, OWNER, C.set_subnet_identity, subnetId);
  assert.deepEqual(S.SubnetIdentitiesV3.raw(s, 1)?.subnet_name, utf8.encode('n'));
  expectFail(s, 'NotSubnetOwner', () => run(s, acct(9), C.set_subnet_identity, subnetId));
  expectFail(s, 'InvalidIdentity', () => run(s, OWNER, C.set_subnet_identity, { ...subnetId, discord: new Uint8Array(257) }));
});

test('update_symbol: owner or root, existing and unused symbols only', () => {
  const s = withSubnet();
  run(s, OWNER, C.update_symbol, { netuid: 1, symbol: utf8.encode('\u03B3') });
  assert.equal(new TextDecoder().decode(S.TokenSymbol.get(s, 1)), '\u03B3');
  assert.ok(eventNames(s).includes('SymbolUpdated'));
  expectFail(s, 'SymbolAlreadyInUse', () => run(s, ROOT_ORIGIN, C.update_symbol, { netuid: 1, symbol: utf8.encode('\u03B3') }));
  expectFail(s, 'SymbolDoesNotExist', () => run(s, OWNER, C.update_symbol, { netuid: 1, symbol: utf8.encode('\u03A4') }));
  expectFail(s, 'SymbolDoesNotExist', () => run(s, OWNER, C.update_symbol, { netuid: 1, symbol: utf8.encode('xyz') }));
  expectFail(s, 'BadOrigin', () => run(s, acct(9), C.update_symbol, { netuid: 1, symbol: utf8.encode('\u03B4') }));
  run(s, ROOT_ORIGIN, C.update_symbol, { netuid: 1, symbol: utf8.encode('\u03B4') });
});

test('start_call: owner only, once, after StartCallDelay', () => {
  const s = withSubnet();
  S.StartCallDelay.set(s, 10n);
  expectFail(s, 'NeedWaitingMoreBlocksToStarCall', () => run(s, OWNER, C.start_call, { netuid: 1 }, 109n));
  expectFail(s, 'BadOrigin', () => run(s, acct(9), C.start_call, { netuid: 1 }, 110n));
  expectFail(s, 'SubnetNotExists', () => run(s, OWNER, C.start_call, { netuid: 5 }, 110n));
  run(s, OWNER, C.start_call, { netuid: 1 }, 110n);
  assert.equal(S.FirstEmissionBlockNumber.raw(s, 1), 111n);
  assert.equal(S.SubtokenEnabled.get(s, 1), true);
  assert.ok(eventNames(s).includes('FirstEmissionBlockNumberSet'));
  expectFail(s, 'FirstEmissionBlockNumberAlreadySet', () => run(s, OWNER, C.start_call, { netuid: 1 }, 120n));
});
