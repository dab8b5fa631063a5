/**
 * `get_block_emission_for_issuance` (coinbase/block_emission.rs), spec/economics.md §3.
 *
 * Emission halves each time issuance crosses 21e15 · (1 - 2^-k). The Rust code computes it in
 * I96F32 as floor(1e9 / 2^floor(log2(1 / (1 - I / 21e15)))); substrate-fixed's `log2` finds the
 * integer part by repeated halving, so only that loop is needed here.
 */
import { I96F32 } from '@tensorium/primitives';
import { DEFAULT_BLOCK_EMISSION, TOTAL_SUPPLY } from '@tensorium/params';

/** The literal divisor of the Rust code: 2.0 · 10_500_000_000_000_000.0 = 21e15. */
const HALVING_SUPPLY = 2n * 10_500_000_000_000_000n;

/**
 * Per-block emission (rao, or alpha base units) for issuance `issuance` (u64): TotalIssuance for
 * TAO, SubnetAlphaIn + SubnetAlphaOut for a subnet's alpha. 0 once issuance reaches TotalSupply.
 */
export function getBlockEmissionForIssuance(issuance: bigint): bigint {
  const totalIssuance = I96F32.fromInt(issuance);
  if (totalIssuance >= I96F32.fromInt(TOTAL_SUPPLY)) return 0n;
  const one = I96F32.ONE;
  const q = I96F32.checkedDiv(totalIssuance, I96F32.fromInt(HALVING_SUPPLY));
  if (q === undefined) return 0n;
  const oneMinusQ = I96F32.checkedSub(one, q);
  if (oneMinusQ === undefined) return 0n;
  const inv = I96F32.checkedDiv(one, oneMinusQ);
  if (inv === undefined || inv <= 0n) return 0n;
  const k = floorLog2(inv);
  let multiplier = one;
  for (let i = 0n; i < k; i++) multiplier = I96F32.mul(multiplier, I96F32.fromInt(2n));
  const percentage = I96F32.safeDiv(one, multiplier);
  return I96F32.toU64(I96F32.mul(percentage, I96F32.fromInt(DEFAULT_BLOCK_EMISSION)));
}

/**
 * Integer part of substrate-fixed `log2(x)` for x >= 1.0: the number of halvings while x >= 2,
 * where each halving is `rs(x) = (x >> 1) + (x & lsb)` (rounds half up, so a value a few ulps
 * below 2^(k+1) can count k+1 halvings, exactly as on chain).
 */
function floorLog2(raw: bigint): bigint {
  let x = raw;
  let k = 0n;
  const two = I96F32.fromInt(2n);
  while (x >= two) {
    x = (x >> 1n) + (x & 1n);
    k++;
  }
  return k;
}
