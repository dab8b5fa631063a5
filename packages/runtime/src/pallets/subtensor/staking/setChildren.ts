/**
 * Child keys (staking/set_children.rs; spec §6.7): the parent/child relation checks
 * (`PCRelations`), `set_children` scheduling, applying due `PendingChildKeys`
 * (`do_set_pending_children`) and the childkey take.
 */
import { blake2_128, bytesToHex, hexToBytes, U64_MAX } from '@tensorium/primitives';
import { ensure, isDispatchError } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { coldkeyOwnsHotkey, ROOT, type Ctx } from './stakeUtils.js';
import { subnetExists, totalStakeForHotkey } from './validate.js';

export type ChildList = readonly (readonly [bigint, AccountId])[];

/** `TransactionType::SetChildren` / `SetChildkeyTake` codes in TransactionKeyLastBlock. */
export const TX_SET_CHILDREN = 0;
export const TX_SET_CHILDKEY_TAKE = 1;
/** `TransactionType::SetChildren.rate_limit()`. */
export const SET_CHILDREN_RATE_LIMIT = 150n;
export const MAX_CHILDREN = 5;

/** A parent/child relation set around a pivot hotkey (maps keyed by account, iterated sorted like BTreeMap). */
export interface PCRelations {
  pivot: AccountId;
  children: Map<AccountId, bigint>;
  parents: Map<AccountId, bigint>;
}

function sortedKeys(m: Map<AccountId, bigint>): AccountId[] {
  return [...m.keys()].sort();
}

function ensureTotalProportions(children: Map<AccountId, bigint>): void {
  let total = 0n;
  for (const p of children.values()) total += p;
  ensure(total <= U64_MAX, E.ProportionOverflow);
}
export function ensureNoSelfLoop(pivot: AccountId, set: Map<AccountId, bigint>): void {
  ensure(!set.has(pivot), E.InvalidChild);
}
function ensureBipartiteSeparation(children: Map<AccountId, bigint>, parents: Map<AccountId, bigint>): void {
  for (const c of children.keys()) ensure(!parents.has(c), E.ChildParentInconsistency);
}

function linkChildren(rel: PCRelations, children: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(rel.pivot, children);
  ensureTotalProportions(children);
  ensureBipartiteSeparation(children, rel.parents);
  rel.children = children;
}
function linkParents(rel: PCRelations, parents: Map<AccountId, bigint>): void {
  ensureNoSelfLoop(rel.pivot, parents);
  ensureBipartiteSeparation(rel.children, parents);
  rel.parents = parents;
}

/** `PCRelations::ensure_pending_consistency`: self-loop, count <= 5, Σ <= u64::MAX, no child is a parent. */
export function ensurePendingConsistency(rel: PCRelations, pending: ChildList): void {
  const children = new Map<AccountId, bigint>();
  for (const [p, c] of pending) children.set(c, p);
  ensureNoSelfLoop(rel.pivot, children);
  ensure(children.size <= MAX_CHILDREN, E.TooManyChildren);
  ensureTotalProportions(children);
  ensureBipartiteSeparation(children, rel.parents);
}

function edgesToMap(list: ChildList, skip: AccountId): Map<AccountId, bigint> {
  const m = new Map<AccountId, bigint>();
  for (const [p, who] of list) if (who !== skip) m.set(who, p);
  return m;
}

/** `load_child_parent_relations`. */
export function loadChildParentRelations(s: State, hotkey: AccountId, netuid: number): PCRelations {
  const rel: PCRelations = { pivot: hotkey, children: new Map(), parents: new Map() };
  linkChildren(rel, edgesToMap(S.ChildKeys.get(s, hotkey, netuid), hotkey));
  linkParents(rel, edgesToMap(S.ParentKeys.get(s, hotkey, netuid), hotkey));
  return rel;
}

/** `load_relations_from_pending`: the pending children with the pivot's current parents. */
export function loadRelationsFromPending(s: State, pivot: AccountId, pending: ChildList, netuid: number): PCRelations {
  const rel: PCRelations = { pivot, children: new Map(), parents: new Map() };
  linkChildren(rel, edgesToMap(pending, pivot));
  linkParents(rel, edgesToMap(S.ParentKeys.get(s, pivot, netuid), pivot));
  return rel;
}

function upsertEdge(list: ChildList, proportion: bigint, id: AccountId): (readonly [bigint, AccountId])[] {
  const out = list.slice();
  const i = out.findIndex(([, w]) => w === id);
  if (i >= 0) out[i] = [proportion, id];
  else out.push([proportion, id]);
  return out;
}
export function removeEdge(list: ChildList, id: AccountId): (readonly [bigint, AccountId])[] {
  return list.filter(([, w]) => w !== id);
}
function setChildkeys(s: State, parent: AccountId, netuid: number, v: ChildList): void {
  if (v.length === 0) S.ChildKeys.remove(s, parent, netuid);
  else S.ChildKeys.set(s, parent, netuid, v);
}
export function setParentkeys(s: State, child: AccountId, netuid: number, v: ChildList): void {
  if (v.length === 0) S.ParentKeys.remove(s, child, netuid);
  else S.ParentKeys.set(s, child, netuid, v);
}

/** `persist_child_parent_relations`: write both directions, diffing against what is stored. */
export function persistChildParentRelations(s: State, rel: PCRelations, netuid: number): void {
  const pivot = rel.pivot;
  const prevChildren = new Set(S.ChildKeys.get(s, pivot, netuid).map(([, c]) => c));
  const newChildren = sortedKeys(rel.children);
  setChildkeys(s, pivot, netuid, newChildren.map((c) => [rel.children.get(c) ?? 0n, c] as const));
  // added, then updated (common), then removed children, each in account order
  for (const c of newChildren.filter((c) => !prevChildren.has(c))) {
    setParentkeys(s, c, netuid, upsertEdge(S.ParentKeys.get(s, c, netuid), rel.children.get(c) ?? 0n, pivot));
  }
  for (const c of newChildren.filter((c) => prevChildren.has(c))) {
    setParentkeys(s, c, netuid, upsertEdge(S.ParentKeys.get(s, c, netuid), rel.children.get(c) ?? 0n, pivot));
  }
  for (const c of [...prevChildren].sort().filter((c) => !rel.children.has(c))) {
    setParentkeys(s, c, netuid, removeEdge(S.ParentKeys.get(s, c, netuid), pivot));
  }
  const prevParents = new Set(S.ParentKeys.get(s, pivot, netuid).map(([, p]) => p));
  const newParents = sortedKeys(rel.parents);
  setParentkeys(s, pivot, netuid, newParents.map((p) => [rel.parents.get(p) ?? 0n, p] as const));
  for (const p of newParents.filter((p) => !prevParents.has(p))) {
    setChildkeys(s, p, netuid, upsertEdge(S.ChildKeys.get(s, p, netuid), rel.parents.get(p) ?? 0n, pivot));
  }
  for (const p of newParents.filter((p) => prevParents.has(p))) {
    setChildkeys(s, p, netuid, upsertEdge(S.ChildKeys.get(s, p, netuid), rel.parents.get(p) ?? 0n, pivot));
  }
  for (const p of [...prevParents].sort().filter((p) => !rel.parents.has(p))) {
    setChildkeys(s, p, netuid, removeEdge(S.ChildKeys.get(s, p, netuid), pivot));
  }
}

/** `persist_pending_chidren_ok`: apply children now; an inconsistent set is dropped silently. */
export function persistPendingChildrenOk(ctx: Ctx, netuid: number, hotkey: AccountId, children: ChildList): void {
  let ok = true;
  try {
    ctx.state.transactional((c) => persistChildParentRelations(c, loadRelationsFromPending(c, hotkey, children, netuid), netuid));
  } catch (e) {
    if (!isDispatchError(e)) throw e;
    ok = false;
  }
  if (ok) emit(ctx, PALLET, 'SetChildren', hotkey, netuid, children);
}

/** `TransactionType::check_passes_rate_limit`. */
export function passesRateLimit(limit: bigint, block: bigint, last: bigint): boolean {
  return last === 0n || (block > last ? block - last : 0n) >= limit;
}

/**
 * `do_schedule_children` (set_children): checks, rate-limit stamp, then apply now if the subnet's
 * subtoken is not enabled yet, else queue in PendingChildKeys until block + PendingChildKeyCooldown.
 */
export function doScheduleChildren(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, children: ChildList): void {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(passesRateLimit(SET_CHILDREN_RATE_LIMIT, block, S.TransactionKeyLastBlock.get(s, hotkey, netuid, TX_SET_CHILDREN)), E.TxRateLimitExceeded);
  ensure(netuid !== ROOT, E.RegistrationNotPermittedOnRootSubnet);
  ensure(subnetExists(s, netuid), E.SubnetNotExists);
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  const seen = new Set<AccountId>();
  for (const [, c] of children) {
    ensure(!seen.has(c), E.DuplicateChild);
    seen.add(c);
  }
  ensurePendingConsistency(loadChildParentRelations(s, hotkey, netuid), children);
  ensure(
    children.length === 0 || totalStakeForHotkey(s, hotkey) >= S.StakeThreshold.get(s) || S.SubnetOwnerHotkey.raw(s, netuid) === hotkey,
    E.NotEnoughStakeToSetChildkeys,
  );
  S.TransactionKeyLastBlock.set(s, hotkey, netuid, TX_SET_CHILDREN, block);
  if (!S.SubtokenEnabled.get(s, netuid)) {
    persistPendingChildrenOk(ctx, netuid, hotkey, children);
    return;
  }
  const cooldown = block + S.PendingChildKeyCooldown.get(s);
  const cooldownBlock = cooldown > U64_MAX ? U64_MAX : cooldown;
  S.PendingChildKeys.set(s, netuid, hotkey, [children, cooldownBlock]);
  emit(ctx, PALLET, 'SetChildrenScheduled', hotkey, netuid, cooldownBlock, children);
}

/** Order of `iter_prefix` over a Blake2_128Concat-hashed account key: by blake2_128(account), then account. */
function hashedOrder(accounts: AccountId[]): AccountId[] {
  const keyed = accounts.map((a) => [bytesToHex(blake2_128(hexToBytes(a))) + a, a] as const);
  keyed.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return keyed.map(([, a]) => a);
}

/**
 * `do_set_pending_children(netuid)` (block step, after the subnet's epoch): apply every pending
 * child set whose cooldown block has passed (all of them while the subtoken is not enabled), in
 * the chain's storage iteration order, then remove the applied entries.
 */
export function applyPendingChildKeys(ctx: Ctx, netuid: number): void {
  const s = ctx.state;
  const block = ctx.env.number;
  const started = S.SubtokenEnabled.get(s, netuid);
  const pending = new Map(S.PendingChildKeys.prefix(s, netuid));
  const applied: AccountId[] = [];
  for (const hotkey of hashedOrder([...pending.keys()])) {
    const entry = pending.get(hotkey);
    if (!entry) continue;
    const [children, cooldownBlock] = entry;
    if (cooldownBlock < block || !started) {
      persistPendingChildrenOk(ctx, netuid, hotkey, children);
      applied.push(hotkey);
    }
  }
  for (const hotkey of applied) S.PendingChildKeys.remove(s, netuid, hotkey);
}

/** `get_effective_min_childkey_take`: max(MinChildkeyTake, MinChildkeyTakePerSubnet). */
export function getEffectiveMinChildkeyTake(s: State, netuid: number): number {
  const a = S.MinChildkeyTake.get(s);
  const b = S.MinChildkeyTakePerSubnet.get(s, netuid);
  return a > b ? a : b;
}

/** `get_childkey_take`: the stored take, raised to the effective minimum. */
export function getChildkeyTake(s: State, hotkey: AccountId, netuid: number): number {
  const t = S.ChildkeyTake.get(s, hotkey, netuid);
  const m = getEffectiveMinChildkeyTake(s, netuid);
  return t > m ? t : m;
}

/** `do_set_childkey_take`: set the hotkey's childkey take on a subnet (increases are rate limited). */
export function doSetChildkeyTake(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, netuid: number, take: number): void {
  const s = ctx.state;
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  ensure(take >= getEffectiveMinChildkeyTake(s, netuid) && take <= S.MaxChildkeyTake.get(s), E.InvalidChildkeyTake);
  const block = ctx.env.number;
  if (take > getChildkeyTake(s, hotkey, netuid)) {
    const limit = S.TxChildkeyTakeRateLimit.get(s);
    ensure(passesRateLimit(limit, block, S.TransactionKeyLastBlock.get(s, hotkey, netuid, TX_SET_CHILDKEY_TAKE)), E.TxChildkeyTakeRateLimitExceeded);
  }
  S.TransactionKeyLastBlock.set(s, hotkey, netuid, TX_SET_CHILDKEY_TAKE, block);
  S.ChildkeyTake.set(s, hotkey, netuid, take);
  emit(ctx, PALLET, 'ChildKeyTakeSet', hotkey, take);
}
