/**
 * Subnet registration lock cost: `get_network_lock_cost` and `get_lock_reduction_interval`
 * (coinbase/root.rs), spec/economics.md §8.2.
 */
import { I64F64, satMulU64, satSubU64 } from '@tensorium/primitives';
import { RAO_PER_TAO } from '@tensorium/params';

/**
 * `get_lock_reduction_interval`: floor(NetworkLockReductionInterval · BlockEmission / 1e9) in
 * I64F64, so the decay slows down with each TAO halving.
 * @param lockReductionInterval NetworkLockReductionInterval
 * @param blockEmission `calculate_block_emission()` (rao; the caller uses 1e9 if it fails)
 */
export function getLockReductionInterval(lockReductionInterval: bigint, blockEmission: bigint): bigint {
  const interval = I64F64.fromInt(lockReductionInterval);
  const halving = I64F64.checkedDiv(I64F64.fromInt(blockEmission), I64F64.fromInt(RAO_PER_TAO)) ?? 0n;
  const v = I64F64.floor(I64F64.mul(interval, halving));
  return v < 0n ? 0n : v;
}

export interface NetworkLockCostInput {
  /** NetworkLastLockCost. */
  lastLock: bigint;
  /** NetworkMinLockCost. */
  minLock: bigint;
  /** NetworkLastRegistered (0 = never). */
  lastLockBlock: bigint;
  /** The current block. */
  currentBlock: bigint;
  /** The effective interval from {@link getLockReductionInterval}. */
  lockReductionInterval: bigint;
}

/**
 * `get_network_lock_cost`: max(min_lock, mult · last_lock - floor(last_lock / interval) ·
 * (now - last_lock_block)), mult = 2 after a registration, else 1; saturating u64 arithmetic and
 * a zero interval giving no decay.
 */
export function getNetworkLockCost(input: NetworkLockCostInput): bigint {
  const mult = input.lastLockBlock === 0n ? 1n : 2n;
  const perBlock = input.lockReductionInterval === 0n ? 0n : input.lastLock / input.lockReductionInterval;
  const reduction = satMulU64(perBlock, satSubU64(input.currentBlock, input.lastLockBlock));
  const cost = satSubU64(satMulU64(input.lastLock, mult), reduction);
  return cost < input.minLock ? input.minLock : cost;
}
