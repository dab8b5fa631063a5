/**
 * polkadot-api's typed API end to end: descriptors generated from the running node's metadata by
 * papi's own CLI, then the same round trip as the @polkadot/api test through `getTypedApi`.
 *
 * Types come from the committed descriptors (packages/node/papi/descriptors, refreshed by
 * `npx tsx packages/node/scripts/papi-descriptors.ts`); the test regenerates them from the node it
 * starts and fails if the committed copy describes different metadata.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { createClient, Enum, type PolkadotClient, type TypedApi } from 'polkadot-api';
import { getPolkadotSigner, type PolkadotSigner } from 'polkadot-api/signer';
import { getWsProvider } from 'polkadot-api/ws';
import { WebSocket } from 'ws';
import { tensorium } from '../../papi/descriptors/dist/index.js';
import { descriptorsMetadataHash, generatePapiDescriptors } from './papiDescriptors.js';
import { httpRpc, spawnDevNode } from './testUtil.js';

const committed = new URL('../../papi/descriptors', import.meta.url).pathname;

function signer(pair: KeyringPair): PolkadotSigner {
  return getPolkadotSigner(pair.publicKey, 'Sr25519', (payload) => pair.sign(payload));
}

test('polkadot-api typed API against `tensorium node --dev`: descriptors from the node, constants, storage, subnet round trip, module error', { timeout: 180_000 }, async () => {
  const node = await spawnDevNode(['--sealing', 'instant']);
  const work = new URL(`../../.papi-work-test-${process.pid}`, import.meta.url).pathname;
  let client: PolkadotClient | undefined;
  try {
    // 1. papi's CLI against the live node: the committed descriptors must match its metadata
    const fresh = await generatePapiDescriptors(node.url, work, join(work, 'out'));
    assert.equal(fresh.metadataHash, descriptorsMetadataHash(committed), 'committed descriptors are stale: run npx tsx packages/node/scripts/papi-descriptors.ts');

    // Node 20 has no global WebSocket: hand papi the `ws` class
    client = createClient(getWsProvider(node.url, { websocketClass: WebSocket as unknown as typeof globalThis.WebSocket }));
    const api: TypedApi<typeof tensorium> = client.getTypedApi(tensorium);
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const charlie = keyring.addFromUri('//Charlie');
    const aliceHot = keyring.addFromUri('//Alice//hot');
    const bobHot = keyring.addFromUri('//Bob//hot');

    // 2. constants and storage, typed
    const ed: bigint = await api.constants.Balances.ExistentialDeposit();
    assert.ok(ed > 0n);
    const bobBefore = await api.query.System.Account.getValue(bob.address);
    const transfer = await api.tx.Balances.transfer_keep_alive({ dest: Enum('Id', bob.address), value: 1_000_000_000n }).signAndSubmit(signer(alice));
    assert.ok(transfer.ok);
    assert.equal(api.event.Balances.Transfer.filter(transfer.events).length, 1);
    const bobAfter = await api.query.System.Account.getValue(bob.address);
    assert.equal(bobAfter.data.free - bobBefore.data.free, 1_000_000_000n);

    // 3. a subnet: register, start, register a neuron, stake, unstake, weights
    const networks = await api.query.SubtensorModule.TotalNetworks.getValue();
    const reg = await api.tx.SubtensorModule.register_network({ hotkey: aliceHot.address }).signAndSubmit(signer(alice));
    assert.ok(reg.ok, JSON.stringify(reg.dispatchError));
    const [added] = api.event.SubtensorModule.NetworkAdded.filter(reg.events);
    assert.ok(added, 'NetworkAdded event');
    const netuid = added.payload[0];
    assert.equal(await api.query.SubtensorModule.TotalNetworks.getValue(), networks + 1);
    assert.equal(await api.query.SubtensorModule.SubnetOwner.getValue(netuid), alice.address);
    assert.ok((await api.tx.SubtensorModule.start_call({ netuid }).signAndSubmit(signer(alice))).ok);

    const burned = await api.tx.SubtensorModule.burned_register({ netuid, hotkey: bobHot.address }).signAndSubmit(signer(bob));
    assert.ok(burned.ok, JSON.stringify(burned.dispatchError));
    assert.equal(api.event.SubtensorModule.NeuronRegistered.filter(burned.events).length, 1);
    const bobUid = await api.query.SubtensorModule.Uids.getValue(netuid, bobHot.address);
    const aliceUid = await api.query.SubtensorModule.Uids.getValue(netuid, aliceHot.address);
    assert.ok(bobUid !== undefined && aliceUid !== undefined);

    const staked = await api.tx.SubtensorModule.add_stake({ hotkey: bobHot.address, netuid, amount_staked: 500n * 1_000_000_000n }).signAndSubmit(signer(bob));
    assert.ok(staked.ok, JSON.stringify(staked.dispatchError));
    assert.equal(api.event.SubtensorModule.StakeAdded.filter(staked.events).length, 1);
    const alpha = await api.query.SubtensorModule.TotalHotkeyAlpha.getValue(bobHot.address, netuid);
    assert.ok(alpha > 0n);
    const unstaked = await api.tx.SubtensorModule.remove_stake({ hotkey: bobHot.address, netuid, amount_unstaked: alpha / 4n }).signAndSubmit(signer(bob));
    assert.ok(unstaked.ok, JSON.stringify(unstaked.dispatchError));
    assert.ok((await api.query.SubtensorModule.TotalHotkeyAlpha.getValue(bobHot.address, netuid)) < alpha);

    assert.equal((await httpRpc(node.port, 'dev_jumpBlocks', [12])).error, undefined); // an epoch: validator permits
    const weights = await api.tx.SubtensorModule.set_weights({ netuid, dests: [aliceUid, bobUid], weights: [65535, 0], version_key: 0n }).signAndSubmit(signer(bobHot));
    assert.ok(weights.ok, JSON.stringify(weights.dispatchError));
    assert.deepEqual(await api.query.SubtensorModule.Weights.getValue(netuid, bobUid), [
      [aliceUid, 65535],
      [bobUid, 0],
    ]);

    // 4. a failing extrinsic: ok=false with the module error by name, nothing staked
    const unregistered = keyring.addFromUri('//Charlie//never-registered');
    const failed = await api.tx.SubtensorModule.add_stake({ hotkey: unregistered.address, netuid, amount_staked: 1_000_000_000n }).signAndSubmit(signer(charlie));
    assert.equal(failed.ok, false);
    assert.deepEqual(failed.dispatchError, { type: 'Module', value: { type: 'SubtensorModule', value: { type: 'HotKeyAccountNotExists', value: undefined } } });
    assert.equal(await api.query.SubtensorModule.TotalHotkeyAlpha.getValue(unregistered.address, netuid), 0n);

    // 5. finalization is reported for the including block
    const finalized = await client.getFinalizedBlock();
    assert.ok(finalized.number >= failed.block.number);
  } finally {
    client?.destroy();
    await node.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
