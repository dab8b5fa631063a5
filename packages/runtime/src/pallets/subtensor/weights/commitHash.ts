/**
 * `get_commit_hash` (spec/epoch.md §8.2): the hash a commit-reveal v2 commit carries,
 * `BlakeTwo256(SCALE(hotkey, netuid_index: u16, uids: Vec<u16>, values: Vec<u16>, salt: Vec<u16>, version_key: u64))`.
 * Exported for SDKs and tests that build commits.
 */
import { blake2_256, bytesToHex, encodeAll, T } from '@tensorium/primitives';
import type { AccountId } from '../../../frame/pallet.js';

const VecU16 = T.vec(T.u16);

/** The commit hash as lowercase hex without 0x (the runtime's H256 convention). */
export function commitHash(
  hotkey: AccountId,
  netuidIndex: number,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): string {
  const bytes = encodeAll([
    [T.accountId, hotkey.toLowerCase()],
    [T.u16, netuidIndex],
    [VecU16, uids],
    [VecU16, values],
    [VecU16, salt],
    [T.u64, versionKey],
  ]);
  return bytesToHex(blake2_256(bytes));
}
