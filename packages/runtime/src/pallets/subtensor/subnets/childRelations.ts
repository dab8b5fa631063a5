/**
 * The parts of staking/set_children.rs that subnet registration and hotkey swaps need (a minimal
 * local copy; the staking folder owns `set_children` itself): the relation checks of
 * `PCRelations`, `persist_child_parent_relations`, `do_schedule_children` with
 * `schedule_or_apply_ck` (used to auto-parent root validators to a new subnet's owner hotkey,
 * §8.1) and `parent_child_swap_hotkey` (§12.1).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import { coldkeyOwnsHotkey, getTotalStakeForHotkey, type Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { passesRateLimit, ROOT_NETUID, satAddU64, SET_CHILDREN_RATE_LIMIT, TX_SET_CHILDREN, U64_MAX } from './common.js';

type Edges = readonly (readonly [bigint, AccountId])[];

/** A parent/child relation set around a pivot hotkey (BTreeMaps keyed by account, sorted). */
export interface PCRelations {
  pivot: AccountId;
  children: Map<AccountId, bigint>;
  parents: Map<AccountId, bigint>;
}

function sortedMap(entries: Iterable<readonly [AccountId, bigint]>): Map<AccountId, bigint> {
  const m = new Map<AccountId, bigint>();
  for (const [k, v] of entries) m.set(k, v);
  return new Map([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

function ensureNoSelfLoop(pivot: AccountId, set: Map<AccountId, bigint>): void {
  ensure(!set.has(pivot), E.InvalidChild);
}
function ensureTotalProportions(children: Map<AccountId, bigint>): void {
  let total = 0n;
  for (const v of children.values()) total += v;
  ensure(total <= U64_MAX, E.ProportionOverflow);
}
function ensureBipartite(children: Map<AccountId, bigint>, parents: Map<AccountId, bigint>): void {
  ensure(![...children.keys()].some((c) => parents.has(c)), E.ChildParentInconsistency);
}

function linkChildren(rel: PCRelations, children: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(rel.pivot, children);
  ensureTotalProportions(children);
  ensureBipartite(children, rel.parents);
  rel.children = children;
}
function linkParents(rel: PCRelations, parents: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(rel.pivot, parents);
  ensureBipartite(rel.children, parents);
  rel.parents = parents;
}

/** `PCRelations::ensure_pending_consistency`. */
export function ensurePendingConsistency(rel: PCRelations, pending: Edges): void {
  const children = sortedMap(pending.map(([p, c]) => [c, p] as const));
  ensureNoSelfLoop(rel.pivot, children);
  ensure(children.size <= 5, E.TooManyChildren);
  ensureTotalProportions(children);
  ensureBipartite(children, rel.parents);
}

/** `load_child_parent_relations`. */
export function loadChildParentRelations(s: State, hotkey: AccountId, netuid: number): PCRelations {
  const rel: PCRelations = { pivot: hotkey, children: new Map(), parents: new Map() };
  linkChildren(rel, sortedMap(S.ChildKeys.get(s, hotkey, netuid).filter(([, c]) => c !== hotkey).map(([p, c]) => [c, p] as const)));
  linkParents(rel, sortedMap(S.ParentKeys.get(s, hotkey, netuid).filter(([, c]) => c !== hotkey).map(([p, c]) => [c, p] as const)));
  return rel;
}

/** `load_relations_from_pending`. */
export function loadRelationsFromPending(s: State, pivot: AccountId, pending: Edges, netuid: number): PCRelations {
  const rel: PCRelations = { pivot, children: new Map(), parents: new Map() };
  linkChildren(rel, sortedMap(pending.filter(([, c]) => c !== pivot).map(([p, c]) => [c, p] as const)));
  linkParents(rel, sortedMap(S.ParentKeys.get(s, pivot, netuid).filter(([, c]) => c !== pivot).map(([p, c]) => [c, p] as const)));
  return rel;
}

function upsertEdge(list: Edges, proportion: bigint, id: AccountId): (readonly [bigint, AccountId])[] {
  const out = list.slice();
  const i = out.findIndex(([, w]) => w === id);
  if (i >= 0) out[i] = [proportion, id];
  else out.push([proportion, id]);
  return out;
}
function removeEdge(list: Edges, id: AccountId): (readonly [bigint, AccountId])[] {
  return list.filter(([, w]) => w !== id);
}
function setChildKeys(s: State, parent: AccountId, netuid: number, v: Edges): void {
  if (v.length === 0) S.ChildKeys.remove(s, parent, netuid);
  else S.ChildKeys.set(s, parent, netuid, v);
}
function setParentKeys(s: State, child: AccountId, netuid: number, v: Edges): void {
  if (v.length === 0) S.ParentKeys.remove(s, child, netuid);
  else S.ParentKeys.set(s, child, netuid, v);
}

/** `persist_child_parent_relations`: write both directions, diffing against the stored ones. */
export function persistChildParentRelations(s: State, rel: PCRelations, netuid: number): void {
  const pivot = rel.pivot;
  const prevChildren = new Set(S.ChildKeys.get(s, pivot, netuid).map(([, c]) => c));
  setChildKeys(s, pivot, netuid, [...rel.children].map(([c, p]) => [p, c] as const));
  for (const [c, p] of rel.children) {
    // added and updated children alike get (p, pivot) in their ParentKeys
    setParentKeys(s, c, netuid, upsertEdge(S.ParentKeys.get(s, c, netuid), p, pivot));
  }
  for (const c of [...prevChildren].sort()) {
    if (!rel.children.has(c)) setParentKeys(s, c, netuid, removeEdge(S.ParentKeys.get(s, c, netuid), pivot));
  }
  const prevParents = new Set(S.ParentKeys.get(s, pivot, netuid).map(([, p]) => p));
  setParentKeys(s, pivot, netuid, [...rel.parents].map(([p, w]) => [w, p] as const));
  for (const [p, w] of rel.parents) setChildKeys(s, p, netuid, upsertEdge(S.ChildKeys.get(s, p, netuid), w, pivot));
  for (const p of [...prevParents].sort()) {
    if (!rel.parents.has(p)) setChildKeys(s, p, netuid, removeEdge(S.ChildKeys.get(s, p, netuid), pivot));
  }
}

/** `persist_pending_chidren_ok`: apply a children vector now, silently ignoring inconsistency. */
export function persistPendingChildrenOk(ctx: Ctx, netuid: number, hotkey: AccountId, children: Edges): void {
  const s = ctx.state;
  try {
    s.transactional((c) => persistChildParentRelations(c, loadRelationsFromPending(c, hotkey, children, netuid), netuid));
  } catch {
    return;
  }
  emit(ctx, PALLET, 'SetChildren', hotkey, netuid, children);
}

/**
 * `do_schedule_children(coldkey, hotkey, netuid, children)` with `schedule_or_apply_ck`: checks,
 * rate-limit stamp, then apply immediately if the subnet's subtoken is disabled, else queue in
 * PendingChildKeys with the cooldown.
 */
export function doScheduleChildren(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, children: Edges): void {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(passesRateLimit(SET_CHILDREN_RATE_LIMIT, block, S.TransactionKeyLastBlock.get(s, hotkey, netuid, TX_SET_CHILDREN)), E.TxRateLimitExceeded);
  ensure(netuid !== ROOT_NETUID, E.RegistrationNotPermittedOnRootSubnet);
  ensure(S.NetworksAdded.get(s, netuid), E.SubnetNotExists);
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  const seen = new Set<AccountId>();
  for (const [, c] of children) {
    ensure(!seen.has(c), E.DuplicateChild);
    seen.add(c);
  }
  ensurePendingConsistency(loadChildParentRelations(s, hotkey, netuid), children);
  ensure(
    children.length === 0 || getTotalStakeForHotkey(s, hotkey) >= S.StakeThreshold.get(s) || S.SubnetOwnerHotkey.raw(s, netuid) === hotkey,
    E.NotEnoughStakeToSetChildkeys,
  );
  S.TransactionKeyLastBlock.set(s, hotkey, netuid, TX_SET_CHILDREN, block);
  if (!S.SubtokenEnabled.get(s, netuid)) {
    persistPendingChildrenOk(ctx, netuid, hotkey, children);
    return;
  }
  const cooldown = satAddU64(block, S.PendingChildKeyCooldown.get(s));
  S.PendingChildKeys.set(s, netuid, hotkey, [children, cooldown]);
  emit(ctx, PALLET, 'SetChildrenScheduled', hotkey, netuid, cooldown, children);
}

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
  for (const c of rel.children.keys()) setParentKeys(s, c, netuid, removeEdge(S.ParentKeys.get(s, c, netuid), oldHotkey));
  for (const p of rel.parents.keys()) S.ChildKeys.set(s, p, netuid, removeEdge(S.ChildKeys.get(s, p, netuid), oldHotkey));
  S.ChildKeys.set(s, oldHotkey, netuid, []);
  setParentKeys(s, oldHotkey, netuid, []);
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
