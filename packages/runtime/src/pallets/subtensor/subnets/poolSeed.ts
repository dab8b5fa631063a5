/**
 * The pool of a newly registered subnet (`do_register_network`, subnets/subnet.rs) and
 * `get_median_subnet_alpha_price` (staking/stake_utils.rs), spec/economics.md §5.7.
 */
import { U64F64, satSubU64 } from '@tensorium/primitives';

/**
 * `get_median_subnet_alpha_price` over the spot prices (U64F64 bits) of the other added non-root
 * subnets: prices <= 0 are ignored; the middle price for an odd count, (lower + upper) / 2 in
 * U64F64 for an even count, 1.0 when there is none.
 */
export function getMedianSubnetAlphaPrice(spotPricesU64F64: readonly bigint[]): bigint {
  const prices = spotPricesU64F64.filter((p) => p > 0n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = prices.length;
  if (n === 0) return U64F64.ONE;
  const lowerTarget = (n - 1) >> 1;
  const upperTarget = n >> 1;
  const lower = prices[lowerTarget];
  const upper = prices[upperTarget];
  if (lowerTarget === upperTarget) return upper;
  return U64F64.safeDiv(U64F64.saturatingAdd(lower, upper), U64F64.fromInt(2n));
}

export interface SubnetPoolSeed {
  /** SubnetTAO = max(lock paid, NetworkMinLockCost). */
  subnetTao: bigint;
  /** SubnetAlphaIn = floor(SubnetTAO / median price) (0 if the division overflows). */
  subnetAlphaIn: bigint;
  /** RAORecycledForRegistration = lock paid - SubnetTAO, saturating (normally 0). */
  recycledTao: bigint;
  /** SubnetLocked = lock paid. */
  subnetLocked: bigint;
}

/**
 * Reserves of the new subnet's pool (SubnetAlphaOut starts at 0).
 * @param lockPaid the TAO actually transferred for the lock
 * @param minLockCost NetworkMinLockCost
 * @param medianPriceU64F64 from {@link getMedianSubnetAlphaPrice}, taken before the subnet is added
 */
export function newSubnetPoolSeed(lockPaid: bigint, minLockCost: bigint, medianPriceU64F64: bigint): SubnetPoolSeed {
  const subnetTao = lockPaid >= minLockCost ? lockPaid : minLockCost;
  const subnetAlphaIn = U64F64.toU64(U64F64.safeDiv(U64F64.fromInt(subnetTao), medianPriceU64F64));
  return { subnetTao, subnetAlphaIn, recycledTao: satSubU64(lockPaid, subnetTao), subnetLocked: lockPaid };
}
