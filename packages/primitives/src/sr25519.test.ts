import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { sr25519Verify as polkadotVerify } from '@polkadot/wasm-crypto';
import { isSr25519PublicKey, isSr25519SignatureForm, sr25519Sign, sr25519Verify } from './sr25519.js';

test('sr25519: signatures from @polkadot/keyring verify; ours verify with @polkadot/wasm-crypto', async () => {
  await cryptoWaitReady();
  const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const msg = new TextEncoder().encode('tensorium');
  const sig = pair.sign(msg);
  assert.equal(sr25519Verify(msg, sig, pair.publicKey), true);
  assert.equal(sr25519Verify(new TextEncoder().encode('tensoriun'), sig, pair.publicKey), false);
  const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
  assert.equal(sr25519Verify(msg, sig, bob.publicKey), false);
  // our signer, checked by the other implementation
  const { secretKey, publicKey } = sr25519PairFromSeed(new Uint8Array(32).fill(7));
  const mine = sr25519Sign(publicKey, secretKey, msg);
  assert.equal(polkadotVerify(mine, msg, publicKey), true);
  assert.equal(sr25519Verify(msg, mine, publicKey), true);
});

test('sr25519: hostile input is rejected without reaching the wasm (no trap): unmarked, non-canonical s, bad keys, wrong lengths', async () => {
  await cryptoWaitReady();
  const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const msg = new Uint8Array(40).fill(9);
  const sig = pair.sign(msg);
  const unmarked = Uint8Array.from(sig);
  unmarked[63] &= 0x7f;
  assert.equal(isSr25519SignatureForm(unmarked), false);
  assert.equal(sr25519Verify(msg, unmarked, pair.publicKey), false);
  const bigS = Uint8Array.from(sig);
  bigS.fill(0xff, 32, 63);
  bigS[63] = 0xff; // s = 2^255 - 1 > ℓ (marker kept)
  assert.equal(isSr25519SignatureForm(bigS), false);
  assert.equal(sr25519Verify(msg, bigS, pair.publicKey), false);
  assert.equal(isSr25519PublicKey(new Uint8Array(32).fill(0xff)), false);
  assert.equal(sr25519Verify(msg, sig, new Uint8Array(32).fill(0xff)), false);
  assert.equal(sr25519Verify(msg, sig.subarray(0, 63), pair.publicKey), false);
  assert.equal(sr25519Verify(msg, sig, pair.publicKey.subarray(0, 31)), false);
  // random bytes as key and signature: never throws, never valid
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), (pk, s) => {
      assert.equal(sr25519Verify(msg, s, pk), false);
    }),
    { numRuns: 300 },
  );
});
