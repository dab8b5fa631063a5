import type { TensoriumClient } from '../client.js';
import type { ConnectionError, ParameterError } from '../errors.js';
import { big, toSs58 } from '../util.js';

export interface GetBalanceParameters {
  /** SS58 address (or 0x-hex public key). */
  readonly address: string;
  /** Block hash to read at (default: best block). */
  readonly at?: string;
}
export interface GetBalanceReturnType {
  readonly free: bigint;
  readonly reserved: bigint;
  readonly frozen: bigint;
  /** free + reserved. */
  readonly total: bigint;
}
export type GetBalanceErrorType = ParameterError | ConnectionError;

/**
 * Balances of an account in rao. Storage: `System.Account(address).data`.
 * @example
 * const { free } = await getBalance(client, { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' });
 */
export async function getBalance(client: TensoriumClient, params: GetBalanceParameters): Promise<GetBalanceReturnType> {
  const address = toSs58(params.address);
  const api = params.at ? await client.api.at(params.at) : client.api;
  const info = (await api.query.system.account(address)) as unknown as { data: { free: never; reserved: never; frozen: never } };
  const free = big(info.data.free);
  const reserved = big(info.data.reserved);
  return { free, reserved, frozen: big(info.data.frozen), total: free + reserved };
}
