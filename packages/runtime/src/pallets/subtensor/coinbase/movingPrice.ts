/**
 * `update_moving_price` and `get_moving_alpha_price` (staking/stake_utils.rs),
 * spec/economics.md §4.8: the subnet EMA price, computed in U64F64 and stored as I96F32.
 */
import { I96F32, U64F64, satSubU64 } from '@tensorium/primitives';

/**
 * `get_moving_alpha_price`: 1.0 for root and stable (mechanism 0) subnets, otherwise
 * SubnetMovingPrice converted to U64F64 (negative values saturate to 0).
 * @returns U64F64 bits
 */
export function getMovingAlphaPrice(movingPriceI96F32: bigint, isRootOrStable = false): bigint {
  if (isRootOrStable) return U64F64.ONE;
  return U64F64.from(I96F32, movingPriceI96F32);
}

export interface UpdateMovingPriceInput {
  /** SubnetMovingAlpha (I96F32 bits). */
  movingAlphaI96F32: bigint;
  /** Current spot price `current_alpha_price` (U64F64 bits). */
  spotPriceU64F64: bigint;
  /** Current SubnetMovingPrice (I96F32 bits). */
  movingPriceI96F32: bigint;
  /** Current block number. */
  currentBlock: bigint;
  /** FirstEmissionBlockNumber; undefined (None) counts as 0. */
  firstEmissionBlock: bigint | undefined;
  /** EMAPriceHalvingBlocks of the subnet. */
  halvingBlocks: bigint;
}

/**
 * One `update_moving_price`: b = now - (FirstEmissionBlockNumber - 1) (saturating);
 * a = SubnetMovingAlpha · b / (b + halving); EMA' = a · min(spot, 1) + (1 - a) · EMA.
 * @returns the new SubnetMovingPrice (I96F32 bits)
 */
export function updateMovingPrice(input: UpdateMovingPriceInput): bigint {
  const startCallBlock = satSubU64(input.firstEmissionBlock ?? 0n, 1n);
  const blocksSinceStartCall = U64F64.fromInt(satSubU64(input.currentBlock, startCallBlock));
  const movingAlpha = U64F64.from(I96F32, input.movingAlphaI96F32);
  const alpha = U64F64.mul(
    movingAlpha,
    U64F64.safeDiv(blocksSinceStartCall, U64F64.saturatingAdd(blocksSinceStartCall, U64F64.fromInt(input.halvingBlocks))),
  );
  const oneMinusAlpha = U64F64.saturatingSub(U64F64.ONE, alpha);
  const currentPrice = U64F64.mul(alpha, U64F64.min(input.spotPriceU64F64, U64F64.ONE));
  const currentMoving = U64F64.mul(oneMinusAlpha, getMovingAlphaPrice(input.movingPriceI96F32));
  return I96F32.from(U64F64, U64F64.saturatingAdd(currentPrice, currentMoving));
}
