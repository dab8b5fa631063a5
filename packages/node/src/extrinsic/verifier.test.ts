import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ed25519PairFromSeed, sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';
import { sign as nodeSign, createPrivateKey } from 'node:crypto';
import { SignatureVerifier } from './verifier.js';
import { initCrypto } from './verify.js';

test('SignatureVerifier: worker threads accept good and reject forged signatures, in any mix', { timeout: 60_000 }, async () => {
  await initCrypto();
  const v = new SignatureVerifier(1);
  try {
    // before a worker is ready, checks run on the calling thread and are still correct
    const sr = sr25519PairFromSeed(new Uint8Array(32).fill(7));
    const msg = new TextEncoder().encode('tensorium');
    const sig = sr25519Sign(msg, sr);
    assert.equal(await v.verify({ type: 'Sr25519', message: msg, signature: sig, publicKey: sr.publicKey }), true);
    for (let i = 0; i < 200 && v.readyWorkers === 0; i++) await sleep(50);
    assert.equal(v.readyWorkers, 1, 'worker started');
    const forged = Uint8Array.from(sig);
    forged[10] ^= 1;
    const ed = ed25519PairFromSeed(new Uint8Array(32).fill(9));
    const edKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(new Uint8Array(32).fill(9))]), format: 'der', type: 'pkcs8' });
    const edSig = new Uint8Array(nodeSign(null, msg, edKey));
    const checks = [];
    for (let i = 0; i < 300; i++) {
      const kind = i % 4;
      if (kind === 0) checks.push(v.verify({ type: 'Sr25519', message: msg, signature: sig, publicKey: sr.publicKey }).then((ok) => [ok, true]));
      if (kind === 1) checks.push(v.verify({ type: 'Sr25519', message: msg, signature: forged, publicKey: sr.publicKey }).then((ok) => [ok, false]));
      if (kind === 2) checks.push(v.verify({ type: 'Ed25519', message: msg, signature: edSig, publicKey: ed.publicKey }).then((ok) => [ok, true]));
      if (kind === 3) checks.push(v.verify({ type: 'Sr25519', message: msg, signature: sig, publicKey: new Uint8Array(31) }).then((ok) => [ok, false]));
    }
    for (const [got, want] of await Promise.all(checks)) assert.equal(got, want);
  } finally {
    await v.close();
  }
  // after close, checks still answer (on this thread)
  const sr = sr25519PairFromSeed(new Uint8Array(32).fill(1));
  const m = Uint8Array.of(1, 2, 3);
  assert.equal(await v.verify({ type: 'Sr25519', message: m, signature: sr25519Sign(m, sr), publicKey: sr.publicKey }), true);
});
