/**
 * pallet_transaction_payment with subtensor's configuration (spec/economics.md §1.1):
 * fee = base (ExtrinsicBaseWeight) + encoded length (1 rao/byte) + weight × 0.0005 rao, times the
 * constant multiplier 1, plus the tip; operational calls' tips count ×5 for priority only.
 * Fees and tips go to the block author (burned if there is none).
 */
import { T } from '@tensorium/primitives';
import { definePallet } from '../../frame/pallet.js';
import { palletStorage } from '../../frame/storage.js';

export const PALLET = 'TransactionPayment';
const S = palletStorage(PALLET);

/** `ExtrinsicBaseWeight` (125 µs). */
export const EXTRINSIC_BASE_WEIGHT = 125_000_000n;
/** LinearWeightToFee: Perbill(500_000) = 0.0005 rao per unit of ref_time. */
export const WEIGHT_FEE_NUM = 500_000n;
export const WEIGHT_FEE_DEN = 1_000_000_000n;
export const OPERATIONAL_FEE_MULTIPLIER = 5;

export const storage = {
  NextFeeMultiplier: S.value<bigint>('NextFeeMultiplier', T.u128, { default: 1_000_000_000_000_000_000n }),
};

export function weightToFee(weight: bigint): bigint {
  return (weight * WEIGHT_FEE_NUM) / WEIGHT_FEE_DEN;
}

/** The inclusion fee (without tip) of a call of `weight` in an extrinsic of `len` bytes. */
export function computeFee(len: number, weight: bigint, pays: boolean): bigint {
  if (!pays) return 0n;
  return weightToFee(EXTRINSIC_BASE_WEIGHT) + BigInt(len) + weightToFee(weight);
}

export const transactionPayment = definePallet({
  name: PALLET,
  index: 6,
  docs: 'Transaction fees.',
  storage: Object.values(storage),
  constants: {
    OperationalFeeMultiplier: { type: T.u8, value: () => OPERATIONAL_FEE_MULTIPLIER },
  },
  events: {
    TransactionFeePaid: { fields: [['who', T.accountId], ['actual_fee', T.u64], ['tip', T.u64]] },
  },
});
