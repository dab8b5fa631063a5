/**
 * Limit-price helpers on stored pools (staking/add_stake.rs `get_max_amount_add`,
 * remove_stake.rs `get_max_amount_remove`, move_stake.rs `get_max_amount_move`; spec §5.8), and the
 * "input within swap limit" checks of add/remove stake.
 */
import { SWAP_MINIMUM_RESERVE } from '@tensorium/params';
import { satMulU64 } from '@tensorium/primitives';
import { DispatchError, ensure } from '../../../frame/errors.js';
import type { State } from '../../../state/state.js';
import { getMaxAmountAdd as pureAdd, getMaxAmountMove as pureMove, getMaxAmountRemove as pureRemove, SwapError, type SubnetPool } from '../../../swap/index.js';
import { subnetPool } from '../../swapPallet/index.js';
import { errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import { ROOT } from './stakeUtils.js';

/** Turn a pure pool error into the Swap pallet's dispatch error (as `T::SwapInterface::swap` does). */
export function swapErrorToDispatch(e: unknown): never {
  if (e instanceof SwapError) throw new DispatchError('Module', 'Swap', e.errorName);
  throw e;
}

/** The pool as the limit helpers see it; root counts as stable whatever its mechanism. */
export function limitPool(s: State, netuid: number): SubnetPool {
  const p = subnetPool(s, netuid);
  return netuid === ROOT ? { ...p, stable: true } : p;
}

/** `get_max_amount_add(netuid, limit_price)`: TAO (fee included) a buy can take up to the limit. */
export function getMaxAmountAdd(s: State, netuid: number, limitPriceRao: bigint): bigint {
  try {
    return pureAdd(limitPool(s, netuid), limitPriceRao, SWAP_MINIMUM_RESERVE);
  } catch (e) {
    return swapErrorToDispatch(e);
  }
}

/** `get_max_amount_remove(netuid, limit_price)`: alpha (fee included) a sell can take down to the limit. */
export function getMaxAmountRemove(s: State, netuid: number, limitPriceRao: bigint): bigint {
  try {
    return pureRemove(limitPool(s, netuid), limitPriceRao, SWAP_MINIMUM_RESERVE);
  } catch (e) {
    return swapErrorToDispatch(e);
  }
}

/** `get_max_amount_move(origin, destination, limit_price)` (limit = p_origin / p_destination × 1e9). */
export function getMaxAmountMove(s: State, originNetuid: number, destinationNetuid: number, limitPriceRao: bigint): bigint {
  try {
    return pureMove(limitPool(s, originNetuid), limitPool(s, destinationNetuid), limitPriceRao, SWAP_MINIMUM_RESERVE);
  } catch (e) {
    return swapErrorToDispatch(e);
  }
}

/** `ensure_add_stake_input_within_swap_limit`: amount <= 1000 × SubnetTAO on dynamic subnets. */
export function ensureAddStakeInputWithinSwapLimit(s: State, netuid: number, amount: bigint): void {
  if (netuid !== ROOT && S.SubnetMechanism.get(s, netuid) === 1) {
    ensure(amount <= satMulU64(S.SubnetTAO.get(s, netuid), 1_000n), E.InsufficientLiquidity);
  }
}

/** `ensure_remove_stake_input_within_swap_limit`: alpha <= 1000 × SubnetAlphaIn on dynamic subnets. */
export function ensureRemoveStakeInputWithinSwapLimit(s: State, netuid: number, amount: bigint): void {
  if (netuid !== ROOT && S.SubnetMechanism.get(s, netuid) === 1) {
    ensure(amount <= satMulU64(S.SubnetAlphaIn.get(s, netuid), 1_000n), E.InsufficientLiquidity);
  }
}
