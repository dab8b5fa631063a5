import { strict as assert } from 'node:assert';
import { before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata/decorate';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { mainnet } from '@tensorium/params';
import { bytesToHex, hexToBytes } from '@tensorium/primitives';
import { createRuntime } from '@tensorium/runtime/runtimeDefinition';
import { computeFee } from '@tensorium/runtime/pallets/transactionPayment/index';
import { buildMetadata, SPEC_VERSION, TRANSACTION_VERSION } from '../metadata/index.js';
import {
  decodeExtrinsic,
  encodeEra,
  decodeEra,
  encodeSignedExtrinsic,
  encodeUnsignedExtrinsic,
  eraBirth,
  ExtrinsicDecodeError,
  mortalEra,
  queryInfo,
  TransactionValidityError,
  sr25519Backend,
  verifySignature,
  type ExtrinsicContext,
  type SignatureType,
} from './index.js';

const runtime = createRuntime(mainnet);
const built = buildMetadata(runtime, mainnet);
const registry = new TypeRegistry();
const metadata = new Metadata(registry, built.v15);
registry.setMetadata(metadata);
const decorated = expandMetadata(registry, metadata);
const tx = decorated.tx;

const GENESIS = '0x' + 'ab'.repeat(32);
const hashOf = (n: bigint): string => '0x' + n.toString(16).padStart(64, '0');
const ctx = (blockNumber = 10n, extra: Partial<ExtrinsicContext> = {}): ExtrinsicContext => ({
  genesisHash: GENESIS,
  blockNumber,
  blockHash: (n) => (n < blockNumber ? hashOf(n) : undefined),
  ...extra,
});

type Pair = ReturnType<Keyring['addFromUri']>;
let alice: Pair;
let bob: Pair;
before(async () => {
  await cryptoWaitReady();
  alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
});

const ALICE = 'd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const runtimeVersion = () => registry.createType('RuntimeVersion', { specVersion: SPEC_VERSION, transactionVersion: TRANSACTION_VERSION });

function pjsSign(call: ReturnType<typeof tx.balances.transferKeepAlive>, pair: Pair, opts: { nonce: number; tip?: bigint; era?: { current: number; period: number }; blockHash?: string }): Uint8Array {
  const xt = registry.createType('Extrinsic', { method: call });
  xt.sign(pair, {
    nonce: opts.nonce,
    tip: opts.tip ?? 0n,
    genesisHash: GENESIS,
    blockHash: opts.blockHash ?? GENESIS,
    era: opts.era ? registry.createType('ExtrinsicEra', opts.era) : undefined,
    runtimeVersion: runtimeVersion(),
    signedExtensions: registry.signedExtensions,
  } as never);
  return xt.toU8a();
}

test('accepts an sr25519 transfer signed by @polkadot/api (immortal, nonce, tip)', () => {
  const call = tx.balances.transferKeepAlive(bob.address, 1_234_567_890n);
  const bytes = pjsSign(call, alice, { nonce: 5, tip: 1000n });
  const d = decodeExtrinsic(bytes, ctx());
  assert.equal(d.signed, true);
  assert.equal(d.extrinsic.signer, ALICE);
  assert.equal(d.extrinsic.nonce, 5);
  assert.equal(d.extrinsic.tip, 1000n);
  assert.equal(d.extrinsic.len, bytes.length);
  assert.equal(d.extrinsic.call.pallet, 'Balances');
  assert.equal(d.extrinsic.call.name, 'transfer_keep_alive');
  assert.deepEqual(d.extrinsic.call.args, { dest: { type: 'Id', value: bytesToHex(bob.publicKey) }, value: 1_234_567_890n });
  assert.equal(d.signature?.type, 'Sr25519');
  assert.equal('0x' + d.hash, registry.createType('Extrinsic', bytes).hash.toHex());
  assert.equal(d.era.kind, 'immortal');
});

test('accepts a mortal era: the birth block hash is part of the payload', () => {
  // pjs sets phase = current % period, so the birth block is `current` itself; we validate at block 1000
  const current = 997;
  const birth = 997n;
  const call = tx.subtensorModule.addStake(alice.address, 3, 5_000_000_000n);
  const bytes = pjsSign(call, alice, { nonce: 0, era: { current, period: 64 }, blockHash: hashOf(birth) });
  const d = decodeExtrinsic(bytes, ctx(1000n));
  assert.equal(d.era.kind, 'mortal');
  assert.equal(eraBirth(d.era, 1000n), birth);
  assert.equal(d.death, 1061n);
  assert.equal(d.longevity, 61n);
  assert.deepEqual(d.extrinsic.call.args, { hotkey: ALICE, netuid: 3, amount_staked: 5_000_000_000n });
  // after the era ended, the birth block resolves elsewhere: bad proof
  assert.throws(() => decodeExtrinsic(bytes, ctx(1070n)), (e: unknown) => e instanceof TransactionValidityError && e.reason === 'BadProof');
  // unknown birth block
  assert.throws(
    () => decodeExtrinsic(bytes, ctx(1000n, { blockHash: () => undefined })),
    (e: unknown) => e instanceof TransactionValidityError && e.reason === 'AncientBirthBlock',
  );
});

for (const type of ['ed25519', 'ecdsa'] as const) {
  test(`accepts ${type} signatures from @polkadot/keyring`, () => {
    const pair = new Keyring({ type }).addFromUri('//Alice');
    const call = tx.system.remark('0x010203');
    const bytes = pjsSign(call, pair, { nonce: 1 });
    const d = decodeExtrinsic(bytes, ctx());
    assert.equal(d.signature?.type, type === 'ed25519' ? 'Ed25519' : 'Ecdsa');
    assert.equal(d.extrinsic.signer, bytesToHex(pair.addressRaw));
    assert.deepEqual(d.extrinsic.call, { pallet: 'System', name: 'remark', args: { remark: new Uint8Array([1, 2, 3]) } });
  });
}

test('payloads over 256 bytes are signed as their blake2-256 hash', () => {
  const call = tx.system.remark('0x' + '07'.repeat(600));
  const bytes = pjsSign(call, alice, { nonce: 2 });
  const d = decodeExtrinsic(bytes, ctx());
  assert.equal((d.extrinsic.call.args.remark as Uint8Array).length, 600);
});

test('nested calls (utility.batch) decode to RuntimeCall values', () => {
  const call = tx.utility.batch([tx.system.remark('0x01'), tx.balances.transferAllowDeath(bob.address, 1n)]);
  const d = decodeExtrinsic(pjsSign(call, alice, { nonce: 0 }), ctx());
  const calls = d.extrinsic.call.args.calls as { pallet: string; name: string }[];
  assert.deepEqual(
    calls.map((c) => `${c.pallet}.${c.name}`),
    ['System.remark', 'Balances.transfer_allow_death'],
  );
});

test('tampered signature, signer, call or genesis: BadProof', () => {
  const bytes = pjsSign(tx.balances.transferKeepAlive(bob.address, 10n), alice, { nonce: 0 });
  const isBadProof = (e: unknown) => e instanceof TransactionValidityError && e.kind === 'Invalid' && e.reason === 'BadProof' && e.rpcCode === 1010;
  const prefix = bytes.length < 64 + 4 ? 1 : 2;
  // signature byte (after len, version, address 33, sig kind)
  const sigAt = prefix + 1 + 33 + 1 + 10;
  const t1 = bytes.slice();
  t1[sigAt] ^= 1;
  assert.throws(() => decodeExtrinsic(t1, ctx()), isBadProof);
  const t2 = bytes.slice();
  t2[bytes.length - 5] ^= 1; // inside dest account id
  assert.throws(() => decodeExtrinsic(t2, ctx()), isBadProof);
  assert.throws(() => decodeExtrinsic(bytes, ctx(10n, { genesisHash: '0x' + 'cd'.repeat(32) })), isBadProof);
  assert.throws(() => decodeExtrinsic(bytes, ctx(10n, { specVersion: SPEC_VERSION + 1 })), isBadProof);
  // verification can be skipped (e.g. re-import of an already verified block)
  assert.equal(decodeExtrinsic(t1, ctx(10n, { verify: false })).extrinsic.signer, ALICE);
  assert.match(new TransactionValidityError({ kind: 'Invalid', reason: 'BadProof' }).message, /Invalid Transaction: Transaction has a bad signature/);
  assert.equal(bytesToHex(TransactionValidityError.invalid('BadProof').toScale()), '0004');
  assert.equal(bytesToHex(TransactionValidityError.invalid('Custom', undefined, 3).toScale()), '000703');
});

test('truncated and malformed bytes are rejected with clear decode errors', () => {
  const bytes = pjsSign(tx.balances.transferKeepAlive(bob.address, 10n), alice, { nonce: 3, tip: 7n });
  for (let n = 0; n < bytes.length; n++) {
    assert.throws(
      () => decodeExtrinsic(bytes.subarray(0, n), ctx()),
      (e: unknown) => e instanceof ExtrinsicDecodeError && /malformed extrinsic/.test(e.message),
      `prefix ${n}`,
    );
  }
  // consistent length prefix but body truncated: re-prefix a shorter body
  const body = bytes.subarray(2);
  for (const cut of [1, 40, 100, body.length - 1]) {
    const b = body.subarray(0, cut);
    const re = new Uint8Array([...(b.length < 64 ? [b.length << 2] : [((b.length << 2) | 1) & 0xff, (b.length << 2) >> 8]), ...b]);
    assert.throws(() => decodeExtrinsic(re, ctx()), ExtrinsicDecodeError, `cut ${cut}`);
  }
  const wrongVersion = bytes.slice();
  wrongVersion[2] = 0x85;
  assert.throws(() => decodeExtrinsic(wrongVersion, ctx()), /unsupported extrinsic version byte 0x85/);
  const unknownCall = encodeUnsignedExtrinsic(new Uint8Array([99, 0]));
  assert.throws(() => decodeExtrinsic(unknownCall, ctx()), (e: unknown) => e instanceof ExtrinsicDecodeError && e.part === 'call');
  const trailing = encodeUnsignedExtrinsic(new Uint8Array([...tx.system.remark('0x01').toU8a(), 0]));
  assert.throws(() => decodeExtrinsic(trailing, ctx()), (e: unknown) => e instanceof ExtrinsicDecodeError && e.part === 'call');
  assert.throws(() => decodeExtrinsic(new Uint8Array([0x04, 0x84, 0, 0]), ctx()), /length prefix/);
});

test('our encoder round-trips through the @polkadot/types decoder (all signature types, mortal and immortal)', () => {
  for (const type of ['sr25519', 'ed25519', 'ecdsa'] as const) {
    const pair = new Keyring({ type }).addFromUri('//Alice');
    const signatureType = { sr25519: 'Sr25519', ed25519: 'Ed25519', ecdsa: 'Ecdsa' }[type] as SignatureType;
    const era = mortalEra(64, 1000n);
    const call = { pallet: 'SubtensorModule', name: 'burned_register', args: { netuid: 1, hotkey: ALICE } };
    const bytes = encodeSignedExtrinsic({
      call,
      signer: bytesToHex(pair.addressRaw),
      signatureType,
      sign: (m) => pair.sign(m),
      nonce: 42,
      tip: 99n,
      era,
      eraBlockHash: hashOf(eraBirth(era, 1001n)),
      genesisHash: GENESIS,
    });
    const x = registry.createType('Extrinsic', bytes);
    assert.equal(x.isSigned, true);
    assert.equal(x.nonce.toNumber(), 42);
    assert.equal(x.tip.toBigInt(), 99n);
    assert.equal(`${x.method.section}.${x.method.method}`, 'subtensorModule.burnedRegister');
    assert.equal(bytesToHex(x.signer.toU8a().subarray(1)), bytesToHex(pair.addressRaw));
    assert.equal(x.era.asMortalEra.period.toNumber(), 64);
    const d = decodeExtrinsic(bytes, ctx(1001n));
    assert.deepEqual(d.extrinsic.call, call);
    assert.equal(d.extrinsic.nonce, 42);
    assert.equal(d.extrinsic.tip, 99n);
  }
});

test('unsigned extrinsics decode without signer', () => {
  const bytes = encodeUnsignedExtrinsic({ pallet: 'System', name: 'remark', args: { remark: new Uint8Array([9]) } });
  const d = decodeExtrinsic(bytes, ctx());
  assert.equal(d.signed, false);
  assert.equal(d.extrinsic.signer, undefined);
  assert.equal(registry.createType('Extrinsic', bytes).isSigned, false);
});

test('eras: encode/decode round trip and pjs agreement', () => {
  for (const period of [4, 16, 64, 256, 4096, 65536]) {
    for (const current of [0n, 1n, 63n, 1000n, 123_456n]) {
      const era = mortalEra(period, current);
      const enc = encodeEra(era);
      assert.deepEqual(decodeEra(enc, 0)[0], era);
      const pj = registry.createType('ExtrinsicEra', { current: Number(current), period });
      assert.equal(bytesToHex(pj.toU8a()), bytesToHex(enc), `period ${period} current ${current}`);
      assert.equal(eraBirth(era, current + 1n), BigInt(registry.createType('ExtrinsicEra', enc).asMortalEra.birth(Number(current) + 1)));
    }
  }
  assert.throws(() => decodeEra(Uint8Array.of(0x10, 0x00), 0), /invalid mortal era/);
});

test('payment_queryInfo partial fee = base + length + weight fee (no tip)', () => {
  const bytes = pjsSign(tx.balances.transferKeepAlive(bob.address, 10n), alice, { nonce: 0, tip: 5n });
  const d = decodeExtrinsic(bytes, ctx());
  const q = queryInfo(runtime, d.extrinsic);
  const info = runtime.callInfo(d.extrinsic.call);
  assert.equal(q.partialFee, computeFee(bytes.length, info.weight, info.pays));
  assert.equal(q.weight.ref_time, info.weight);
  assert.equal(queryInfo(runtime, { ...d.extrinsic, signer: undefined }).partialFee, 0n);
});

test('sr25519: wasm verifier and @scure/sr25519 agree; bad keys and lengths are simply invalid', async () => {
  const { verify } = await import('@scure/sr25519');
  const msg = new Uint8Array(120).fill(3);
  const sig = alice.sign(msg);
  assert.equal(sr25519Backend(), 'schnorrkel-wasm');
  assert.equal(verifySignature('Sr25519', msg, sig, alice.publicKey), true);
  assert.equal(verify(msg, sig, alice.publicKey), true);
  const bad = sig.slice();
  bad[5] ^= 1;
  assert.equal(verifySignature('Sr25519', msg, bad, alice.publicKey), false);
  const scureBad = (() => {
    try {
      return verify(msg, bad, alice.publicKey);
    } catch {
      return false; // scure throws on an invalid point encoding
    }
  })();
  assert.equal(scureBad, false);
  assert.equal(verifySignature('Sr25519', msg, sig, bob.publicKey), false);
  assert.equal(verifySignature('Sr25519', msg, sig.subarray(1), alice.publicKey), false);
  assert.equal(verifySignature('Ed25519', msg, sig, new Uint8Array(32)), false);
  assert.equal(verifySignature('Ecdsa', msg, new Uint8Array(65), alice.publicKey), false);
});

test('hex helpers accept 0x prefixes', () => {
  assert.equal(hexToBytes('0x' + ALICE).length, 32);
});
