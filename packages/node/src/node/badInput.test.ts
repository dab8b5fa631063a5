/**
 * Bad input against a real node (in process, port 0, manual sealing), over raw JSON-RPC on HTTP and
 * WebSocket. Every rejection carries Substrate's error code and message, the node keeps answering,
 * and nothing reaches the chain: the state root, the head and //Alice's balance are the same after
 * all of them. Then 1,000 concurrent `chain_subscribeNewHeads` subscriptions all see the next block
 * and unsubscribe cleanly. Limits: see docs/node-limits.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sr25519Sign } from '@polkadot/util-crypto';
import { encode, T } from '@tensorium/primitives';
import { WebSocket } from 'ws';
import { devAccount, devKeypair } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic, encodeUnsignedExtrinsic } from '../extrinsic/index.js';
import { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../rpc/server.js';
import { blake2_128, concatBytes, fromHex, toHex, twox128 } from '../storage/hashing.js';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';
import { httpRpc, wsClient, type WsClient } from './testUtil.js';

type RpcReply = { result?: unknown; error?: { code: number; message: string; data?: unknown } };

const accountKey = (id: string): string => {
  const b = fromHex(id);
  return toHex(concatBytes(twox128('System'), twox128('Account'), blake2_128(b), b));
};

interface XtOpts {
  readonly suri?: string;
  readonly signer?: string;
  readonly signWith?: string;
  readonly nonce: number;
  readonly value?: bigint;
  readonly tip?: bigint;
  readonly genesisHash: string;
  readonly call?: Uint8Array;
}

function xt(o: XtOpts): Uint8Array {
  const suri = o.suri ?? '//Alice';
  const kp = devKeypair(o.signWith ?? suri);
  return encodeSignedExtrinsic({
    call: o.call ?? { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value: o.value ?? 1_000_000_000n } },
    signer: o.signer ?? toHex(devKeypair(suri).publicKey).slice(2),
    sign: (payload) => sr25519Sign(payload, kp),
    nonce: o.nonce,
    tip: o.tip ?? 0n,
    genesisHash: o.genesisHash,
  });
}

/** POST a raw body; returns the HTTP status and the parsed JSON (if any). */
async function rawPost(port: number, body: string | Uint8Array): Promise<{ status: number; json?: RpcReply }> {
  const res = await fetch(`http://127.0.0.1:${port}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(20_000) });
  const text = await res.text();
  let json: RpcReply | undefined;
  try {
    json = text ? (JSON.parse(text) as RpcReply) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

/** Send one raw WebSocket text frame and wait for one reply. */
async function rawWs(port: number, text: string): Promise<RpcReply> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  try {
    return await new Promise<RpcReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reply')), 10_000);
      ws.once('message', (d) => {
        clearTimeout(timer);
        resolve(JSON.parse(d.toString()) as RpcReply);
      });
      ws.send(text);
    });
  } finally {
    ws.terminate();
  }
}

test('bad input: Substrate error codes, the node stays up, no state changes', { timeout: 120_000 }, async (t) => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger });
  const port = node.port;
  const g = node.chain.genesisHash;
  const alice = devAccount('Alice');
  const submit = (bytes: Uint8Array | string): Promise<RpcReply> => httpRpc(port, 'author_submitExtrinsic', [typeof bytes === 'string' ? bytes : toHex(bytes)]);
  const alive = async (): Promise<void> => {
    const h = await httpRpc(port, 'system_health');
    assert.deepEqual(h.result, { peers: 0, isSyncing: false, shouldHavePeers: false }, 'node answers a follow-up request');
  };
  const expectError = (r: RpcReply, code: number, message: string | RegExp, data?: unknown): void => {
    assert.ok(r.error, `expected error ${code}, got ${JSON.stringify(r)}`);
    assert.equal(r.error.code, code, JSON.stringify(r.error));
    if (typeof message === 'string') assert.equal(r.error.message, message);
    else assert.match(r.error.message, message);
    if (data !== undefined) assert.equal(r.error.data, data);
  };
  try {
    // one accepted transfer so that nonce 0 is stale
    assert.match((await submit(xt({ nonce: 0, genesisHash: g }))).result as string, /^0x[0-9a-f]{64}$/);
    await httpRpc(port, 'engine_createBlock', [true, true]);
    assert.equal(node.chain.head.number, 1);
    const aliceRaw = async (): Promise<string> => (await httpRpc(port, 'state_getStorage', [accountKey(alice)])).result as string;
    const baseline = { root: node.chain.head.header.stateRoot, head: node.chain.head.hash, alice: await aliceRaw() };

    await t.test('malformed hex: -32602 invalid params', async () => {
      for (const bad of ['0xzz', '0x123', 'deadbeef', 42, null]) expectError(await httpRpc(port, 'author_submitExtrinsic', [bad]), -32602, 'Invalid params');
      await alive();
    });
    await t.test('truncated SCALE: 1001 invalid format', async () => {
      const full = toHex(xt({ nonce: 1, genesisHash: g }));
      for (const cut of [full.slice(0, -10), full.slice(0, 10), '0x', '0x00']) expectError(await submit(cut), 1001, 'Extrinsic has invalid format');
      await alive();
    });
    await t.test('wrong signature: 1010 bad signature', async () => {
      expectError(await submit(xt({ nonce: 1, genesisHash: g, signWith: '//Bob' })), 1010, 'Invalid Transaction', 'Transaction has a bad signature');
      const good = xt({ nonce: 1, genesisHash: g });
      const flipped = good.slice();
      const lenBytes = good[0] & 3 ? ((good[0] & 3) === 1 ? 2 : 4) : 1;
      flipped[lenBytes + 1 + 33 + 1 + 10] ^= 0xff; // inside the sr25519 signature
      expectError(await submit(flipped), 1010, 'Invalid Transaction', 'Transaction has a bad signature');
      await alive();
    });
    await t.test('wrong genesis hash: 1010 bad signature', async () => {
      expectError(await submit(xt({ nonce: 1, genesisHash: '11'.repeat(32) })), 1010, 'Invalid Transaction', 'Transaction has a bad signature');
      await alive();
    });
    await t.test('stale nonce: 1010 outdated', async () => {
      expectError(await submit(xt({ nonce: 0, genesisHash: g, value: 7n * 1_000_000_000n })), 1010, 'Invalid Transaction', 'Transaction is outdated');
      await alive();
    });
    await t.test('far-future nonce: queued as future (as Substrate), never included; 1013, 1014, removal bans (1012)', async () => {
      const far = xt({ nonce: 1_000_000, genesisHash: g });
      const hash = (await submit(far)).result as string;
      assert.match(hash, /^0x[0-9a-f]{64}$/);
      assert.deepEqual((await httpRpc(port, 'author_pendingExtrinsics')).result, [toHex(far)]);
      assert.equal(node.pool.hasReady(), false, 'a future transaction is not ready');
      expectError(await submit(far), 1013, 'Transaction Already Imported');
      // same nonce, same length and fee (same priority), different bytes: cannot replace
      expectError(await submit(xt({ nonce: 1_000_000, genesisHash: g, value: 1_000_000_001n })), 1014, /^Priority is too low/, 'The transaction has too low priority to replace another transaction already in the pool.');
      assert.deepEqual((await httpRpc(port, 'author_removeExtrinsic', [[{ hash }]])).result, [hash]);
      assert.deepEqual((await httpRpc(port, 'author_pendingExtrinsics')).result, []);
      expectError(await submit(far), 1012, 'Transaction is temporarily banned');
      await alive();
    });
    await t.test('insufficient balance for fees: 1010 payment', async () => {
      expectError(await submit(xt({ suri: '//Nobody', nonce: 0, genesisHash: g })), 1010, 'Invalid Transaction', 'Inability to pay some fees (e.g. account balance too low)');
      await alive();
    });
    await t.test('oversized extrinsic: 1010 exhausts resources', async () => {
      const big = 5 * 1024 * 1024 + 16;
      const call = concatBytes(new Uint8Array([0, 0]), encode(T.compact(T.u32), big), new Uint8Array(big)); // System.remark
      expectError(await submit(xt({ nonce: 1, genesisHash: g, call })), 1010, 'Invalid Transaction', 'Transaction would exhaust the block limits');
      await alive();
    });
    await t.test('unknown call index: 1001 invalid format', async () => {
      for (const call of [new Uint8Array([0xfe, 0x00]), new Uint8Array([0x00, 0xfe])]) expectError(await submit(xt({ nonce: 1, genesisHash: g, call })), 1001, 'Extrinsic has invalid format');
      await alive();
    });
    await t.test('unresolvable signer address: 1011 unknown validity', async () => {
      // replace the MultiAddress::Id(account) by MultiAddress::Index(0): CannotLookup
      const good = xt({ nonce: 1, genesisHash: g });
      const lenBytes = good[0] & 3 ? ((good[0] & 3) === 1 ? 2 : 4) : 1;
      const body = good.subarray(lenBytes);
      const addr = body.subarray(1, 34);
      assert.equal(addr[0], 0, 'Id variant');
      const inner = concatBytes(body.subarray(0, 1), new Uint8Array([1, 0]), body.subarray(34));
      expectError(await submit(concatBytes(encode(T.compact(T.u32), inner.length), inner)), 1011, 'Unknown Transaction Validity');
      await alive();
    });
    await t.test('unsigned extrinsic: 1011 no unsigned validator (no free spam), also from validate_transaction', async () => {
      const bare = encodeUnsignedExtrinsic({ pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Bob') }, value: 10n } });
      expectError(await submit(bare), 1011, 'Unknown Transaction Validity', 'Could not find an unsigned validator for the unsigned transaction');
      assert.deepEqual((await httpRpc(port, 'author_pendingExtrinsics')).result, []);
      // TaggedTransactionQueue_validate_transaction(source External, tx, block hash) → Err(Unknown(NoUnsignedValidator))
      const args = concatBytes(new Uint8Array([2]), bare, fromHex(node.chain.head.hash));
      const res = (await httpRpc(port, 'state_call', ['TaggedTransactionQueue_validate_transaction', toHex(args)])).result as string;
      assert.equal(res, '0x010101', 'Err(Unknown(NoUnsignedValidator))');
      await alive();
    });
    await t.test('non-JSON body: -32700 parse error (HTTP and WS)', async () => {
      for (const body of ['{not json', '', '\u0000\u0001', '{"jsonrpc":"2.0","id":1,"method":']) {
        const r = await rawPost(port, body);
        assert.equal(r.status, 200);
        expectError(r.json!, -32700, 'Parse error');
      }
      expectError(await rawWs(port, '{oops'), -32700, 'Parse error');
      // well-formed JSON that is not a request
      expectError((await rawPost(port, '[]')).json!, -32600, 'Invalid request');
      expectError((await rawPost(port, '"x"')).json!, -32600, 'Invalid request');
      await alive();
    });
    await t.test(`huge JSON body (> ${DEFAULT_MAX_REQUEST_BYTES} bytes): HTTP 413 / WebSocket close 1009`, async () => {
      const huge = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'author_submitExtrinsic', params: ['0x' + '00'.repeat(DEFAULT_MAX_REQUEST_BYTES / 2 + 1024)] });
      const r = await rawPost(port, huge);
      assert.equal(r.status, 413);
      expectError(r.json!, -32007, /^Request is too big/);
      const ws = new WebSocket(`ws://127.0.0.1:${port}`);
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      const code = await new Promise<number>((resolve) => {
        ws.once('close', (c) => resolve(c));
        ws.on('error', () => undefined);
        ws.send(huge);
      });
      assert.equal(code, 1009);
      await alive();
    });
    await t.test('unknown method: -32601', async () => {
      expectError(await httpRpc(port, 'no_such_method', []), -32601, 'Method not found');
      const ws = await wsClient(port);
      try {
        await assert.rejects(ws.call('chain_noSuchThing'), (e: Error & { code?: number }) => e.code === -32601 && e.message === 'Method not found');
      } finally {
        await ws.close();
      }
      await alive();
    });
    await t.test('wrong params: -32602', async () => {
      expectError(await httpRpc(port, 'chain_getBlockHash', [{}]), -32602, 'Invalid params');
      expectError(await httpRpc(port, 'chain_getBlockHash', [-1]), -32602, 'Invalid params');
      expectError(await httpRpc(port, 'state_getStorage', []), -32602, 'Invalid params');
      expectError(await httpRpc(port, 'state_getKeysPaged', ['0x', 'ten']), -32602, 'Invalid params');
      expectError(await httpRpc(port, 'system_accountNextIndex', ['not-an-address']), -32602, 'Invalid params');
      const objParams = await rawPost(port, JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'chain_getHeader', params: { hash: 1 } }));
      expectError(objParams.json!, -32602, 'Invalid params');
      await alive();
    });

    // nothing above reached the chain
    assert.equal(node.chain.head.hash, baseline.head);
    assert.equal(node.chain.head.header.stateRoot, baseline.root);
    assert.equal(await aliceRaw(), baseline.alice);
    assert.equal(((await httpRpc(port, 'chain_getHeader')).result as { stateRoot: string }).stateRoot, '0x' + baseline.root);
    assert.deepEqual((await httpRpc(port, 'author_pendingExtrinsics')).result, []);
    assert.equal((await httpRpc(port, 'system_accountNextIndex', ['0x' + alice])).result, 1);

    await t.test('1,000 concurrent subscriptions all receive the next block and unsubscribe cleanly', async () => {
      const CONNECTIONS = 10;
      const PER_CONNECTION = 100;
      const clients: WsClient[] = await Promise.all(Array.from({ length: CONNECTIONS }, () => wsClient(port)));
      try {
        const subs = await Promise.all(clients.map(async (c) => ({ c, ids: (await Promise.all(Array.from({ length: PER_CONNECTION }, () => c.call('chain_subscribeNewHeads')))) as string[] })));
        const all = subs.flatMap(({ c, ids }) => ids.map((id) => ({ c, id })));
        assert.equal(all.length, 1000);
        assert.equal(new Set(all.map((x) => x.id)).size, 1000, 'distinct subscription ids');
        // each first gets the current head, then the next block
        const firsts = await Promise.all(all.map(({ c, id }) => c.next(id, 1, 20_000)));
        for (const [h] of firsts) assert.equal((h as { number: string }).number, '0x1');
        const created = (await httpRpc(port, 'engine_createBlock', [true, true])).result as { hash: string };
        const nexts = await Promise.all(all.map(({ c, id }) => c.next(id, 1, 20_000)));
        const expected = (await httpRpc(port, 'chain_getHeader', [created.hash])).result;
        for (const [h] of nexts) assert.deepEqual(h, expected);
        const unsubs = await Promise.all(all.map(({ c, id }) => c.call('chain_unsubscribeNewHeads', [id])));
        assert.ok(unsubs.every((u) => u === true));
        const again = await Promise.all(all.slice(0, 20).map(({ c, id }) => c.call('chain_unsubscribeNewHeads', [id])));
        assert.ok(again.every((u) => u === false), 'a closed subscription is gone');
        // no notification after unsubscribing
        await httpRpc(port, 'engine_createBlock', [true, true]);
        await assert.rejects(clients[0].next(subs[0].ids[0], 1, 300));
      } finally {
        await Promise.all(clients.map((c) => c.close()));
      }
      await alive();
    });

    await t.test(`more than ${DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions on one connection: -32006`, async () => {
      const c = await wsClient(port);
      try {
        const ids = (await Promise.all(Array.from({ length: DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION }, () => c.call('chain_subscribeNewHeads')))) as string[];
        assert.equal(ids.length, DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION);
        await assert.rejects(c.call('chain_subscribeNewHeads'), (e: Error & { code?: number }) => e.code === -32006 && e.message === 'Too many subscriptions on the connection');
        assert.equal(await c.call('chain_unsubscribeNewHeads', [ids[0]]), true);
        assert.equal(typeof (await c.call('chain_subscribeNewHeads')), 'string', 'a freed slot can be reused');
      } finally {
        await c.close();
      }
      await alive();
    });
  } finally {
    await node.stop();
  }
});
