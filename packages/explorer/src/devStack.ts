// A real local stack for the explorer's browser test and render benchmark: a Tensorium node, the indexer
// following it and serving the built explorer, some activity (a transfer, a subnet, a neuron, stake) and
// optional extra history.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { TensoriumNode, silentLogger } from '@tensorium/node';
import { startIndexer, type RunningIndexer } from '@tensorium/indexer';

export interface Sent {
  events: { section: string; method: string; data: unknown[] }[];
  blockHash: string;
}

export interface DevStack {
  node: TensoriumNode;
  api: ApiPromise;
  indexer: RunningIndexer;
  /** Base URL of the indexer (API under /api/v1, explorer at /). */
  base: string;
  netuid: number;
  tempo: number;
  keys: Record<'alice' | 'bob' | 'charlie' | 'aliceHot' | 'bobHot', KeyringPair>;
  keyring: Keyring;
  transferAmount: bigint;
  transferBlock: number;
  rpc(method: string, params?: unknown[]): Promise<unknown>;
  /** Sign, submit and wait for finalization; throws on a dispatch error. */
  send(tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<Sent>;
  /** Waits until the indexer has indexed the node's current head; returns that head. */
  caughtUp(timeoutMs?: number): Promise<number>;
  /** Node price of the subnet (SwapRuntimeApi::current_alpha_price_all) as a decimal string. */
  nodePrice(netuid: number): Promise<string>;
  stop(): Promise<void>;
}

async function jsonRpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await res.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

function sendTx(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<Sent> {
  const what = `${tx.method.section}.${tx.method.method}`;
  return new Promise<Sent>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: not finalized within 30 s`)), 30_000);
    timer.unref();
    tx.signAndSend(signer, (r) => {
      if (r.isError) reject(new Error(`${what}: ${r.status.type}`));
      if (!r.status.isFinalized) return;
      clearTimeout(timer);
      if (r.dispatchError) {
        const reason = r.dispatchError.isModule ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(r.dispatchError.asModule)) : r.dispatchError.toString();
        reject(new Error(`${what} failed: ${reason}`));
        return;
      }
      resolve({
        events: r.events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data.toJSON() as unknown[] })),
        blockHash: r.status.asFinalized.toHex(),
      });
    }).catch(reject);
  });
}

/**
 * Starts node → indexer (serving `explorerDist`) → activity → `historyBlocks` extra blocks (one epoch at
 * least), and waits until the indexer has caught up.
 */
export async function startDevStack(opts: {
  explorerDist: string;
  historyBlocks?: number;
  /** Called after each 200-block step of the history with the blocks still to go (long runs show progress). */
  onHistoryProgress?: (remaining: number) => void;
  /**
   * The node's preset (default `fast`: 250 ms blocks, tempo 10). `mainnet` gives 12 s blocks and tempo 360, so
   * `historyBlocks` of jumped blocks span real chain time: 216,000 blocks are a month of block timestamps.
   */
  preset?: 'fast' | 'mainnet';
  /** Spread activity over the history: a stake and a transfer every 200 blocks (render benchmark). */
  spreadActivity?: boolean;
}): Promise<DevStack> {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger, preset: opts.preset ?? 'fast' });
  const stops: (() => Promise<unknown>)[] = [() => node.stop()];
  const stop = async () => {
    for (const s of stops) await s().catch(() => undefined);
  };
  try {
    const provider = new WsProvider(node.url, false);
    await provider.connect();
    const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
    stops.unshift(() => api.disconnect());
    const rpc = (method: string, params: unknown[] = []) => jsonRpc(node.httpUrl, method, params);
    const send = (tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair) => sendTx(api, tx, signer);

    const indexer = await startIndexer({ nodeUrl: node.url, database: ':memory:', port: 0, explorerDist: opts.explorerDist });
    stops.unshift(() => indexer.close());
    const base = indexer.url.replace(/\/$/, '');

    const caughtUp = async (timeoutMs = 60_000) => {
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      const end = Date.now() + timeoutMs;
      for (;;) {
        const res = await fetch(`${base}/api/v1/status`);
        const body = (await res.json()) as { data: { indexed_block: number } };
        if (body.data.indexed_block >= head) return head;
        if (Date.now() > end) throw new Error(`indexer did not reach #${head} within ${timeoutMs} ms (at #${body.data.indexed_block})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    const keyring = new Keyring({ type: 'sr25519' });
    const keys = {
      alice: keyring.addFromUri('//Alice'),
      bob: keyring.addFromUri('//Bob'),
      charlie: keyring.addFromUri('//Charlie'),
      aliceHot: keyring.addFromUri('//Alice//hot'),
      bobHot: keyring.addFromUri('//Bob//hot'),
    };
    const sm = api.tx.subtensorModule;
    const transferAmount = 12_345_000_000n; // τ12.3450
    const transfer = await send(api.tx.balances.transferKeepAlive(keys.bob.address, transferAmount), keys.alice);
    const transferBlock = (await api.rpc.chain.getHeader(transfer.blockHash)).number.toNumber();
    const reg = await send(sm.registerNetwork(keys.aliceHot.address), keys.alice);
    const added = reg.events.find((e) => e.method === 'NetworkAdded');
    if (!added) throw new Error('register_network: no NetworkAdded event');
    const netuid = Number(added.data[0]);
    await send(sm.startCall(netuid), keys.alice);
    await send(sm.burnedRegister(netuid, keys.bobHot.address), keys.bob);
    await send(sm.addStake(keys.bobHot.address, netuid, 100n * 1_000_000_000n), keys.bob);
    const tempo = Number((await api.query.subtensorModule.tempo(netuid)).toString());
    // history: at least one epoch so the subnet has a metagraph snapshot. The node keeps the state of its
    // last 256 blocks only, so the indexer (already following) catches up after every 200.
    let remaining = Math.max(tempo + 2, opts.historyBlocks ?? 0);
    while (remaining > 0) {
      const n = Math.min(remaining, 200);
      await rpc('dev_jumpBlocks', [n]);
      remaining -= n;
      if (opts.spreadActivity && remaining > 0) {
        await send(sm.addStake(keys.bobHot.address, netuid, 1_000_000_000n), keys.bob);
        await send(api.tx.balances.transferKeepAlive(keys.charlie.address, 1_000_000_000n), keys.alice);
      }
      if (remaining > 0) await caughtUp(120_000);
      opts.onHistoryProgress?.(remaining);
    }

    const nodePrice = async (n: number) => {
      // (the single-subnet `current_alpha_price` answers the root price for every netuid on this node)
      const raw = await api.rpc.state.call('SwapRuntimeApi_current_alpha_price_all', '0x');
      const all = api.createType('Vec<(u16, u64)>', raw) as unknown as [{ toNumber(): number }, { toBigInt(): bigint }][];
      const row = all.find(([x]) => x.toNumber() === n);
      if (!row) throw new Error(`no price for subnet ${n}`);
      const rao = row[1].toBigInt();
      return `${rao / 1_000_000_000n}.${(rao % 1_000_000_000n).toString().padStart(9, '0')}`;
    };

    const stack: DevStack = { node, api, indexer, base, netuid, tempo, keys, keyring, transferAmount, transferBlock, rpc, send, caughtUp, nodePrice, stop };
    await caughtUp();
    return stack;
  } catch (e) {
    await stop();
    throw e;
  }
}
