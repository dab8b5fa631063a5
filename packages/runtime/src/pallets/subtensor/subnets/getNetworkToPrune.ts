/**
 * `get_network_to_prune` (coinbase/root.rs; spec/economics.md §8.1 step 4, §8.3): among added
 * non-root subnets past `NetworkImmunityPeriod`, the one with the lowest EMA price
 * (`get_moving_alpha_price`), ties going to the earliest `NetworkRegisteredAt`.
 */
import { U64F64 } from '@tensorium/primitives';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { ROOT_NETUID, satAddU64 } from './common.js';

/**
 * `get_moving_alpha_price` as U64F64 bits: 1 for root and stable subnets, else the stored I96F32
 * `SubnetMovingPrice` converted (32 more fractional bits; negative saturates to 0).
 */
export function getMovingAlphaPrice(s: State, netuid: number): bigint {
  if (netuid === ROOT_NETUID || S.SubnetMechanism.get(s, netuid) === 0) return U64F64.ONE;
  const p = S.SubnetMovingPrice.get(s, netuid);
  if (p <= 0n) return 0n;
  const bits = p << 32n;
  const max = (1n << 128n) - 1n;
  return bits > max ? max : bits;
}

export function getNetworkToPrune(s: State, block: bigint): number | undefined {
  let candidate: number | undefined;
  let candidatePrice = (1n << 128n) - 1n;
  let candidateAt = (1n << 64n) - 1n;
  const immunity = S.NetworkImmunityPeriod.get(s);
  for (const [netuid, added] of S.NetworksAdded.entries(s)) {
    if (!added || netuid === ROOT_NETUID) continue;
    const at = S.NetworkRegisteredAt.get(s, netuid);
    if (block < satAddU64(at, immunity)) continue;
    const price = getMovingAlphaPrice(s, netuid);
    if (price < candidatePrice || (price === candidatePrice && at < candidateAt)) {
      candidate = netuid;
      candidatePrice = price;
      candidateAt = at;
    }
  }
  return candidate;
}
