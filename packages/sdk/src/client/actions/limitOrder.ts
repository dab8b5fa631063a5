import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { TensoriumClient } from '../client.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertAmount } from '../util.js';

/** The price guard of the staking calls that have a `_limit` variant. */
export interface LimitOrderParameters extends TxParameters {
  /** Limit price in rao per alpha (highest to buy, lowest to sell); the call becomes the `_limit` variant. */
  readonly limitPrice?: bigint;
  /** With a limit price: fill what the limit allows instead of failing (default false). */
  readonly allowPartial?: boolean;
}

/**
 * Submit the plain call, or — when `params.limitPrice` is given (checked as an amount) — the
 * `_limit` variant built by `limited(limitPrice, allowPartial)`.
 */
export function submitLimitOrder(
  client: TensoriumClient,
  params: LimitOrderParameters,
  plain: () => SubmittableExtrinsic<'promise'>,
  limited: (limitPrice: bigint, allowPartial: boolean) => SubmittableExtrinsic<'promise'>,
): Promise<TxResult> {
  if (params.limitPrice === undefined) return submitCall(client, plain(), params);
  assertAmount(params.limitPrice, 'limitPrice');
  return submitCall(client, limited(params.limitPrice, params.allowPartial ?? false), params);
}
