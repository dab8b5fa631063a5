/**
 * pallet_subtensor_swap (index 28): the per-subnet Balancer pool's own state (weight, fee rate,
 * initialisation flag) and the stateful glue around the pure pool math of `runtime/src/swap`:
 * reserves are read from SubtensorModule (`SubnetTAO`, `SubnetAlphaIn`), the weight is
 * initialised lazily on the first real swap, and pool errors become `Swap.*` dispatch errors.
 * spec/economics.md §5.
 */
import { DEFAULT_FEE_RATE, MAX_FEE_RATE, MAX_PRICE_RAO, MIN_PRICE_RAO, SWAP_MINIMUM_RESERVE } from '@tensorium/params';
import { T, U64F64, type TypeDef } from '@tensorium/primitives';
import { DispatchError, ensure, palletErrors } from '../../frame/errors.js';
import { call, definePallet, emit, ensureRoot } from '../../frame/pallet.js';
import { key, palletStorage } from '../../frame/storage.js';
import type { State } from '../../state/state.js';
import {
  adjustProtocolLiquidity as adjustPure,
  calculateFeeAmount,
  currentPrice as priceOf,
  DEFAULT_QUOTE_WEIGHT,
  doSwap,
  initializeWithPrice,
  limitPriceFromRao,
  SwapError,
  type SubnetPool,
  type SwapResult,
} from '../../swap/index.js';
import { NetUid } from '../../types.js';
import { storage as subtensor } from '../subtensor/storage.js';

export const PALLET = 'Swap';
const S = palletStorage(PALLET);

/** `Balancer { quote: Perquintill }`, carried in the runtime as the bigint parts of `quote`. */
const BalancerType: TypeDef = {
  kind: 'lazy',
  name: 'Balancer',
  resolve: () => T.struct('Balancer', { quote: T.u64 }, ['pallet_subtensor_swap', 'pallet', 'balancer', 'Balancer']),
  toWire: (v) => ({ quote: v }),
  fromWire: (v) => (v as { quote: bigint }).quote,
};

export const storage = {
  FeeRate: S.map<number, number>('FeeRate', key.twox64(NetUid), T.u16, { default: DEFAULT_FEE_RATE, docs: 'Fee rate per subnet (u16 fraction of 65535).' }),
  /** Balancer { quote: Perquintill }: the TAO (quote) weight w2 in parts of 1e18. */
  SwapBalancer: S.map<number, bigint>('SwapBalancer', key.twox64(NetUid), BalancerType, { default: DEFAULT_QUOTE_WEIGHT, docs: 'Reserve weight of the quote (TAO) side.' }),
  PalSwapInitialized: S.map<number, boolean>('PalSwapInitialized', key.twox64(NetUid), T.bool, { default: false }),
  ScrapReservoirAlpha: S.map<number, bigint>('ScrapReservoirAlpha', key.twox64(NetUid), T.u64, { default: 0n }),
};

export const errors = palletErrors(PALLET, [
  'FeeRateTooHigh',
  'InsufficientInputAmount',
  'InsufficientLiquidity',
  'PriceLimitExceeded',
  'InsufficientBalance',
  'InvalidTickRange',
  'InvalidLiquidityValue',
  'ReservesTooLow',
  'MechanismDoesNotExist',
  'SubtokenDisabled',
  'ReservesOutOfBalance',
  'SwapInputTooLarge',
  'Deprecated',
] as const);

function asDispatch(e: unknown): never {
  if (e instanceof SwapError) throw new DispatchError('Module', PALLET, e.errorName);
  throw e;
}

/** The pool of a subnet as the pure math sees it (weight defaults to 0.5 until initialised). */
export function subnetPool(s: State, netuid: number): SubnetPool {
  return {
    taoReserve: subtensor.SubnetTAO.get(s, netuid),
    alphaReserve: subtensor.SubnetAlphaIn.get(s, netuid),
    quoteWeight: storage.SwapBalancer.get(s, netuid),
    stable: subtensor.SubnetMechanism.get(s, netuid) !== 1,
    feeRate: storage.FeeRate.get(s, netuid),
  };
}

/** `current_alpha_price` (U64F64 bits): the Balancer price for dynamic subnets, 1 for stable ones. */
export function currentAlphaPrice(s: State, netuid: number): bigint {
  if (subtensor.SubnetMechanism.get(s, netuid) !== 1) return U64F64.ONE;
  return priceOf(storage.SwapBalancer.get(s, netuid), subtensor.SubnetAlphaIn.get(s, netuid), subtensor.SubnetTAO.get(s, netuid));
}

/** `maybe_initialize_palswap(netuid, price?)`. */
export function maybeInitializePalswap(s: State, netuid: number, priceBits?: bigint): void {
  if (storage.PalSwapInitialized.get(s, netuid)) return;
  let w2 = DEFAULT_QUOTE_WEIGHT;
  if (priceBits !== undefined) {
    try {
      w2 = initializeWithPrice(subtensor.SubnetTAO.get(s, netuid), subtensor.SubnetAlphaIn.get(s, netuid), priceBits);
    } catch (e) {
      asDispatch(e);
    }
  }
  storage.SwapBalancer.set(s, netuid, w2);
  storage.PalSwapInitialized.set(s, netuid, true);
}

export type SwapOrder = 'buy' | 'sell';

/**
 * `SwapHandler::swap` on a dynamic subnet: `amount` of the input token (TAO for a buy, alpha for a
 * sell), limit price in rao per alpha. Reserves are NOT changed here (SubtensorModule applies the
 * deltas); only the lazy pool initialisation is persisted, and only for a real successful swap.
 */
export function swap(s: State, netuid: number, order: SwapOrder, amount: bigint, limitPriceRao: bigint, dropFees: boolean, simulate: boolean): SwapResult {
  const initialized = storage.PalSwapInitialized.get(s, netuid);
  const pool = subnetPool(s, netuid);
  let r: SwapResult;
  try {
    r = doSwap({
      taoReserve: pool.taoReserve,
      alphaReserve: pool.alphaReserve,
      quoteWeight: initialized ? pool.quoteWeight : DEFAULT_QUOTE_WEIGHT,
      feeRate: pool.feeRate,
      minimumReserve: SWAP_MINIMUM_RESERVE,
      direction: order,
      amount,
      limitPrice: limitPriceFromRao(limitPriceRao),
      dropFees,
      simulate,
    });
  } catch (e) {
    asDispatch(e);
  }
  if (!simulate && !initialized) {
    storage.SwapBalancer.set(s, netuid, DEFAULT_QUOTE_WEIGHT);
    storage.PalSwapInitialized.set(s, netuid, true);
  }
  return r;
}

/** `sim_swap`: the result of a swap at the default limit (no limit), without any state change. */
export function simSwap(s: State, netuid: number, order: SwapOrder, amount: bigint): SwapResult {
  if (subtensor.SubnetMechanism.get(s, netuid) !== 1) {
    const actual = subtensor.NetworksAdded.get(s, netuid) ? amount : 0n;
    return { amountPaidIn: actual, amountPaidOut: actual, feePaid: 0n, feeToBlockAuthor: 0n };
  }
  return swap(s, netuid, order, amount, order === 'buy' ? MAX_PRICE_RAO : MIN_PRICE_RAO, false, true);
}

/** `approx_fee_amount`: the swap fee on `amount` (0 for stable subnets). */
export function approxFeeAmount(s: State, netuid: number, amount: bigint): bigint {
  if (subtensor.SubnetMechanism.get(s, netuid) !== 1) return 0n;
  return calculateFeeAmount(amount, storage.FeeRate.get(s, netuid), false);
}

/** `adjust_protocol_liquidity`: reweight for an injection; returns what may be injected. */
export function adjustProtocolLiquidity(s: State, netuid: number, taoDelta: bigint, alphaDelta: bigint): { tao: bigint; alpha: bigint } {
  const r = adjustPure(storage.SwapBalancer.get(s, netuid), subtensor.SubnetTAO.get(s, netuid), subtensor.SubnetAlphaIn.get(s, netuid), taoDelta, alphaDelta);
  if (!r.accepted) return { tao: 0n, alpha: 0n };
  storage.SwapBalancer.set(s, netuid, r.quoteWeight);
  return { tao: r.taoDelta, alpha: r.alphaDelta };
}

/** `do_clear_protocol_liquidity`: forget the pool of a dissolved subnet. */
export function clearProtocolLiquidity(s: State, netuid: number): void {
  subtensor.SubnetTAO.set(s, netuid, 0n);
  subtensor.SubnetAlphaIn.set(s, netuid, 0n);
  storage.PalSwapInitialized.remove(s, netuid);
  storage.FeeRate.remove(s, netuid);
  storage.SwapBalancer.remove(s, netuid);
}

const deprecated = (index: number, args: readonly (readonly [string, TypeDef])[]) =>
  call<Record<string, unknown>>({
    index,
    args,
    weight: 15_000_000n,
    docs: 'Deprecated: user liquidity positions are permanently disabled.',
    fn: () => {
      throw errors.Deprecated();
    },
  });

export const swapPallet = definePallet({
  name: PALLET,
  index: 28,
  docs: 'The TAO/alpha Balancer pools.',
  storage: Object.values(storage),
  errors,
  constants: {
    MaxFeeRate: { type: T.u16, value: () => MAX_FEE_RATE },
    MinimumReserve: { type: T.u64, value: () => SWAP_MINIMUM_RESERVE },
  },
  calls: {
    set_fee_rate: call<{ netuid: number; rate: number }>({
      index: 0,
      args: [
        ['netuid', NetUid],
        ['rate', T.u16],
      ],
      weight: 40_000_000n,
      docs: 'Root: set the swap fee rate of a subnet.',
      fn: (ctx, a) => {
        ensureRoot(ctx.origin);
        ensure(subtensor.NetworksAdded.get(ctx.state, a.netuid), errors.MechanismDoesNotExist);
        ensure(a.rate <= MAX_FEE_RATE, errors.FeeRateTooHigh);
        storage.FeeRate.set(ctx.state, a.netuid, a.rate);
        emit(ctx, PALLET, 'FeeRateSet', a.netuid, a.rate);
      },
    }),
    add_liquidity: deprecated(1, [['hotkey', T.accountId], ['netuid', NetUid], ['tick_low', T.i32], ['tick_high', T.i32], ['liquidity', T.u64]]),
    remove_liquidity: deprecated(2, [['hotkey', T.accountId], ['netuid', NetUid], ['position_id', T.u128]]),
    modify_position: deprecated(3, [['hotkey', T.accountId], ['netuid', NetUid], ['position_id', T.u128], ['liquidity_delta', T.i64]]),
    toggle_user_liquidity: deprecated(4, [['netuid', NetUid], ['enable', T.bool]]),
    disable_lp: deprecated(5, []),
  },
  events: {
    FeeRateSet: { fields: [['netuid', NetUid], ['rate', T.u16]] },
  },
});
