/**
 * Neuron slots of a subnet (subnets/uids.rs, subnets/registration.rs `get_neuron_to_prune`,
 * `register_neuron`; spec/economics.md §7.3, spec/epoch.md §3.1): appending a UID, replacing a
 * pruned one, clearing its per-uid vectors, choosing the UID to prune, and trimming a subnet to a
 * smaller `MaxAllowedUids`.
 */
import { ensure } from '../../../frame/errors.js';
import type { AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import { mechanismIndices, satAddU16, satSub } from './common.js';

/** `MaxImmuneUidsPercentage` (runtime constant): 80 %. */
export const MAX_IMMUNE_UIDS_PERCENT = 80n;

function setAt<V>(v: readonly V[], i: number, value: V): V[] | undefined {
  if (i >= v.length) return undefined;
  const out = v.slice();
  out[i] = value;
  return out;
}

/** `set_element_at` on a vector item: writes only when the position exists (Rust mutates in place). */
function mutateAt<V>(get: () => readonly V[], set: (v: V[]) => void, i: number, value: V): void {
  const cur = get();
  const next = setAt(cur, i, value);
  set(next ?? cur.slice());
}

/** `set_last_update_for_uid`: only when the LastUpdate vector already has that position. */
export function setLastUpdateForUid(s: State, netuidIndex: number, uid: number, block: bigint): void {
  const next = setAt(getLastUpdate(s, netuidIndex), uid, block);
  if (next) S.LastUpdate.set(s, netuidIndex, next);
}

/** `get_last_update`: LastUpdate of a mechanism index, zero-padded to the subnet's size. */
export function getLastUpdate(s: State, netuidIndex: number): bigint[] {
  const n = S.SubnetworkN.get(s, netuidIndex % 4096);
  const v = S.LastUpdate.get(s, netuidIndex).slice();
  while (v.length < n) v.push(0n);
  return v;
}

/** `get_last_update_for_uid`. */
export function getLastUpdateForUid(s: State, netuidIndex: number, uid: number): bigint {
  return getLastUpdate(s, netuidIndex)[uid] ?? 0n;
}

/** `set_active_for_uid`: only when the Active vector already has that position. */
export function setActiveForUid(s: State, netuid: number, uid: number, active: boolean): void {
  const next = setAt(S.Active.get(s, netuid), uid, active);
  if (next) S.Active.set(s, netuid, next);
}

/** `get_hotkey_for_net_and_uid`: the hotkey at a UID (HotKeyNotRegisteredInSubNet if none). */
export function getHotkeyForNetAndUid(s: State, netuid: number, uid: number): AccountId {
  const hk = S.Keys.raw(s, netuid, uid);
  ensure(hk !== undefined, E.HotKeyNotRegisteredInSubNet);
  return hk;
}

/**
 * `append_neuron`: uid = SubnetworkN, N += 1; push true to Active, 0 to Emission, Consensus,
 * Incentive (every mechanism), Dividends, ValidatorTrust, false to ValidatorPermit; LastUpdate is
 * only written if its vector already reaches the uid (as upstream); Keys/Uids/BlockAtRegistration/
 * IsNetworkMember. Returns the new uid.
 */
export function appendNeuron(s: State, netuid: number, hotkey: AccountId, block: bigint): number {
  const uid = S.SubnetworkN.get(s, netuid);
  S.SubnetworkN.set(s, netuid, satAddU16(uid, 1));
  S.Active.mutate(s, netuid, (v) => [...v, true]);
  S.Emission.mutate(s, netuid, (v) => [...v, 0n]);
  S.Consensus.mutate(s, netuid, (v) => [...v, 0]);
  for (const idx of mechanismIndices(s, netuid)) {
    S.Incentive.mutate(s, idx, (v) => [...v, 0]);
    setLastUpdateForUid(s, idx, uid, block);
  }
  S.Dividends.mutate(s, netuid, (v) => [...v, 0]);
  S.ValidatorTrust.mutate(s, netuid, (v) => [...v, 0]);
  S.ValidatorPermit.mutate(s, netuid, (v) => [...v, false]);
  S.Keys.set(s, netuid, uid, hotkey);
  S.Uids.set(s, netuid, hotkey, uid);
  S.BlockAtRegistration.set(s, netuid, uid, block);
  S.IsNetworkMember.set(s, hotkey, netuid, true);
  return uid;
}

/**
 * `clear_neuron`: zero the uid's Emission/Consensus/Incentive/Dividends/StakeWeight/
 * ValidatorTrust, permit false, remove its own Weights and Bonds rows and zero every incoming
 * weight, in every mechanism.
 */
export function clearNeuron(s: State, netuid: number, uid: number): void {
  mutateAt(() => S.Emission.get(s, netuid), (v) => S.Emission.set(s, netuid, v), uid, 0n);
  mutateAt(() => S.Consensus.get(s, netuid), (v) => S.Consensus.set(s, netuid, v), uid, 0);
  for (const idx of mechanismIndices(s, netuid)) {
    mutateAt(() => S.Incentive.get(s, idx), (v) => S.Incentive.set(s, idx, v), uid, 0);
    S.Bonds.remove(s, idx, uid);
    S.Weights.remove(s, idx, uid);
    for (const [row, weights] of S.Weights.prefix(s, idx)) {
      // zero incoming weights; rows without a non-zero weight on `uid` would be rewritten unchanged
      if (!weights.some(([target, w]) => target === uid && w !== 0)) continue;
      S.Weights.set(
        s,
        idx,
        row,
        weights.map(([target, w]) => [target, target === uid ? 0 : w] as const),
      );
    }
  }
  mutateAt(() => S.Dividends.get(s, netuid), (v) => S.Dividends.set(s, netuid, v), uid, 0);
  mutateAt(() => S.StakeWeight.get(s, netuid), (v) => S.StakeWeight.set(s, netuid, v), uid, 0);
  mutateAt(() => S.ValidatorTrust.get(s, netuid), (v) => S.ValidatorTrust.set(s, netuid, v), uid, 0);
  mutateAt(() => S.ValidatorPermit.get(s, netuid), (v) => S.ValidatorPermit.set(s, netuid, v), uid, false);
}

/**
 * `replace_neuron`: rebind `uid` to `hotkey` (never replaces the subnet owner hotkey), reset its
 * registration block, serving info, EVM association and per-uid vectors, LastUpdate = block.
 */
export function replaceNeuron(s: State, netuid: number, uid: number, hotkey: AccountId, block: bigint): void {
  const old = S.Keys.get(s, netuid, uid);
  const ownerHotkey = S.SubnetOwnerHotkey.raw(s, netuid);
  if (ownerHotkey !== undefined && ownerHotkey === old) return;
  S.Uids.remove(s, netuid, old);
  S.AssociatedEvmAddress.remove(s, netuid, uid);
  S.IsNetworkMember.remove(s, old, netuid);
  S.Keys.remove(s, netuid, uid);
  setActiveForUid(s, netuid, uid, true);
  S.Keys.set(s, netuid, uid, hotkey);
  S.Uids.set(s, netuid, hotkey, uid);
  S.BlockAtRegistration.set(s, netuid, uid, block);
  S.IsNetworkMember.set(s, hotkey, netuid, true);
  S.Axons.remove(s, netuid, old);
  S.NeuronCertificates.remove(s, netuid, old);
  S.Prometheus.remove(s, netuid, old);
  clearNeuron(s, netuid, uid);
  for (const idx of mechanismIndices(s, netuid)) setLastUpdateForUid(s, idx, uid, block);
}

/** `get_neuron_is_immune`: now - BlockAtRegistration < ImmunityPeriod. */
export function isNeuronImmune(s: State, netuid: number, uid: number, block: bigint): boolean {
  return satSub(block, S.BlockAtRegistration.get(s, netuid, uid)) < BigInt(S.ImmunityPeriod.get(s, netuid));
}

/**
 * `get_immune_owner_tuples`: the owner coldkey's registered hotkeys sorted by (registration
 * block, uid), the first `ImmuneOwnerUidsLimit`, with the subnet owner hotkey put first (then
 * truncated again).
 */
export function getImmuneOwnerTuples(s: State, netuid: number, coldkey: AccountId): [number, AccountId][] {
  const triples: [bigint, number, AccountId][] = [];
  for (const hk of S.OwnedHotkeys.get(s, coldkey)) {
    const uid = S.Uids.raw(s, netuid, hk);
    if (uid !== undefined) triples.push([S.BlockAtRegistration.get(s, netuid, uid), uid, hk]);
  }
  triples.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const limit = S.ImmuneOwnerUidsLimit.get(s, netuid);
  const tuples: [number, AccountId][] = triples.slice(0, limit).map(([, uid, hk]) => [uid, hk]);
  const ownerHk = S.SubnetOwnerHotkey.raw(s, netuid);
  if (ownerHk !== undefined) {
    const ownerUid = S.Uids.raw(s, netuid, ownerHk);
    if (ownerUid !== undefined && !tuples.some(([u, h]) => u === ownerUid && h === ownerHk)) {
      tuples.unshift([ownerUid, ownerHk]);
      if (tuples.length > limit) tuples.length = limit;
    }
  }
  return tuples;
}

export function getImmuneOwnerUids(s: State, netuid: number, coldkey: AccountId): number[] {
  return getImmuneOwnerTuples(s, netuid, coldkey).map(([u]) => u);
}

/**
 * `get_neuron_to_prune` (§7.3): skip owner-immortal hotkeys; rank by (Emission, registration
 * block, uid) ascending; the best non-immune UID if more than `MinNonImmuneUids` are non-immune,
 * otherwise the best immune one; undefined when there is no candidate.
 */
export function getNeuronToPrune(s: State, netuid: number, block: bigint): number | undefined {
  const n = S.SubnetworkN.get(s, netuid);
  if (n === 0) return undefined;
  const immortal = new Set(getImmuneOwnerTuples(s, netuid, S.SubnetOwner.get(s, netuid)).map(([, hk]) => hk));
  const emissions = S.Emission.get(s, netuid);
  const immunity = BigInt(S.ImmunityPeriod.get(s, netuid));
  type Cand = readonly [bigint, bigint, number];
  let bestFree: Cand | undefined;
  let bestImmune: Cand | undefined;
  let freeCount = 0;
  const better = (c: Cand, b: Cand | undefined): boolean =>
    b === undefined || (c[0] !== b[0] ? c[0] < b[0] : c[1] !== b[1] ? c[1] < b[1] : c[2] < b[2]);
  for (let uid = 0; uid < n; uid++) {
    const hk = S.Keys.raw(s, netuid, uid);
    if (hk === undefined || immortal.has(hk)) continue;
    const registeredAt = S.BlockAtRegistration.get(s, netuid, uid);
    const c: Cand = [emissions[uid] ?? 0n, registeredAt, uid];
    if (satSub(block, registeredAt) < immunity) {
      if (better(c, bestImmune)) bestImmune = c;
    } else {
      freeCount++;
      if (better(c, bestFree)) bestFree = c;
    }
  }
  if (bestFree === undefined && bestImmune === undefined) return undefined;
  if (freeCount > S.MinNonImmuneUids.get(s, netuid) && bestFree !== undefined) return bestFree[2];
  return bestImmune?.[2];
}

/** `register_neuron`: append while below MaxAllowedUids, else replace the prune candidate. */
export function registerNeuron(s: State, netuid: number, hotkey: AccountId, block: bigint): number {
  if (S.SubnetworkN.get(s, netuid) < S.MaxAllowedUids.get(s, netuid)) return appendNeuron(s, netuid, hotkey, block);
  const uid = getNeuronToPrune(s, netuid, block);
  ensure(uid !== undefined, E.NoNeuronIdAvailable);
  replaceNeuron(s, netuid, uid, hotkey, block);
  return uid;
}

function pick<V>(v: readonly V[], uids: readonly number[], dflt: V): V[] {
  return uids.map((u) => (u < v.length ? v[u] : dflt));
}

/**
 * `trim_to_max_allowed_uids(netuid, max_n)`: lower MaxAllowedUids and, if the subnet is larger,
 * remove the lowest-emission non-immune, non-owner UIDs and compact the remaining ones to
 * 0..max_n (vectors, Keys/Uids, registration blocks, EVM associations, weights and bonds
 * remapped). Fails if immune UIDs would be 80 % of max_n or more.
 */
export function trimToMaxAllowedUids(s: State, netuid: number, maxN: number, block: bigint): void {
  ensure(S.NetworksAdded.get(s, netuid), E.SubnetNotExists);
  ensure(maxN >= S.MinAllowedUids.get(s, netuid), E.InvalidValue);
  ensure(maxN <= S.MaxAllowedUids.get(s, netuid), E.InvalidValue);
  S.MaxAllowedUids.set(s, netuid, maxN);
  const currentN = S.SubnetworkN.get(s, netuid);
  if (currentN <= maxN) return;

  const ownerUids = new Set(getImmuneOwnerUids(s, netuid, S.SubnetOwner.get(s, netuid)));
  let immune = 0n;
  for (let uid = 0; uid < currentN; uid++) if (ownerUids.has(uid) || isNeuronImmune(s, netuid, uid, block)) immune++;
  // Percent::from_rational(immune, max_n): rounded down, saturating at 100 %; compare < 80 %.
  const pct = maxN === 0 ? 100n : (immune * 100n) / BigInt(maxN);
  ensure((pct > 100n ? 100n : pct) < MAX_IMMUNE_UIDS_PERCENT, E.TrimmingWouldExceedMaxImmunePercentage);

  // Stable sort by emission descending (Rust sort_by_key is stable).
  const emissions: [number, bigint][] = S.Emission.get(s, netuid).map((e, i) => [i, e]);
  emissions.sort((a, b) => (a[1] > b[1] ? -1 : a[1] < b[1] ? 1 : 0));
  let left = currentN;
  const idxs = mechanismIndices(s, netuid);
  for (let i = currentN - 1; i >= 0; i--) {
    if (left === maxN) break;
    const entry = emissions[i];
    if (entry === undefined) continue;
    const uid = entry[0];
    if (ownerUids.has(uid) || isNeuronImmune(s, netuid, uid, block)) continue;
    const hk = S.Keys.raw(s, netuid, uid);
    if (hk !== undefined) {
      S.Uids.remove(s, netuid, hk);
      S.IsNetworkMember.remove(s, hk, netuid);
      S.LastHotkeyEmissionOnNetuid.remove(s, hk, netuid);
      S.AlphaDividendsPerSubnet.remove(s, netuid, hk);
      S.Axons.remove(s, netuid, hk);
      S.NeuronCertificates.remove(s, netuid, hk);
      S.Prometheus.remove(s, netuid, hk);
    }
    S.Keys.remove(s, netuid, uid);
    S.BlockAtRegistration.remove(s, netuid, uid);
    S.AssociatedEvmAddress.remove(s, netuid, uid);
    for (const idx of idxs) {
      S.Weights.remove(s, idx, uid);
      S.Bonds.remove(s, idx, uid);
    }
    emissions.splice(i, 1);
    left--;
  }
  emissions.sort((a, b) => a[0] - b[0]);
  const kept = emissions.map(([u]) => u);
  S.Emission.set(s, netuid, emissions.map(([, e]) => e));
  S.Active.set(s, netuid, pick(S.Active.get(s, netuid), kept, false));
  S.Consensus.set(s, netuid, pick(S.Consensus.get(s, netuid), kept, 0));
  S.Dividends.set(s, netuid, pick(S.Dividends.get(s, netuid), kept, 0));
  S.ValidatorTrust.set(s, netuid, pick(S.ValidatorTrust.get(s, netuid), kept, 0));
  S.ValidatorPermit.set(s, netuid, pick(S.ValidatorPermit.get(s, netuid), kept, false));
  S.StakeWeight.set(s, netuid, pick(S.StakeWeight.get(s, netuid), kept, 0));
  for (const idx of idxs) {
    S.Incentive.set(s, idx, pick(S.Incentive.get(s, idx), kept, 0));
    S.LastUpdate.set(s, idx, pick(S.LastUpdate.get(s, idx), kept, 0n));
  }
  const oldToNew = new Map<number, number>();
  kept.forEach((old, i) => oldToNew.set(old, i));
  const remap = (row: readonly (readonly [number, number])[]): (readonly [number, number])[] => {
    const out: (readonly [number, number])[] = [];
    for (const [t, w] of row) {
      const nt = oldToNew.get(t);
      if (nt !== undefined) out.push([nt, w]);
    }
    return out;
  };
  // Ascending old uid: new <= old, so each swap moves a kept row into an already vacated or own slot.
  for (const [oldUid, newUid] of oldToNew) {
    swapDouble(s, S.Keys, netuid, oldUid, newUid);
    swapDouble(s, S.AssociatedEvmAddress, netuid, oldUid, newUid);
    swapDouble(s, S.BlockAtRegistration, netuid, oldUid, newUid);
    for (const idx of idxs) {
      swapDouble(s, S.Weights, idx, oldUid, newUid);
      S.Weights.set(s, idx, newUid, remap(S.Weights.get(s, idx, newUid)));
      swapDouble(s, S.Bonds, idx, oldUid, newUid);
      S.Bonds.set(s, idx, newUid, remap(S.Bonds.get(s, idx, newUid)));
    }
  }
  S.Uids.clearPrefix(s, netuid);
  for (const newUid of oldToNew.values()) S.Uids.set(s, netuid, S.Keys.get(s, netuid, newUid), newUid);
  S.SubnetworkN.set(s, netuid, maxN);
}

interface RawDoubleMap<K2, V> {
  raw(s: State, k1: number, k2: K2): V | undefined;
  set(s: State, k1: number, k2: K2, v: V): void;
  remove(s: State, k1: number, k2: K2): void;
}

/** `StorageDoubleMap::swap`: exchange the raw entries of two keys (absent stays absent). */
function swapDouble<V>(s: State, m: RawDoubleMap<number, V>, k1: number, a: number, b: number): void {
  if (a === b) return;
  const va = m.raw(s, k1, a);
  const vb = m.raw(s, k1, b);
  if (vb === undefined) m.remove(s, k1, a);
  else m.set(s, k1, a, vb);
  if (va === undefined) m.remove(s, k1, b);
  else m.set(s, k1, b, va);
}
