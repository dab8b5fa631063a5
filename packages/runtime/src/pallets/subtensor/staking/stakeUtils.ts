/**
 * The staking core shared by every stake-moving call, registration, the coinbase and root claims
 * (subtensor staking/stake_utils.rs, coinbase/tao.rs, coinbase/alpha.rs; spec/economics.md §5.6,
 * §6.1–6.2, §3 mint/recycle): the per-(hotkey, netuid) alpha share pools, inherited stake through
 * child keys, TAO<->alpha swaps with their reserve bookkeeping, and moving TAO between coldkeys
 * and subnet accounts.
 */
import { DEFAULT_MIN_STAKE, MAX_PRICE_RAO, MIN_PRICE_RAO, TOTAL_SUPPLY } from '@tensorium/params';
import { I64F64, SafeFloat, U64F64, U96F32, U64_MAX, bytesToHex, encode, T } from '@tensorium/primitives';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId, type CallContext } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { freeBalance, reducibleBalance, setFree, transfer as transferBalance, withdraw } from '../../balances/currency.js';
import { storage as balances } from '../../balances/storage.js';
import { swap as poolSwap, currentAlphaPrice } from '../../swapPallet/index.js';
import type { SwapResult } from '../../../swap/index.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { SAFE_FLOAT_ZERO, type SafeFloatValue } from '../types.js';
import { SharePool, type SharePoolStorage } from './sharePool.js';
import { rootClaimedAfterAddStake, rootClaimedAfterRemoveStake } from './rootClaim.js';
import { isSubnetAccountId } from '../subnets/common.js';

export type Ctx = Pick<CallContext, 'state' | 'env' | 'extrinsicIndex'>;

export const ROOT = 0;

// ---------------------------------------------------------------------------------------------
// Module accounts

const MODL = bytesToHex(new TextEncoder().encode('modl'));

/** `PalletId(id).into_sub_account_truncating(sub)`: "modl" ++ id ++ SCALE(sub), zero-padded to 32 bytes. */
export function subAccountId(palletId: string, sub?: Uint8Array): AccountId {
  const id = bytesToHex(new TextEncoder().encode(palletId));
  const s = sub ? bytesToHex(sub) : '';
  return (MODL + id + s).padEnd(64, '0').slice(0, 64);
}

const subnetAccounts = new Map<number, AccountId>();
/** The subnet's account (holds the pool's TAO): sub-account `netuid` of pallet id "subtensr". */
export function subnetAccountId(netuid: number): AccountId {
  let a = subnetAccounts.get(netuid);
  if (!a) {
    a = subAccountId('subtensr', encode(T.u16, netuid));
    subnetAccounts.set(netuid, a);
  }
  return a;
}

/** The burn account ("burntnsr"): TAO sent here leaves circulation but not `TotalIssuance`. */
export const BURN_ACCOUNT: AccountId = subAccountId('burntnsr');

/** Whether `who` is a subnet account or the burn account (system accounts cannot own hotkeys). */
export function isSystemAccount(who: AccountId): boolean {
  return who.startsWith(MODL);
}

// ---------------------------------------------------------------------------------------------
// TAO movements (coinbase/tao.rs)

/** `transfer_tao_to_subnet`: moves at most the coldkey's keep-alive balance; returns what moved. */
export function transferTaoToSubnet(ctx: Ctx, netuid: number, coldkey: AccountId, amount: bigint): bigint {
  if (amount === 0n) return 0n;
  ensure(netuid === ROOT || S.NetworksAdded.get(ctx.state, netuid), E.SubnetNotExists);
  const max = reducibleBalance(ctx.state, coldkey, true);
  const actual = amount < max ? amount : max;
  ensure(actual > 0n, E.InsufficientBalance);
  transferBalance(ctx, coldkey, subnetAccountId(netuid), actual, true);
  return actual;
}

/** `transfer_tao_from_subnet`. */
export function transferTaoFromSubnet(ctx: Ctx, netuid: number, coldkey: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  ensure(netuid === ROOT || S.NetworksAdded.get(ctx.state, netuid), E.SubnetNotExists);
  transferBalance(ctx, subnetAccountId(netuid), coldkey, amount, false);
}

/** `burn_tao`: send to the burn account (issuance unchanged). */
export function burnTao(ctx: Ctx, from: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  transferBalance(ctx, from, BURN_ACCOUNT, amount, false);
}

/** `recycle_tao`: destroy TAO and lower `TotalIssuance` (the account keeps its existential deposit). */
export function recycleTao(ctx: Ctx, coldkey: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  ensure(amount <= reducibleBalance(ctx.state, coldkey, true), E.InsufficientBalance);
  S.TotalIssuance.mutate(ctx.state, (t) => (t > amount ? t - amount : 0n));
  withdraw(ctx, coldkey, amount, false);
}

/**
 * `mint_tao`: issue up to `amount` (capped so total issuance never exceeds 21M TAO) and add it to
 * `TotalIssuance`. Returns the credit to spend with `spendCredit`; what is left must be recycled
 * with `recycleCredit`.
 */
export function mintTao(ctx: Ctx, amount: bigint): bigint {
  const cur = balances.TotalIssuance.get(ctx.state);
  const room = TOTAL_SUPPLY > cur ? TOTAL_SUPPLY - cur : 0n;
  const issued = amount < room ? amount : room;
  S.TotalIssuance.mutate(ctx.state, (t) => t + issued);
  return issued;
}

/** Pay `amount` of minted credit into `who` (Balances issuance grows by what is paid). */
export function spendCredit(ctx: Ctx, who: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  balances.TotalIssuance.mutate(ctx.state, (t) => t + amount);
  setFree(ctx, who, freeBalance(ctx.state, who) + amount);
}

/** `recycle_credit`: unspent credit lowers `TotalIssuance` again. */
export function recycleCredit(ctx: Ctx, amount: bigint): void {
  if (amount === 0n) return;
  S.TotalIssuance.mutate(ctx.state, (t) => (t > amount ? t - amount : 0n));
}

// ---------------------------------------------------------------------------------------------
// Alpha issuance bookkeeping (coinbase/alpha.rs)

/** `recycle_subnet_alpha`: alpha leaves issuance (`SubnetAlphaOut` drops). */
export function recycleSubnetAlpha(s: State, netuid: number, amount: bigint): void {
  if (amount === 0n) return;
  S.SubnetAlphaOut.mutate(s, netuid, (v) => (v > amount ? v - amount : 0n));
}

/** `burn_subnet_alpha`: alpha vanishes from stake; issuance (`SubnetAlphaOut`) is unchanged. */
export function burnSubnetAlpha(_s: State, _netuid: number, _amount: bigint): void {
  // Only the AlphaAssets statistics pallet records burns; issuance is deliberately untouched.
}

export function getAlphaIssuance(s: State, netuid: number): bigint {
  return S.SubnetAlphaIn.get(s, netuid) + S.SubnetAlphaOut.get(s, netuid);
}

// ---------------------------------------------------------------------------------------------
// Share pools (staking/stake_utils.rs HotkeyAlphaSharePoolDataOperations)

function toSafeFloat(v: SafeFloatValue | SafeFloat): SafeFloat {
  return v instanceof SafeFloat ? v : SafeFloat.raw(v.mantissa, v.exponent);
}

class HotkeyAlphaPoolStorage implements SharePoolStorage<AccountId> {
  constructor(
    private readonly s: State,
    private readonly hotkey: AccountId,
    private readonly netuid: number,
  ) {}
  getSharedValue(): bigint {
    return S.TotalHotkeyAlpha.get(this.s, this.hotkey, this.netuid);
  }
  getShare(coldkey: AccountId): SafeFloat {
    return toSafeFloat(S.AlphaV2.get(this.s, this.hotkey, coldkey, this.netuid));
  }
  tryGetShare(coldkey: AccountId): SafeFloat | undefined {
    const v = S.AlphaV2.raw(this.s, this.hotkey, coldkey, this.netuid);
    return v === undefined ? undefined : toSafeFloat(v);
  }
  getDenominator(): SafeFloat {
    return toSafeFloat(S.TotalHotkeySharesV2.get(this.s, this.hotkey, this.netuid));
  }
  // Writing a stored value back unchanged leaves the state as it was, so only what differs is
  // written (the epoch credits a zero take or incentive to most hotkeys: a zero pool update). An
  // absent pool value is still written as an explicit 0 (absent and 0 differ in the state root).
  setSharedValue(value: bigint): void {
    if (S.TotalHotkeyAlpha.raw(this.s, this.hotkey, this.netuid) === value) return;
    S.TotalHotkeyAlpha.set(this.s, this.hotkey, this.netuid, value);
  }
  setShare(coldkey: AccountId, share: SafeFloat): void {
    const cur = S.AlphaV2.raw(this.s, this.hotkey, coldkey, this.netuid);
    if (share.isZero()) {
      if (cur !== undefined) S.AlphaV2.remove(this.s, this.hotkey, coldkey, this.netuid);
    } else if (!sameSafeFloat(cur, share)) S.AlphaV2.set(this.s, this.hotkey, coldkey, this.netuid, share);
  }
  setDenominator(d: SafeFloat): void {
    const cur = S.TotalHotkeySharesV2.raw(this.s, this.hotkey, this.netuid);
    if (d.isZero()) {
      if (cur !== undefined) S.TotalHotkeySharesV2.remove(this.s, this.hotkey, this.netuid);
    } else if (!sameSafeFloat(cur, d)) S.TotalHotkeySharesV2.set(this.s, this.hotkey, this.netuid, d);
  }
}

function sameSafeFloat(a: SafeFloatValue | undefined, b: SafeFloat): boolean {
  return a !== undefined && a.mantissa === b.mantissa && a.exponent === b.exponent;
}

export function alphaSharePool(s: State, hotkey: AccountId, netuid: number): SharePool<AccountId> {
  return new SharePool(new HotkeyAlphaPoolStorage(s, hotkey, netuid));
}

/** `get_stake_for_hotkey_and_coldkey_on_subnet`. */
export function getStake(s: State, hotkey: AccountId, coldkey: AccountId, netuid: number): bigint {
  return alphaSharePool(s, hotkey, netuid).tryGetValue(coldkey) ?? 0n;
}

/** `get_stake_for_hotkey_on_subnet` = TotalHotkeyAlpha. */
export function getStakeForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number): bigint {
  return S.TotalHotkeyAlpha.get(s, hotkey, netuid);
}

/** `increase_stake_for_hotkey_on_subnet`: dividends, shared pro rata by every staker. */
export function increaseStakeForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number, amount: bigint): void {
  alphaSharePool(s, hotkey, netuid).updateValueForAll(amount);
}

export function decreaseStakeForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number, amount: bigint): void {
  alphaSharePool(s, hotkey, netuid).updateValueForAll(-amount);
}

/** `increase_stake_for_hotkey_and_coldkey_on_subnet` (records the hotkey in StakingHotkeys unless the amount is 0). */
export function increaseStake(s: State, hotkey: AccountId, coldkey: AccountId, netuid: number, amount: bigint): void {
  if (amount !== 0n) addStakingHotkey(s, coldkey, hotkey);
  alphaSharePool(s, hotkey, netuid).updateValueForOne(coldkey, amount);
}

/** `try_increase_stake_for_hotkey_and_coldkey_on_subnet`: can the pool represent this stake? */
export function tryIncreaseStake(s: State, hotkey: AccountId, netuid: number, amount: bigint): boolean {
  return alphaSharePool(s, hotkey, netuid).simUpdateValueForOne(amount);
}

/** `decrease_stake_for_hotkey_and_coldkey_on_subnet`: only when the coldkey holds at least `amount`. */
export function decreaseStake(s: State, hotkey: AccountId, coldkey: AccountId, netuid: number, amount: bigint): void {
  const pool = alphaSharePool(s, hotkey, netuid);
  const v = pool.tryGetValue(coldkey);
  if (v !== undefined && v >= amount) pool.updateValueForOne(coldkey, -amount);
}

export function addStakingHotkey(s: State, coldkey: AccountId, hotkey: AccountId): void {
  const list = S.StakingHotkeys.get(s, coldkey);
  if (!list.includes(hotkey)) S.StakingHotkeys.set(s, coldkey, [...list, hotkey]);
}

// ---------------------------------------------------------------------------------------------
// Stake weights through child keys (stake_utils.rs get_*inherited*, get_stake_weights_*)

const U64_MAX_U96 = U96F32.fromInt(U64_MAX);

function inherited(s: State, hotkey: AccountId, netuid: number, stakeNetuid: number): bigint {
  const stake = getStakeForHotkeyOnSubnet(s, hotkey, stakeNetuid);
  const children = S.ChildKeys.get(s, hotkey, netuid);
  const parents = S.ParentKeys.get(s, hotkey, netuid);
  // No child or parent keys: the U96F32 round trip of a u64 stake is exact, the stake itself.
  if (children.length === 0 && parents.length === 0) return stake;
  const initial = U96F32.fromInt(stake);
  let toChildren = 0n;
  let fromParents = 0n;
  for (const [proportion] of children) {
    const p = U96F32.safeDiv(U96F32.fromInt(proportion), U64_MAX_U96);
    toChildren = U96F32.saturatingAdd(toChildren, U96F32.mul(initial, p));
  }
  for (const [proportion, parent] of parents) {
    const parentStake = U96F32.fromInt(getStakeForHotkeyOnSubnet(s, parent, stakeNetuid));
    const p = U96F32.safeDiv(U96F32.fromInt(proportion), U64_MAX_U96);
    fromParents = U96F32.saturatingAdd(fromParents, U96F32.mul(parentStake, p));
  }
  return U96F32.toU64(U96F32.saturatingAdd(U96F32.saturatingSub(initial, toChildren), fromParents));
}

/** `get_inherited_for_hotkey_on_subnet`: alpha stake after child-key delegation. */
export function getInheritedForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number): bigint {
  if (netuid === ROOT) return getStakeForHotkeyOnSubnet(s, hotkey, ROOT);
  return inherited(s, hotkey, netuid, netuid);
}

/** `get_tao_inherited_for_hotkey_on_subnet`: root (TAO) stake after child-key delegation on `netuid`. */
export function getTaoInheritedForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number): bigint {
  return inherited(s, hotkey, netuid, ROOT);
}

/**
 * A u64 fraction of u64::MAX as U96F32 raw, remembering the last argument: the result is a pure
 * function of the stored u64, and TaoWeight / CKBurn are read hundreds of times per block while
 * they almost never change, so one cached pair per item saves a bigint division per read.
 */
function u64FractionMemo(): (x: bigint) => bigint {
  let lastIn = -1n;
  let lastOut = 0n;
  return (x) => {
    if (x !== lastIn) {
      lastOut = U96F32.safeDiv(U96F32.fromInt(x), U64_MAX_U96);
      lastIn = x;
    }
    return lastOut;
  };
}
const taoWeightFraction = u64FractionMemo();
const ckBurnFraction = u64FractionMemo();

/** `get_tao_weight` as U96F32 raw. */
export function getTaoWeight(s: State): bigint {
  return taoWeightFraction(S.TaoWeight.get(s));
}

/** `get_ck_burn` as U96F32 raw. */
export function getCkBurn(s: State): bigint {
  return ckBurnFraction(S.CKBurn.get(s));
}

/** `get_stake_weights_for_hotkey_on_subnet`: (total, alpha, tao) as I64F64 raw. */
export function getStakeWeightsForHotkeyOnSubnet(s: State, hotkey: AccountId, netuid: number): [bigint, bigint, bigint] {
  const tw = I64F64.from(U96F32, getTaoWeight(s));
  const alpha = I64F64.fromInt(getInheritedForHotkeyOnSubnet(s, hotkey, netuid));
  const tao = I64F64.fromInt(getTaoInheritedForHotkeyOnSubnet(s, hotkey, netuid));
  return [I64F64.saturatingAdd(alpha, I64F64.mul(tao, tw)), alpha, tao];
}

/** Total stake weight of a hotkey on a subnet, floored to u64 (used by thresholds). */
export function getTotalStakeWeight(s: State, hotkey: AccountId, netuid: number): bigint {
  return I64F64.toU64(getStakeWeightsForHotkeyOnSubnet(s, hotkey, netuid)[0]);
}

// ---------------------------------------------------------------------------------------------
// Reserves (stake_utils.rs increase/decrease_provided_*_reserve)

export function increaseProvidedTaoReserve(s: State, netuid: number, tao: bigint): void {
  S.SubnetTAO.mutate(s, netuid, (v) => v + tao);
}
export function decreaseProvidedTaoReserve(s: State, netuid: number, tao: bigint): void {
  S.SubnetTAO.mutate(s, netuid, (v) => (v > tao ? v - tao : 0n));
}
export function increaseProvidedAlphaReserve(s: State, netuid: number, alpha: bigint): void {
  S.SubnetAlphaIn.mutate(s, netuid, (v) => v + alpha);
}
export function decreaseProvidedAlphaReserve(s: State, netuid: number, alpha: bigint): void {
  S.SubnetAlphaIn.mutate(s, netuid, (v) => (v > alpha ? v - alpha : 0n));
}

function satAdd(a: bigint, b: bigint, max = U64_MAX): bigint {
  const r = a + b;
  return r > max ? max : r;
}

// ---------------------------------------------------------------------------------------------
// Swaps with bookkeeping (§5.6)

/** `swap_tao_for_alpha`: buy alpha with `tao` (mechanism 0 = 1:1), updating reserves and counters. */
export function swapTaoForAlpha(s: State, netuid: number, tao: bigint, priceLimitRao: bigint, dropFees: boolean): SwapResult {
  const r: SwapResult =
    S.SubnetMechanism.get(s, netuid) === 1
      ? poolSwap(s, netuid, 'buy', tao, priceLimitRao, dropFees, false)
      : { amountPaidIn: tao, amountPaidOut: tao, feePaid: 0n, feeToBlockAuthor: 0n };
  decreaseProvidedAlphaReserve(s, netuid, r.amountPaidOut);
  S.SubnetAlphaOut.mutate(s, netuid, (v) => satAdd(v, r.amountPaidOut));
  S.SubnetTAO.mutate(s, netuid, (v) => satAdd(v, r.amountPaidIn));
  S.TotalStake.mutate(s, (v) => satAdd(v, tao));
  S.SubnetVolume.mutate(s, netuid, (v) => v + tao);
  return r;
}

/** `swap_alpha_for_tao`: sell `alpha` (mechanism 0 = 1:1), updating reserves and counters. */
export function swapAlphaForTao(s: State, netuid: number, alpha: bigint, priceLimitRao: bigint, dropFees: boolean): SwapResult {
  const r: SwapResult =
    S.SubnetMechanism.get(s, netuid) === 1
      ? poolSwap(s, netuid, 'sell', alpha, priceLimitRao, dropFees, false)
      : { amountPaidIn: alpha, amountPaidOut: alpha, feePaid: 0n, feeToBlockAuthor: 0n };
  S.SubnetAlphaIn.mutate(s, netuid, (v) => satAdd(v, r.amountPaidIn));
  S.SubnetAlphaOut.mutate(s, netuid, (v) => (v > r.amountPaidIn ? v - r.amountPaidIn : 0n));
  decreaseProvidedTaoReserve(s, netuid, r.amountPaidOut);
  S.TotalStake.mutate(s, (v) => (v > r.amountPaidOut ? v - r.amountPaidOut : 0n));
  S.SubnetVolume.mutate(s, netuid, (v) => v + r.amountPaidOut);
  return r;
}

export function recordTaoInflow(s: State, netuid: number, tao: bigint): void {
  S.SubnetTaoFlow.mutate(s, netuid, (f) => clampI64(f + tao));
}
export function recordTaoOutflow(s: State, netuid: number, tao: bigint): void {
  S.SubnetTaoFlow.mutate(s, netuid, (f) => clampI64(f - tao));
}
export function recordProtocolInflow(s: State, netuid: number, tao: bigint): void {
  S.SubnetProtocolFlow.mutate(s, netuid, (f) => clampI64(f + tao));
}
export function recordProtocolOutflow(s: State, netuid: number, tao: bigint): void {
  S.SubnetProtocolFlow.mutate(s, netuid, (f) => clampI64(f - tao));
}
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
function clampI64(v: bigint): bigint {
  return v < I64_MIN ? I64_MIN : v > I64_MAX ? I64_MAX : v;
}

// ---------------------------------------------------------------------------------------------
// Root-claim books kept in step with root stake (staking/claim_root.rs)

/** `add_stake_adjust_root_claimed_for_hotkey_and_coldkey`: new root stake cannot claim old dividends. */
export function addStakeAdjustRootClaimed(s: State, hotkey: AccountId, coldkey: AccountId, amount: bigint): void {
  for (const [netuid, rate] of S.RootClaimable.get(s, hotkey)) {
    S.RootClaimed.set(s, netuid, hotkey, coldkey, rootClaimedAfterAddStake(S.RootClaimed.get(s, netuid, hotkey, coldkey), rate, amount));
  }
}

/** `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey` (root's own entry is skipped). */
export function removeStakeAdjustRootClaimed(s: State, hotkey: AccountId, coldkey: AccountId, amount: bigint): void {
  for (const [netuid, rate] of S.RootClaimable.get(s, hotkey)) {
    if (netuid === ROOT) continue;
    S.RootClaimed.set(s, netuid, hotkey, coldkey, rootClaimedAfterRemoveStake(S.RootClaimed.get(s, netuid, hotkey, coldkey), rate, amount));
  }
}

/** `maybe_add_coldkey_index`: index coldkeys that hold root stake (auto root claims). */
export function maybeAddColdkeyIndex(s: State, coldkey: AccountId): void {
  if (S.StakingColdkeys.contains(s, coldkey)) return;
  const n = S.NumStakingColdkeys.get(s);
  S.StakingColdkeysByIndex.set(s, n, coldkey);
  S.StakingColdkeys.set(s, coldkey, n);
  S.NumStakingColdkeys.set(s, n + 1n);
}

/** `maybe_remove_coldkey_index`: swap-remove from the index. */
export function maybeRemoveColdkeyIndex(s: State, coldkey: AccountId): void {
  const idx = S.StakingColdkeys.raw(s, coldkey);
  if (idx === undefined) return;
  S.StakingColdkeys.remove(s, coldkey);
  const n = S.NumStakingColdkeys.get(s);
  const last = n > 0n ? n - 1n : 0n;
  const moved = idx !== last ? S.StakingColdkeysByIndex.raw(s, last) : undefined;
  if (moved !== undefined) {
    S.StakingColdkeysByIndex.remove(s, last);
    S.StakingColdkeysByIndex.set(s, idx, moved);
    S.StakingColdkeys.set(s, moved, idx);
  } else {
    S.StakingColdkeysByIndex.remove(s, idx);
  }
  S.NumStakingColdkeys.set(s, last);
}

export function coldkeyHasRootStake(s: State, coldkey: AccountId): boolean {
  return S.StakingHotkeys.get(s, coldkey).some((h) => getStake(s, h, coldkey, ROOT) !== 0n);
}

// ---------------------------------------------------------------------------------------------
// Staking into / out of a subnet

/**
 * `stake_into_subnet`: move TAO from the coldkey to the subnet account, buy alpha, credit it to
 * (hotkey, coldkey), pay the swap fee to the block author (burned without one). Returns the alpha.
 */
export function stakeIntoSubnet(ctx: Ctx, hotkey: AccountId, coldkey: AccountId, netuid: number, tao: bigint, priceLimitRao: bigint, dropFees: boolean): bigint {
  const s = ctx.state;
  const staked = transferTaoToSubnet(ctx, netuid, coldkey, tao);
  const r = swapTaoForAlpha(s, netuid, staked, priceLimitRao, dropFees);
  ensure(r.amountPaidOut !== 0n, E.AmountTooLow);
  ensure(tryIncreaseStake(s, hotkey, netuid, r.amountPaidOut), E.InsufficientLiquidity);
  increaseStake(s, hotkey, coldkey, netuid, r.amountPaidOut);
  addStakingHotkey(s, coldkey, hotkey);
  if (r.feeToBlockAuthor > 0n) {
    if (ctx.env.author) transferTaoFromSubnet(ctx, netuid, ctx.env.author, r.feeToBlockAuthor);
    else burnTao(ctx, subnetAccountId(netuid), r.feeToBlockAuthor);
  }
  recordTaoInflow(s, netuid, r.amountPaidIn);
  S.LastColdkeyHotkeyStakeBlock.set(s, coldkey, hotkey, ctx.env.number);
  if (netuid === ROOT) {
    addStakeAdjustRootClaimed(s, hotkey, coldkey, r.amountPaidOut);
    maybeAddColdkeyIndex(s, coldkey);
  }
  emit(ctx, PALLET, 'StakeAdded', coldkey, hotkey, staked, r.amountPaidOut, netuid, r.feePaid);
  return r.amountPaidOut;
}

/**
 * `unstake_from_subnet`: take `alpha` from (hotkey, coldkey), sell it, refund what the limit left
 * unsold, pay the TAO to `beneficiary`; the alpha fee is sold fee-lessly for the block author (or
 * burned). Returns the TAO paid out.
 */
export function unstakeFromSubnet(
  ctx: Ctx,
  hotkey: AccountId,
  coldkey: AccountId,
  beneficiary: AccountId,
  netuid: number,
  alpha: bigint,
  priceLimitRao: bigint,
  dropFees: boolean,
): bigint {
  const s = ctx.state;
  decreaseStake(s, hotkey, coldkey, netuid, alpha);
  const r = swapAlphaForTao(s, netuid, alpha, priceLimitRao, dropFees);
  const used = r.amountPaidIn + r.feePaid;
  const refund = alpha > used ? alpha - used : 0n;
  if (refund > 0n) increaseStake(s, hotkey, coldkey, netuid, refund);
  transferTaoFromSubnet(ctx, netuid, beneficiary, r.amountPaidOut);
  let feeOutflow = 0n;
  if (ctx.env.author) {
    const bb = swapAlphaForTao(s, netuid, r.feeToBlockAuthor, MIN_PRICE_RAO, true);
    transferTaoFromSubnet(ctx, netuid, ctx.env.author, bb.amountPaidOut);
    feeOutflow = bb.amountPaidOut;
  } else {
    burnSubnetAlpha(s, netuid, r.feeToBlockAuthor);
  }
  if (netuid === ROOT) {
    removeStakeAdjustRootClaimed(s, hotkey, coldkey, alpha);
    if (!coldkeyHasRootStake(s, coldkey)) maybeRemoveColdkeyIndex(s, coldkey);
  }
  recordTaoOutflow(s, netuid, r.amountPaidOut + feeOutflow);
  S.LastColdkeyHotkeyStakeBlock.set(s, coldkey, hotkey, ctx.env.number);
  emit(ctx, PALLET, 'StakeRemoved', coldkey, hotkey, r.amountPaidOut, r.amountPaidIn, netuid, r.feePaid);
  return r.amountPaidOut;
}

/**
 * `transfer_stake_within_subnet`: move alpha shares between (hotkey, coldkey) pairs on one subnet
 * without a swap or fee; the TAO value at spot price must reach the minimum stake.
 */
export function transferStakeWithinSubnet(
  ctx: Ctx,
  originColdkey: AccountId,
  originHotkey: AccountId,
  destinationColdkey: AccountId,
  destinationHotkey: AccountId,
  netuid: number,
  alpha: bigint,
): bigint {
  const s = ctx.state;
  decreaseStake(s, originHotkey, originColdkey, netuid, alpha);
  if (netuid === ROOT) removeStakeAdjustRootClaimed(s, originHotkey, originColdkey, alpha);
  increaseStake(s, destinationHotkey, destinationColdkey, netuid, alpha);
  if (netuid === ROOT) addStakeAdjustRootClaimed(s, destinationHotkey, destinationColdkey, alpha);
  const price = currentAlphaPrice(s, netuid);
  const taoEquivalent = U64F64.toU64(U64F64.mul(price, U64F64.fromInt(alpha)));
  ensure(taoEquivalent >= DEFAULT_MIN_STAKE, E.AmountTooLow);
  S.LastColdkeyHotkeyStakeBlock.set(s, destinationColdkey, destinationHotkey, ctx.env.number);
  emit(ctx, PALLET, 'StakeRemoved', originColdkey, originHotkey, taoEquivalent, alpha, netuid, 0n);
  emit(ctx, PALLET, 'StakeAdded', destinationColdkey, destinationHotkey, taoEquivalent, alpha, netuid, 0n);
  return taoEquivalent;
}

// ---------------------------------------------------------------------------------------------
// Hotkey ownership and takes (staking/helpers.rs)

export const ZERO = '00'.repeat(32);

/** `hotkey_account_exists`: the hotkey has an owner. */
export function hotkeyAccountExists(s: State, hotkey: AccountId): boolean {
  return S.Owner.contains(s, hotkey);
}

export function getOwningColdkeyForHotkey(s: State, hotkey: AccountId): AccountId {
  return S.Owner.get(s, hotkey);
}

export function coldkeyOwnsHotkey(s: State, coldkey: AccountId, hotkey: AccountId): boolean {
  return S.Owner.contains(s, hotkey) && S.Owner.get(s, hotkey) === coldkey;
}

/** `create_account_if_non_existent`: first use of a hotkey binds it to the coldkey; subnet accounts can never be hotkeys. */
export function createAccountIfNonExistent(s: State, coldkey: AccountId, hotkey: AccountId): void {
  ensure(isSubnetAccountId(hotkey) === undefined, E.CannotUseSystemAccount);
  if (S.Owner.contains(s, hotkey)) return;
  S.Owner.set(s, hotkey, coldkey);
  const owned = S.OwnedHotkeys.get(s, coldkey);
  if (!owned.includes(hotkey)) S.OwnedHotkeys.set(s, coldkey, [...owned, hotkey]);
  addStakingHotkey(s, coldkey, hotkey);
}

/** `get_hotkey_take`: Delegates (default 18 %). */
export function getHotkeyTake(s: State, hotkey: AccountId): number {
  return S.Delegates.get(s, hotkey);
}

/** `get_total_stake_for_hotkey`: Σ over subnets of alpha × spot price, summed in U64F64 and floored once. */
export function getTotalStakeForHotkey(s: State, hotkey: AccountId): bigint {
  let sum = 0n;
  for (const netuid of allNetuids(s)) {
    const a = getStakeForHotkeyOnSubnet(s, hotkey, netuid);
    if (a === 0n) continue;
    sum = U64F64.saturatingAdd(sum, U64F64.mul(U64F64.fromInt(a), currentAlphaPrice(s, netuid)));
  }
  return U64F64.toU64(sum);
}

/** Every added netuid (including root), ascending. */
export function allNetuids(s: State): number[] {
  return S.NetworksAdded.entries(s)
    .filter(([, v]) => v)
    .map(([k]) => k);
}

/** Price sentinels (rao per alpha) meaning "no limit" for buys and sells. */
export const NO_LIMIT_BUY = MAX_PRICE_RAO;
export const NO_LIMIT_SELL = MIN_PRICE_RAO;
export const SAFE_ZERO = SAFE_FLOAT_ZERO;
