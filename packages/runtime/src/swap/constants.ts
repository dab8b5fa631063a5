/**
 * Constants of the PalSwap Balancer pool (pallets/swap `balancer.rs`, `swap_step.rs`, `impls.rs`;
 * spec/economics.md §1, §5).
 */
import { Perquintill, type PerquintillParts } from '@tensorium/primitives';

/** Weight accuracy: Perquintill parts (`ACCURACY`), also the `pow_ratio_scaled` output scale. */
export const WEIGHT_ACCURACY = Perquintill.ACCURACY;
/** Both pool weights must stay at or above 0.01 (`MIN_WEIGHT`). */
export const MIN_WEIGHT: PerquintillParts = WEIGHT_ACCURACY / 100n;
/** Quote weight of a pool initialised without a price (`Balancer::default`, 0.5). */
export const DEFAULT_QUOTE_WEIGHT: PerquintillParts = Perquintill.fromRational(1n, 2n);
/** Net swap input may be at most this many times the input-side reserve. */
export const MAX_SWAP_INPUT_RESERVE_MULTIPLIER = 1_000n;
/** `pow_ratio_scaled` precision used by `exp_scaled` (swap outputs). */
export const EXP_SCALED_PRECISION = 256;
/** `pow_ratio_scaled` precision used by the limit-price delta-in functions. */
export const DELTA_IN_PRECISION = 1024;
/** Rao per TAO: limit prices arrive as rao per alpha and are divided by this. */
export const RAO_PER_TAO = 1_000_000_000n;
/** Denominator of the u16 fee rate. */
export const FEE_RATE_DENOMINATOR = 65_535n;
