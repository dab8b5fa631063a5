/**
 * `reveal_crv3_commits` / `reveal_crv3_commits_for_subnet` (coinbase/block_step.rs,
 * coinbase/reveal_commits.rs; spec/epoch.md §8.3): the block step that applies timelocked (v3/v4)
 * weight commits once their drand round is public.
 *
 * DRAND IS NOT AVAILABLE HERE: this chain has no drand pallet, so no pulse ever exists and no
 * ciphertext can be decrypted (TLE over BLS12-381 + AES-GCM is not implemented). The default
 * `revealCrv3Commits` therefore does the bookkeeping only: keys older than the reveal epoch are
 * deleted, entries in their reveal epoch stay unrevealed ("pulse missing, retry next block") until
 * their key expires. `revealCrv3CommitsWith(decrypt)` accepts a decryptor for the day pulses exist
 * (and for tests); the payload decoding and weight application after decryption are implemented.
 */
import { decodePrefix, T } from '@tensorium/primitives';
import { DispatchError } from '../../../frame/errors.js';
import { emit, signed, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { currentEpochWithLookahead, shouldRunEpochAt } from '../coinbase/scheduler.js';
import { PALLET } from '../decl.js';
import { isEpochInputStateConsistent } from '../epoch/epochWithMechanisms.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { netuidStorageIndex, ROOT_NETUID } from './checks.js';
import { doSetMechanismWeights } from './setWeights.js';
import type { TimelockedCommit } from './timelocked.js';

/** The outcome of decrypting one commit with the drand pulse of its reveal round. */
export type TimelockDecryptResult =
  /** No pulse for the round yet: keep the entry and retry next block. */
  | { readonly kind: 'pending' }
  /** Malformed ciphertext or signature, or decryption failed: drop the entry. */
  | { readonly kind: 'failed' }
  | { readonly kind: 'ok'; readonly plaintext: Uint8Array };

export type TimelockDecryptor = (revealRound: bigint, ciphertext: Uint8Array) => TimelockDecryptResult;

/** No drand on this chain: every round is pending. */
export const NO_DRAND: TimelockDecryptor = () => ({ kind: 'pending' });

/** The weights a decrypted payload carries. */
export interface RevealedWeights {
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly versionKey: bigint;
}

const VecU16 = T.vec(T.u16);
/** `WeightsTlockPayload { hotkey: Vec<u8>, uids, values, version_key }`. */
const PayloadType = T.tuple(T.bytes, VecU16, VecU16, T.u64);
/** `LegacyWeightsTlockPayload { uids, values, version_key }`. */
const LegacyPayloadType = T.tuple(VecU16, VecU16, T.u64);

function tryDecode(t: typeof PayloadType, bytes: Uint8Array): readonly unknown[] | undefined {
  try {
    return decodePrefix(t, bytes)[0] as readonly unknown[];
  } catch {
    return undefined;
  }
}

function legacy(bytes: Uint8Array): RevealedWeights | undefined {
  const v = tryDecode(LegacyPayloadType, bytes);
  return v && { uids: v[0] as number[], values: v[1] as number[], versionKey: v[2] as bigint };
}

/**
 * Decode a decrypted payload as subtensor does (prefix decoding, trailing bytes ignored): the new
 * format whose hotkey (first 32 bytes) must be the committer, falling back to the legacy format
 * when the new one does not decode or its hotkey is shorter than 32 bytes. Undefined = drop.
 */
export function decodeWeightsTlockPayload(plaintext: Uint8Array, committer: AccountId): RevealedWeights | undefined {
  const v = tryDecode(PayloadType, plaintext);
  if (v === undefined) return legacy(plaintext);
  const hotkey = v[0] as Uint8Array;
  if (hotkey.length < 32) return legacy(plaintext);
  let hex = '';
  for (let i = 0; i < 32; i++) hex += hotkey[i].toString(16).padStart(2, '0');
  if (hex !== committer.toLowerCase()) return undefined;
  return { uids: v[1] as number[], values: v[2] as number[], versionKey: v[3] as bigint };
}

/** `reveal_crv3_commits_for_subnet`. */
export function revealCrv3CommitsForSubnet(ctx: Ctx, netuid: number, decrypt: TimelockDecryptor = NO_DRAND): void {
  const s = ctx.state;
  const revealPeriod = S.RevealPeriodEpochs.get(s, netuid);
  const curEpoch = currentEpochWithLookahead(s, netuid, ctx.env.number);
  const revealEpoch = curEpoch > revealPeriod ? curEpoch - revealPeriod : 0n;
  const count = S.MechanismCountCurrent.get(s, netuid);

  for (let mecid = 0; mecid < count; mecid++) {
    const netuidIndex = netuidStorageIndex(netuid, mecid);
    for (const [epoch] of S.TimelockedWeightCommits.prefix(s, netuidIndex)) {
      if (epoch < revealEpoch) S.TimelockedWeightCommits.remove(s, netuidIndex, epoch);
    }
    // subtensor returns here for the whole subnet (after cleaning the first mechanism only).
    if (curEpoch < revealPeriod) return;

    const entries = S.TimelockedWeightCommits.get(s, netuidIndex, revealEpoch);
    if (entries.length === 0) continue;
    const unrevealed: TimelockedCommit[] = [];
    for (const entry of entries) {
      const [who, , ciphertext, round] = entry;
      const r = decrypt(round, ciphertext);
      if (r.kind === 'pending') {
        unrevealed.push(entry);
        continue;
      }
      if (r.kind === 'failed') continue;
      const w = decodeWeightsTlockPayload(r.plaintext, who);
      if (w === undefined) continue;
      try {
        s.transactional((state) => doSetMechanismWeights({ ...ctx, state }, signed(who), netuid, mecid, w.uids, w.values, w.versionKey));
      } catch (e) {
        if (!(e instanceof DispatchError)) throw e;
        continue;
      }
      emit(ctx, PALLET, 'TimelockedWeightsRevealed', netuidIndex, who);
    }
    // take + re-insert of the pending ones; untouched when nothing was consumed.
    if (unrevealed.length === entries.length) continue;
    if (unrevealed.length > 0) S.TimelockedWeightCommits.set(s, netuidIndex, revealEpoch, unrevealed);
    else S.TimelockedWeightCommits.remove(s, netuidIndex, revealEpoch);
  }
}

/** `epochs_deferred_this_block`: subnets whose epoch is due now but over the `MaxEpochsPerBlock` cap. */
export function epochsDeferredThisBlock(s: State, subnets: readonly number[], block: bigint): Set<number> {
  const cap = S.MaxEpochsPerBlock.get(s);
  const deferred = new Set<number>();
  let ran = 0;
  for (const netuid of subnets) {
    if (!shouldRunEpochAt(s, netuid, block)) continue;
    if (ran >= cap) {
      deferred.add(netuid);
      continue;
    }
    if (isEpochInputStateConsistent(s, netuid)) ran++;
  }
  return deferred;
}

/** `reveal_crv3_commits` with a given decryptor: every non-root subnet whose epoch is not deferred. */
export function revealCrv3CommitsWith(decrypt: TimelockDecryptor): (ctx: Ctx) => void {
  return (ctx) => {
    const s = ctx.state;
    // The per-subnet step only removes or reveals TimelockedWeightCommits entries: a subnet none
    // of whose mechanisms holds one is left untouched, so it (and, with no commits at all, the
    // whole scan) is skipped. The set of storage indices with entries is one cheap key scan.
    const committed = new Set(S.TimelockedWeightCommits.firstKeys(s));
    if (committed.size === 0) return;
    const hasCommits = (netuid: number): boolean => {
      const count = S.MechanismCountCurrent.get(s, netuid);
      for (let mecid = 0; mecid < count; mecid++) if (committed.has(netuidStorageIndex(netuid, mecid))) return true;
      return false;
    };
    const subnets = S.NetworksAdded.entries(s)
      .filter(([netuid, added]) => added && netuid !== ROOT_NETUID)
      .map(([netuid]) => netuid);
    const deferred = epochsDeferredThisBlock(s, subnets, ctx.env.number);
    for (const netuid of subnets) {
      if (!deferred.has(netuid) && hasCommits(netuid)) revealCrv3CommitsForSubnet(ctx, netuid, decrypt);
    }
  };
}

/**
 * `reveal_crv3_commits` for the block step (`BlockStepHooks.revealTimelockedCommits`). Without
 * drand nothing is decrypted: only expired keys are deleted (see the file comment).
 */
export const revealCrv3Commits: (ctx: Ctx) => void = revealCrv3CommitsWith(NO_DRAND);
