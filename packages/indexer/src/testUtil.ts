/**
 * Test helpers: a scripted chain history on a real node (transfers, a subnet, registrations, stake,
 * weights, epochs) driven through @polkadot/api, and runtime-API reads for comparisons.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { decode, encode, T, type TypeDef } from '@tensorium/primitives';
import { RUNTIME_API_RETURN_TYPES } from '@tensorium/node/rpc/subtensorApis';

export interface Scenario {
  readonly netuid: number;
  readonly keys: Record<'alice' | 'bob' | 'charlie' | 'dave' | 'ownerHk' | 'validatorHk' | 'minerHk' | 'miner2Hk', KeyringPair>;
}

export async function connectApi(url: string): Promise<ApiPromise> {
  const provider = new WsProvider(url, false);
  await provider.connect();
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
}

export async function rpc<R>(httpUrl: string, method: string, params: unknown[] = []): Promise<R> {
  const res = await fetch(httpUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await res.json()) as { result?: R; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as R;
}

/** Signs, submits and waits for inclusion (instant sealing); throws on a failed dispatch. */
export async function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<{ blockHash: string; events: { section: string; method: string; data: unknown[] }[] }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => reject(new Error(`${tx.method.section}.${tx.method.method} not included within 30 s`)), 30_000);
    timer.unref();
    tx.signAndSend(signer, (r) => {
      if (process.env.INDEXER_TEST_DEBUG) console.log(tx.method.section, tx.method.method, r.status.type);
      if (r.isError) {
        clearTimeout(timer);
        reject(new Error(`tx error ${r.status.type}`));
      }
      if (r.status.isInBlock || r.status.isFinalized) {
        if (done) return;
        done = true;
        clearTimeout(timer);
        const failed = r.events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
        if (failed) {
          const err = failed.event.data[0] as unknown as { isModule: boolean; asModule: Parameters<typeof api.registry.findMetaError>[0] };
          reject(new Error(`dispatch failed: ${err.isModule ? api.registry.findMetaError(err.asModule).name : String(err)}`));
          return;
        }
        resolve({ blockHash: (r.status.isInBlock ? r.status.asInBlock : r.status.asFinalized).toHex(), events: r.events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data.toJSON() as unknown[] })) });
      }
    }).catch((e: unknown) => {
      clearTimeout(timer);
      reject(e as Error);
    });
  });
}

const TAO = 1_000_000_000n;

/** Transfers, a new subnet, registrations, stake, weights and two epochs (node with instant sealing). */
export async function buildScenario(api: ApiPromise, httpUrl: string): Promise<Scenario> {
  const kr = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const k = {
    alice: kr.addFromUri('//Alice'),
    bob: kr.addFromUri('//Bob'),
    charlie: kr.addFromUri('//Charlie'),
    dave: kr.addFromUri('//Dave'),
    ownerHk: kr.addFromUri('//Alice//owner-hotkey'),
    validatorHk: kr.addFromUri('//Bob//validator-hotkey'),
    minerHk: kr.addFromUri('//Charlie//miner-hotkey'),
    miner2Hk: kr.addFromUri('//Dave//miner-hotkey'),
  };
  const sm = api.tx.subtensorModule;
  await send(api, api.tx.balances.transferKeepAlive(k.bob.address, 50n * TAO), k.alice);
  await send(api, api.tx.balances.transferKeepAlive(k.validatorHk.address, 1n * TAO), k.bob);
  await send(api, api.tx.balances.transferAllowDeath(k.dave.address, 7n * TAO), k.charlie);
  const reg = await send(api, sm.registerNetwork(k.ownerHk.address), k.alice);
  const added = reg.events.find((e) => e.method === 'NetworkAdded');
  if (!added) throw new Error('no NetworkAdded event');
  const netuid = Number(added.data[0]);
  await send(api, sm.startCall(netuid), k.alice);
  await send(api, api.tx.sudo.sudo(api.tx.adminUtils.sudoSetSubnetEmissionEnabled(netuid, true)), k.alice);
  await send(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, false), k.alice);
  await send(api, sm.burnedRegister(netuid, k.validatorHk.address), k.bob);
  await send(api, sm.burnedRegister(netuid, k.minerHk.address), k.charlie);
  await send(api, sm.addStake(k.validatorHk.address, netuid, 100n * TAO), k.bob);
  await send(api, sm.addStake(k.validatorHk.address, netuid, 20n * TAO), k.dave);
  await rpc(httpUrl, 'dev_jumpBlocks', [12]);
  await send(api, sm.burnedRegister(netuid, k.miner2Hk.address), k.dave);
  const uidOf = async (hk: string): Promise<number> => Number((await api.query.subtensorModule.uids(netuid, hk)).toPrimitive());
  const m1 = await uidOf(k.minerHk.address);
  const m2 = await uidOf(k.miner2Hk.address);
  await send(api, sm.setWeights(netuid, [m1, m2], [40_000, 25_535], 0), k.validatorHk);
  await send(api, sm.removeStake(k.validatorHk.address, netuid, 5n * TAO), k.dave);
  await rpc(httpUrl, 'dev_jumpBlocks', [12]);
  return { netuid, keys: k };
}

/** Produces blocks one at a time until a subnet epoch ran in the head block (LastMechansimStepBlock = head). */
export async function advanceToEpoch(api: ApiPromise, httpUrl: string, netuid: number): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const b = await rpc<{ number: number }>(httpUrl, 'dev_newBlock');
    const last = Number((await api.query.subtensorModule.lastMechansimStepBlock(netuid)).toPrimitive());
    if (last === b.number) return b.number;
  }
  throw new Error('no epoch within 400 blocks');
}

/** A subtensor runtime API at the head, decoded with the node's own layouts. */
export async function runtimeApi<R>(httpUrl: string, method: string, argType?: TypeDef, arg?: unknown): Promise<R> {
  const data = argType ? '0x' + Buffer.from(encode(argType, arg)).toString('hex') : '0x';
  const hex = await rpc<string>(httpUrl, 'state_call', [method, data]);
  return decode(RUNTIME_API_RETURN_TYPES[method], Uint8Array.from(Buffer.from(hex.slice(2), 'hex'))) as R;
}

export { T };
