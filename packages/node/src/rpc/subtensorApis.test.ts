/**
 * Subtensor's runtime APIs through `state_call` on a real node: a subnet registered and started by
 * //Alice, a neuron registered by //Bob, stake added by //Alice and //Charlie, all as signed
 * extrinsics through the pool. Each method's output is decoded with the module's TypeDef and
 * checked against the chain state.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sr25519Sign } from '@polkadot/util-crypto';
import { decode, encode, T, U64F64, type TypeDef } from '@tensorium/primitives';
import { storage as S } from '@tensorium/runtime/pallets/subtensor/storage';
import { getStake, getStakeForHotkeyOnSubnet } from '@tensorium/runtime/pallets/subtensor/staking/stakeUtils';
import { currentAlphaPrice } from '@tensorium/runtime/pallets/swapPallet/index';
import { MetagraphType } from '@tensorium/runtime/runtimeApiTypes';
import type { BuiltBlock } from '../chain/chain.js';
import { devAccount, devKeypair, type DevName } from '../chain/devAccounts.js';
import { encodeSignedExtrinsic } from '../extrinsic/index.js';
import { silentLogger } from '../node/logger.js';
import { TensoriumNode } from '../node/node.js';
import { httpRpc } from '../node/testUtil.js';
import { fromHex, toHex } from '../storage/hashing.js';
import { RUNTIME_API_RETURN_TYPES, SUBTENSOR_RUNTIME_API_METHODS } from './subtensorApis.js';

const TAO = 1_000_000_000n;
const hot = (name: DevName): string => toHex(devKeypair(`//${name}//hot`).publicKey).slice(2);

type Rec = Record<string, unknown>;

test('subtensor runtime APIs via state_call match the chain state', { timeout: 60_000 }, async () => {
  const node = await TensoriumNode.start({ rpcPort: 0, sealing: 'instant', logger: silentLogger });
  try {
    const g = node.chain.genesisHash;
    /** Submit a signed call and wait for its block; asserts it dispatched successfully. */
    const send = async (who: DevName, pallet: string, name: string, args: Rec): Promise<void> => {
      const signer = devAccount(who);
      const kp = devKeypair(`//${who}`);
      const bytes = encodeSignedExtrinsic({ call: { pallet, name, args }, signer, sign: (p) => sr25519Sign(p, kp), nonce: node.pool.accountNonce(signer), tip: 0n, genesisHash: g });
      const built = new Promise<BuiltBlock>((resolve) => {
        const off = node.chain.onBlock((b) => {
          if (b.included.length > 0) {
            off();
            resolve(b);
          }
        });
      });
      const r = await httpRpc(node.port, 'author_submitExtrinsic', [toHex(bytes)]);
      assert.equal(r.error, undefined, `${name}: ${JSON.stringify(r.error)}`);
      const b = await built;
      const outcome = b.outcomes[0] as { ok: boolean; error?: unknown };
      assert.ok(outcome.ok, `${name} failed: ${JSON.stringify(outcome, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`);
    };
    const call = async (method: string, args: Uint8Array = new Uint8Array(0)): Promise<unknown> => {
      const r = await httpRpc(node.port, 'state_call', [method, toHex(args)]);
      assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}`);
      return decode(RUNTIME_API_RETURN_TYPES[method], fromHex(r.result as string));
    };
    const u16 = (n: number): Uint8Array => encode(T.u16, n);

    const alice = devAccount('Alice');
    const bob = devAccount('Bob');
    const charlie = devAccount('Charlie');
    const netuidsBefore = node.chain.view((s) => S.NetworksAdded.entries(s).map(([k]) => k));
    // get_network_registration_cost at the head; a register_network in the next block pays that cost
    // less one block of decay (none on a fresh chain: the minimum lock applies)
    const quoted = (await call('SubnetRegistrationRuntimeApi_get_network_registration_cost')) as bigint;
    assert.equal(quoted, node.chain.view((s) => S.NetworkMinLockCost.get(s)));
    await send('Alice', 'SubtensorModule', 'register_network', { hotkey: hot('Alice') });
    const netuid = node.chain.view((s) => S.NetworksAdded.entries(s).map(([k]) => k)).find((n) => !netuidsBefore.includes(n))!;
    assert.ok(netuid > 0);
    await send('Alice', 'SubtensorModule', 'start_call', { netuid });
    await send('Bob', 'SubtensorModule', 'burned_register', { netuid, hotkey: hot('Bob') });
    await send('Alice', 'SubtensorModule', 'add_stake', { hotkey: hot('Alice'), netuid, amount_staked: 100n * TAO });
    // add_stake_limit to another coldkey's hotkey makes that hotkey a delegate (maybe_become_delegate)
    await send('Charlie', 'SubtensorModule', 'add_stake_limit', { hotkey: hot('Bob'), netuid, amount_staked: 10n * TAO, limit_price: 1_000_000n * TAO, allow_partial: false });
    const block = BigInt(node.chain.head.number);
    // after a registration the cost doubles the last lock (minus its decay since)
    const after = (await call('SubnetRegistrationRuntimeApi_get_network_registration_cost')) as bigint;
    assert.ok(after > quoted, `lock cost rises after a registration (${quoted} -> ${after})`);

    // --- get_dynamic_info
    const dyn = (await call('SubnetInfoRuntimeApi_get_dynamic_info', u16(netuid))) as Rec;
    node.chain.view((s) => {
      assert.equal(dyn.netuid, netuid);
      assert.equal(dyn.owner_coldkey, alice);
      assert.equal(dyn.owner_hotkey, hot('Alice'));
      assert.deepEqual(dyn.token_symbol, [...S.TokenSymbol.get(s, netuid)]);
      assert.ok((dyn.subnet_name as number[]).length > 0);
      assert.equal(dyn.tempo, S.Tempo.get(s, netuid));
      assert.equal(dyn.alpha_in, S.SubnetAlphaIn.get(s, netuid));
      assert.equal(dyn.alpha_out, S.SubnetAlphaOut.get(s, netuid));
      assert.equal(dyn.tao_in, S.SubnetTAO.get(s, netuid));
      assert.ok((dyn.tao_in as bigint) > 0n);
      assert.equal(dyn.subnet_volume, S.SubnetVolume.get(s, netuid));
      assert.equal(dyn.network_registered_at, S.NetworkRegisteredAt.get(s, netuid));
      assert.equal(dyn.moving_price, S.SubnetMovingPrice.get(s, netuid));
      assert.equal(dyn.blocks_since_last_step, block - S.LastMechansimStepBlock.get(s, netuid));
    });
    assert.equal(await call('SubnetInfoRuntimeApi_get_dynamic_info', u16(999)), undefined);
    // byte layout: Compact<NetUid> first, then the two account ids
    const raw = fromHex((await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_dynamic_info', toHex(u16(netuid))])).result as string);
    assert.equal(raw[0], 1, 'Some');
    assert.equal(raw[1], netuid << 2, 'compact netuid');
    assert.equal(toHex(raw.slice(2, 34)).slice(2), hot('Alice'));

    // --- get_all_dynamic_info: one Some per added subnet (root included)
    const all = (await call('SubnetInfoRuntimeApi_get_all_dynamic_info')) as (Rec | undefined)[];
    assert.deepEqual(all.map((d) => d?.netuid).sort(), [...netuidsBefore, netuid].sort());
    assert.deepEqual(all.find((d) => d?.netuid === netuid), dyn);

    // --- get_metagraph
    const mg = (await call('SubnetInfoRuntimeApi_get_metagraph', u16(netuid))) as Rec;
    node.chain.view((s) => {
      const n = S.SubnetworkN.get(s, netuid);
      assert.equal(mg.num_uids, n);
      assert.equal(mg.block, block);
      assert.equal((mg.hotkeys as string[]).length, n);
      assert.ok((mg.hotkeys as string[]).includes(hot('Alice')));
      assert.ok((mg.hotkeys as string[]).includes(hot('Bob')));
      const bobUid = (mg.hotkeys as string[]).indexOf(hot('Bob'));
      assert.equal((mg.coldkeys as string[])[bobUid], bob);
      assert.equal(mg.max_uids, S.MaxAllowedUids.get(s, netuid));
      assert.equal(mg.burn, S.Burn.get(s, netuid));
      assert.equal(mg.rho, S.Rho.get(s, netuid));
      assert.equal(mg.kappa, S.Kappa.get(s, netuid));
      assert.equal(mg.tempo, S.Tempo.get(s, netuid));
      assert.equal(mg.alpha_in, dyn.alpha_in);
      assert.equal(mg.tao_in, dyn.tao_in);
      assert.deepEqual(mg.name, dyn.subnet_name);
      assert.equal(mg.commit_reveal_weights_enabled, S.CommitRevealWeightsEnabled.get(s, netuid));
      assert.equal(mg.alpha_low, S.AlphaValues.get(s, netuid)[0]);
      assert.equal(mg.alpha_high, S.AlphaValues.get(s, netuid)[1]);
      const alphaStake = mg.alpha_stake as bigint[];
      assert.equal(alphaStake.length, n);
      assert.equal(alphaStake[bobUid], getStakeForHotkeyOnSubnet(s, hot('Bob'), netuid));
      assert.ok(alphaStake[bobUid] > 0n);
      assert.equal((mg.block_at_registration as bigint[])[bobUid], S.BlockAtRegistration.get(s, netuid, bobUid));
      assert.equal((mg.axons as unknown[]).length, n);
      assert.deepEqual((mg.alpha_dividends_per_hotkey as [string, bigint][]).map(([h]) => h), mg.hotkeys);
    });
    // re-encoding the decoded value gives the same bytes (exact layout round trip)
    const mgRaw = fromHex((await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_metagraph', toHex(u16(netuid))])).result as string);
    assert.deepEqual(encode(T.option(MetagraphType), mg), mgRaw);
    assert.equal(await call('SubnetInfoRuntimeApi_get_metagraph', u16(999)), undefined);

    // --- get_subnets_info
    const infos = (await call('SubnetInfoRuntimeApi_get_subnets_info')) as (Rec | undefined)[];
    const info = infos.find((i) => i?.netuid === netuid)!;
    assert.equal(info.owner, alice);
    assert.equal(info.subnetwork_n, mg.num_uids);
    assert.equal(info.burn, mg.burn);
    assert.deepEqual(infos.map((i) => i?.netuid), [...infos.map((i) => i?.netuid as number)].sort((a, b) => a - b));

    // --- get_neurons_lite
    const neurons = (await call('NeuronInfoRuntimeApi_get_neurons_lite', u16(netuid))) as Rec[];
    assert.equal(neurons.length, mg.num_uids);
    const bobNeuron = neurons.find((x) => x.hotkey === hot('Bob'))!;
    assert.equal(bobNeuron.coldkey, bob);
    assert.equal(bobNeuron.netuid, netuid);
    assert.equal(bobNeuron.pruning_score, 0xffff);
    node.chain.view((s) => assert.deepEqual(bobNeuron.stake, [[bob, getStakeForHotkeyOnSubnet(s, hot('Bob'), netuid)]]));
    assert.deepEqual(await call('NeuronInfoRuntimeApi_get_neurons_lite', u16(999)), []);

    // --- get_delegates: Charlie nominates Bob's hotkey
    const dels = (await call('DelegateInfoRuntimeApi_get_delegates')) as Rec[];
    const bobDel = dels.find((d) => d.delegate_ss58 === hot('Bob'))!;
    assert.ok(bobDel, 'Bob hotkey is a delegate');
    assert.equal(bobDel.owner_ss58, bob);
    assert.deepEqual(bobDel.registrations, [netuid]);
    node.chain.view((s) => {
      assert.equal(bobDel.take, S.Delegates.get(s, hot('Bob')));
      const charlieNom = (bobDel.nominators as [string, [number, bigint][]][]).find(([w]) => w === charlie)!;
      assert.deepEqual(charlieNom[1], [[netuid, getStake(s, hot('Bob'), charlie, netuid)]]);
      assert.ok(charlieNom[1][0][1] > 0n);
    });

    // --- get_stake_info_for_coldkey
    const stakes = (await call('StakeInfoRuntimeApi_get_stake_info_for_coldkey', fromHex(charlie))) as Rec[];
    assert.equal(stakes.length, 1);
    node.chain.view((s) => {
      assert.deepEqual(stakes[0], {
        hotkey: hot('Bob'),
        coldkey: charlie,
        netuid,
        stake: getStake(s, hot('Bob'), charlie, netuid),
        locked: 0n,
        emission: S.AlphaDividendsPerSubnet.get(s, netuid, hot('Bob')),
        tao_emission: 0n,
        drain: 0n,
        is_registered: true,
      });
    });
    assert.deepEqual(await call('StakeInfoRuntimeApi_get_stake_info_for_coldkey', fromHex(devAccount('Ferdie'))), []);

    // --- SwapRuntimeApi
    const price = (await call('SwapRuntimeApi_current_alpha_price', u16(netuid))) as bigint;
    node.chain.view((s) => assert.equal(price, U64F64.toU64(U64F64.mul(currentAlphaPrice(s, netuid), U64F64.fromInt(TAO)))));
    assert.ok(price > 0n);
    const buy = (await call('SwapRuntimeApi_sim_swap_tao_for_alpha', encode(T.tuple(T.u16, T.u64), [netuid, 1n * TAO]))) as Record<string, bigint>;
    assert.ok(buy.tao_amount > 0n && buy.tao_amount <= TAO);
    assert.ok(buy.alpha_amount > 0n);
    assert.equal(buy.alpha_fee, 0n);
    assert.equal(buy.tao_amount + buy.tao_fee, TAO);
    // slippage: what 1 TAO buys at the spot price minus what it actually buys
    const spotAlpha = (TAO * TAO) / price;
    assert.ok(buy.alpha_slippage <= spotAlpha && buy.alpha_slippage + buy.alpha_amount <= spotAlpha + 1n);
    const sell = (await call('SwapRuntimeApi_sim_swap_alpha_for_tao', encode(T.tuple(T.u16, T.u64), [netuid, 1n * TAO]))) as Record<string, bigint>;
    assert.ok(sell.tao_amount > 0n && sell.alpha_amount > 0n);
    assert.equal(sell.tao_fee, 0n);
    assert.equal(sell.alpha_amount + sell.alpha_fee, TAO);
    // simulations change nothing
    node.chain.view((s) => assert.equal(S.SubnetTAO.get(s, netuid), dyn.tao_in));
    const root = (await call('SwapRuntimeApi_current_alpha_price', u16(0))) as bigint;
    assert.equal(root, TAO, 'root (stable) price is 1');

    // --- bad arguments: Substrate's codec error
    const bad = await httpRpc(node.port, 'state_call', ['SubnetInfoRuntimeApi_get_metagraph', '0x01']);
    assert.equal(bad.error?.code, 4002);
    assert.ok(SUBTENSOR_RUNTIME_API_METHODS.length >= 10);
    for (const m of SUBTENSOR_RUNTIME_API_METHODS) assert.ok((RUNTIME_API_RETURN_TYPES[m] as TypeDef | undefined) !== undefined, m);
  } finally {
    await node.stop();
  }
});
