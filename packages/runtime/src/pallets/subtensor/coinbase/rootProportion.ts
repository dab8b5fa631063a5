/**
 * `root_proportion` (coinbase/block_step.rs) and `get_tao_weight` (staking/stake_utils.rs),
 * spec/economics.md §4.7. All values U96F32 raw bits (value = bits / 2^32).
 */
import { U64_MAX, U96F32 } from '@tensorium/primitives';

/**
 * A u64 fraction of u64::MAX as U96F32 (`U96F32(x).safe_div(U96F32(u64::MAX))`): TaoWeight
 * (`get_tao_weight`), CKBurn (`get_ck_burn`).
 */
export function u64FractionToU96F32(x: bigint): bigint {
  return U96F32.safeDiv(U96F32.fromInt(x), U96F32.fromInt(U64_MAX));
}

/** `get_tao_weight`: TaoWeight (u64 fraction) as U96F32 bits. */
export function getTaoWeight(taoWeightU64: bigint): bigint {
  return u64FractionToU96F32(taoWeightU64);
}

/**
 * `root_proportion(netuid)` = (rootTao · tw) / (rootTao · tw + alphaIssuance), 0 when the
 * denominator is 0 (or the division overflows).
 * @param rootTao SubnetTAO of the root subnet (rao)
 * @param taoWeightU96F32 tw from {@link getTaoWeight}
 * @param alphaIssuance SubnetAlphaIn + SubnetAlphaOut of the subnet
 * @returns U96F32 bits
 */
export function rootProportion(rootTao: bigint, taoWeightU96F32: bigint, alphaIssuance: bigint): bigint {
  const weightedRoot = U96F32.mul(U96F32.fromInt(rootTao), taoWeightU96F32);
  return U96F32.safeDiv(weightedRoot, U96F32.saturatingAdd(weightedRoot, U96F32.fromInt(alphaIssuance)));
}
