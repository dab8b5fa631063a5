/** Units and hard constants that are the same in every preset (spec/economics.md §1). */

/** 1 TAO = 1e9 rao; the same scale is used for alpha. */
export const RAO_PER_TAO = 1_000_000_000n;
/** Maximum TAO supply in rao (21M TAO). */
export const TOTAL_SUPPLY = 21_000_000n * RAO_PER_TAO;
/** `DefaultBlockEmission`: 1 TAO per block before the first halving. */
export const DEFAULT_BLOCK_EMISSION = RAO_PER_TAO;
/** Existential deposit in rao. */
export const EXISTENTIAL_DEPOSIT = 500n;
/** `DefaultMinStake` = 0.002 TAO. */
export const DEFAULT_MIN_STAKE = 2_000_000n;
/** Default delegate take and `MaxDelegateTake`: 11_796 / 65535 ≈ 18 %. */
export const DEFAULT_DELEGATE_TAKE = 11_796;
/** `SubnetOwnerCut` default. */
export const DEFAULT_SUBNET_OWNER_CUT = 11_796;
/** Default TaoWeight (u64 fraction of u64::MAX) ≈ 5.27 %. */
export const DEFAULT_TAO_WEIGHT = 971_718_665_099_567_868n;
/** Mainnet TaoWeight after `migrate_rao` (0.18). */
export const MAINNET_TAO_WEIGHT = 3_320_413_933_267_719_290n;
/** Swap fee rate default (u16 fraction of 65535) and maximum. */
export const DEFAULT_FEE_RATE = 33;
export const MAX_FEE_RATE = 10_000;
/** `SwapMinimumReserve`: the output-side reserve of a swap must be at least this. */
export const SWAP_MINIMUM_RESERVE = 1_000_000n;
/** Price sentinels in rao per alpha: 1e-6 TAO and 1e6 TAO. */
export const MIN_PRICE_RAO = 1_000n;
export const MAX_PRICE_RAO = 1_000_000_000_000_000n;
/** Key swap costs (recycled). */
export const KEY_SWAP_COST = 100_000_000n;
export const KEY_SWAP_ON_SUBNET_COST = 1_000_000n;
/** `MAX_TEMPO` / `MIN_TEMPO` (lib.rs). */
export const MAX_TEMPO = 50_400;
export const MIN_TEMPO = 360;
/** SS58 address prefix (generic Substrate). */
export const SS58_PREFIX = 42;
/** Blocks per day at 12 s and the lock year. */
export const BLOCKS_PER_DAY = 7_200;
export const ONE_YEAR_BLOCKS = 2_629_800;
/** Root subnet id. */
export const ROOT_NETUID = 0;
/** Number of per-mechanism storage slots per subnet (`netuid_index = mecid * 4096 + netuid`). */
export const GLOBAL_MAX_SUBNET_COUNT = 4096;
/** Pallet ids used to derive module accounts. */
export const PALLET_ID_SUBTENSOR = 'subtensr';
export const PALLET_ID_BURN = 'burntnsr';
export const PALLET_ID_SWAP = 'ten/swap';
