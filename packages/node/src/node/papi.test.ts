/**
 * polkadot-api end to end, over the new JSON-RPC spec (chainSpec_v1, chainHead_v1, transaction_v1,
 * transactionWatch_v1) on a real WebSocket.
 *
 * The `polkadot-api` package itself (typed API, descriptor codegen, ws-provider) is not installed;
 * its lower layers are, as dependencies of @polkadot/api (@polkadot-api/substrate-client,
 * observable-client, metadata-builders, json-rpc-provider). The first test drives the node through
 * those layers exactly as `polkadot-api`'s client does (chainHead follow -> runtime metadata from
 * Metadata_metadata_at_version -> dynamic storage codecs -> storage -> transaction broadcast ->
 * trackTx with decoded events). The second checks the raw JSON shapes of the spec.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sr25519Sign } from '@polkadot/util-crypto';
import { encodeAddress } from '@polkadot/util-crypto';
import { createClient, type SubstrateClient } from '@polkadot-api/substrate-client';
import type { JsonRpcProvider } from '@polkadot-api/json-rpc-provider';
import { getObservableClient, type AnalyzedBlock } from '@polkadot-api/observable-client';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { WebSocket } from 'ws';
import { decode } from '@tensorium/primitives';
import { AccountInfoType } from '@tensorium/runtime/types';
import { DEV_BALANCE } from '../chain/chain.js';
import { devAccount, devKeypair } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../extrinsic/index.js';
import { blake2_128, concatBytes, fromHex, toHex, twox128 } from '../storage/hashing.js';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';
import { wsClient } from './testUtil.js';

/** A JsonRpcProvider (the interface polkadot-api's clients take) over a `ws` WebSocket. */
function wsProvider(url: string): { provider: JsonRpcProvider; closed: Promise<void> } {
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const provider: JsonRpcProvider = (onMessage) => {
    const ws = new WebSocket(url);
    const queue: string[] = [];
    ws.on('open', () => {
      for (const m of queue.splice(0)) ws.send(m);
    });
    ws.on('message', (d) => onMessage(d.toString()));
    ws.on('error', () => undefined);
    ws.on('close', () => resolveClosed());
    return {
      send: (m) => (ws.readyState === WebSocket.OPEN ? ws.send(m) : queue.push(m)),
      disconnect: () => (ws.readyState === WebSocket.CLOSED ? resolveClosed() : ws.close()),
    };
  };
  return { provider, closed };
}

function transfer(genesisHash: string, nonce: number, value: bigint): string {
  const kp = devKeypair('//Alice');
  return toHex(
    encodeSignedExtrinsic({
      call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value } },
      signer: devAccount('Alice'),
      sign: (payload) => sr25519Sign(payload, kp),
      nonce,
      genesisHash,
    }),
  );
}

const accountKey = (id: string): string => {
  const b = fromHex(id);
  return toHex(concatBytes(twox128('System'), twox128('Account'), blake2_128(b), b));
};

interface AccountInfo {
  nonce: number;
  data: { free: bigint };
}
interface SystemEventRecord {
  event: { type: string; value: { type: string } };
}

test('polkadot-api (substrate-client + observable-client): follow, metadata, storage, signed transfer tracked to its events', { timeout: 90_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: { intervalMs: 200 }, logger: silentLogger });
  const { provider, closed } = wsProvider(node.url);
  let client: SubstrateClient | undefined;
  let destroy: () => void = () => undefined;
  let unfollow: () => void = () => undefined;
  try {
    client = createClient(provider);
    const spec = await client.getChainSpecData();
    assert.equal(spec.genesisHash, '0x' + node.chain.genesisHash);
    assert.equal(spec.name, 'Development');
    assert.equal((spec.properties as { tokenSymbol: string }).tokenSymbol, 'TAO');

    const obs = getObservableClient(client);
    destroy = obs.destroy;
    const chainHead = obs.chainHead$();
    unfollow = chainHead.unfollow;
    const t0 = performance.now();
    const metadata = await firstValueFrom(chainHead.metadata$.pipe(filter((m) => m !== null), timeout(30_000)));
    console.log(`papi runtime ready in ${(performance.now() - t0).toFixed(0)} ms`);
    assert.ok(metadata!.pallets.some((p) => p.name === 'SubtensorModule'));

    const alice = encodeAddress(fromHex(devAccount('Alice')), 42);
    const bob = encodeAddress(fromHex(devAccount('Bob')), 42);
    const account = (who: string, at: string | null = null): Promise<AccountInfo> =>
      firstValueFrom(
        chainHead.storage$(
          at,
          'value',
          (ctx) => ctx.dynamicBuilder.buildStorage('System', 'Account').enc(who),
          null,
          (raw, ctx) => {
            const e = ctx.dynamicBuilder.buildStorage('System', 'Account');
            return (raw === null ? e.fallback : e.dec(raw)) as AccountInfo;
          },
        ),
      );
    const aliceInfo = await account(alice);
    assert.equal(aliceInfo.data.free, DEV_BALANCE);
    const bobBefore = (await account(bob)).data.free;

    // storage through the raw descendants query (System.Account map: the six dev accounts)
    const best = await firstValueFrom(chainHead.best$);
    const entries = await firstValueFrom(chainHead.storage$(best.hash, 'descendantsValues', () => toHex(concatBytes(twox128('System'), twox128('Account'))), null));
    assert.ok((entries as unknown as { key: string }[]).length >= 6);

    // a runtime API through chainHead_v1_call
    const nonceOut = await firstValueFrom(chainHead.call$(null, 'AccountNonceApi_account_nonce', toHex(fromHex(devAccount('Alice')))));
    assert.equal(nonceOut, '0x00000000');

    // sign with our encoder, broadcast with transaction_v1_broadcast, track with papi
    const amount = 2_000_000_000n;
    const tx = transfer('0x' + node.chain.genesisHash, 0, amount);
    const found = firstValueFrom(
      chainHead.trackTx$(tx).pipe(
        filter((a: AnalyzedBlock) => a.found.type),
        timeout(30_000),
      ),
    );
    const broadcast = obs.broadcastTx$(tx).subscribe({ error: () => undefined });
    const included = await found;
    broadcast.unsubscribe();
    assert.ok(included.found.type);
    const events = (included.found as { events: SystemEventRecord[] }).events;
    assert.ok(
      events.some((e) => e.event.type === 'System' && e.event.value.type === 'ExtrinsicSuccess'),
      'ExtrinsicSuccess event decoded by papi',
    );
    assert.ok(events.some((e) => e.event.type === 'Balances' && e.event.value.type === 'Transfer'));
    const bobAfter = (await account(bob, included.hash)).data.free;
    assert.equal(bobAfter - bobBefore, amount);
  } finally {
    unfollow();
    destroy();
    client?.destroy();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2_000))]);
    await node.stop();
  }
});

test('new JSON-RPC spec over a raw WebSocket: follow events, operations, transactionWatch, errors', { timeout: 60_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger });
  const ws = await wsClient(node.port);
  try {
    const g = '0x' + node.chain.genesisHash;
    assert.equal(await ws.call('chainSpec_v1_genesisHash'), g);
    assert.equal(await ws.call('chainSpec_v1_chainName'), 'Development');
    assert.deepEqual(await ws.call('chainSpec_v1_properties'), { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' });
    const methods = ((await ws.call('rpc_methods')) as { methods: string[] }).methods;
    for (const name of ['chainHead_v1_follow', 'chainHead_v1_storage', 'transaction_v1_broadcast', 'transactionWatch_v1_submitAndWatch']) assert.ok(methods.includes(name), name);

    // follow with runtime: initialized (with the runtime spec) then bestBlockChanged
    const sub = (await ws.call('chainHead_v1_follow', [true])) as string;
    const [init, best0] = (await ws.next(sub, 2)) as [
      { event: string; finalizedBlockHashes: string[]; finalizedBlockRuntime: { type: string; spec: { specName: string; specVersion: number; transactionVersion: number; apis: Record<string, number> } } },
      { event: string; bestBlockHash: string },
    ];
    assert.equal(init.event, 'initialized');
    assert.deepEqual(init.finalizedBlockHashes, [g]);
    assert.equal(init.finalizedBlockRuntime.type, 'valid');
    assert.equal(init.finalizedBlockRuntime.spec.specName, 'node-subtensor');
    assert.equal(typeof init.finalizedBlockRuntime.spec.apis['0xdf6acb689907609b'], 'number'); // Core
    assert.deepEqual(best0, { event: 'bestBlockChanged', bestBlockHash: g });

    // header of the pinned genesis; an unknown block is -32801; an unknown subscription is null
    const header = (await ws.call('chainHead_v1_header', [sub, g])) as string;
    assert.ok(header.startsWith('0x' + '00'.repeat(32)));
    await assert.rejects(ws.call('chainHead_v1_header', [sub, '0x' + '11'.repeat(32)]), (e: { code: number }) => e.code === -32801);
    assert.equal(await ws.call('chainHead_v1_header', ['nope', g]), null);
    assert.deepEqual(await ws.call('chainHead_v1_body', ['nope', g]), { result: 'limitReached' });

    // storage: value, hash, closestDescendantMerkleValue, descendants
    const aliceKey = accountKey(devAccount('Alice'));
    const prefix = toHex(concatBytes(twox128('System'), twox128('Account')));
    const st = (await ws.call('chainHead_v1_storage', [
      sub,
      g,
      [
        { key: aliceKey, type: 'value' },
        { key: aliceKey, type: 'hash' },
        { key: prefix, type: 'descendantsHashes' },
        { key: '0x', type: 'closestDescendantMerkleValue' },
        { key: '0xdeadbeef', type: 'value' },
      ],
      null,
    ])) as { result: string; operationId: string; discardedItems: number };
    assert.equal(st.result, 'started');
    assert.equal(st.discardedItems, 0);
    const [itemsEv, doneEv] = (await ws.next(sub, 2)) as [{ event: string; operationId: string; items: { key: string; value?: string; hash?: string; closestDescendantMerkleValue?: string }[] }, { event: string; operationId: string }];
    assert.equal(itemsEv.event, 'operationStorageItems');
    assert.equal(itemsEv.operationId, st.operationId);
    assert.deepEqual(doneEv, { event: 'operationStorageDone', operationId: st.operationId });
    const value = itemsEv.items.find((i) => i.key === aliceKey && i.value)!.value!;
    assert.equal((decode(AccountInfoType, fromHex(value)) as { data: { free: bigint } }).data.free, DEV_BALANCE);
    assert.ok(itemsEv.items.some((i) => i.key === aliceKey && i.hash));
    assert.ok(itemsEv.items.filter((i) => i.key.startsWith(prefix) && i.hash).length >= 7); // alice's hash + 6 descendants
    assert.equal(itemsEv.items.find((i) => i.closestDescendantMerkleValue)!.closestDescendantMerkleValue, '0x' + node.chain.head.header.stateRoot);
    assert.ok(!itemsEv.items.some((i) => i.key === '0xdeadbeef'));

    // call: Core_version through chainHead_v1_call
    const call = (await ws.call('chainHead_v1_call', [sub, g, 'Core_version', '0x'])) as { result: string; operationId: string };
    const [callDone] = (await ws.next(sub, 1)) as [{ event: string; operationId: string; output: string }];
    assert.equal(callDone.event, 'operationCallDone');
    assert.equal(callDone.operationId, call.operationId);
    assert.ok(callDone.output.length > 10);
    const bad = (await ws.call('chainHead_v1_call', [sub, g, 'Nope_nope', '0x'])) as { operationId: string };
    const [badDone] = (await ws.next(sub, 1)) as [{ event: string; operationId: string; error: string }];
    assert.equal(badDone.event, 'operationError');
    assert.equal(badDone.operationId, bad.operationId);

    // transactionWatch: validated -> (block) -> bestChainBlockIncluded -> finalized
    const signed = transfer(g, 0, 1_000_000_000n);
    const watch = (await ws.call('transactionWatch_v1_submitAndWatch', [signed])) as string;
    assert.deepEqual(await ws.next(watch, 1), [{ event: 'validated' }]);
    const created = (await ws.call('engine_createBlock', [true, true])) as { hash: string };
    const [included, finalized] = (await ws.next(watch, 2)) as [{ event: string; block: { hash: string; index: number } }, { event: string; block: { hash: string; index: number } }];
    // index 1: extrinsic 0 of every block is the timestamp inherent
    assert.deepEqual(included, { event: 'bestChainBlockIncluded', block: { hash: created.hash, index: 1 } });
    assert.deepEqual(finalized, { event: 'finalized', block: { hash: created.hash, index: 1 } });

    // the follow subscription saw the block
    const [nb, bb, fin] = (await ws.next(sub, 3)) as [{ event: string; blockHash: string; parentBlockHash: string; newRuntime: null }, { event: string; bestBlockHash: string }, { event: string; finalizedBlockHashes: string[]; prunedBlockHashes: string[] }];
    assert.deepEqual(nb, { event: 'newBlock', blockHash: created.hash, parentBlockHash: g, newRuntime: null });
    assert.deepEqual(bb, { event: 'bestBlockChanged', bestBlockHash: created.hash });
    assert.deepEqual(fin, { event: 'finalized', finalizedBlockHashes: [created.hash], prunedBlockHashes: [] });
    const body = (await ws.call('chainHead_v1_body', [sub, created.hash])) as { operationId: string };
    const [bodyDone] = (await ws.next(sub, 1)) as [{ event: string; operationId: string; value: string[] }];
    // the body: the timestamp inherent (bare v4, Timestamp.set) then the transaction
    assert.equal(bodyDone.value.length, 2);
    assert.match(bodyDone.value[0], /^0x[0-9a-f]{2}040200/);
    assert.deepEqual(bodyDone, { event: 'operationBodyDone', operationId: body.operationId, value: [bodyDone.value[0], signed] });

    // storage at the older pinned block still reads that block's state
    const old = (await ws.call('chainHead_v1_storage', [sub, g, [{ key: aliceKey, type: 'value' }], null])) as { operationId: string };
    const [oldItems] = (await ws.next(sub, 2)) as [{ items: { value: string }[] }];
    void old;
    assert.equal(oldItems.items[0].value, value);

    // an invalid transaction is reported as an event, not an error
    const bad2 = (await ws.call('transactionWatch_v1_submitAndWatch', [transfer(g, 0, 1n)])) as string; // stale nonce
    const [inv] = (await ws.next(bad2, 1)) as [{ event: string; error: string }];
    assert.equal(inv.event, 'invalid');
    await assert.rejects(ws.call('transactionWatch_v1_submitAndWatch', ['0xzz']), (e: { code: number }) => e.code === -32602);

    // transaction_v1_broadcast / stop
    const op = (await ws.call('transaction_v1_broadcast', [transfer(g, 1, 1_000_000_000n)])) as string;
    assert.equal(typeof op, 'string');
    assert.equal(await ws.call('transaction_v1_stop', [op]), null);
    await assert.rejects(ws.call('transaction_v1_stop', [op]), (e: { code: number }) => e.code === -32602);
    assert.equal(node.pool.size, 1);

    // unpin, duplicate hashes, unfollow
    await assert.rejects(ws.call('chainHead_v1_unpin', [sub, [g, g]]), (e: { code: number }) => e.code === -32804);
    assert.equal(await ws.call('chainHead_v1_unpin', [sub, [g]]), null);
    await assert.rejects(ws.call('chainHead_v1_header', [sub, g]), (e: { code: number }) => e.code === -32801);
    assert.equal(await ws.call('chainHead_v1_unfollow', [sub]), null);
    assert.equal(await ws.call('chainHead_v1_header', [sub, created.hash]), null);

    // follow without runtime: no runtime fields
    const sub2 = (await ws.call('chainHead_v1_follow', [false])) as string;
    const [init2] = (await ws.next(sub2, 2)) as [Record<string, unknown>];
    assert.deepEqual(init2, { event: 'initialized', finalizedBlockHashes: [created.hash] });
    await assert.rejects(ws.call('chainHead_v1_call', [sub2, created.hash, 'Core_version', '0x']), (e: { code: number }) => e.code === -32802);
  } finally {
    await ws.close();
    await node.stop();
  }
});
