/**
 * `get_subnet_terms` (coinbase/run_coinbase.rs), spec/economics.md §4.4: per emitting subnet, the
 * TAO and alpha injected into the pool, the alpha_out minted for participants and the excess TAO
 * used for the protocol chain buy. All fixed-point values are U96F32 bits.
 */
import { U64F64, U96F32 } from '@tensorium/primitives';
import { getBlockEmissionForIssuance } from './blockEmission.js';
import { rootProportion } from './rootProportion.js';

export interface SubnetTermsInput {
  /** E_i from `getSubnetBlockEmissions` (U96F32 bits). */
  taoEmissionU96F32: bigint;
  /** SubnetAlphaIn + SubnetAlphaOut before this block's injection. */
  alphaIssuance: bigint;
  /** `current_alpha_price` (U64F64 bits). */
  spotPriceU64F64: bigint;
  /** SubnetTAO of root. */
  rootTao: bigint;
  /** tw = `getTaoWeight(TaoWeight)` (U96F32 bits). */
  taoWeightU96F32: bigint;
}

export interface SubnetTerms {
  taoInU96F32: bigint;
  alphaInU96F32: bigint;
  alphaOutU96F32: bigint;
  excessTaoU96F32: bigint;
  /** Root proportion before the injection. */
  rootPropU96F32: bigint;
  /** root_prop · alpha_emission, the cap on alpha_in. */
  capU96F32: bigint;
  /** True when alpha_in was lowered to the cap. */
  capped: boolean;
}

/**
 * alpha_emission = block emission for the alpha issuance; tao_in = E; alpha_in = E / price (0 if
 * the price is 0); cap = root_prop · alpha_emission; if alpha_in > cap: alpha_in = cap and
 * tao_in = cap · price; excess = E - tao_in; alpha_out = alpha_emission.
 */
export function getSubnetTerms(input: SubnetTermsInput): SubnetTerms {
  const alphaEmission = U96F32.fromInt(getBlockEmissionForIssuance(input.alphaIssuance));
  const price = U96F32.from(U64F64, input.spotPriceU64F64);
  let taoIn = input.taoEmissionU96F32;
  let alphaIn = U96F32.safeDivOr(input.taoEmissionU96F32, price, 0n);
  const rootProp = rootProportion(input.rootTao, input.taoWeightU96F32, input.alphaIssuance);
  const cap = U96F32.mul(rootProp, alphaEmission);
  let capped = false;
  if (alphaIn > cap) {
    alphaIn = cap;
    taoIn = U96F32.mul(alphaIn, price);
    capped = true;
  }
  return {
    taoInU96F32: taoIn,
    alphaInU96F32: alphaIn,
    alphaOutU96F32: alphaEmission,
    excessTaoU96F32: U96F32.saturatingSub(input.taoEmissionU96F32, taoIn),
    rootPropU96F32: rootProp,
    capU96F32: cap,
    capped,
  };
}
