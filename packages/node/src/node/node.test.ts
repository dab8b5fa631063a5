import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '@tensorium/primitives';
import { AccountInfoType } from '@tensorium/runtime/types';
import { DEV_BALANCE } from '../chain/chain.js';
import { sr25519Sign } from '@polkadot/util-crypto';
import type { RuntimeCall } from '@tensorium/runtime/frame/pallet';
import { devAccount, devKeypair } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../extrinsic/index.js';
import { blake2_128, concatBytes, fromHex, toHex, twox128 } from '../storage/hashing.js';
import { silentLogger } from './logger.js';
import { TensoriumNode } from './node.js';
import { storage as subtensorStorage } from '@tensorium/runtime/pallets/subtensor/storage';
import { httpRpc, wsClient } from './testUtil.js';

const aliceAccountKey = (): string => {
  const id = fromHex(devAccount('Alice'));
  return toHex(concatBytes(twox128('System'), twox128('Account'), blake2_128(id), id));
};

test('node over HTTP and WebSocket', { timeout: 60_000 }, async () => {
  const t0 = performance.now();
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: { intervalMs: 50 }, logger: silentLogger });
  const startMs = performance.now() - t0;
  const ws = await wsClient(node.port);
  try {
    // HTTP
    const g = await httpRpc(node.port, 'chain_getBlockHash', [0]);
    assert.equal(g.result, '0x' + node.chain.genesisHash);
    const hdr = (await httpRpc(node.port, 'chain_getHeader', [g.result])).result as { number: string; parentHash: string };
    assert.equal(hdr.number, '0x0');
    assert.equal(hdr.parentHash, '0x' + '00'.repeat(32));
    const props = (await httpRpc(node.port, 'system_properties')).result;
    assert.deepEqual(props, { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' });
    const acct = (await httpRpc(node.port, 'state_getStorage', [aliceAccountKey()])).result as string;
    const info = decode(AccountInfoType, fromHex(acct)) as { nonce: number; data: { free: bigint } };
    assert.equal(info.data.free, DEV_BALANCE);
    const nonce = await httpRpc(node.port, 'system_accountNextIndex', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY']);
    assert.equal(nonce.result, 0);
    // hostile input
    assert.equal((await httpRpc(node.port, 'state_getStorage', ['0xzz'])).error?.code, -32602);
    assert.equal((await httpRpc(node.port, 'no_such_method')).error?.code, -32601);
    assert.equal((await httpRpc(node.port, 'author_submitExtrinsic', ['0x1234'])).error?.code, 1001);
    assert.equal((await httpRpc(node.port, 'chain_getBlockHash', [{}])).error?.code, -32602);
    assert.equal((await httpRpc(node.port, 'state_getKeysPaged', ['0x', 5000])).error?.code, -32602);
    const bad = await fetch(`http://127.0.0.1:${node.port}`, { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } });
    assert.equal(((await bad.json()) as { error: { code: number } }).error.code, -32700);
    // keys paged: System.Account has the six dev accounts
    const prefix = toHex(concatBytes(twox128('System'), twox128('Account')));
    const keys = (await httpRpc(node.port, 'state_getKeysPaged', [prefix, 100])).result as string[];
    assert.ok(keys.includes(aliceAccountKey()));
    assert.ok(keys.length >= 6);
    const page2 = (await httpRpc(node.port, 'state_getKeysPaged', [prefix, 2, keys[1]])).result as string[];
    assert.deepEqual(page2, keys.slice(2, 4));
    // runtime version and state_call
    const rv = (await httpRpc(node.port, 'state_getRuntimeVersion')).result as { specName: string };
    assert.equal(rv.specName, 'node-subtensor');
    const versions = (await httpRpc(node.port, 'state_call', ['Metadata_metadata_versions', '0x'])).result;
    assert.equal(typeof versions, 'string');
    const aliceNonce = (await httpRpc(node.port, 'state_call', ['AccountNonceApi_account_nonce', '0x' + devAccount('Alice')])).result;
    assert.equal(aliceNonce, '0x00000000');
    assert.equal((await httpRpc(node.port, 'state_call', ['Nope_nope', '0x'])).error?.code, 4002);

    // WebSocket: subscriptions
    const sub = (await ws.call('chain_subscribeNewHeads')) as string;
    const heads = (await ws.next(sub, 3)) as { number: string }[];
    const nums = heads.map((h) => parseInt(h.number, 16));
    assert.ok(nums[1] === nums[0] + 1 && nums[2] === nums[1] + 1, `consecutive heads ${nums}`);
    assert.equal(await ws.call('chain_unsubscribeNewHeads', [sub]), true);
    const fsub = (await ws.call('chain_subscribeFinalizedHeads')) as string;
    await ws.next(fsub, 1);
    const numKey = toHex(concatBytes(twox128('System'), twox128('Number')));
    const ssub = (await ws.call('state_subscribeStorage', [[numKey]])) as string;
    const [first, second] = (await ws.next(ssub, 2)) as { block: string; changes: [string, string][] }[];
    assert.equal(first.changes[0][0], numKey);
    assert.notEqual(first.changes[0][1], second.changes[0][1]);
    const head = (await ws.call('chain_getHeader')) as { number: string };
    assert.ok(parseInt(head.number, 16) >= 3);
    console.log(`node start ${startMs.toFixed(0)} ms`);
  } finally {
    await ws.close();
    await node.stop();
  }
});

test('manual sealing, dev RPCs, restart with the same head and state root', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tensorium-node-'));
  try {
    let node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', basePath: dir, logger: silentLogger });
    let r = await httpRpc(node.port, 'engine_createBlock', [true, true]);
    assert.match((r.result as { hash: string }).hash, /^0x[0-9a-f]{64}$/);
    r = await httpRpc(node.port, 'dev_jumpBlocks', [10]);
    assert.equal((r.result as { number: number }).number, 11);
    const snap = (await httpRpc(node.port, 'dev_snapshot')).result as string;
    const at11 = node.chain.head;
    await httpRpc(node.port, 'dev_jumpBlocks', [5]);
    assert.equal(node.chain.head.number, 16);
    assert.equal((await httpRpc(node.port, 'dev_restore', [snap])).result, true);
    assert.equal(node.chain.head.hash, at11.hash);
    assert.equal(node.chain.head.header.stateRoot, at11.header.stateRoot);
    assert.equal(node.chain.backend.stateRoot().length, 32);
    assert.equal(toHex(node.chain.backend.stateRoot()).slice(2), at11.header.stateRoot);
    await httpRpc(node.port, 'dev_jumpBlocks', [2]);
    const head = node.chain.head;
    await node.stop();
    node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', basePath: dir, logger: silentLogger });
    try {
      assert.equal(node.chain.head.hash, head.hash);
      assert.equal(node.chain.head.number, 13);
      const hdr = (await httpRpc(node.port, 'chain_getHeader')).result as { stateRoot: string };
      assert.equal(hdr.stateRoot, '0x' + head.header.stateRoot);
      assert.equal((await httpRpc(node.port, 'chain_getBlockHash', [13])).result, '0x' + head.hash);
    } finally {
      await node.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dev_jumpToEpoch: blocks up to the next epoch of a subnet; clear errors otherwise', { timeout: 60_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger });
  try {
    // Alice registers and starts a subnet (hotkey: Bob's account)
    const kp = devKeypair('//Alice');
    const signed = (nonce: number, call: RuntimeCall): string =>
      toHex(encodeSignedExtrinsic({ call, signer: devAccount('Alice'), sign: (payload) => sr25519Sign(payload, kp), nonce, genesisHash: node.chain.genesisHash }));
    assert.equal((await httpRpc(node.port, 'author_submitExtrinsic', [signed(0, { pallet: 'SubtensorModule', name: 'register_network', args: { hotkey: devAccount('Bob') } })])).error, undefined);
    await httpRpc(node.port, 'engine_createBlock', [true, true]);
    const netuid = node.chain.view((s) => subtensorStorage.TotalNetworks.get(s)) - 1;
    assert.ok(netuid > 0 && node.chain.view((s) => subtensorStorage.NetworksAdded.get(s, netuid)));
    assert.equal((await httpRpc(node.port, 'author_submitExtrinsic', [signed(1, { pallet: 'SubtensorModule', name: 'start_call', args: { netuid } })])).error, undefined);
    await httpRpc(node.port, 'engine_createBlock', [true, true]);

    const first = (await httpRpc(node.port, 'dev_jumpToEpoch', [netuid])).result as { number: number; hash: string; blocks: number };
    assert.equal(node.chain.head.number, first.number);
    assert.equal('0x' + node.chain.head.hash, first.hash);
    assert.equal(node.chain.view((s) => subtensorStorage.LastMechansimStepBlock.get(s, netuid)), BigInt(first.number));
    const tempo = node.chain.view((s) => subtensorStorage.Tempo.get(s, netuid));
    const second = (await httpRpc(node.port, 'dev_nextEpoch', [netuid])).result as { number: number; blocks: number };
    assert.equal(second.number - first.number, tempo, 'consecutive epochs are one tempo apart (LastEpochBlock + tempo)');
    assert.equal(second.blocks, tempo);

    const missing = await httpRpc(node.port, 'dev_jumpToEpoch', [77]);
    assert.equal(missing.error?.code, -32000);
    assert.match(missing.error?.message ?? '', /Subnet 77 does not exist/);
    const root = await httpRpc(node.port, 'dev_jumpToEpoch', [0]);
    assert.match(root.error?.message ?? '', /root subnet/);
    const bad = await httpRpc(node.port, 'dev_jumpToEpoch', ['x']);
    assert.equal(bad.error?.code, -32602);
    assert.equal(node.chain.head.number, second.number, 'failed calls produce no blocks');
  } finally {
    await node.stop();
  }
});

test('Prometheus metrics: block height, tx pool, RPC calls, process figures', { timeout: 60_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'manual', logger: silentLogger, prometheusPort: 0 });
  try {
    assert.ok(node.prometheusPort && node.prometheusPort > 0);
    await httpRpc(node.port, 'dev_jumpBlocks', [3]);
    await httpRpc(node.port, 'dev_jumpBlocks', ['x']); // a failing call
    await httpRpc(node.port, 'no_such_method'); // unknown names are not labels (no cardinality blow-up)
    const res = await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    const text = await res.text();
    const value = (series: string): number => {
      const line = text.split('\n').find((l) => l.startsWith(series + ' '));
      assert.ok(line, `series ${series} present`);
      return Number(line.slice(series.length + 1));
    };
    assert.equal(value('substrate_block_height{status="best"}'), 3);
    assert.equal(value('substrate_block_height{status="finalized"}'), 3);
    assert.equal(value('substrate_ready_transactions_number'), 0);
    assert.equal(value('tensorium_blocks_imported_total'), 3);
    assert.equal(value('substrate_rpc_calls_finished{method="dev_jumpBlocks",is_error="false"}'), 1);
    assert.equal(value('substrate_rpc_calls_finished{method="dev_jumpBlocks",is_error="true"}'), 1);
    assert.ok(!text.includes('no_such_method'));
    assert.ok(value('process_resident_memory_bytes') > 0);
    assert.equal((await fetch(`http://127.0.0.1:${node.prometheusPort}/other`)).status, 404);
  } finally {
    await node.stop();
  }
});
