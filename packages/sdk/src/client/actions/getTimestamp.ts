import type { TensoriumClient } from '../client.js';
import type { ConnectionError } from '../errors.js';
import { big } from '../util.js';

export interface GetTimestampParameters {
  /** Block hash to read at (default: best block). */
  readonly at?: string;
}
export interface GetTimestampReturnType {
  /** Milliseconds since the Unix epoch, as set by the block's `Timestamp.set` inherent. */
  readonly ms: bigint;
  readonly date: Date;
}
export type GetTimestampErrorType = ConnectionError;

/**
 * The time of a block (bittensor's `subtensor.get_timestamp`). Storage: `Timestamp.Now`.
 * @example
 * const { date } = await getTimestamp(client);
 */
export async function getTimestamp(client: TensoriumClient, params: GetTimestampParameters = {}): Promise<GetTimestampReturnType> {
  const api = params.at ? await client.api.at(params.at) : client.api;
  const ms = big((await api.query.timestamp.now()) as never);
  return { ms, date: new Date(Number(ms)) };
}
