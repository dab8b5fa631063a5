import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fast } from '@tensorium/params';
import { decode, T } from '@tensorium/primitives';
import { AccountInfoType } from '@tensorium/runtime/types';
import { Chain, DEV_BALANCE } from './chain.js';
import { encodeUnsignedExtrinsic } from '../extrinsic/codec.js';
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

test('archive: the state of any block, across restarts and reverts; pruned nodes refuse old state', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-archive-'));
  const numberKey = concatBytes(twox128('System'), twox128('Number'));
  const blockHashPrefix = concatBytes(twox128('System'), twox128('BlockHash'));
  const numberAt = (c: Chain, n: number): number | undefined => {
    const v = c.storageAt(numberKey, c.blockHash(n));
    return v === undefined ? undefined : new DataView(v.buffer, v.byteOffset, v.byteLength).getUint32(0, true);
  };
  try {
    let c = await Chain.open({ preset: fast, basePath: dir, archive: true });
    for (let i = 0; i < 300; i++) c.buildBlock();
    // far outside the 256-block in-memory window
    assert.equal(numberAt(c, 10), 10);
    assert.equal(numberAt(c, 299), 299);
    assert.ok(c.storageAt(aliceKey(), c.blockHash(3)), 'Alice exists at block 3');
    const recentKeys = c.keysWithPrefixAt(blockHashPrefix, c.blockHash(299)).length;
    const oldKeys = c.keysWithPrefixAt(blockHashPrefix, c.blockHash(5)).length;
    assert.ok(oldKeys < recentKeys, `BlockHash entries grow or are pruned over time (${oldKeys} at 5, ${recentKeys} at 299)`);
    assert.deepEqual(
      c.keysWithPrefixAt(blockHashPrefix, c.blockHash(5)).map(toHex),
      c.keysWithPrefixAt(blockHashPrefix, c.blockHash(5)).map(toHex).sort(),
      'key order',
    );
    // revert to block 100 and rebuild: archived answers follow the new chain
    const snapAt = c.snapshot();
    for (let i = 0; i < 5; i++) c.buildBlock();
    c.restore(snapAt);
    assert.equal(c.head.number, 300);
    c.buildBlock();
    assert.equal(numberAt(c, 301), 301);
    await c.close();
    c = await Chain.open({ preset: fast, basePath: dir, archive: true });
    assert.equal(numberAt(c, 10), 10, 'after a restart');
    await c.close();
    // the same database opened without archive mode answers only recent blocks
    c = await Chain.open({ preset: fast, basePath: dir });
    assert.throws(() => c.storageAt(numberKey, c.blockHash(10)), /State already discarded/);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a staged block is invisible until persisted: storage at the head, older blocks and the runtime view read committed state', async () => {
  const c = await Chain.open({ preset: fast });
  try {
    const numberKey = concatBytes(twox128('System'), twox128('Number'));
    for (let i = 0; i < 3; i++) c.buildBlock();
    const head = c.head;
    const before = toHex(c.storageAt(numberKey)!);
    const at2 = toHex(c.storageAt(numberKey, c.blockHash(2))!);
    const staged = c.stageBlock();
    // FinalizeBlock executed block 4; until Commit, readers see block 3
    assert.equal(c.head.hash, head.hash);
    assert.equal(toHex(c.storageAt(numberKey)!), before);
    assert.equal(toHex(c.storageAt(numberKey, head.hash)!), before);
    assert.equal(toHex(c.storageAt(numberKey, c.blockHash(2))!), at2);
    assert.equal(c.view((s) => s.read('System.Number', '', '')), 3);
    assert.throws(() => c.applyChanges({ single: new Map(), multi: new Map() }), /staged block/);
    staged.persist();
    assert.equal(c.head.number, 4);
    assert.equal(toHex(c.storageAt(numberKey)!), '0x04000000');
    assert.equal(toHex(c.storageAt(numberKey, head.hash)!), before);
    assert.equal(c.view((s) => s.read('System.Number', '', '')), 4);
  } finally {
    await c.close();
  }
});

test('every block starts with the timestamp inherent: the author clock, at least MinimumPeriod after the parent', async () => {
  const c = await Chain.open({ preset: fast });
  try {
    const nowKey = concatBytes(twox128('Timestamp'), twox128('Now'));
    const timeAt = (hash?: string): bigint => decode(T.u64, c.storageAt(nowKey, hash)!) as bigint;
    const b1 = c.buildBlock([], { now: 1_700_000_000_000 });
    assert.equal(timeAt(), 1_700_000_000_000n);
    // extrinsic 0: a bare Timestamp.set(now) — version 4 unsigned, pallet 2, call 0, Compact<u64>
    const body = c.body(b1.hash)!;
    assert.equal(body.length, 1);
    assert.equal(toHex(body[0]), toHex(encodeUnsignedExtrinsic({ pallet: 'Timestamp', name: 'set', args: { now: 1_700_000_000_000n } })));
    assert.equal(toHex(body[0].slice(1, 4)), '0x040200');
    assert.deepEqual(b1.events[0], { pallet: 'System', name: 'ExtrinsicSuccess', fields: [{ weight: { ref_time: 9_000_000n, proof_size: 0n }, class: { type: 'Mandatory' }, pays_fee: { type: 'No' } }], phase: { kind: 'applyExtrinsic', index: 0 } });
    // a clock behind the parent (or too close): parent + MinimumPeriod (125 ms on `fast`)
    c.buildBlock([], { now: 1_700_000_000_050 });
    assert.equal(timeAt(), 1_700_000_000_125n);
    c.buildBlock([], { now: 1_600_000_000_000 });
    assert.equal(timeAt(), 1_700_000_000_250n);
    // no clock (a jump): one block time (250 ms) per block
    c.buildBlock();
    c.buildBlock();
    assert.equal(timeAt(), 1_700_000_000_750n);
    assert.equal(timeAt(b1.hash), 1_700_000_000_000n);
  } finally {
    await c.close();
  }
});
