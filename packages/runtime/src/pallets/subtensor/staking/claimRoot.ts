/**
 * Root-dividend claims (staking/claim_root.rs; spec §4.14): claiming what a coldkey is owed on
 * each subnet (swapped to root stake, or kept as alpha), `claim_root`, the root claim type and the
 * per-block auto-claim of pseudo-randomly chosen root stakers.
 */
import { MIN_PRICE_RAO } from '@tensorium/params';
import { I96F32, U128_MAX, U64_MAX, hexToBytes, type EnumValue } from '@tensorium/primitives';
import { isDispatchError } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { getRootOwedFloat } from './rootClaim.js';
import {
  addStakeAdjustRootClaimed,
  getStake,
  increaseStake,
  recordProtocolOutflow,
  ROOT,
  subnetAccountId,
  swapAlphaForTao,
  transferTaoFromSubnet,
  type Ctx,
} from './stakeUtils.js';

/** `MAX_SUBNET_CLAIMS`: subnets one claim_root call may name. */
export const MAX_SUBNET_CLAIMS = 5;
/** `MAX_NUM_ROOT_CLAIMS`: upper bound of NumRootClaim. */
export const MAX_NUM_ROOT_CLAIMS = 50n;

function readU64BE(bytes: Uint8Array, at: number): bigint {
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(bytes[at + i] ?? 0);
  return v;
}

/**
 * `block_hash_to_indices(hash, k, n)`: k pseudo-random indices in [0, n) walked from the block
 * hash (start = first 8 bytes big-endian, step i = bytes (8i mod 32).. +8), deduplicated and sorted.
 */
export function blockHashToIndices(blockHashHex: string, k: bigint, n: bigint): bigint[] {
  const h = hexToBytes(blockHashHex);
  const out = new Set<bigint>();
  let last = readU64BE(h, 0);
  for (let i = 0n; i < k; i++) {
    const step = readU64BE(h, Number((i * 8n) % 32n));
    const sum = last + step;
    const sat = sum > U64_MAX ? U64_MAX : sum;
    const idx = n === 0n ? 0n : sat % n;
    out.add(idx);
    last = idx;
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** RootClaimable[hotkey][netuid] (I96F32 bits; 0 if absent). */
export function rootClaimableRate(s: State, hotkey: AccountId, netuid: number): bigint {
  const e = S.RootClaimable.get(s, hotkey).find(([n]) => n === netuid);
  return e ? e[1] : 0n;
}

/** `get_root_owed_for_hotkey_coldkey_float`. */
export function rootOwedFloat(s: State, hotkey: AccountId, coldkey: AccountId, netuid: number): bigint {
  return getRootOwedFloat(rootClaimableRate(s, hotkey, netuid), getStake(s, hotkey, coldkey, ROOT), S.RootClaimed.get(s, netuid, hotkey, coldkey));
}

/** Whether the claim type swaps the owed alpha of `netuid` to root stake. */
function claimSwaps(claimType: EnumValue, netuid: number): boolean {
  if (claimType.type === 'Keep') return false;
  if (claimType.type === 'KeepSubnets') {
    const v = claimType.value as { subnets?: readonly number[] } | undefined;
    return !(v?.subnets ?? []).includes(netuid);
  }
  return true;
}

/**
 * `root_claim_on_subnet`: claim what (hotkey, coldkey) is owed on `netuid` unless it is below the
 * subnet's RootClaimableThreshold (or floors to 0). Swap: sell the alpha fee-lessly, move the TAO
 * to the root subnet account and stake it on root; Keep: stake the alpha on the subnet.
 */
export function rootClaimOnSubnet(ctx: Ctx, hotkey: AccountId, coldkey: AccountId, netuid: number, claimType: EnumValue, ignoreMinimum: boolean): void {
  const s = ctx.state;
  const owed = rootOwedFloat(s, hotkey, coldkey, netuid);
  if (!ignoreMinimum && owed < S.RootClaimableThreshold.get(s, netuid)) return;
  const owedU64 = owed < 0n ? 0n : I96F32.toU64(owed);
  if (owedU64 === 0n) return;
  if (claimSwaps(claimType, netuid)) {
    s.transactional((c) => {
      const r = swapAlphaForTao(c, netuid, owedU64, MIN_PRICE_RAO, true);
      const tao = r.amountPaidOut;
      transferTaoFromSubnet({ ...ctx, state: c }, netuid, subnetAccountId(ROOT), tao);
      S.SubnetRootSellTao.mutate(c, netuid, (t) => sat64(t + tao));
      recordProtocolOutflow(c, netuid, tao);
      increaseStake(c, hotkey, coldkey, ROOT, tao);
      S.SubnetTAO.mutate(c, ROOT, (t) => sat64(t + tao));
      S.SubnetAlphaOut.mutate(c, ROOT, (t) => sat64(t + tao));
      S.TotalStake.mutate(c, (t) => sat64(t + tao));
      addStakeAdjustRootClaimed(c, hotkey, coldkey, tao);
    });
  } else {
    increaseStake(s, hotkey, coldkey, netuid, owedU64);
  }
  S.RootClaimed.mutate(s, netuid, hotkey, coldkey, (v) => {
    const r = v + owedU64;
    return r > U128_MAX ? U128_MAX : r;
  });
}

function sat64(v: bigint): bigint {
  return v > U64_MAX ? U64_MAX : v;
}

/** `root_claim_all`: claim on every subnet the hotkey has a claimable rate for (optionally only `subnets`). */
export function rootClaimAll(ctx: Ctx, hotkey: AccountId, coldkey: AccountId, subnets: readonly number[] | undefined): void {
  const s = ctx.state;
  const claimType = S.RootClaimType.get(s, coldkey);
  const netuids = S.RootClaimable.get(s, hotkey)
    .map(([n]) => n)
    .sort((a, b) => a - b);
  for (const netuid of netuids) {
    if (subnets && !subnets.includes(netuid)) continue;
    rootClaimOnSubnet(ctx, hotkey, coldkey, netuid, claimType, false);
  }
}

/**
 * `do_root_claim(coldkey, subnets?)`: claim for every staking hotkey of the coldkey, atomically
 * (any failure rolls the whole claim back and is rethrown); emits RootClaimed.
 */
export function doRootClaim(ctx: Ctx, coldkey: AccountId, subnets?: readonly number[]): void {
  ctx.state.transactional((c) => {
    const inner: Ctx = { ...ctx, state: c };
    for (const hotkey of S.StakingHotkeys.get(c, coldkey)) rootClaimAll(inner, hotkey, coldkey, subnets);
    emit(inner, PALLET, 'RootClaimed', coldkey);
  });
}

/**
 * `run_auto_claim_root_divs(parent_hash)` (block step): claim for the NumRootClaim coldkeys of the
 * root-staker index chosen by `blockHashToIndices`; failures are ignored.
 */
export function runAutoClaimRootDivs(ctx: Ctx, parentHash: string): void {
  const s = ctx.state;
  const n = S.NumStakingColdkeys.get(s);
  const k = S.NumRootClaim.get(s);
  for (const i of blockHashToIndices(parentHash, k, n)) {
    const coldkey = S.StakingColdkeysByIndex.raw(s, i);
    if (coldkey === undefined) continue;
    try {
      doRootClaim(ctx, coldkey, undefined);
    } catch (e) {
      if (!isDispatchError(e)) throw e; // dispatch errors are logged upstream and ignored
    }
  }
}

/** `change_root_claim_type`. */
export function changeRootClaimType(ctx: Ctx, coldkey: AccountId, claimType: EnumValue): void {
  S.RootClaimType.set(ctx.state, coldkey, claimType);
  emit(ctx, PALLET, 'RootClaimTypeSet', coldkey, claimType);
}
