import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fast } from '@tensorium/params';
import { Chain } from '../chain/chain.js';
import { devAccount } from '../chain/devAccounts.js';
import { toHex } from './hashing.js';

test('storage keys: known substrate keys, and every state key round-trips', async () => {
  const chain = await Chain.open({ preset: fast });
  try {
    const k = chain.keys;
    // well-known: System.Account(Alice) and System.Number
    assert.equal(
      toHex(k.storageKey('System.Account', devAccount('Alice'), '')),
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
    assert.equal(toHex(k.storageKey('System.Number', '', '')), '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac');
    assert.equal(toHex(k.itemPrefix('System.Events')), '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7');
    chain.buildBlock();
    let n = 0;
    let wellKnown = 0;
    for (const [key, value] of chain.backend.trie.entries()) {
      if (key[0] === 0x3a) {
        // well-known keys (`:code`) live outside every pallet
        wellKnown++;
        continue;
      }
      const sk = k.parseStorageKey(key);
      assert.ok(sk, `parse ${toHex(key)}`);
      assert.equal(toHex(k.storageKey(sk.item, sk.k1, sk.rest)), toHex(key));
      assert.equal(toHex(k.encodeValue(sk.item, k.decodeValue(sk.item, value))), toHex(value));
      n++;
    }
    assert.ok(n > 10);
    assert.equal(wellKnown, 1, ':code');
    assert.equal(k.parseStorageKey(new Uint8Array(40)), undefined);
  } finally {
    await chain.close();
  }
});
