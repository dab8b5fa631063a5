/**
 * Root dividends and claims (staking/claim_root.rs), spec/economics.md §4.14: the claimable rate
 * RootClaimable[hotkey][netuid] (I96F32, alpha per unit of root stake), what a coldkey is owed,
 * and the RootClaimed bookkeeping (u128) when root stake is added or removed.
 */
import { I96F32, U128_MAX } from '@tensorium/primitives';

export interface RootClaimableIncrease {
  /** RootClaimable after the accrual (I96F32 bits); unchanged when `stakeToOwner` > 0. */
  rateI96F32: bigint;
  /**
   * Alpha staked directly to (hotkey, Owner(hotkey)) on the subnet instead of accruing, when the
   * amount exceeds the hotkey's total root stake (upstream sanity path); else 0.
   */
  stakeToOwner: bigint;
}

/**
 * `increase_root_claimable_for_hotkey_and_subnet`: rate += amount / TotalHotkeyAlpha[hotkey][root]
 * (0 increment if the stake is 0), unless amount > that stake.
 * @param rateI96F32 current RootClaimable entry (I96F32 bits; 0 if absent)
 * @param amount root alpha left after the delegate take (u64)
 * @param hotkeyRootStake the hotkey's total root stake (u64)
 */
export function increaseRootClaimable(rateI96F32: bigint, amount: bigint, hotkeyRootStake: bigint): RootClaimableIncrease {
  const total = I96F32.fromInt(hotkeyRootStake);
  const increment = I96F32.checkedDiv(I96F32.fromInt(amount), total) ?? 0n;
  if (amount > I96F32.toU64(total)) return { rateI96F32, stakeToOwner: amount };
  return { rateI96F32: I96F32.saturatingAdd(rateI96F32, increment), stakeToOwner: 0n };
}

/**
 * `get_root_owed_for_hotkey_coldkey_float`: rate · root_stake(hotkey, coldkey) - RootClaimed
 * (I96F32 bits, may be negative).
 */
export function getRootOwedFloat(rateI96F32: bigint, coldkeyRootStake: bigint, rootClaimed: bigint): bigint {
  const claimable = I96F32.mul(rateI96F32, I96F32.fromInt(coldkeyRootStake));
  return I96F32.saturatingSub(claimable, I96F32.fromInt(rootClaimed));
}

/** `get_root_owed_for_hotkey_coldkey`: the owed amount floored to u64 (negative -> 0). */
export function getRootOwed(rateI96F32: bigint, coldkeyRootStake: bigint, rootClaimed: bigint): bigint {
  return I96F32.toU64(getRootOwedFloat(rateI96F32, coldkeyRootStake, rootClaimed));
}

/** `DefaultMinRootClaimAmount`: the default RootClaimableThreshold, 500_000 (as I96F32). */
export const DEFAULT_ROOT_CLAIMABLE_THRESHOLD = 500_000n;

/**
 * The amount `root_claim_on_subnet` claims (staked with Keep, sold with Swap) and adds to
 * RootClaimed: 0 when owed < RootClaimableThreshold (unless `ignoreMinimum`) or floor(owed) = 0.
 * @param owedI96F32 from {@link getRootOwedFloat}
 * @param threshold RootClaimableThreshold of the subnet (integer alpha)
 */
export function rootClaimAmount(owedI96F32: bigint, threshold: bigint = DEFAULT_ROOT_CLAIMABLE_THRESHOLD, ignoreMinimum = false): bigint {
  if (!ignoreMinimum && owedI96F32 < I96F32.fromInt(threshold)) return 0n;
  return owedI96F32 < 0n ? 0n : I96F32.toU64(owedI96F32);
}

function toU128(raw: bigint): bigint {
  const v = I96F32.floor(raw);
  return v < 0n ? 0n : v > U128_MAX ? U128_MAX : v;
}

/**
 * `add_stake_adjust_root_claimed_for_hotkey_and_coldkey`, for one subnet's rate: new root stake
 * cannot claim old dividends, so RootClaimed += floor(rate · added).
 */
export function rootClaimedAfterAddStake(rootClaimed: bigint, rateI96F32: bigint, added: bigint): bigint {
  const r = rootClaimed + toU128(I96F32.mul(rateI96F32, I96F32.fromInt(added)));
  return r > U128_MAX ? U128_MAX : r;
}

/**
 * `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey`, for one subnet's rate (the caller
 * skips the root netuid): RootClaimed -= floor(rate · removed), saturating at 0.
 */
export function rootClaimedAfterRemoveStake(rootClaimed: bigint, rateI96F32: bigint, removed: bigint): bigint {
  const d = toU128(I96F32.mul(rateI96F32, I96F32.fromInt(removed)));
  return rootClaimed > d ? rootClaimed - d : 0n;
}
