/**
 * The swap fee in the input token (spec/economics.md §5.4; `Pallet::calculate_fee_amount` and
 * the fee recomputed in `BasicSwapStep::determine_action` when the limit price binds).
 */
import { U64F64 } from '@tensorium/primitives';
import { FEE_RATE_DENOMINATOR } from './constants.js';

/** Fee on a gross amount of a dynamic subnet: floor(amount · (rate / 65535)), 0 if `dropFees`. */
export function calculateFeeAmount(amount: bigint, feeRate: number, dropFees: boolean): bigint {
  if (dropFees) return 0n;
  const rate = U64F64.safeDiv(U64F64.fromInt(BigInt(feeRate)), U64F64.fromInt(FEE_RATE_DENOMINATOR));
  return U64F64.toU64(U64F64.mul(U64F64.fromInt(amount), rate));
}

/**
 * Fee when the limit binds, on the reduced net input `deltaIn`:
 * floor(deltaIn · (rate / (65535 - rate))), so that deltaIn + fee is the gross amount.
 */
export function calculateLimitHitFee(deltaIn: bigint, feeRate: number, dropFees: boolean): bigint {
  const rate = dropFees ? 0n : U64F64.fromInt(BigInt(feeRate));
  const ratio = U64F64.safeDiv(rate, U64F64.saturatingSub(U64F64.fromInt(FEE_RATE_DENOMINATOR), rate));
  return U64F64.toU64(U64F64.mul(U64F64.fromInt(deltaIn), ratio));
}
