import type { TensoriumClient } from '../client.js';
import { ParameterError, type TensoriumError } from '../errors.js';
import { callRuntimeApi, type RawSimSwapResult } from '../runtimeApi.js';
import { assertAmount, assertNetuid } from '../util.js';

export interface PreviewStakeParameters {
  readonly netuid: number;
  /** `stake`: `amount` is TAO going in; `unstake`: `amount` is alpha going out. In rao. */
  readonly direction: 'stake' | 'unstake';
  readonly amount: bigint;
  /** Tolerated slippage as a fraction (0.005 = 0.5 %); fills `limitPrice` (default 0.005). */
  readonly maxSlippage?: number;
}
export interface PreviewStakeReturnType {
  readonly netuid: number;
  readonly direction: 'stake' | 'unstake';
  /** Spot price before the trade, rao per alpha. */
  readonly price: bigint;
  /** What goes in (TAO for stake, alpha for unstake), rao. */
  readonly amountIn: bigint;
  /** What comes out after the pool and its fee, rao. */
  readonly amountOut: bigint;
  /** Out at the spot price with no slippage or fee, rao. */
  readonly idealOut: bigint;
  /** Pool fee, in the input token, rao. */
  readonly fee: bigint;
  /** 1 − amountOut / idealOut (fee included). */
  readonly slippage: number;
  /** The limit price for `add_stake_limit`/`remove_stake_limit` under `maxSlippage`, rao per alpha. */
  readonly limitPrice: bigint;
  readonly maxSlippage: number;
}
export type PreviewStakeErrorType = TensoriumError | ParameterError;

const PPB = 1_000_000_000n;

/**
 * Quote a stake or unstake before signing (spec/sdk.md §9 #12): the pool's own simulation, the
 * slippage against the spot price and the limit price for a tolerance. Runtime APIs:
 * `SwapRuntimeApi.current_alpha_price(netuid)`, `sim_swap_tao_for_alpha(netuid, tao)` /
 * `sim_swap_alpha_for_tao(netuid, alpha)` (the chain's swap code run on a throw-away state).
 * @example
 * const q = await previewStake(client, { netuid: 1, direction: 'stake', amount: parseTao('10'), maxSlippage: 0.01 });
 * await addStake(client, { signer, hotkey, netuid: 1, amount: q.amountIn, limitPrice: q.limitPrice });
 */
export async function previewStake(client: TensoriumClient, params: PreviewStakeParameters): Promise<PreviewStakeReturnType> {
  assertNetuid(params.netuid);
  assertAmount(params.amount);
  const maxSlippage = params.maxSlippage ?? 0.005;
  if (!(maxSlippage >= 0 && maxSlippage < 1)) throw new ParameterError(`maxSlippage ${maxSlippage} must be in [0, 1)`, { maxSlippage });
  const stake = params.direction === 'stake';
  const [priceRaw, sim] = await Promise.all([
    callRuntimeApi(client, 'SwapRuntimeApi_current_alpha_price', [params.netuid]) as Promise<bigint>,
    callRuntimeApi(client, stake ? 'SwapRuntimeApi_sim_swap_tao_for_alpha' : 'SwapRuntimeApi_sim_swap_alpha_for_tao', [params.netuid, params.amount]) as Promise<RawSimSwapResult>,
  ]);
  const price = params.netuid === 0 ? PPB : priceRaw;
  const amountOut = stake ? sim.alpha_amount : sim.tao_amount;
  const fee = stake ? sim.tao_fee : sim.alpha_fee;
  const idealOut = stake ? (price === 0n ? 0n : (params.amount * PPB) / price) : (params.amount * price) / PPB;
  const slippage = idealOut === 0n ? 0 : Math.max(0, 1 - Number(amountOut) / Number(idealOut));
  const tol = BigInt(Math.round(maxSlippage * 1e9));
  const limitPrice = stake ? (price * (PPB + tol)) / PPB : (price * (PPB - tol)) / PPB;
  return { netuid: params.netuid, direction: params.direction, price, amountIn: params.amount, amountOut, idealOut, fee, slippage, limitPrice, maxSlippage };
}
