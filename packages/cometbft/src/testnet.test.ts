/**
 * A real 4-validator CometBFT network on loopback (cometbft processes started here, the four
 * Tensorium apps in this process): agreement, an epoch, crash and restart, loss of quorum, a
 * divergent node, and @polkadot/api against one node. Needs cometbft 0.38.17
 * (scripts/install-cometbft.sh); without it the test fails.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sr25519Sign } from '@polkadot/util-crypto';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { devAccount, devKeypair, type DevName } from '@tensorium/node/chain/devAccounts';
import { encodeSignedExtrinsic } from '@tensorium/node/extrinsic/index';
import { createLogger, silentLogger } from '@tensorium/node/node/logger';
import { fromHex, toHex } from '@tensorium/node/storage/hashing';
import { NodeDb } from '@tensorium/node/storage/db';
import { storageKeys } from '@tensorium/node/storage/keys';
import type { RuntimeCall } from '@tensorium/runtime/frame/pallet';
import { storage as systemStorage } from '@tensorium/runtime/pallets/system/index';
import { storage as timestampStorage } from '@tensorium/runtime/pallets/timestamp/index';
import { storage as S } from '@tensorium/runtime/pallets/subtensor/storage';
import { State } from '@tensorium/runtime/state/state';
import { Testnet, findCometbft, waitFor, type TestnetNode } from './testnet.js';

const TAO = 1_000_000_000n;
let net: Testnet;
let dir: string;
const nonces = new Map<string, number>();

async function freeBasePort(): Promise<number> {
  // a random range of 40 ports whose first port is free (the others are very likely free too)
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 2_000) * 20;
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(base, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return base;
  }
}

const hostOf = (i: number): NonNullable<TestnetNode['host']> => {
  const h = net.nodes[i].host;
  assert.ok(h, `node${i} is running`);
  return h;
};
const height = (i: number): number => hostOf(i).chain.head.number;

async function rpc(i: number, method: string, params: unknown[] = []): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${net.nodes[i].layout.rpcPort}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { result?: unknown; error?: { message: string; data?: unknown } };
  if (body.error) throw new Error(`${method}: ${body.error.message} ${String(body.error.data ?? '')}`);
  return body.result;
}

/** Signs `call` as a dev account (next nonce tracked here) and submits it to node i; returns the hash. */
async function submit(i: number, who: DevName, call: RuntimeCall): Promise<string> {
  const signer = devAccount(who);
  const nonce = nonces.get(who) ?? 0;
  nonces.set(who, nonce + 1);
  const kp = devKeypair(`//${who}`);
  const bytes = encodeSignedExtrinsic({ call, signer, sign: (p) => sr25519Sign(p, kp), nonce, genesisHash: hostOf(i).chain.genesisHash });
  return (await rpc(i, 'author_submitExtrinsic', [toHex(bytes)])) as string;
}

/** Waits until every listed node has included the extrinsics; returns the highest inclusion block. */
async function waitIncluded(hashes: readonly string[], nodes: readonly number[], timeoutMs = 30_000): Promise<number> {
  let top = 0;
  await waitFor(
    () =>
      nodes.every((i) =>
        hashes.every((h) => {
          const where = hostOf(i).chain.findExtrinsic(fromHex(h));
          if (where) top = Math.max(top, hostOf(i).chain.header(where.blockHash)!.number);
          return where !== undefined;
        }),
      ),
    timeoutMs,
    `extrinsics ${hashes.join(', ')} not included on nodes ${nodes.join(', ')}`,
  );
  return top;
}

async function waitHeight(nodes: readonly number[], h: number, timeoutMs = 30_000): Promise<void> {
  await waitFor(() => nodes.every((i) => height(i) >= h), timeoutMs, `nodes ${nodes.join(', ')} did not reach block ${h} (at ${nodes.map((i) => net.nodes[i].host?.chain.head.number).join(', ')})`);
}

/** Every listed node has the same block hash and state root at every height up to `h`. */
function assertAgree(nodes: readonly number[], h: number): void {
  for (let n = 1; n <= h; n++) {
    const ref = hostOf(nodes[0]).chain.blockHash(n);
    assert.ok(ref, `node${nodes[0]} has block ${n}`);
    for (const i of nodes.slice(1)) assert.equal(hostOf(i).chain.blockHash(n), ref, `node${i} block ${n}`);
  }
  const root = hostOf(nodes[0]).chain.header(hostOf(nodes[0]).chain.blockHash(h)!)!.stateRoot;
  for (const i of nodes) assert.equal(hostOf(i).chain.header(hostOf(i).chain.blockHash(h)!)!.stateRoot, root, `node${i} state root at ${h}`);
}

before(async () => {
  findCometbft(); // a clear failure when cometbft is not installed
  dir = mkdtempSync(join(tmpdir(), 'tensorium-cmt-test-'));
  net = await Testnet.start({
    validators: 4,
    dir,
    basePort: await freeBasePort(),
    timeoutCommitMs: 250,
    timeoutProposeMs: 800,
    logger: silentLogger,
    // each app's log next to its CometBFT log (kept when TENSORIUM_KEEP_TESTNET is set)
    appLogger: (i) => createLogger('info', (line) => appendFileSync(join(dir, `node${i}`, 'app.log'), line + '\n')),
  });
});

after(async () => {
  await net?.stop();
  if (dir && !process.env.TENSORIUM_KEEP_TESTNET) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`testnet kept in ${dir}`);
});

test('4 validators: transfers and stakes through different nodes finalize everywhere with the same blocks', { timeout: 60_000 }, async () => {
  const all = [0, 1, 2, 3];
  const hashes = [
    await submit(0, 'Alice', { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value: 7n * TAO } }),
    await submit(1, 'Bob', { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value: 5n * TAO } }),
    await submit(2, 'Charlie', { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey: devAccount('Eve'), netuid: 0, amount_staked: 10n * TAO } }),
    await submit(3, 'Alice', { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value: 1n * TAO } }),
  ];
  const top = await waitIncluded(hashes, all);
  await waitHeight(all, top);
  assertAgree(all, top);
  for (const i of all) {
    const ferdie = hostOf(i).chain.view((s) => systemStorage.Account.get(s, devAccount('Ferdie')).data.free);
    assert.ok(ferdie >= 1_000_000n * TAO + 13n * TAO, `node${i}: Ferdie got 13 TAO (${ferdie})`);
    assert.equal(hostOf(i).chain.view((s) => systemStorage.Account.get(s, devAccount('Alice')).nonce), 2);
  }
  // the same block through the Substrate RPC of two nodes
  assert.equal(await rpc(0, 'chain_getBlockHash', [top]), await rpc(3, 'chain_getBlockHash', [top]));
  // its time is CometBFT's BFT time of that height (the Timestamp.set inherent, the same on every node)
  const res = await fetch(`http://127.0.0.1:${net.nodes[2].layout.cometRpcPort}/block?height=${top}`);
  const bftTime = ((await res.json()) as { result: { block: { header: { time: string } } } }).result.block.header.time;
  const bftMs = BigInt(Date.parse(bftTime));
  for (const i of all) {
    const now = hostOf(i).chain.viewAt(hostOf(i).chain.blockHash(top)!, (s) => timestampStorage.Now.get(s));
    // the app keeps consecutive times MinimumPeriod apart, so its time is the BFT time or a little later
    assert.ok(now >= bftMs && now < bftMs + 10_000n, `node${i}: block ${top} time ${now} vs BFT time ${bftMs}`);
    assert.equal(now, hostOf(0).chain.viewAt(hostOf(0).chain.blockHash(top)!, (s) => timestampStorage.Now.get(s)));
  }
});

test('a subnet epoch pays the same rewards on every node', { timeout: 90_000 }, async () => {
  const all = [0, 1, 2, 3];
  const sub = (name: string, args: Record<string, unknown>): RuntimeCall => ({ pallet: 'SubtensorModule', name, args });
  const reg = await submit(0, 'Alice', sub('register_network', { hotkey: devAccount('Dave') }));
  await waitIncluded([reg], all);
  const netuid = hostOf(0).chain.view((s) => Math.max(...S.NetworksAdded.entries(s).filter(([, added]) => added).map(([n]) => n)));
  assert.ok(netuid > 0, 'a subnet was registered');
  const setup = [
    await submit(1, 'Alice', sub('start_call', { netuid })),
    await submit(2, 'Alice', { pallet: 'Sudo', name: 'sudo', args: { call: { pallet: 'AdminUtils', name: 'sudo_set_subnet_emission_enabled', args: { netuid, enabled: true } } } }),
  ];
  await waitIncluded(setup, all);
  // staking into the subnet needs it started
  const staked = await waitIncluded([await submit(3, 'Charlie', sub('add_stake', { hotkey: devAccount('Dave'), netuid, amount_staked: 100n * TAO }))], all);
  const alphaAfterStake = hostOf(0).chain.view((s) => S.TotalHotkeyAlpha.get(s, devAccount('Dave'), netuid));
  assert.ok(alphaAfterStake > 0n, 'Charlie staked on the subnet');
  // tempo 10 (fast preset): an epoch within the next 11 blocks distributes the subnet's emission
  await waitFor(() => hostOf(0).chain.view((s) => S.TotalHotkeyAlpha.get(s, devAccount('Dave'), netuid)) > alphaAfterStake, 60_000, 'no epoch paid Dave within 60 s');
  const paidAt = height(0);
  assert.ok(paidAt > staked);
  await waitHeight(all, paidAt);
  assertAgree(all, paidAt);
  const rewards = all.map((i) => {
    const c = hostOf(i).chain;
    const item = S.TotalHotkeyAlpha;
    const key = c.keys.storageKey(item.id, item.keyString(0, devAccount('Dave')), item.keyString(1, netuid));
    return toHex(c.storageAt(key, c.blockHash(paidAt))!);
  });
  assert.equal(new Set(rewards).size, 1, `same TotalHotkeyAlpha at block ${paidAt} on every node: ${rewards.join(' ')}`);
});

test('@polkadot/api round trip against one of the four nodes', { timeout: 60_000 }, async () => {
  const provider = new WsProvider(`ws://127.0.0.1:${net.nodes[1].layout.rpcPort}`, false);
  await provider.connect();
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const eve = keyring.addFromUri('//Eve');
    const bob = keyring.addFromUri('//Bob');
    const free = async (): Promise<bigint> => ((await api.query.system.account(bob.address)) as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();
    const before = await free();
    const status = await new Promise<{ blockHash: string; success: boolean }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no InBlock/Finalized status within 30 s')), 30_000);
      timer.unref();
      api.tx.balances
        .transferKeepAlive(bob.address, 3n * TAO)
        .signAndSend(eve, (r) => {
          if (r.isError) reject(new Error(`tx error ${r.status.type}`));
          // CometBFT blocks are final when built: InBlock and Finalized come together, and
          // polkadot.js may skip InBlock while it still fetches the block's events
          if (r.status.isInBlock || r.status.isFinalized) {
            clearTimeout(timer);
            const hash = r.status.isInBlock ? r.status.asInBlock : r.status.asFinalized;
            resolve({ blockHash: hash.toHex(), success: r.events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)) });
          }
        })
        .catch(reject);
    });
    assert.ok(status.success, 'ExtrinsicSuccess');
    assert.equal((await free()) - before, 3n * TAO);
    // the block is the same on another node
    const n = hostOf(1).chain.header(status.blockHash.slice(2))!.number;
    await waitHeight([2], n);
    assert.equal(hostOf(2).chain.blockHash(n), status.blockHash.slice(2));
    // its fees went to its author, as subtensor pays the block author: the proposer's ed25519 consensus key as
    // an account received exactly the block's fees and tips (TransactionFeePaid), nothing was burned
    const comet = async <T>(path: string): Promise<T> => ((await (await fetch(`http://127.0.0.1:${net.nodes[1].layout.cometRpcPort}${path}`)).json()) as { result: T }).result;
    const proposer = (await comet<{ block: { header: { proposer_address: string } } }>(`/block?height=${n}`)).block.header.proposer_address;
    const validators = (await comet<{ validators: { address: string; pub_key: { value: string } }[] }>(`/validators?height=${n}`)).validators;
    const authorKey = validators.find((v) => v.address === proposer)?.pub_key.value;
    assert.ok(authorKey, `proposer ${proposer} is a validator`);
    const author = keyring.encodeAddress(Buffer.from(authorKey, 'base64'));
    const at = await api.at(status.blockHash);
    const parent = await api.at((await api.rpc.chain.getHeader(status.blockHash)).parentHash);
    const freeAt = async (a: typeof at): Promise<bigint> => ((await a.query.system.account(author)) as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();
    const events = (await at.query.system.events()) as unknown as { event: { section: string; method: string; data: { toString(): string }[] } }[];
    const fees = events.filter((e) => e.event.section === 'transactionPayment' && e.event.method === 'TransactionFeePaid').reduce((sum, e) => sum + BigInt(e.event.data[1].toString()) + BigInt(e.event.data[2].toString()), 0n);
    assert.ok(fees > 0n, 'the transfer paid a fee');
    assert.equal((await freeAt(at)) - (await freeAt(parent)), fees, `block ${n}: author ${author} got the fees`);
    nonces.set('Eve', 1);
  } finally {
    await api.disconnect();
  }
});

test('one validator down: the chain keeps finalizing; restarted, it catches up and agrees', { timeout: 90_000 }, async () => {
  await net.stopNode(3, true);
  const h = Math.max(height(0), height(1), height(2));
  const tx = await submit(1, 'Bob', { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: devAccount('Ferdie') }, value: TAO } });
  await waitIncluded([tx], [0, 1, 2]);
  await waitHeight([0, 1, 2], h + 5);
  await net.startNode(3);
  const target = height(0);
  await waitHeight([3], target, 60_000);
  assertAgree([0, 1, 2, 3], target);
});

test('two of four down: finalization stops without a fork; restarted, it resumes', { timeout: 90_000 }, async () => {
  await Promise.all([net.stopNode(2, true), net.stopNode(3, true)]);
  // whatever was being decided when they stopped settles within a round
  await new Promise((r) => setTimeout(r, 1_500));
  const stuck = [height(0), height(1)];
  await new Promise((r) => setTimeout(r, 3_000));
  assert.deepEqual([height(0), height(1)], stuck, 'no block without 2/3 of the voting power');
  const common = Math.min(...stuck);
  assertAgree([0, 1], common);
  await Promise.all([net.startNode(2), net.startNode(3)]);
  const resumed = Math.max(...stuck) + 3;
  await waitHeight([0, 1, 2, 3], resumed, 60_000);
  assertAgree([0, 1, 2, 3], resumed);
});

test('a node with a divergent state is stopped by the app-hash check while the others go on', { timeout: 90_000 }, async () => {
  const bad = hostOf(3).chain;
  // change node3's state outside consensus: its next app hash differs from everyone else's
  const s = State.over(bad.backend);
  systemStorage.Account.mutate(s, devAccount('Ferdie'), (a) => ({ ...a, data: { ...a.data, free: a.data.free + 1n } }));
  bad.applyChanges(s.takeChanges().changes);
  const diverged = bad.head.number + 1;
  const comet = net.nodes[3].comet;
  await waitFor(() => /wrong Block\.Header\.AppHash/.test(comet.log()), 60_000, 'node3 did not report an app hash mismatch');
  await waitHeight([0, 1, 2], diverged + 3, 60_000);
  assert.ok(bad.head.number <= diverged, `node3 stopped at the divergence (${bad.head.number} <= ${diverged})`);
  assert.notEqual(bad.header(bad.blockHash(diverged)!)!.stateRoot, hostOf(0).chain.header(hostOf(0).chain.blockHash(diverged)!)!.stateRoot);
  assertAgree([0, 1, 2], diverged + 3);
  await net.stopNode(3, true);
});

test('a sudo validator update removes a validator from the set CometBFT uses', { timeout: 60_000 }, async () => {
  // node3 is stopped (previous test); the sudo key sets its voting power to 0
  const key = JSON.parse(readFileSync(join(net.nodes[3].layout.home, 'config', 'priv_validator_key.json'), 'utf8')) as { pub_key: { value: string } };
  const pub = new Uint8Array(Buffer.from(key.pub_key.value, 'base64'));
  const validators = async (): Promise<string[]> => {
    const res = await fetch(`http://127.0.0.1:${net.nodes[0].layout.cometRpcPort}/validators`);
    const body = (await res.json()) as { result: { validators: { pub_key: { value: string } }[] } };
    return body.result.validators.map((v) => v.pub_key.value);
  };
  assert.ok((await validators()).includes(key.pub_key.value));
  const setValidator = { pallet: 'Consensus', name: 'set_validator', args: { pub_key: Buffer.from(pub).toString('hex'), power: 0n } };
  const tx = await submit(0, 'Alice', { pallet: 'Sudo', name: 'sudo', args: { call: setValidator } });
  const at = await waitIncluded([tx], [0, 1, 2]);
  await waitHeight([0, 1, 2], at + 3);
  const now = await validators();
  assert.equal(now.length, 3);
  assert.ok(!now.includes(key.pub_key.value), 'node3 is no longer a validator');
  assertAgree([0, 1, 2], at + 3);
});

test('a node whose stored state was corrupted refuses to start', { timeout: 30_000 }, async () => {
  // node3 is stopped (previous test); flip one byte of a stored account
  const db = new NodeDb(net.nodes[3].layout.basePath);
  try {
    const keys = storageKeys();
    const key = Buffer.from(keys.storageKey(systemStorage.Account.id, systemStorage.Account.keyString(0, devAccount('Ferdie')), ''));
    const value = db.state.get(key);
    assert.ok(value, 'Ferdie has an account');
    const corrupted = Buffer.from(value);
    corrupted[corrupted.length - 1] ^= 1;
    await db.transaction(() => db.state.putSync(key, corrupted));
  } finally {
    await db.close();
  }
  await assert.rejects(net.startNode(3), /database corrupt: state root/);
  assert.equal(net.nodes[3].comet.running, false, 'CometBFT is not started over a corrupt app');
});
