/**
 * subtensor's block limits (frame_system `BlockWeights` / `BlockLength`, as the node's metadata
 * declares them): 4 s of ref time per block of which 75 % for Normal extrinsics, each extrinsic
 * costing its call weight plus the base extrinsic weight; 10 MiB per block of which 75 % for Normal.
 * Operational extrinsics may use the whole block; Mandatory ones are not limited. Block building
 * takes extrinsics while they fit (`CheckWeight`), and an extrinsic that could never fit is invalid.
 */
import type { DispatchClass } from '@tensorium/runtime/frame/pallet';
import { EXTRINSIC_BASE_WEIGHT, MAX_BLOCK_LENGTH, MAXIMUM_BLOCK_WEIGHT } from '../metadata/nodeItems.js';

const NORMAL_PPB = 750_000_000n;
const AVG_ON_INITIALIZE_PPB = 100_000_000n;
const perbill = (x: bigint, ppb: bigint): bigint => (x * ppb) / 1_000_000_000n;

export interface BlockLimits {
  /** Ref time of a whole block (ps). */
  readonly maxBlockWeight: bigint;
  /** Bytes of a whole block. */
  readonly maxBlockLength: number;
}

export const SUBTENSOR_BLOCK_LIMITS: BlockLimits = { maxBlockWeight: MAXIMUM_BLOCK_WEIGHT.ref_time, maxBlockLength: MAX_BLOCK_LENGTH };

/** The ref time one extrinsic of this call weight costs in a block. */
export function extrinsicWeight(callWeight: bigint): bigint {
  return callWeight + EXTRINSIC_BASE_WEIGHT.ref_time;
}

/** The largest Normal extrinsic a block takes (`max_extrinsic` of the Normal class). */
export function maxNormalExtrinsicWeight(limits: BlockLimits = SUBTENSOR_BLOCK_LIMITS): bigint {
  return perbill(limits.maxBlockWeight, NORMAL_PPB) - perbill(limits.maxBlockWeight, AVG_ON_INITIALIZE_PPB) - EXTRINSIC_BASE_WEIGHT.ref_time;
}

/** Running totals of one block under construction. */
export class BlockBudget {
  private normalWeight = 0n;
  private totalWeight = 0n;
  private normalLength = 0;
  private totalLength = 0;

  constructor(private readonly limits: BlockLimits = SUBTENSOR_BLOCK_LIMITS) {}

  /** Adds the extrinsic when it fits and says whether it did. */
  tryAdd(callWeight: bigint, dispatchClass: DispatchClass, length: number): boolean {
    const w = extrinsicWeight(callWeight);
    if (dispatchClass === 'Mandatory') {
      this.totalWeight += w;
      this.totalLength += length;
      return true;
    }
    const totalWeight = this.totalWeight + w;
    const totalLength = this.totalLength + length;
    if (totalWeight > this.limits.maxBlockWeight || totalLength > this.limits.maxBlockLength) return false;
    if (dispatchClass === 'Normal') {
      const normalWeight = this.normalWeight + w;
      const normalLength = this.normalLength + length;
      if (normalWeight > perbill(this.limits.maxBlockWeight, NORMAL_PPB) || normalLength > Number(perbill(BigInt(this.limits.maxBlockLength), NORMAL_PPB))) return false;
      this.normalWeight = normalWeight;
      this.normalLength = normalLength;
    }
    this.totalWeight = totalWeight;
    this.totalLength = totalLength;
    return true;
  }
}
