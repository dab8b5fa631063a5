/**
 * The BlockBuilder runtime API and `system_dryRun` on a real node, read through @polkadot/api with the
 * node's metadata: a dry run answers what the same extrinsic then does in a block (success, the same
 * dispatch error, or why it is invalid) and changes nothing; `inherent_extrinsics` builds the timestamp
 * inherent; `check_inherents` accepts the node's own blocks and rejects times too far ahead or too early.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { ApplyExtrinsicResult } from '@polkadot/types/interfaces';
import { decode, encode, T } from '@tensorium/primitives';
import { silentLogger } from '../node/logger.js';
import { TensoriumNode } from '../node/node.js';
import { httpRpc } from '../node/testUtil.js';
import { concatBytes, fromHex, toHex } from '../storage/hashing.js';
import { CheckInherentsResultType, TimestampInherentErrorType } from './blockBuilderApi.js';

const TAO = 1_000_000_000n;
const TIMSTAP0 = new TextEncoder().encode('timstap0');

/** SCALE `InherentData` with the timestamp only (ms). */
const inherentData = (ms: bigint): Uint8Array => concatBytes(encode(T.compact(T.u32), 1), TIMSTAP0, encode(T.bytes, encode(T.u64, ms)));

/** Submit and wait for the block (instant sealing); the block hash and the extrinsic's dispatch error, if any. */
function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>): Promise<{ block: string; error?: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not in a block within 30 s')), 30_000);
    timer.unref();
    tx.send((r) => {
      if (r.isError) reject(new Error(r.status.type));
      if (r.status.isInBlock || r.status.isFinalized) {
        clearTimeout(timer);
        resolve({ block: (r.status.isInBlock ? r.status.asInBlock : r.status.asFinalized).toHex(), error: r.dispatchError?.toHex() });
      }
    }).catch(reject);
  });
}

/**
 * 'ok', `dispatch:<DispatchError SCALE>` or `invalid:<TransactionValidityError JSON>`. (DispatchError by its
 * bytes: polkadot-js decodes `system_dryRun` with its built-in types, where TokenError's variant 0 still has
 * its old name NoFunds, and events with the metadata's, FundsUnavailable.)
 */
function describe(r: ApplyExtrinsicResult): string {
  if (r.isErr) return `invalid:${r.asErr.toString()}`;
  return r.asOk.isOk ? 'ok' : `dispatch:${r.asOk.asErr.toHex()}`;
}

test('BlockBuilder API and system_dryRun through @polkadot/api', { timeout: 120_000 }, async (t) => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', archive: true, logger: silentLogger });
  const provider = new WsProvider(node.url, false);
  let api: ApiPromise | undefined;
  try {
    await provider.connect();
    api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
    const a = api;
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const nobody = keyring.addFromUri('//DryRunNobody');
    const charlie = keyring.addFromUri('//Charlie');
    const free = async (who: string): Promise<bigint> => ((await a.query.system.account(who)) as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();
    // an account with 1 TAO, so it can pay fees but not a large transfer
    await send(a, await a.tx.balances.transferKeepAlive(nobody.address, TAO).signAsync(alice));

    await t.test('a dry run answers what the block then does, and changes nothing', async () => {
      const sign = (tx: SubmittableExtrinsic<'promise'>, who: KeyringPair) => tx.signAsync(who);
      const moduleError = (section: string, name: string): string => {
        const pallet = a.runtimeMetadata.asLatest.pallets.find((p) => p.name.toString() === section)!;
        const index = pallet.errors.unwrap().type.toNumber();
        const variant = a.registry.lookup.getSiType(index).def.asVariant.variants.find((v) => v.name.toString() === name)!;
        const error = `${variant.index.toNumber().toString(16).padStart(2, '0')}000000`;
        // DispatchError::Module (variant 3) { index, error: [u8; 4] }
        return `dispatch:0x03${pallet.index.toNumber().toString(16).padStart(2, '0')}${error}`;
      };
      // signed one at a time (each with the signer's next nonce)
      const cases: [string, () => Promise<SubmittableExtrinsic<'promise'>>, string][] = [
        ['transfer', () => sign(a.tx.balances.transferKeepAlive(charlie.address, TAO / 10n), alice), 'ok'],
        // DispatchError::Token(TokenError::FundsUnavailable), variants 7 and 0: as fungible::Mutate::transfer fails
        ['transfer beyond the balance', () => sign(a.tx.balances.transferKeepAlive(charlie.address, 50n * TAO), nobody), 'dispatch:0x0700'],
        ['register on a missing subnet', () => sign(a.tx.subtensorModule.burnedRegister(77, charlie.address), alice), moduleError('SubtensorModule', 'SubnetNotExists')],
      ];
      let firstTx: SubmittableExtrinsic<'promise'> | undefined;
      for (const [label, make, expected] of cases) {
        const tx = await make();
        firstTx ??= tx;
        const before = [await free(alice.address), await free(nobody.address), await free(charlie.address)];
        const head = (await a.rpc.chain.getHeader()).number.toNumber();
        const dry = await a.rpc.system.dryRun(tx.toHex());
        // the metadata's UncheckedExtrinsic is a composite of its bytes (as Substrate's): polkadot-js takes the
        // extrinsic's SCALE (with its length prefix) as that composite's encoding
        const viaCall = (await a.call.blockBuilder.applyExtrinsic(tx.toU8a())) as unknown as ApplyExtrinsicResult;
        assert.equal(viaCall.toHex(), dry.toHex(), `${label}: runtime call = system_dryRun`);
        // nothing changed: no block, same balances
        assert.equal((await a.rpc.chain.getHeader()).number.toNumber(), head, `${label}: no block`);
        assert.deepEqual([await free(alice.address), await free(nobody.address), await free(charlie.address)], before, `${label}: no balance moved`);
        const predicted = describe(dry);
        assert.equal(predicted, expected, label);
        const { error } = await send(a, tx);
        assert.equal(error === undefined ? 'ok' : `dispatch:${error}`, predicted, `${label}: the block agrees`);
      }
      assert.equal(describe(await a.rpc.system.dryRun(firstTx!.toHex())), 'invalid:{"invalid":{"stale":null}}', 'the same nonce again is stale');
    });

    await t.test('invalid transactions: bad signature, no funds; past blocks; malformed input', async () => {
      const tx = await a.tx.balances.transferKeepAlive(charlie.address, 1n).signAsync(alice);
      const bytes = tx.toU8a();
      // flip a byte of the signature: after the length, the version byte, the 33-byte address and the signature type
      const sigAt = (bytes[0] & 3 ? ((bytes[0] & 3) === 1 ? 2 : 4) : 1) + 1 + 33 + 1;
      const forged = bytes.slice();
      forged[sigAt + 10] ^= 0xff;
      assert.match(describe(await a.rpc.system.dryRun(toHex(forged))), /^invalid:\{"invalid":\{"badProof":null\}\}$/);
      const broke = keyring.addFromUri('//DryRunBroke');
      const unpaid = await a.tx.balances.transferKeepAlive(charlie.address, 1n).signAsync(broke, { nonce: 0 });
      assert.equal(describe(await a.rpc.system.dryRun(unpaid.toHex())), 'invalid:{"invalid":{"payment":null}}');
      // at genesis Alice had sent nothing yet: her nonce-0 transfer was fine then, stale now
      const first = await a.tx.balances.transferKeepAlive(charlie.address, 1n).signAsync(alice, { nonce: 0, era: 0 });
      const genesis = (await a.rpc.chain.getBlockHash(0)).toHex();
      assert.equal(describe(await a.rpc.system.dryRun(first.toHex(), genesis)), 'ok');
      assert.equal(describe(await a.rpc.system.dryRun(first.toHex())), 'invalid:{"invalid":{"stale":null}}');
      // not an extrinsic
      const bad = await httpRpc(node.port, 'system_dryRun', ['0x0102']);
      assert.equal(bad.error?.code, 4002);
      const unknown = await httpRpc(node.port, 'system_dryRun', [tx.toHex(), `0x${'11'.repeat(32)}`]);
      assert.equal(unknown.error?.code, 4001);
    });

    await t.test('inherent_extrinsics builds the timestamp; check_inherents checks a block against the time', async () => {
      const now = (await a.query.timestamp.now() as unknown as { toBigInt(): bigint }).toBigInt();
      const min = (a.consts.timestamp.minimumPeriod as unknown as { toBigInt(): bigint }).toBigInt();
      for (const [data, expect] of [
        [now + 3_600_000n, now + 3_600_000n], // the provided time
        [now - 1n, now + min], // never earlier than Now + MinimumPeriod
      ]) {
        const raw = (await httpRpc(node.port, 'state_call', ['BlockBuilder_inherent_extrinsics', toHex(inherentData(data))])).result as string;
        const xts = a.createType('Vec<Extrinsic>', raw);
        assert.equal(xts.length, 1);
        assert.equal(xts[0].isSigned, false);
        assert.equal(`${xts[0].method.section}.${xts[0].method.method}`, 'timestamp.set');
        assert.equal((xts[0].method.args[0] as unknown as { toBigInt(): bigint }).toBigInt(), expect);
      }
      const missing = await httpRpc(node.port, 'state_call', ['BlockBuilder_inherent_extrinsics', '0x00']);
      assert.match(missing.error?.message ?? '', /Timestamp inherent data must be provided/);

      // the head block, checked at its parent's state
      const signed = await a.rpc.chain.getBlock();
      const block = signed.block;
      const set = block.extrinsics.find((x) => x.method.section === 'timestamp');
      assert.ok(set, 'every block has its timestamp inherent');
      const t0 = (set.method.args[0] as unknown as { toBigInt(): bigint }).toBigInt();
      const parent = block.header.parentHash.toHex();
      const check = async (data: bigint, at: string) => {
        const res = await httpRpc(node.port, 'state_call', ['BlockBuilder_check_inherents', toHex(concatBytes(block.toU8a(), inherentData(data))), at]);
        if (res.error) throw new Error(JSON.stringify(res.error));
        const r = decode(CheckInherentsResultType, fromHex(res.result as string)) as { okay: boolean; fatal_error: boolean; errors: [string, Uint8Array][] };
        return { okay: r.okay, fatal: r.fatal_error, errors: r.errors.map(([, e]) => (decode(TimestampInherentErrorType, e) as { type: string }).type) };
      };
      assert.deepEqual(await check(t0, parent), { okay: true, fatal: false, errors: [] });
      assert.deepEqual(await check(t0 - 30_000n, parent), { okay: true, fatal: false, errors: [] }, '30 s of drift is allowed');
      assert.deepEqual(await check(t0 - 30_001n, parent), { okay: false, fatal: true, errors: ['TooFarInFuture'] });
      // against the block's own state its time is not after Now + MinimumPeriod
      assert.deepEqual(await check(t0, block.header.hash.toHex()), { okay: false, fatal: true, errors: ['TooEarly'] });
    });
  } finally {
    await api?.disconnect().catch(() => undefined);
    await node.stop();
  }
});
