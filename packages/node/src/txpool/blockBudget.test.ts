/**
 * Block limits: the budget's arithmetic, and a real pool on a real chain taking transactions while
 * they fit the block's weight (a sender's later nonces wait with it), refusing a call that can never fit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sr25519Sign } from '@polkadot/util-crypto';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { fast } from '@tensorium/params';
import { Chain } from '../chain/chain.js';
import { devAccount, devKeypair } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../extrinsic/index.js';
import { defaultDecoder } from '../node/extrinsics.js';
import { BlockBudget, extrinsicWeight, maxNormalExtrinsicWeight, SUBTENSOR_BLOCK_LIMITS } from './blockBudget.js';
import { PoolError, TxPool } from './pool.js';

test('block budget: 75 % of the weight and length for Normal, all of it for Operational, Mandatory unlimited', () => {
  const limits = { maxBlockWeight: 4_000_000_000n, maxBlockLength: 1000 };
  const b = new BlockBudget(limits);
  const w = 1_000_000_000n - extrinsicWeight(0n); // each Normal extrinsic costs exactly 1e9 with its base weight
  assert.equal(b.tryAdd(w, 'Normal', 10), true);
  assert.equal(b.tryAdd(w, 'Normal', 10), true);
  assert.equal(b.tryAdd(w, 'Normal', 10), true);
  assert.equal(b.tryAdd(w, 'Normal', 10), false, 'a fourth would pass 75 %');
  assert.equal(b.tryAdd(w, 'Operational', 10), true, 'operational uses the reserved quarter');
  assert.equal(b.tryAdd(w, 'Operational', 10), false, 'the block is full');
  assert.equal(b.tryAdd(10n ** 15n, 'Mandatory', 10), true);
  const l = new BlockBudget(limits);
  assert.equal(l.tryAdd(1n, 'Normal', 750), true);
  assert.equal(l.tryAdd(1n, 'Normal', 1), false, 'length: 75 % for Normal');
  assert.equal(maxNormalExtrinsicWeight(SUBTENSOR_BLOCK_LIMITS), 3_000_000_000_000n - 400_000_000_000n - 125_000_000n);
});

test('pool: a block takes transactions while they fit its weight; the rest, in nonce order, go to the next block', async () => {
  await cryptoWaitReady();
  const chain = await Chain.open({ preset: fast });
  try {
    const transferWeight = chain.runtime.callInfo({ pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value: 1n } }).weight;
    // a block whose Normal quarter takes exactly 5 transfers
    const per = extrinsicWeight(transferWeight);
    const pool = new TxPool(chain, defaultDecoder(chain), { blockLimits: { maxBlockWeight: (per * 5n * 4n) / 3n + 3n, maxBlockLength: 10 * 1024 * 1024 } });
    const kp = devKeypair('//Alice');
    const xt = (nonce: number): Uint8Array =>
      encodeSignedExtrinsic({ call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value: 1_000_000_000n + BigInt(nonce) } }, signer: devAccount('Alice'), sign: (p) => sr25519Sign(p, kp), nonce, genesisHash: chain.genesisHash });
    for (let n = 0; n < 8; n++) pool.submit(xt(n));
    const first = pool.readyForBlock();
    assert.deepEqual(first.map((t) => t.xt.nonce), [0, 1, 2, 3, 4]);
    const built = chain.buildBlock(first.map((t) => ({ bytes: t.bytes, xt: t.xt })));
    pool.blockBuilt(first, built);
    assert.deepEqual(pool.readyForBlock().map((t) => t.xt.nonce), [5, 6, 7]);
    // a call heavier than a block's max_extrinsic is refused at once (ExhaustsResources)
    const tiny = new TxPool(chain, defaultDecoder(chain), { blockLimits: { maxBlockWeight: per, maxBlockLength: 10 * 1024 * 1024 } });
    assert.throws(() => tiny.submit(xt(5)), (e: unknown) => e instanceof PoolError && e.code === 1010 && /exhaust the block limits/.test(e.data ?? ''));
  } finally {
    await chain.close();
  }
});
