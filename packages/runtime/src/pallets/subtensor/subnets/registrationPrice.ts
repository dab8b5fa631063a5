/**
 * Neuron registration price (Burn) dynamics, spec/economics.md §7.2: the per-block exponential
 * decay of `update_registration_prices_for_networks` (subnets/registration.rs) with the Q32 helpers
 * of utils/misc.rs, and `bump_registration_price_after_registration`.
 */
import { U64F64, U64_MAX } from '@tensorium/primitives';

const ONE_Q32 = 1n << 32n;
const HALF_Q32 = 1n << 31n;

/** `mul_by_q32`: min((value · factor) >> 32, u64::MAX). */
export function mulByQ32(value: bigint, factorQ32: bigint): bigint {
  const shifted = (value * factorQ32) >> 32n;
  return shifted > U64_MAX ? U64_MAX : shifted;
}

/** `pow_q32`: base^exp in Q32 by square-and-multiply with {@link mulByQ32}. */
export function powQ32(baseQ32: bigint, exp: number): bigint {
  let result = ONE_Q32;
  let factor = baseQ32;
  let power = exp;
  while (power > 0) {
    if ((power & 1) === 1) result = mulByQ32(result, factor);
    power >>= 1;
    if (power > 0) factor = mulByQ32(factor, factor);
  }
  return result;
}

const decayCache = new Map<number, bigint>();

/**
 * `decay_factor_q32`: the per-block factor f (Q32) with f^halfLife ≈ 1/2 — the largest f in
 * [0, 2^32) with pow_q32(f, halfLife) <= 2^31, by binary search; 2^32 (no decay) for halfLife 0.
 * Memoised: it depends on the u16 half life only.
 */
export function decayFactorQ32(halfLife: number): bigint {
  if (halfLife === 0) return ONE_Q32;
  const cached = decayCache.get(halfLife);
  if (cached !== undefined) return cached;
  let lo = 0n;
  let hi = ONE_Q32;
  while (lo + 1n < hi) {
    const mid = lo + ((hi - lo) >> 1n);
    if (powQ32(mid, halfLife) > HALF_Q32) hi = mid;
    else lo = mid;
  }
  decayCache.set(halfLife, lo);
  return lo;
}

function clamp(v: bigint, min: bigint, max: bigint): bigint {
  // Same order as the Rust code: raise to min first, then lower to max.
  let r = v;
  if (r < min) r = min;
  if (r > max) r = max;
  return r;
}

export interface BurnDecayInput {
  /** Burn before this block. */
  burn: bigint;
  minBurn: bigint;
  maxBurn: bigint;
  /** BurnHalfLife (u16). */
  halfLife: number;
  /** The current block number (no decay at blocks 0 and 1). */
  currentBlock: bigint;
}

/**
 * One block of `update_registration_prices_for_networks` for one subnet:
 * burn = mul_by_q32(burn, f) when halfLife > 0 and block > 1, then clamped to [min, max].
 */
export function decayBurn(input: BurnDecayInput): bigint {
  let burn = input.burn;
  if (input.halfLife > 0 && input.currentBlock > 1n) burn = mulByQ32(burn, decayFactorQ32(input.halfLife));
  return clamp(burn, input.minBurn, input.maxBurn);
}

export interface BurnBumpInput {
  /** Burn before the registration. */
  burn: bigint;
  /** BurnIncreaseMult (U64F64 bits); values below 1 count as 1. */
  multU64F64: bigint;
  minBurn: bigint;
  maxBurn: bigint;
}

/** `bump_registration_price_after_registration` (non-root): clamp(floor(burn · max(mult, 1)), min, max). */
export function bumpBurnAfterRegistration(input: BurnBumpInput): bigint {
  const mult = U64F64.max(input.multU64F64, U64F64.ONE);
  const burn = U64F64.toU64(U64F64.mul(U64F64.fromInt(input.burn), mult));
  return clamp(burn, input.minBurn, input.maxBurn);
}
