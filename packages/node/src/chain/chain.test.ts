import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fast } from '@tensorium/params';
import { decode } from '@tensorium/primitives';
import { AccountInfoType } from '@tensorium/runtime/types';
import { Chain, DEV_BALANCE } from './chain.js';
import { devAccount } from './devAccounts.js';
import { decodeHeader, encodeHeader, headerHash } from './header.js';
import { concatBytes, fromHex, toHex, twox128, blake2_128 } from '../storage/hashing.js';

const aliceKey = (): Uint8Array => {
  const id = fromHex(devAccount('Alice'));
  return concatBytes(twox128('System'), twox128('Account'), blake2_128(id), id);
};

test('genesis, blocks, restart with the same state root', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-chain-'));
  try {
    let t0 = performance.now();
    const c = await Chain.open({ preset: fast, basePath: dir });
    const genesisMs = performance.now() - t0;
    assert.equal(c.head.number, 0);
    assert.equal(c.blockHash(0), c.genesisHash);
    const acct = c.storageAt(aliceKey());
    assert.ok(acct);
    assert.equal((decode(AccountInfoType, acct!) as { data: { free: bigint } }).data.free, DEV_BALANCE);
    t0 = performance.now();
    for (let i = 0; i < 20; i++) c.buildBlock();
    const perBlock = (performance.now() - t0) / 20;
    console.log(`genesis ${genesisMs.toFixed(0)} ms (${c.backend.trie.size} keys), empty block ${perBlock.toFixed(2)} ms`);
    const head = c.head;
    assert.equal(head.number, 20);
    assert.equal(head.header.parentHash, c.blockHash(19));
    const enc = encodeHeader(head.header);
    assert.deepEqual(decodeHeader(enc), head.header);
    assert.equal(headerHash(enc), head.hash);
    // history: System.Number at block 5
    const numKey = concatBytes(twox128('System'), twox128('Number'));
    assert.equal(toHex(c.storageAt(numKey, c.blockHash(5))!), '0x05000000');
    assert.equal(toHex(c.storageAt(numKey)!), '0x14000000');
    await c.close();
    const c2 = await Chain.open({ preset: fast, basePath: dir });
    assert.equal(c2.head.hash, head.hash);
    assert.equal(c2.head.header.stateRoot, head.header.stateRoot);
    assert.equal(c2.genesisHash, c.genesisHash);
    c2.buildBlock();
    assert.equal(c2.head.number, 21);
    await c2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
