import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argon2i } from '@noble/hashes/argon2.js';
import {
  Keyfile, Keypair, PasswordRequiredError, Wallet, WrongPasswordError, decryptKeyfileData, deserializeKeypair,
  encryptKeyfileData, keypairToKeyfileJson, listWallets, NACL_SALT,
} from '../index.js';
import { referenceSecretbox } from './xsalsa-reference.test-helper.js';

const FAST = { t: 1, m: 64, p: 1 }; // test-only KDF params
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const tmp = () => mkdtempSync(join(tmpdir(), 'tensorium-wallet-'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('//Alice URI gives the well-known address; hard/soft paths differ', () => {
  const a = Keypair.fromUri('//Alice');
  assert.equal(a.ss58Address, ALICE);
  assert.equal(a.publicKeyHex, '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
  assert.equal(Keypair.fromUri('//Bob').ss58Address, '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty');
  const soft = Keypair.fromUri('//Alice/soft');
  assert.notEqual(soft.ss58Address, ALICE);
  assert.notEqual(Keypair.fromUri('//Alice//hard').ss58Address, soft.ss58Address);
  assert.equal(a.mnemonic, undefined);
  assert.equal(a.seed, undefined);
  assert.ok(a.verify('hello', a.sign('hello')));
});

test('argon2i implementation matches the RFC 9106 argon2i test vector', () => {
  const tag = argon2i(new Uint8Array(32).fill(1), new Uint8Array(16).fill(2), {
    t: 3, m: 32, p: 4, dkLen: 32, key: new Uint8Array(8).fill(3), personalization: new Uint8Array(12).fill(4),
  });
  assert.equal(hex(tag), 'c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8');
});

test('keyfile JSON round trips: mnemonic, seed, privateKey-only, public-only', () => {
  const m = Keypair.generateMnemonic(12);
  const kp = Keypair.fromMnemonic(m);
  const json = keypairToKeyfileJson(kp);
  assert.deepEqual(Object.keys(json).sort(), ['accountId', 'privateKey', 'publicKey', 'secretPhrase', 'secretSeed', 'ss58Address']);
  assert.equal(json.accountId, json.publicKey);
  assert.equal(json.ss58Address[0], '5');
  // privateKey is the schnorrkel canonical form: scalar < 2^253, loads back to the same key
  assert.ok(parseInt(json.privateKey!.slice(64, 66), 16) < 0x10);
  for (const variant of [
    { secretPhrase: json.secretPhrase },
    { secretSeed: json.secretSeed },
    { privateKey: json.privateKey },
  ]) {
    const back = deserializeKeypair(new TextEncoder().encode(JSON.stringify(variant)));
    assert.equal(back.ss58Address, kp.ss58Address);
    assert.ok(kp.verify('m', back.sign('m')));
  }
  assert.equal(Keypair.fromSeed(json.secretSeed!).ss58Address, kp.ss58Address);
  const pub = deserializeKeypair(new TextEncoder().encode(JSON.stringify({ accountId: json.accountId, publicKey: json.publicKey, ss58Address: json.ss58Address })));
  assert.equal(pub.hasPrivateKey, false);
  assert.equal(pub.ss58Address, kp.ss58Address);
  // URI keys: privateKey only, and it round trips
  const alice = deserializeKeypair(new TextEncoder().encode(JSON.stringify(keypairToKeyfileJson(Keypair.fromUri('//Alice')))));
  assert.equal(alice.ss58Address, ALICE);
});

test('$NACL encrypt/decrypt round trip and wrong password', () => {
  const data = new TextEncoder().encode('{"hello":"world"}');
  const enc = encryptKeyfileData(data, 'hunter22', { kdfParams: FAST });
  assert.equal(new TextDecoder().decode(enc.subarray(0, 5)), '$NACL');
  assert.equal(enc.length, 5 + 24 + 16 + data.length);
  assert.deepEqual(decryptKeyfileData(enc, 'hunter22', { kdfParams: FAST }), data);
  assert.throws(() => decryptKeyfileData(enc, 'wrong', { kdfParams: FAST }), (e) => e instanceof WrongPasswordError && /Wrong password/.test(e.message));
});

test('fixture keyfile assembled by hand (reference secretbox, real argon2i params) decrypts', () => {
  // Key for password "password": argon2i v1.3, t=8, m=512 MiB, p=1, salt 137183df…, 32 bytes (precomputed).
  const key = Buffer.from('e0f0a46eb9cef9668809f83188345c0af9c9514a18a407709e1f34dd677a7363', 'hex');
  assert.equal(hex(NACL_SALT), '137183dff15a09bc9c90b5518739e9b1');
  // Substrate's published dev-phrase mini secret
  const kp = Keypair.fromSeed('0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e');
  const plaintext = JSON.stringify({
    accountId: kp.publicKeyHex, publicKey: kp.publicKeyHex, ss58Address: kp.ss58Address,
    secretSeed: '0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e',
    secretPhrase: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk',
  });
  const nonce = Uint8Array.from({ length: 24 }, (_, i) => i);
  const file = Buffer.concat([Buffer.from('$NACL'), nonce, referenceSecretbox(new TextEncoder().encode(plaintext), nonce, key)]);
  // fast path (pre-derived key) …
  const kpFromFile = deserializeKeypair(decryptKeyfileData(file, '', { key }));
  assert.equal(kpFromFile.mnemonic, 'bottom drive obey lake curtain smoke basket hold race lonely fit walk');
  // … and the full path through Keyfile with the real argon2i parameters (~30 s, 512 MiB)
  const dir = tmp();
  try {
    const kf = new Keyfile(join(dir, 'coldkey'));
    kf.writeRaw(file);
    assert.equal(kf.isEncrypted(), true);
    assert.throws(() => kf.getKeypair(), PasswordRequiredError);
    const loaded = kf.getKeypair({ password: 'password' });
    assert.equal(loaded.ss58Address, Keypair.fromMnemonic(loaded.mnemonic!).ss58Address);
    assert.equal(hex(loaded.seed!), 'fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e');
    assert.equal(loaded.ss58Address, kp.ss58Address);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wallet layout, modes, create/regenerate/list, env password', () => {
  const root = tmp();
  try {
    const w = new Wallet({ name: 'w1', hotkey: 'h1', path: root, kdfParams: FAST });
    const { mnemonic, keypair } = w.createNewColdkey({ password: 'pw123456' });
    const hot = w.createNewHotkey();
    const mode = (p: string) => statSync(p).mode & 0o777;
    assert.equal(mode(join(root, 'w1')), 0o700);
    assert.equal(mode(join(root, 'w1', 'hotkeys')), 0o700);
    for (const f of ['coldkey', 'coldkeypub.txt', 'hotkeys/h1', 'hotkeys/h1pub.txt']) assert.equal(mode(join(root, 'w1', f)), 0o600, f);
    assert.equal(readFileSync(join(root, 'w1', 'coldkey')).subarray(0, 5).toString(), '$NACL');
    const pubJson = JSON.parse(readFileSync(join(root, 'w1', 'coldkeypub.txt'), 'utf8'));
    assert.deepEqual(Object.keys(pubJson).sort(), ['accountId', 'publicKey', 'ss58Address']);
    assert.equal(JSON.parse(readFileSync(join(root, 'w1', 'hotkeys', 'h1'), 'utf8')).secretPhrase, hot.mnemonic);

    assert.equal(w.getColdkey('pw123456').ss58Address, keypair.ss58Address);
    assert.throws(() => w.getColdkey('nope'), WrongPasswordError);
    assert.equal(w.getColdkeypub().ss58Address, keypair.ss58Address);
    assert.equal(w.getHotkey().ss58Address, hot.keypair.ss58Address);

    // password via BT_PW_ env var
    const name = w.coldkeyFile.savePasswordToEnv('pw123456');
    assert.ok(name.startsWith('BT_PW_'));
    assert.equal(w.getColdkey().ss58Address, keypair.ss58Address);
    w.coldkeyFile.removePasswordFromEnv();

    // refuse overwrite; regenerate with overwrite
    assert.throws(() => w.regenerateColdkey({ mnemonic }, { password: 'x' }));
    w.regenerateColdkey({ mnemonic }, { password: 'other1', overwrite: true });
    assert.equal(w.getColdkey('other1').ss58Address, keypair.ss58Address);

    const w2 = new Wallet({ name: 'alice', path: root });
    w2.createFromUri('alice');
    assert.equal(w2.getColdkey().ss58Address, ALICE);
    assert.equal(w2.getHotkey().ss58Address, ALICE);
    const w3 = new Wallet({ name: 'watch', path: root });
    w3.regenerateColdkeypub({ ss58Address: ALICE });

    const list = listWallets(root);
    assert.deepEqual(list.map((x) => x.name), ['alice', 'w1', 'watch']);
    assert.equal(list[1].coldkeyAddress, keypair.ss58Address);
    assert.deepEqual(list[1].hotkeys, [{ name: 'h1', address: hot.keypair.ss58Address }]);
    assert.equal(list[2].coldkeyAddress, ALICE);
    writeFileSync(join(root, 'stray.txt'), 'x');
    assert.equal(listWallets(root).length, 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
