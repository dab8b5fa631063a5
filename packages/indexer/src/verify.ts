/**
 * Test support: compares what an indexed database says with the node's own storage and runtime APIs
 * (shared by the SQLite replay test and the PostgreSQL store test).
 */
import assert from 'node:assert/strict';
import type { ApiPromise } from '@polkadot/api';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { T } from '@tensorium/primitives';
import { fixedToDecimal, u16Ratio } from './chain/codec.js';
import type { Db } from './db/db.js';
import { runtimeApi, type Scenario } from './testUtil.js';

const hex = (ss58: string): string => Buffer.from(decodeAddress(ss58)).toString('hex');
const ss58 = (h: string): string => encodeAddress(Uint8Array.from(Buffer.from(h, 'hex')), 42);

/** Compares every figure at the head (which must be indexed) and recent blocks; returns the number of comparisons. */
export async function verifyAgainstNode(db: Db, api: ApiPromise, httpUrl: string, sc: Scenario): Promise<number> {
  let checks = 0;
  const eq = (a: unknown, b: unknown, what: string): void => {
    assert.deepEqual(a, b, what);
    checks++;
  };
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const indexed = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'indexed_block'");
  eq(Number(indexed?.value), head, 'indexed up to the head');

  // blocks: contiguous, hashes equal the node's
  const blocks = await db.all<{ block_number: number; hash: string; extrinsic_count: number; event_count: number; timestamp: number }>('SELECT block_number, hash, extrinsic_count, event_count, timestamp FROM blocks ORDER BY block_number');
  eq(blocks.length, head + 1, 'one row per block');
  for (const b of blocks.filter((x) => x.block_number % 7 === 0 || x.block_number > head - 5)) {
    eq(b.hash, (await api.rpc.chain.getBlockHash(b.block_number)).toHex(), `hash of block ${b.block_number}`);
    const signed = await api.rpc.chain.getBlock(b.hash);
    eq(Number(b.extrinsic_count), signed.block.extrinsics.length, `extrinsic count of ${b.block_number}`);
    if (b.block_number > 0) {
      // the block's time is the chain's: its Timestamp.set inherent (extrinsic 0), in seconds
      const first = signed.block.extrinsics[0];
      eq(`${first.method.section}.${first.method.method}`, 'timestamp.set', `inherent of ${b.block_number}`);
      eq(Number(b.timestamp), Math.floor(Number(first.method.args[0].toString()) / 1000), `time of ${b.block_number}`);
    }
  }
  for (let i = 2; i < blocks.length; i++) assert.ok(Number(blocks[i].timestamp) >= Number(blocks[i - 1].timestamp), `block times never decrease (${i})`);

  // balances at the head, and balance history at every recorded block (state kept by the node)
  const accounts = await db.all<{ address: string; free: string; reserved: string; nonce: number }>('SELECT address, free, reserved, nonce FROM accounts');
  assert.ok(accounts.length >= 6, 'dev accounts and touched accounts indexed');
  for (const a of accounts) {
    const info = (await api.query.system.account(a.address)) as unknown as { nonce: { toNumber(): number }; data: { free: { toBigInt(): bigint }; reserved: { toBigInt(): bigint } } };
    eq([a.free, a.reserved, Number(a.nonce)], [info.data.free.toBigInt().toString(), info.data.reserved.toBigInt().toString(), info.nonce.toNumber()], `balance of ${a.address}`);
  }
  const hist = await db.all<{ address: string; block_number: number; free: string }>('SELECT address, block_number, free FROM balance_history WHERE block_number > ? ORDER BY block_number', [Math.max(0, head - 200)]);
  for (const h of hist) {
    const at = await api.at(await api.rpc.chain.getBlockHash(h.block_number));
    const info = (await at.query.system.account(h.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
    eq(h.free, info.data.free.toBigInt().toString(), `free of ${h.address} at ${h.block_number}`);
  }

  // transfers
  const transfers = await db.all<{ from_address: string; to_address: string; amount: string }>('SELECT from_address, to_address, amount FROM transfers ORDER BY block_number');
  assert.ok(transfers.some((t) => t.from_address === sc.keys.alice.address && t.to_address === sc.keys.bob.address && t.amount === '50000000000'), 'Alice → Bob transfer');
  checks++;

  // stakes: every coldkey's positions equal StakeInfoRuntimeApi at the head
  const coldkeys = [...new Set((await db.all<{ coldkey: string }>('SELECT coldkey FROM stakes')).map((r) => r.coldkey))];
  for (const ck of [...new Set([...coldkeys, sc.keys.bob.address, sc.keys.dave.address, sc.keys.charlie.address])]) {
    const info = await runtimeApi<{ hotkey: string; netuid: number; stake: bigint }[]>(httpUrl, 'StakeInfoRuntimeApi_get_stake_info_for_coldkey', T.accountId, hex(ck));
    const node = info.filter((s) => s.stake > 0n).map((s) => `${ss58(s.hotkey)}|${s.netuid}|${s.stake}`).sort();
    const ours = (await db.all<{ hotkey: string; netuid: number; alpha: string }>('SELECT hotkey, netuid, alpha FROM stakes WHERE coldkey = ?', [ck])).map((s) => `${s.hotkey}|${Number(s.netuid)}|${s.alpha}`).sort();
    eq(ours, node, `stake positions of ${ck}`);
  }
  assert.ok(coldkeys.includes(sc.keys.bob.address) && coldkeys.includes(sc.keys.dave.address), 'stakers indexed');

  // pools: reserves and prices at the head (DynamicInfo, SwapRuntimeApi) and at recent blocks (storage)
  const dyn = await runtimeApi<({ netuid: number; tao_in: bigint; alpha_in: bigint; alpha_out: bigint; moving_price: bigint; tempo: number; last_step: bigint } | undefined)[]>(httpUrl, 'SubnetInfoRuntimeApi_get_all_dynamic_info');
  for (const d of dyn) {
    if (!d) continue;
    const p = await db.get<{ tao_in: string; alpha_in: string; alpha_out: string; price: string; ema_price: string }>('SELECT * FROM subnet_blocks WHERE netuid = ? AND block_number = ?', [d.netuid, head]);
    assert.ok(p, `pool row of subnet ${d.netuid} at head`);
    eq([p.tao_in, p.alpha_in, p.alpha_out], [d.tao_in.toString(), d.alpha_in.toString(), d.alpha_out.toString()], `reserves of subnet ${d.netuid}`);
    eq(p.ema_price, fixedToDecimal(d.moving_price, 32), `ema price of subnet ${d.netuid}`);
    const priceRao = await runtimeApi<bigint>(httpUrl, 'SwapRuntimeApi_current_alpha_price', T.u16, d.netuid);
    eq(BigInt(p.price.replace('.', '')), priceRao, `price of subnet ${d.netuid}`);
    const s = await db.get<{ tempo: number; last_step: number }>('SELECT tempo, last_step FROM subnets WHERE netuid = ?', [d.netuid]);
    eq([Number(s?.tempo), Number(s?.last_step)], [d.tempo, Number(d.last_step)], `tempo/last step of ${d.netuid}`);
  }
  const poolRows = await db.all<{ block_number: number; tao_in: string; alpha_in: string; alpha_out: string }>('SELECT block_number, tao_in, alpha_in, alpha_out FROM subnet_blocks WHERE netuid = ? AND block_number > ? ORDER BY block_number', [sc.netuid, Math.max(0, head - 60)]);
  assert.ok(poolRows.length > 10);
  for (const r of poolRows) {
    const at = await api.at(await api.rpc.chain.getBlockHash(r.block_number));
    const [t, ai, ao] = await at.queryMulti([
      [at.query.subtensorModule.subnetTAO, sc.netuid],
      [at.query.subtensorModule.subnetAlphaIn, sc.netuid],
      [at.query.subtensorModule.subnetAlphaOut, sc.netuid],
    ]);
    eq([r.tao_in, r.alpha_in, r.alpha_out], [t.toString(), ai.toString(), ao.toString()], `pool of ${sc.netuid} at ${r.block_number}`);
  }

  // metagraph: the latest snapshot (taken at the head's epoch) equals get_metagraph
  const mg = await runtimeApi<{
    hotkeys: string[]; coldkeys: string[]; active: boolean[]; validator_permit: boolean[]; emission: bigint[]; dividends: number[]; incentives: number[];
    consensus: number[]; last_update: bigint[]; block_at_registration: bigint[]; alpha_stake: bigint[];
  }>(httpUrl, 'SubnetInfoRuntimeApi_get_metagraph', T.u16, sc.netuid);
  const snap = await db.get<{ b: number }>('SELECT MAX(block_number) AS b FROM metagraph_snapshots WHERE netuid = ?', [sc.netuid]);
  eq(Number(snap?.b), head, 'a metagraph snapshot at the epoch block');
  const neurons = await db.all<{ uid: number; hotkey: string; coldkey: string; active: number; validator_permit: number; emission: string; dividends: string; incentive: string; consensus: string; last_update: number; registered_at_block: number; stake: string }>(
    'SELECT * FROM neurons WHERE netuid = ? AND block_number = ? ORDER BY uid', [sc.netuid, head]);
  eq(neurons.length, mg.hotkeys.length, 'neuron count');
  neurons.forEach((n, uid) => {
    eq(n.hotkey, ss58(mg.hotkeys[uid]), `hotkey uid ${uid}`);
    eq(n.coldkey, ss58(mg.coldkeys[uid]), `coldkey uid ${uid}`);
    eq(Number(n.active) === 1, mg.active[uid] ?? false, `active uid ${uid}`);
    eq(Number(n.validator_permit) === 1, mg.validator_permit[uid] ?? false, `permit uid ${uid}`);
    eq(n.emission, String(mg.emission[uid] ?? 0n), `emission uid ${uid}`);
    eq(n.dividends, u16Ratio(mg.dividends[uid] ?? 0), `dividends uid ${uid}`);
    eq(n.incentive, u16Ratio(mg.incentives[uid] ?? 0), `incentive uid ${uid}`);
    eq(n.consensus, u16Ratio(mg.consensus[uid] ?? 0), `consensus uid ${uid}`);
    eq(Number(n.last_update), Number(mg.last_update[uid] ?? 0n), `last_update uid ${uid}`);
    eq(Number(n.registered_at_block), Number(mg.block_at_registration[uid]), `registered_at uid ${uid}`);
    eq(n.stake, String(mg.alpha_stake[uid]), `stake uid ${uid}`);
  });
  assert.ok(neurons.some((n) => n.emission !== '0'), 'the epoch paid emission');

  // weights, registrations, validators
  const w = await db.all<{ uid: number; weights: string }>('SELECT uid, weights FROM weights WHERE netuid = ?', [sc.netuid]);
  eq(w.length, 1, 'one set_weights');
  const onChain = await api.query.subtensorModule.weights(sc.netuid, w[0].uid);
  eq(JSON.parse(w[0].weights), onChain.toPrimitive(), 'stored weights');
  const regs = await db.all<{ hotkey: string; kind: string }>("SELECT hotkey, kind FROM registrations WHERE netuid = ? AND kind = 'registered'", [sc.netuid]);
  eq(regs.map((r) => r.hotkey).sort(), [sc.keys.ownerHk.address, sc.keys.validatorHk.address, sc.keys.minerHk.address, sc.keys.miner2Hk.address].sort(), 'registrations');
  const vals = await db.all<{ hotkey: string; take: number }>('SELECT hotkey, take FROM validators');
  for (const v of vals) eq(Number(v.take), Number((await api.query.subtensorModule.delegates(v.hotkey)).toPrimitive()), `take of ${v.hotkey}`);
  assert.ok(vals.some((v) => v.hotkey === sc.keys.validatorHk.address), 'the staked validator is listed');

  // extrinsics: call names and outcomes
  const xts = await db.all<{ call_module: string; call_name: string; success: number; signer: string | null }>('SELECT call_module, call_name, success, signer FROM extrinsics');
  for (const name of ['register_network', 'burned_register', 'add_stake', 'remove_stake', 'set_weights', 'start_call']) {
    assert.ok(xts.some((x) => x.call_module === 'SubtensorModule' && x.call_name === name && Number(x.success) === 1), `extrinsic ${name}`);
    checks++;
  }
  return checks;
}
