/**
 * Conformance handlers for the swap pool kinds of shared/vectors/economics/README.md
 * (spec/economics.md §5): swap_exp_scaled, swap_step, swap_max_amount_add, swap_limit_delta_in,
 * swap_price, swap_convert_deltas, swap_adjust_protocol_liquidity, swap_fee.
 */
import { big, bool, num, perCase, str, type KindTable } from '../lib.js';
import {
  adjustProtocolLiquidity,
  calculateBaseDeltaIn,
  calculateFeeAmount,
  calculateLimitHitFee,
  calculatePrice,
  calculateQuoteDeltaIn,
  convertDeltas,
  doSwap,
  expScaled,
  getMaxAmountAdd,
  initializeWithPrice,
  type SwapDirection,
} from '../../packages/runtime/src/swap/index.js';

function direction(v: unknown): SwapDirection {
  const d = str(v, 'direction');
  if (d === 'tao_to_alpha') return 'buy';
  if (d === 'alpha_to_tao') return 'sell';
  throw new Error(`unknown direction ${JSON.stringify(d)}`);
}

function u16(v: unknown, what: string): number {
  const n = num(v, what);
  if (n < 0 || n > 65535) throw new Error(`${what}: not a u16`);
  return n;
}

export const kinds: KindTable = {
  swap_exp_scaled: perCase((i) => ({
    result_u64f64_bits: expScaled(big(i.quote_weight_perquintill), big(i.reserve), big(i.delta), bool(i.base_over_quote_exponent)),
  })),

  swap_step: perCase((i) => {
    const r = doSwap({
      taoReserve: big(i.tao_reserve),
      alphaReserve: big(i.alpha_reserve),
      quoteWeight: big(i.quote_weight_perquintill),
      feeRate: u16(i.fee_rate_u16, 'fee_rate_u16'),
      minimumReserve: big(i.minimum_reserve),
      direction: direction(i.direction),
      amount: big(i.amount_in),
      limitPrice: big(i.limit_price_u64f64_bits),
      dropFees: bool(i.drop_fees),
      simulate: false,
    });
    return { fee_paid: r.feePaid, amount_paid_in: r.amountPaidIn, amount_paid_out: r.amountPaidOut };
  }),

  swap_max_amount_add: perCase((i) => ({
    max_amount: getMaxAmountAdd(
      {
        stable: false,
        taoReserve: big(i.tao_reserve),
        alphaReserve: big(i.alpha_reserve),
        quoteWeight: big(i.quote_weight_perquintill),
        feeRate: u16(i.fee_rate_u16, 'fee_rate_u16'),
      },
      big(i.limit_price_rao),
      big(i.minimum_reserve),
    ),
  })),

  swap_limit_delta_in: perCase((i) => {
    const fn = str(i.function, 'function');
    const args = [big(i.quote_weight_perquintill), big(i.current_price_u64f64_bits), big(i.target_price_u64f64_bits), big(i.reserve)] as const;
    if (fn === 'calculate_quote_delta_in') return { delta_in: calculateQuoteDeltaIn(...args) };
    if (fn === 'calculate_base_delta_in') return { delta_in: calculateBaseDeltaIn(...args) };
    throw new Error(`unknown function ${JSON.stringify(fn)}`);
  }),

  swap_price: perCase((i) => {
    const fn = str(i.function, 'function');
    if (fn === 'calculate_price') {
      return { price_u64f64_bits: calculatePrice(big(i.quote_weight_perquintill), big(i.alpha_reserve), big(i.tao_reserve)) };
    }
    if (fn === 'initialize_with_price') {
      const x = big(i.alpha_reserve);
      const y = big(i.tao_reserve);
      const w2 = initializeWithPrice(y, x, big(i.init_price_u64f64_bits));
      return { quote_weight_perquintill: w2, price_u64f64_bits: calculatePrice(w2, x, y) };
    }
    throw new Error(`unknown function ${JSON.stringify(fn)}`);
  }),

  swap_convert_deltas: perCase((i) => {
    const pool = { taoReserve: big(i.tao_reserve), alphaReserve: big(i.alpha_reserve), quoteWeight: big(i.quote_weight_perquintill) };
    const d = big(i.delta_in);
    return { tao_out_for_alpha_in: convertDeltas(pool, 'sell', d), alpha_out_for_tao_in: convertDeltas(pool, 'buy', d) };
  }),

  swap_adjust_protocol_liquidity: perCase((i) => {
    const r = adjustProtocolLiquidity(big(i.quote_weight_perquintill), big(i.tao_reserve), big(i.alpha_reserve), big(i.tao_delta), big(i.alpha_delta));
    return { quote_weight_perquintill: r.quoteWeight, accepted: r.accepted };
  }),

  swap_fee: perCase((i) => {
    const mode = str(i.mode, 'mode');
    const amount = big(i.amount);
    const rate = u16(i.fee_rate_u16, 'fee_rate_u16');
    if (mode === 'gross_amount') return { fee: calculateFeeAmount(amount, rate, false) };
    if (mode === 'limit_hit') return { fee: calculateLimitHitFee(amount, rate, false) };
    throw new Error(`unknown mode ${JSON.stringify(mode)}`);
  }),
};
