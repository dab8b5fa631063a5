/**
 * `get_shares` (price-EMA shares weighted by 1 - MinerBurned) and `get_subnet_block_emissions`
 * (coinbase/subnet_emissions.rs), spec/economics.md §4.3; plus `get_network_root_sell_flag`
 * (coinbase/run_coinbase.rs, §4 step 4).
 */
import { U64F64, U96F32 } from '@tensorium/primitives';

/** One emitting subnet, in netuid order. */
export interface SubnetShareInput {
  /** `get_moving_alpha_price` as U64F64 bits (see `getMovingAlphaPrice`). */
  movingPriceU64F64: bigint;
  /** MinerBurned (U96F32 bits, 0..1); 0 when absent. */
  minerBurnedU96F32?: bigint;
  /** SubnetEmissionEnabled; true when absent. */
  emissionEnabled?: boolean;
}

/**
 * `get_shares`: share_i = EMA_i / Σ EMA (0 if Σ = 0), weighted by (1 - min(MinerBurned_i, 1)) and
 * renormalised by the weighted sum; the unweighted shares if that sum is 0.
 * @returns U64F64 bits per subnet, in input order
 */
export function getShares(subnets: readonly SubnetShareInput[]): bigint[] {
  const total = subnets.reduce((acc, s) => U64F64.saturatingAdd(acc, s.movingPriceU64F64), 0n);
  const priceShares = subnets.map((s) => U64F64.checkedDiv(s.movingPriceU64F64, total) ?? 0n);
  const one = U64F64.ONE;
  const weighted = subnets.map((s, i) => {
    const burned = U64F64.min(U64F64.from(U96F32, s.minerBurnedU96F32 ?? 0n), one);
    return U64F64.mul(priceShares[i], U64F64.saturatingSub(one, burned));
  });
  const totalWeight = weighted.reduce((acc, w) => U64F64.saturatingAdd(acc, w), 0n);
  if (totalWeight > 0n) return weighted.map((w) => U64F64.safeDiv(w, totalWeight));
  return priceShares;
}

/**
 * `get_subnet_block_emissions`: E_i = U96F32(U64F64(block_emission) · share_i), with the shares of
 * emission-disabled subnets redistributed to the enabled ones (disabled subnets get 0).
 * @param blockEmissionU96F32 the block's TAO emission (U96F32 bits)
 * @returns U96F32 bits per subnet, in input order
 */
export function getSubnetBlockEmissions(blockEmissionU96F32: bigint, subnets: readonly SubnetShareInput[]): bigint[] {
  const shares = getShares(subnets);
  let hasDisabled = false;
  let enabledSum = 0n;
  subnets.forEach((s, i) => {
    if (s.emissionEnabled ?? true) enabledSum = U64F64.saturatingAdd(enabledSum, shares[i]);
    else hasDisabled = true;
  });
  const emission = U64F64.from(U96F32, blockEmissionU96F32);
  return subnets.map((s, i) => {
    let share = shares[i];
    if (hasDisabled) share = (s.emissionEnabled ?? true) && enabledSum > 0n ? U64F64.safeDiv(share, enabledSum) : 0n;
    return U96F32.from(U64F64, U64F64.mul(emission, share));
  });
}

/** `get_network_root_sell_flag`: Σ EMA price (U64F64 bits) of the emitting subnets > 1. */
export function getNetworkRootSellFlag(movingPricesU64F64: readonly bigint[]): boolean {
  const total = movingPricesU64F64.reduce((acc, p) => acc + p, 0n);
  return total > U64F64.ONE;
}
