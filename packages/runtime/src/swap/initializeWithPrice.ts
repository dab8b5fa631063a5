/**
 * Pool initialisation (spec/economics.md §5.2; `Pallet::maybe_initialize_palswap`).
 */
import { Perquintill, U128_MAX, U64F64, type PerquintillParts } from '@tensorium/primitives';
import { DEFAULT_QUOTE_WEIGHT } from './constants.js';
import { SwapError } from './errors.js';
import { checkWeightConstraints } from './weights.js';

function satU128(v: bigint): bigint {
  return v > U128_MAX ? U128_MAX : v;
}

/**
 * Quote weight of a pool initialised at price p0 (U64F64 bits): w2 = y / (p0·x + y) as
 * `Perquintill::from_rational` (floor), with p0·x computed as floor(p0)·x + floor(x · frac(p0)).
 * Throws `ReservesOutOfBalance` when both terms are 0 or a weight would fall below 0.01.
 */
export function initializeWithPrice(taoReserve: bigint, alphaReserve: bigint, priceBits: bigint): PerquintillParts {
  const pxHigh = U64F64.toU64(priceBits) * alphaReserve;
  const frac = priceBits & (U64F64.ONE - 1n);
  const pxLow = U64F64.mul(U64F64.fromInt(alphaReserve), frac) >> U64F64.shift;
  const pxPlusY = satU128(satU128(pxHigh + pxLow) + taoReserve);
  if (pxPlusY === 0n) throw new SwapError('ReservesOutOfBalance');
  const w2 = Perquintill.fromRational(taoReserve, pxPlusY);
  if (!checkWeightConstraints(w2)) throw new SwapError('ReservesOutOfBalance');
  return w2;
}

/**
 * `maybe_initialize_palswap(netuid, price?)`: the weight to store. An initialised pool keeps
 * `storedQuoteWeight`; otherwise 0.5 without a price, or `initializeWithPrice` with one.
 */
export function maybeInitializePalswap(
  initialized: boolean,
  storedQuoteWeight: PerquintillParts,
  taoReserve: bigint,
  alphaReserve: bigint,
  priceBits?: bigint,
): PerquintillParts {
  if (initialized) return storedQuoteWeight;
  return priceBits === undefined ? DEFAULT_QUOTE_WEIGHT : initializeWithPrice(taoReserve, alphaReserve, priceBits);
}
