import type { TensoriumClient } from '../client.js';
import type { ParameterError } from '../errors.js';
import { assertNetuid, big } from '../util.js';

export interface GetBurnCostParameters {
  readonly netuid: number;
}
/** TAO burned by the next `burned_register` on the subnet, rao. */
export type GetBurnCostReturnType = bigint;
export type GetBurnCostErrorType = ParameterError;

/**
 * The neuron registration price of a subnet. Storage: `SubtensorModule.Burn(netuid)`.
 * @example
 * const burn = await getBurnCost(client, { netuid: 1 });
 */
export async function getBurnCost(client: TensoriumClient, params: GetBurnCostParameters): Promise<GetBurnCostReturnType> {
  assertNetuid(params.netuid);
  return big(await client.api.query.subtensorModule.burn(params.netuid));
}
