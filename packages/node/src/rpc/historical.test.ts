/**
 * Queries at a past block hash answer from that block's state, through @polkadot/api on a real
 * node: `api.at(hash).query.x.y.entries()` (state_getKeysPaged at a block), runtime API calls
 * (`api.at(hash).call…` and raw `state_call` with the hash), from the recent in-memory history and,
 * past the 256-block window, from the archive; a pruned node answers 4003 for discarded blocks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { decode, encode, T } from '@tensorium/primitives';
import { silentLogger } from '../node/logger.js';
import { TensoriumNode } from '../node/node.js';
import { httpRpc } from '../node/testUtil.js';
import { fromHex, toHex } from '../storage/hashing.js';
import { RUNTIME_API_RETURN_TYPES } from './subtensorApis.js';

const TAO = 1_000_000_000n;
type Rec = Record<string, unknown>;

/** Sign, submit and wait for finalization (dev finality is immediate); the block hash, or the module error. */
function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${tx.method.section}.${tx.method.method}: not finalized within 30 s`)), 30_000);
    timer.unref();
    tx.signAndSend(signer, (r) => {
      if (r.isError) reject(new Error(`${tx.method.section}.${tx.method.method}: ${r.status.type}`));
      if (r.status.isFinalized) {
        clearTimeout(timer);
        if (r.dispatchError) reject(new Error(`${tx.method.section}.${tx.method.method}: ${r.dispatchError.toString()}`));
        else resolve(r.status.asFinalized.toHex());
      }
    }).catch(reject);
  });
}

async function connect(node: TensoriumNode): Promise<ApiPromise> {
  const provider = new WsProvider(node.url, false);
  await provider.connect();
  try {
    return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  } catch (e) {
    await provider.disconnect().catch(() => undefined);
    throw e;
  }
}

test('archive node: storage entries and runtime APIs at past blocks answer from those blocks (recent history and archive)', { timeout: 180_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', archive: true, logger: silentLogger });
  let api: ApiPromise | undefined;
  try {
    api = await connect(node);
    const a = api;
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const aliceHot = keyring.addFromUri('//Alice//hot');
    const bobHot = keyring.addFromUri('//Bob//hot');
    const sm = a.tx.subtensorModule;
    const q = a.query.subtensorModule;
    const big = (v: unknown): bigint => (v as { toBigInt(): bigint }).toBigInt();
    /** Raw state_call (optionally at a block): the result hex, or the RPC error. */
    const stateCall = async (method: string, args: Uint8Array, at?: string): Promise<{ result?: string; error?: { code: number; message: string } }> => {
      const r = await httpRpc(node.port, 'state_call', at === undefined ? [method, toHex(args)] : [method, toHex(args), at]);
      return { result: r.result as string | undefined, error: r.error };
    };
    const decodeCall = (method: string, hex: string): unknown => decode(RUNTIME_API_RETURN_TYPES[method], fromHex(hex));

    const genesisHash = (await a.rpc.chain.getFinalizedHead()).toHex();
    const netuidsAtGenesis = (await q.networksAdded.entries()).map(([k]) => Number(k.args[0].toString()));

    await send(a, sm.registerNetwork(aliceHot.address), alice);
    const netuid = Math.max(...(await q.networksAdded.entries()).map(([k]) => Number(k.args[0].toString())));
    assert.ok(!netuidsAtGenesis.includes(netuid));
    await send(a, sm.startCall(netuid), alice);
    await send(a, sm.burnedRegister(netuid, bobHot.address), bob);
    const staked = await send(a, sm.addStake(bobHot.address, netuid, 500n * TAO), bob);

    // what the head answered while `staked` was the head
    const dynMethod = 'SubnetInfoRuntimeApi_get_dynamic_info';
    const stakeMethod = 'StakeInfoRuntimeApi_get_stake_info_for_coldkey';
    const then = {
      hotkeyAlpha: (await q.totalHotkeyAlpha.entries()).map(([k, v]) => [k.toHex(), big(v)] as const),
      dyn: (await stateCall(dynMethod, encode(T.u16, netuid))).result!,
      stakeInfo: (await stateCall(stakeMethod, bob.addressRaw)).result!,
      bobNonce: (await a.call.accountNonceApi.accountNonce(bob.address)).toString(),
      number: (await a.rpc.chain.getHeader(staked)).number.toNumber(),
    };
    assert.equal((await a.rpc.chain.getHeader()).hash.toHex(), staked);
    assert.ok(then.hotkeyAlpha.length > 0);

    // the head moves on: more stake, another nonce
    await send(a, sm.addStake(bobHot.address, netuid, 200n * TAO), bob);
    const now = {
      hotkeyAlpha: (await q.totalHotkeyAlpha.entries()).map(([k, v]) => [k.toHex(), big(v)] as const),
      dyn: (await stateCall(dynMethod, encode(T.u16, netuid))).result!,
      stakeInfo: (await stateCall(stakeMethod, bob.addressRaw)).result!,
    };
    assert.notDeepEqual(now.hotkeyAlpha, then.hotkeyAlpha, 'the head state differs from the old block');
    assert.notEqual(now.dyn, then.dyn);
    assert.notEqual(now.stakeInfo, then.stakeInfo);

    const sorted = <V>(rows: readonly (readonly [string, V])[]): (readonly [string, V])[] => [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const checkPast = async (where: string): Promise<void> => {
      const past = await a.at(staked);
      // storage entries (state_getKeysPaged at the block, then the values at it)
      const entries = (await past.query.subtensorModule.totalHotkeyAlpha.entries()).map(([k, v]) => [k.toHex(), big(v)] as const);
      assert.deepEqual(sorted(entries), sorted(then.hotkeyAlpha), `${where}: TotalHotkeyAlpha entries at the old block`);
      const atGenesis = (await (await a.at(genesisHash)).query.subtensorModule.networksAdded.entries()).map(([k]) => Number(k.args[0].toString()));
      assert.deepEqual(atGenesis.sort(), [...netuidsAtGenesis].sort(), `${where}: NetworksAdded at genesis`);
      // runtime APIs at the block: the old figures, the old block number
      const dyn = await stateCall(dynMethod, encode(T.u16, netuid), staked);
      assert.equal(dyn.error, undefined, JSON.stringify(dyn.error));
      assert.equal(dyn.result, then.dyn, `${where}: get_dynamic_info at the old block`);
      const d = decodeCall(dynMethod, dyn.result!) as Rec;
      assert.equal(d.tao_in, big(await past.query.subtensorModule.subnetTAO(netuid)));
      assert.equal(d.blocks_since_last_step, BigInt(then.number) - big(await past.query.subtensorModule.lastMechansimStepBlock(netuid)));
      assert.equal((await stateCall(stakeMethod, bob.addressRaw, staked)).result, then.stakeInfo, `${where}: stake info at the old block`);
      assert.deepEqual(decodeCall(dynMethod, (await stateCall(dynMethod, encode(T.u16, netuid), genesisHash)).result!), undefined, `${where}: no subnet at genesis`);
      assert.equal((await past.call.accountNonceApi.accountNonce(bob.address)).toString(), then.bobNonce, `${where}: account nonce at the old block`);
      // paging at the block: strictly after startKey, in key order, at most count
      const prefix = q.totalHotkeyAlpha.keyPrefix();
      const all = (await a.rpc.state.getKeysPaged(prefix, 1000, undefined, staked)).map((k) => k.toHex());
      assert.deepEqual(all, sorted(then.hotkeyAlpha).map(([k]) => k));
      const paged: string[] = [];
      let start: string | undefined;
      for (;;) {
        const page = (await a.rpc.state.getKeysPaged(prefix, 1, start, staked)).map((k) => k.toHex());
        if (page.length === 0) break;
        assert.ok(start === undefined || page[0] > start);
        paged.push(...page);
        start = page[page.length - 1];
      }
      assert.deepEqual(paged, all, `${where}: paging by one`);
    };
    await checkPast('recent history');
    // the head still answers the new figures
    assert.equal((await stateCall(dynMethod, encode(T.u16, netuid))).result, now.dyn);

    // past the in-memory window: the archive answers
    const jumped = await httpRpc(node.port, 'dev_jumpBlocks', [260]);
    assert.equal(jumped.error, undefined);
    await checkPast('archive');
  } finally {
    await api?.disconnect();
    await node.stop();
  }
});

test('pruned node: blocks past the 256-block window answer 4003 for keys and runtime calls; recent blocks answer', { timeout: 120_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  try {
    const old = node.chain.head.hash;
    assert.equal((await httpRpc(node.port, 'dev_jumpBlocks', [250])).error, undefined);
    const recent = '0x' + node.chain.head.hash;
    const allThen = await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_all_dynamic_info', '0x']);
    assert.equal(allThen.error, undefined);
    assert.equal((await httpRpc(node.port, 'dev_jumpBlocks', [10])).error, undefined);
    const accountPrefix = '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9';
    const discarded = (r: { error?: { code: number; message: string } }): void => {
      assert.equal(r.error?.code, 4003, JSON.stringify(r));
      assert.match(r.error!.message, /State already discarded/);
    };
    discarded(await httpRpc(node.port, 'state_getKeysPaged', [accountPrefix, 10, null, '0x' + old]));
    discarded(await httpRpc(node.port, 'state_getKeys', [accountPrefix, '0x' + old]));
    discarded(await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_all_dynamic_info', '0x', '0x' + old]));
    discarded(await httpRpc(node.port, 'state_call', ['AccountNonceApi_account_nonce', toHex(new Uint8Array(32)), '0x' + old]));
    // the runtime's version and metadata do not depend on the state
    assert.equal((await httpRpc(node.port, 'state_call', ['Core_version', '0x', '0x' + old])).error, undefined);
    // unknown block: 4001
    assert.equal((await httpRpc(node.port, 'state_getKeysPaged', [accountPrefix, 10, null, '0x' + 'ab'.repeat(32)])).error?.code, 4001);

    // a block inside the window answers, with the head's keys (no account changed since)
    const atRecent = await httpRpc(node.port, 'state_getKeysPaged', [accountPrefix, 10, null, recent]);
    const atHead = await httpRpc(node.port, 'state_getKeysPaged', [accountPrefix, 10, null]);
    assert.equal(atRecent.error, undefined);
    assert.deepEqual(atRecent.result, atHead.result);
    assert.ok((atRecent.result as string[]).length >= 6, 'the dev accounts');
    const keys = await httpRpc(node.port, 'state_getKeys', [accountPrefix, recent]);
    assert.deepEqual(keys.result, atHead.result);
    // startKey below the prefix starts at the prefix; count bounds the page
    const two = await httpRpc(node.port, 'state_getKeysPaged', [accountPrefix, 2, '0x00', recent]);
    assert.deepEqual(two.result, (atHead.result as string[]).slice(0, 2));
    const all = await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_all_dynamic_info', '0x', recent]);
    assert.equal(all.error, undefined);
    assert.equal(all.result, allThen.result, 'what the head answered when it was that block');
  } finally {
    await node.stop();
  }
});
