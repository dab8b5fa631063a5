import type { TensoriumClient } from '../client.js';
import type { TensoriumError } from '../errors.js';
import { callRuntimeApi } from '../runtimeApi.js';
import { big } from '../util.js';

export type GetLockCostParameters = Record<string, never>;
/** TAO locked by the next `register_network`, rao. */
export type GetLockCostReturnType = bigint;
export type GetLockCostErrorType = TensoriumError;

/**
 * The current subnet lock cost. Runtime API: `SubnetRegistrationRuntimeApi.get_network_registration_cost()`;
 * when the node does not serve it, computed from storage as `get_network_lock_cost` does
 * (`NetworkLastLockCost`, `NetworkMinLockCost`, `LastRateLimitedBlock(NetworkLastRegistered)`, `NetworkLockReductionInterval`;
 * assumes the pre-halving 1 τ block emission for the reduction interval).
 * @example
 * const cost = await getLockCost(client);
 */
export async function getLockCost(client: TensoriumClient, _params: GetLockCostParameters = {}): Promise<GetLockCostReturnType> {
  try {
    return (await callRuntimeApi(client, 'SubnetRegistrationRuntimeApi_get_network_registration_cost', [])) as bigint;
  } catch {
    const q = client.api.query.subtensorModule;
    const [last, min, lastBlock, interval, header] = await Promise.all([q.networkLastLockCost(), q.networkMinLockCost(), q.lastRateLimitedBlock({ NetworkLastRegistered: null }), q.networkLockReductionInterval(), client.api.rpc.chain.getHeader()]);
    const now = BigInt(header.number.toNumber());
    const lastLock = big(last);
    const lastLockBlock = big(lastBlock);
    const iv = big(interval);
    const mult = lastLockBlock === 0n ? 1n : 2n;
    const perBlock = iv === 0n ? 0n : lastLock / iv;
    const reduction = perBlock * (now > lastLockBlock ? now - lastLockBlock : 0n);
    const cost = lastLock * mult > reduction ? lastLock * mult - reduction : 0n;
    const minLock = big(min);
    return cost < minLock ? minLock : cost;
  }
}
