/**
 * Small helpers shared by the subnet, registration and key-swap code: subnet-owner origins
 * (utils/misc.rs `ensure_subnet_owner[_or_root]`), the `LastRateLimitedBlock` keys
 * (utils/rate_limiting.rs) and the per-mechanism storage index (subnets/mechanism.rs).
 */
import type { EnumValue } from '@tensorium/primitives';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';

export const ROOT_NETUID = 0;
/** `GLOBAL_MAX_SUBNET_COUNT`: the stride of per-mechanism storage indices. */
export const GLOBAL_MAX_SUBNET_COUNT = 4096;
export const U16_MAX = 65_535;
export const U64_MAX = (1n << 64n) - 1n;

/** `get_mechanism_storage_index`: `mecid · 4096 + netuid` (u16, saturating). */
export function mechanismStorageIndex(netuid: number, mecid: number): number {
  const v = mecid * GLOBAL_MAX_SUBNET_COUNT + netuid;
  return v > U16_MAX ? U16_MAX : v;
}

/** Storage indices of every mechanism of a subnet (`0..MechanismCountCurrent`). */
export function mechanismIndices(s: State, netuid: number): number[] {
  const n = S.MechanismCountCurrent.get(s, netuid);
  const out: number[] = [];
  for (let m = 0; m < n; m++) out.push(mechanismStorageIndex(netuid, m));
  return out;
}

/** `get_all_subnet_netuids`: every key of `NetworksAdded` (ascending). */
export function allSubnetNetuids(s: State): number[] {
  return S.NetworksAdded.keysOf(s);
}

// ---------------------------------------------------------------------------------------------
// LastRateLimitedBlock keys

export const RL_NETWORK_LAST_REGISTERED: EnumValue = Object.freeze({ type: 'NetworkLastRegistered' });
export const rlLastTxBlock = (who: AccountId): EnumValue => ({ type: 'LastTxBlock', value: who });
export const rlLastTxBlockDelegateTake = (who: AccountId): EnumValue => ({ type: 'LastTxBlockDelegateTake', value: who });
export const rlLastTxBlockChildKeyTake = (who: AccountId): EnumValue => ({ type: 'LastTxBlockChildKeyTake', value: who });

/** `get_network_last_lock_block` (= NetworkLastRegistered). */
export function getNetworkLastLockBlock(s: State): bigint {
  return S.LastRateLimitedBlock.get(s, RL_NETWORK_LAST_REGISTERED);
}

/** `TransactionType` codes used as the third key of `TransactionKeyLastBlock`. */
export const TX_SET_CHILDREN = 0;
export const TX_SET_CHILDKEY_TAKE = 1;
/** `TransactionType::SetChildren.rate_limit()` (150 blocks). */
export const SET_CHILDREN_RATE_LIMIT = 150n;

/** `TransactionType::check_passes_rate_limit`. */
export function passesRateLimit(limit: bigint, block: bigint, lastBlock: bigint): boolean {
  return lastBlock === 0n || satSub(block, lastBlock) >= limit;
}

export function satSub(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

export function satAddU64(a: bigint, b: bigint): bigint {
  const r = a + b;
  return r > U64_MAX ? U64_MAX : r;
}

export function satAddU16(a: number, b: number): number {
  const r = a + b;
  return r > U16_MAX ? U16_MAX : r;
}

/** Whether `hotkey` is a subnet's registered neuron (`Uids` contains it). */
export function isHotkeyRegisteredOnNetwork(s: State, netuid: number, hotkey: AccountId): boolean {
  return S.Uids.contains(s, netuid, hotkey);
}

/** `is_hotkey_registered_on_any_network`: some `IsNetworkMember[hotkey][*]` is true. */
export function isHotkeyRegisteredOnAnyNetwork(s: State, hotkey: AccountId): boolean {
  return S.IsNetworkMember.prefix(s, hotkey).some(([, v]) => v);
}

const SUBNET_ACCOUNT_PREFIX = '6d6f646c' + '73756274656e7372'; // "modl" ++ "subtensr"

/**
 * `is_subnet_account_id`: the account is `PalletId("subtensr").into_sub_account(netuid)` for some
 * u16 netuid (prefix, 2 netuid bytes, zero padding). Returns the netuid or undefined.
 */
export function isSubnetAccountId(account: AccountId): number | undefined {
  if (!account.startsWith(SUBNET_ACCOUNT_PREFIX)) return undefined;
  const rest = account.slice(SUBNET_ACCOUNT_PREFIX.length);
  if (!/^0*$/.test(rest.slice(4))) return undefined;
  return parseInt(rest.slice(2, 4) + rest.slice(0, 2), 16);
}
