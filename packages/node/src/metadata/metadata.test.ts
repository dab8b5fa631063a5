import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { DispatchError as PjsDispatchError } from '@polkadot/types/interfaces';
import { expandMetadata } from '@polkadot/types/metadata/decorate';
import { metadata as papiMetadata } from '@polkadot-api/substrate-bindings';
import { mainnet, fast } from '@tensorium/params';
import { bytesToHex } from '@tensorium/primitives';
import { dispatchErrorValue } from '@tensorium/runtime/frame/runtimeCall';
import { createRuntime } from '@tensorium/runtime/runtimeDefinition';
import { DispatchError } from '@tensorium/runtime/frame/errors';
import { buildMetadata, encodeEventRecords, runtimeApiId, encodeRuntimeVersion, METADATA_MAGIC } from './index.js';

const runtime = createRuntime(mainnet);
const built = buildMetadata(runtime, mainnet);

function pjs(bytes: Uint8Array): { registry: TypeRegistry; metadata: Metadata } {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata);
  return { registry, metadata };
}

test('@polkadot/types decodes V14 and V15; pallets, indices and extensions as declared', () => {
  for (const [bytes, version] of [
    [built.v14, 14],
    [built.v15, 15],
  ] as const) {
    const { metadata } = pjs(bytes);
    assert.equal(metadata.version, version);
    const latest = metadata.asLatest;
    const pallets = latest.pallets.map((p) => [p.name.toString(), p.index.toNumber()]);
    assert.deepEqual(
      pallets,
      runtime.pallets.map((p) => [p.name, p.index]),
    );
    const ext = version === 14 ? metadata.asV14.extrinsic : metadata.asV15.extrinsic;
    assert.deepEqual(
      ext.signedExtensions.map((e) => e.identifier.toString()),
      ['CheckNonZeroSender', 'CheckSpecVersion', 'CheckTxVersion', 'CheckGenesis', 'CheckMortality', 'CheckNonce', 'CheckWeight', 'ChargeTransactionPayment', 'SudoTransactionExtension', 'CheckShieldedTxValidity', 'SubtensorTransactionExtension', 'DrandPriority', 'CheckMetadataHash'],
    );
    assert.equal(ext.version.toNumber(), 4);
    // re-encoding through the polkadot decoder is byte-identical
    assert.equal(bytesToHex(metadata.toU8a()), bytesToHex(bytes));
  }
});

test('subtensor identifier for the fee extension is available as an option', () => {
  const m = buildMetadata(runtime, mainnet, { feeExtensionIdentifier: 'ChargeTransactionPaymentWrapper' });
  const { metadata } = pjs(m.v14);
  assert.equal(metadata.asV14.extrinsic.signedExtensions[7].identifier.toString(), 'ChargeTransactionPaymentWrapper');
});

test('constants and storage defaults decode to the right values through the registry', () => {
  const { registry, metadata } = pjs(built.v15);
  const d = expandMetadata(registry, metadata);
  assert.equal(d.consts.balances.existentialDeposit.toString(), '500');
  const version = d.consts.system.version.toJSON() as Record<string, unknown>;
  assert.equal(version.specName, 'node-subtensor');
  assert.equal(version.specVersion, 425);
  assert.equal(version.transactionVersion, 1);
  assert.equal(d.consts.system.ss58Prefix.toString(), '42');
  assert.equal(d.consts.system.blockHashCount.toString(), '2400');
  const tempo = metadata.asLatest.pallets.find((p) => p.name.eq('SubtensorModule'))!.storage.unwrap().items.find((i) => i.name.eq('Tempo'))!;
  assert.ok(tempo.type.isMap);
  assert.deepEqual(
    tempo.type.asMap.hashers.map((h) => h.toString()),
    ['Identity'],
  );
  const value = registry.createType(registry.createLookupType(tempo.type.asMap.value), tempo.fallback);
  assert.equal(value.toString(), '360');
  const account = metadata.asLatest.pallets.find((p) => p.name.eq('System'))!.storage.unwrap().items.find((i) => i.name.eq('Account'))!;
  assert.deepEqual(
    account.type.asMap.hashers.map((h) => h.toString()),
    ['Blake2_128Concat'],
  );
  const info = registry.createType(registry.createLookupType(account.type.asMap.value), account.fallback).toJSON() as Record<string, unknown>;
  assert.equal(info.nonce, 0);
  // storage keys built by the polkadot decorator use our hashers
  assert.equal(d.query.subtensorModule.tempo.keyPrefix().length, 32);
});

test('preset changes constant values, not types', () => {
  const f = buildMetadata(createRuntime(fast), fast);
  assert.ok(f.v14.length > 0);
  const { metadata } = pjs(f.v14);
  assert.equal(metadata.asLatest.pallets.length, runtime.pallets.length);
});

test('V15: runtime APIs, outer enums; registry aliases Call/Event', () => {
  const { registry, metadata } = pjs(built.v15);
  const v15 = metadata.asV15;
  const apis = v15.apis.map((a) => a.name.toString());
  for (const name of ['Core', 'Metadata', 'BlockBuilder', 'TaggedTransactionQueue', 'AccountNonceApi', 'TransactionPaymentApi']) assert.ok(apis.includes(name), name);
  const payment = v15.apis.find((a) => a.name.eq('TransactionPaymentApi'))!;
  assert.deepEqual(
    payment.methods.map((m) => m.name.toString()),
    ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee'],
  );
  assert.equal(registry.lookup.getSiType(v15.outerEnums.callType).path.join('::'), 'node_subtensor_runtime::RuntimeCall');
  assert.equal(registry.lookup.getSiType(v15.outerEnums.eventType).path.join('::'), 'node_subtensor_runtime::RuntimeEvent');
  assert.equal(registry.lookup.getSiType(v15.outerEnums.errorType).path.join('::'), 'node_subtensor_runtime::RuntimeError');
  assert.equal(registry.lookup.getSiType(v15.extrinsic.addressType).path.join('::'), 'sp_runtime::multiaddress::MultiAddress');
  // the registry detects AccountId32 / MultiAddress / MultiSignature from UncheckedExtrinsic params
  assert.equal(registry.createType('Address', '0x' + '11'.repeat(32)).toU8a()[0], 0);
  assert.equal(registry.createType('ExtrinsicSignature').toRawType().includes('Sr25519'), true);
});

test('polkadot-api codecs decode both versions', () => {
  for (const b of [built.v14, built.v15]) {
    const d = papiMetadata.dec(b);
    assert.ok(d.metadata.tag === 'v14' || d.metadata.tag === 'v15');
  }
});

test('opaque, atVersion and versions encodings', () => {
  const o = built.opaque(15);
  // compact length prefix then "meta" 15
  const n = o[0] & 3;
  const off = n === 0 ? 1 : n === 1 ? 2 : n === 2 ? 4 : 0;
  assert.ok(off > 0);
  assert.deepEqual([...o.subarray(off, off + 4)], [...METADATA_MAGIC]);
  assert.equal(o[off + 4], 15);
  assert.equal(o.length - off, built.v15.length);
  assert.equal(built.atVersion(14)[0], 1);
  assert.deepEqual([...built.atVersion(16)], [0]);
  assert.deepEqual([...built.versionsEncoded], [8, 14, 0, 0, 0, 15, 0, 0, 0]);
  assert.throws(() => built.opaque(13), /not supported/);
});

test('runtime API ids are blake2_64 of the trait name', () => {
  assert.equal(runtimeApiId('Core'), '0xdf6acb689907609b');
  assert.equal(runtimeApiId('Metadata'), '0x37e397fc7c91f5e4');
  assert.equal(runtimeApiId('TransactionPaymentApi'), '0x37c8bb1350a9a2a8');
  const registry = new TypeRegistry();
  const v = registry.createType('RuntimeVersion', encodeRuntimeVersion()).toJSON() as Record<string, unknown>;
  assert.equal(v.specName, 'node-subtensor');
  assert.equal(v.specVersion, 425);
});

test('System.Events records decode with @polkadot/types', () => {
  const { registry, metadata } = pjs(built.v15);
  const d = expandMetadata(registry, metadata);
  const alice = 'd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
  const err = dispatchErrorValue(new DispatchError('Module', 'SubtensorModule', 'SubnetNotExists'));
  const dispatchInfo = { weight: { ref_time: 1000n, proof_size: 0n }, class: { type: 'Normal' }, pays_fee: { type: 'Yes' } };
  const bytes = encodeEventRecords(
    [
      { pallet: 'System', name: 'ExtrinsicSuccess', fields: [dispatchInfo], phase: { kind: 'applyExtrinsic', index: 0 } },
      { pallet: 'TransactionPayment', name: 'TransactionFeePaid', fields: [alice, 123n, 0n], phase: { kind: 'applyExtrinsic', index: 1 } },
      { pallet: 'System', name: 'ExtrinsicFailed', fields: [err, dispatchInfo], phase: { kind: 'applyExtrinsic', index: 1 } },
      { pallet: 'SubtensorModule', name: 'NetworkAdded', fields: [3, 360] },
      { pallet: 'Utility', name: 'BatchCompleted', fields: [], phase: { kind: 'finalization' } },
    ],
    { pallets: runtime.pallets },
  );
  const entryType = d.query.system.events.meta.type.asPlain;
  const records = registry.createType(registry.createLookupType(entryType), bytes) as unknown as { toArray(): { phase: { toString(): string }; event: { section: string; method: string; data: { toJSON(): unknown } } }[] };
  const list = records.toArray();
  assert.equal(list.length, 5);
  assert.deepEqual(
    list.map((r) => `${r.event.section}.${r.event.method}`),
    ['system.ExtrinsicSuccess', 'transactionPayment.TransactionFeePaid', 'system.ExtrinsicFailed', 'subtensorModule.NetworkAdded', 'utility.BatchCompleted'],
  );
  assert.equal(list[0].phase.toString(), JSON.stringify({ applyExtrinsic: 0 }));
  const failed = list[2].event.data.toJSON() as unknown[];
  const mod = (failed[0] as { module: { index: number; error: string } }).module;
  assert.equal(mod.index, 7);
  const de = registry.createType<PjsDispatchError>('DispatchError', (list[2].event.data as unknown as { toU8a(): Uint8Array }[])[0].toU8a());
  const meta = registry.findMetaError(de.asModule);
  assert.equal(meta.name, 'SubnetNotExists');
  assert.equal(list[4].phase.toString(), 'Finalization');
});

const fixturePath = fileURLToPath(new URL('./fixtures/metadata.summary.txt', import.meta.url));
test('fixture: metadata summary and hashes are pinned (UPDATE_METADATA_FIXTURE=1 to regenerate)', () => {
  if (process.env.UPDATE_METADATA_FIXTURE === '1') writeFileSync(fixturePath, built.summary);
  const expected = readFileSync(fixturePath, 'utf8');
  assert.equal(built.summary, expected, 'metadata changed: review the diff and regenerate the fixture');
  // deterministic across builds
  assert.equal(bytesToHex(buildMetadata(runtime, mainnet).v15), bytesToHex(built.v15));
});
