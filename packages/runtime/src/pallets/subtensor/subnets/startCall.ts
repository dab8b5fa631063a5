/**
 * `do_start_call` (subnets/subnet.rs; spec/economics.md §8.5): the subnet owner starts emission
 * and enables the subtoken once `NetworkRegisteredAt + StartCallDelay` has passed.
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type Origin } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { satAddU64 } from './common.js';
import { ensureSubnetOwner } from '../utils/ownerOrRoot.js';

export function doStartCall(ctx: Ctx, origin: Origin, netuid: number): bigint {
  const s = ctx.state;
  ensure(S.NetworksAdded.get(s, netuid), E.SubnetNotExists);
  ensureSubnetOwner({ state: s, origin }, netuid);
  ensure(S.FirstEmissionBlockNumber.raw(s, netuid) === undefined, E.FirstEmissionBlockNumberAlreadySet);
  const block = ctx.env.number;
  ensure(block >= satAddU64(S.NetworkRegisteredAt.get(s, netuid), S.StartCallDelay.get(s)), E.NeedWaitingMoreBlocksToStarCall);
  const next = satAddU64(block, 1n);
  S.FirstEmissionBlockNumber.set(s, netuid, next);
  S.SubtokenEnabled.set(s, netuid, true);
  emit(ctx, PALLET, 'FirstEmissionBlockNumberSet', netuid, next);
  return next;
}
