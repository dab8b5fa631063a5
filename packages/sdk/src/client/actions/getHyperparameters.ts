import type { TensoriumClient } from '../client.js';
import { TensoriumError, type ParameterError } from '../errors.js';
import { camel, HYPERPARAMETERS } from '../hyperparameters.js';
import { toPlain, type PlainValue } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface GetHyperparametersParameters {
  readonly netuid: number;
  /** Block hash to read at. */
  readonly at?: string;
}
/** Values by btcli name (u64 as bigint, u16 as number, bools, `alpha_values` as [low, high]). */
export type GetHyperparametersReturnType = Record<string, PlainValue>;
export type GetHyperparametersErrorType = TensoriumError | ParameterError;

/**
 * A subnet's hyperparameters, each read from its SubtensorModule storage item at one block
 * (`Rho`, `Kappa`, `Tempo`, `WeightsSetRateLimit`, …; see HYPERPARAMETERS). Items the connected
 * runtime does not have are left out.
 * @example
 * const h = await getHyperparameters(client, { netuid: 1 }); // h.tempo, h.weights_rate_limit
 */
export async function getHyperparameters(client: TensoriumClient, params: GetHyperparametersParameters): Promise<GetHyperparametersReturnType> {
  assertNetuid(params.netuid);
  const hash = params.at ?? (await client.api.rpc.chain.getBlockHash()).toHex();
  const api = await client.api.at(hash);
  const exists = (await api.query.subtensorModule.networksAdded(params.netuid)) as unknown as { isTrue: boolean };
  if (!exists.isTrue) throw new TensoriumError('SUBNET_NOT_FOUND', `subnet ${params.netuid} does not exist`, { remedy: 'list subnets with `tensorium subnet list`', details: { netuid: params.netuid } });
  const q = api.query.subtensorModule as unknown as Record<string, ((netuid: number) => Promise<import('@polkadot/types/types').Codec>) | undefined>;
  const out: Record<string, PlainValue> = {};
  const entries = Object.entries(HYPERPARAMETERS).filter(([, d]) => typeof q[camel(d.storage)] === 'function');
  const values = await Promise.all(entries.map(([, d]) => q[camel(d.storage)]!(params.netuid)));
  entries.forEach(([name], i) => {
    out[name] = toPlain(values[i]);
  });
  return out;
}
