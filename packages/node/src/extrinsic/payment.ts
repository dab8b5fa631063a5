/**
 * `payment_queryInfo` / `TransactionPaymentApi` answers from the runtime's call info and fee
 * formula (pallets/transactionPayment): partial fee = base + length + weight fee (no tip); unsigned
 * extrinsics report 0 like Substrate.
 */
import { encode } from '@tensorium/primitives';
import type { DispatchClass } from '@tensorium/runtime/frame/pallet';
import type { Runtime } from '@tensorium/runtime/runtime';
import type { Extrinsic } from '@tensorium/runtime/executive';
import { EXTRINSIC_BASE_WEIGHT, computeFee, weightToFee } from '@tensorium/runtime/pallets/transactionPayment/index';
import { FeeDetailsType, RuntimeDispatchInfoType } from '../metadata/runtimeTypes.js';

export interface QueryInfo {
  readonly weight: { readonly ref_time: bigint; readonly proof_size: bigint };
  readonly class: DispatchClass;
  readonly partialFee: bigint;
}

export interface FeeDetails {
  readonly inclusionFee?: { readonly baseFee: bigint; readonly lenFee: bigint; readonly adjustedWeightFee: bigint };
  readonly tip: bigint;
}

export function queryInfo(runtime: Runtime, xt: Extrinsic): QueryInfo {
  const info = runtime.callInfo(xt.call);
  const partialFee = xt.signer === undefined ? 0n : computeFee(xt.len, info.weight, info.pays);
  return { weight: { ref_time: info.weight, proof_size: 0n }, class: info.dispatchClass, partialFee };
}

export function queryFeeDetails(runtime: Runtime, xt: Extrinsic): FeeDetails {
  const info = runtime.callInfo(xt.call);
  if (xt.signer === undefined || !info.pays) return { tip: xt.tip ?? 0n };
  return {
    inclusionFee: { baseFee: weightToFee(EXTRINSIC_BASE_WEIGHT), lenFee: BigInt(xt.len), adjustedWeightFee: weightToFee(info.weight) },
    tip: xt.tip ?? 0n,
  };
}

/** SCALE of `RuntimeDispatchInfo` (TransactionPaymentApi_query_info). */
export function encodeQueryInfo(q: QueryInfo): Uint8Array {
  return encode(RuntimeDispatchInfoType, { weight: q.weight, class: { type: q.class }, partial_fee: q.partialFee });
}

/** SCALE of `FeeDetails` (TransactionPaymentApi_query_fee_details). */
export function encodeFeeDetails(f: FeeDetails): Uint8Array {
  return encode(FeeDetailsType, {
    inclusion_fee: f.inclusionFee && { base_fee: f.inclusionFee.baseFee, len_fee: f.inclusionFee.lenFee, adjusted_weight_fee: f.inclusionFee.adjustedWeightFee },
    tip: f.tip,
  });
}

/** The JSON `payment_queryInfo` returns (legacy RPC shape). */
export function queryInfoJson(q: QueryInfo): { weight: { refTime: number | string; proofSize: number | string }; class: string; partialFee: string } {
  const n = (x: bigint): number | string => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x.toString());
  return { weight: { refTime: n(q.weight.ref_time), proofSize: n(q.weight.proof_size) }, class: q.class.toLowerCase(), partialFee: q.partialFee.toString() };
}
