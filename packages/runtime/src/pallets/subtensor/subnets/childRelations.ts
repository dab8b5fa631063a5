/**
 * The child-key steps of subnet registration and hotkey swaps (staking/set_children.rs):
 * auto-parenting root validators to a new subnet's owner hotkey (§8.1) and
 * `parent_child_swap_hotkey` (§12.1), built on the staking folder's `set_children` machinery.
 */
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import type { Ctx } from '../staking/stakeUtils.js';
import {
  doScheduleChildren,
  ensureNoSelfLoop,
  ensurePendingConsistency,
  loadChildParentRelations,
  persistChildParentRelations,
  removeEdge,
  setParentkeys,
} from '../staking/setChildren.js';
import { storage as S } from '../storage.js';
import { ROOT_NETUID, U64_MAX } from './common.js';

/**
 * `do_set_root_validators_for_subnet(netuid)`: schedule (or apply) the subnet owner hotkey as the
 * only child (proportion u64::MAX) of every root validator that has not opted out; individual
 * failures are ignored.
 */
export function setRootValidatorsForSubnet(ctx: Ctx, netuid: number): void {
  const s = ctx.state;
  if (netuid === ROOT_NETUID || !S.NetworksAdded.get(s, netuid)) return;
  const owner = S.SubnetOwnerHotkey.raw(s, netuid);
  if (owner === undefined) return;
  for (const [, validator] of S.Keys.prefix(s, ROOT_NETUID)) {
    if (validator === owner) continue;
    if (!S.AutoParentDelegationEnabled.get(s, validator)) continue;
    const coldkey = S.Owner.get(s, validator);
    try {
      s.transactional((c) => doScheduleChildren({ ...ctx, state: c }, coldkey, validator, netuid, [[U64_MAX, owner]]));
    } catch {
      // logged upstream, ignored
    }
  }
}

/**
 * `parent_child_swap_hotkey(old, new, netuid)`: move every parent/child edge and the pending
 * children of `old` to `new`.
 */
export function parentChildSwapHotkey(s: State, oldHotkey: AccountId, newHotkey: AccountId, netuid: number): void {
  const rel = loadChildParentRelations(s, oldHotkey, netuid);
  for (const c of rel.children.keys()) setParentkeys(s, c, netuid, removeEdge(S.ParentKeys.get(s, c, netuid), oldHotkey));
  for (const p of rel.parents.keys()) S.ChildKeys.set(s, p, netuid, removeEdge(S.ChildKeys.get(s, p, netuid), oldHotkey));
  S.ChildKeys.set(s, oldHotkey, netuid, []);
  setParentkeys(s, oldHotkey, netuid, []);
  ensureNoSelfLoop(newHotkey, rel.children);
  ensureNoSelfLoop(newHotkey, rel.parents);
  rel.pivot = newHotkey;
  if (S.PendingChildKeys.contains(s, netuid, oldHotkey)) {
    const [children, cooldown] = S.PendingChildKeys.get(s, netuid, oldHotkey);
    ensurePendingConsistency(rel, children);
    S.PendingChildKeys.remove(s, netuid, oldHotkey);
    S.PendingChildKeys.set(s, netuid, newHotkey, [children, cooldown]);
  }
  persistChildParentRelations(s, rel, netuid);
}
