/**
 * pallet_commitments (index 18): per-(subnet, hotkey) metadata commitments with a per-epoch space
 * limit, bond resets on `ResetBondsFlag`, and timelocked fields revealed once their drand round is
 * available (spec/economics.md §9.2; subtensor pallets/commitments/src/lib.rs and the runtime's
 * `AllowCommitments`, `ResetBondsOnCommit`, `TempoInterface`).
 *
 * Deposits are `InitialDeposit + fields × FieldDeposit`, both 0 on subtensor's runtime, so nothing is
 * ever reserved. Timelock decryption needs drand pulses: the reveal hook takes a decryptor (default
 * `NO_DRAND`: every round pending, so timelocked fields stay stored and encrypted).
 */
import { T } from '@tensorium/primitives';
import { palletErrors } from '../../frame/errors.js';
import { call, definePallet, emit, ensureRoot, ensureSigned, type AccountId, type CallContext } from '../../frame/pallet.js';
import { key, palletStorage } from '../../frame/storage.js';
import type { State } from '../../state/state.js';
import { NetUid } from '../../types.js';
import { storage as SS } from '../subtensor/storage.js';
import { resetBondsForHotkey } from '../subtensor/utils/adminHelpers.js';
import type { TimelockDecryptor } from '../subtensor/weights/revealCrv3Commits.js';
import {
  CommitmentInfo,
  lenForRateLimit,
  Registration,
  TimelockedIndexType,
  UsageTracker,
  type CommitmentInfoValue,
  type DataValue,
  type RegistrationValue,
  type UsageTrackerValue,
} from './types.js';

export * from './types.js';

export const PALLET = 'Commitments';
const S = palletStorage(PALLET);

/** `MaxFields` (runtime `MaxCommitFieldsInner`). */
export const MAX_FIELDS = 3;
/** `InitialDeposit` / `FieldDeposit` (free on subtensor). */
export const INITIAL_DEPOSIT = 0n;
export const FIELD_DEPOSIT = 0n;
/** `DefaultMaxSpace`. */
export const DEFAULT_MAX_SPACE = 3100;
/** Minimum space charged per `set_commitment`. */
export const MIN_USED_SPACE = 100n;
/** Revealed commitments kept per account (oldest dropped). */
export const MAX_REVEALS = 10;

export type TimelockedIndexValue = readonly (readonly [number, AccountId])[];

export const storage = {
  TimelockedIndex: S.value<TimelockedIndexValue>('TimelockedIndex', TimelockedIndexType, {
    default: [],
    docs: 'Tracks all CommitmentOf that have at least one timelocked field.',
  }),
  CommitmentOf: S.doubleMap<number, AccountId, RegistrationValue>('CommitmentOf', key.identity(NetUid), key.twox64(T.accountId), Registration, {
    optional: true,
    docs: 'Identity data by account',
  }),
  LastCommitment: S.doubleMap<number, AccountId, number>('LastCommitment', key.identity(NetUid), key.twox64(T.accountId), T.u32, { optional: true }),
  LastBondsReset: S.doubleMap<number, AccountId, number>('LastBondsReset', key.identity(NetUid), key.twox64(T.accountId), T.u32, { optional: true }),
  RevealedCommitments: S.doubleMap<number, AccountId, readonly (readonly [Uint8Array, bigint])[]>(
    'RevealedCommitments',
    key.identity(NetUid),
    key.twox64(T.accountId),
    T.vec(T.tuple(T.bytes, T.u64)),
    { optional: true },
  ),
  UsedSpaceOf: S.doubleMap<number, AccountId, UsageTrackerValue>('UsedSpaceOf', key.identity(NetUid), key.twox64(T.accountId), UsageTracker, {
    optional: true,
    docs: 'Maps (netuid, who) -> usage (how many “bytes” they\'ve committed) in the RateLimit window',
  }),
  MaxSpace: S.value<number>('MaxSpace', T.u32, { default: DEFAULT_MAX_SPACE }),
};

export const errors = palletErrors(PALLET, ['TooManyFieldsInCommitmentInfo', 'AccountNotAllowedCommit', 'SpaceLimitExceeded', 'UnexpectedUnreserveLeftover'] as const);

// ---------------------------------------------------------------------------------------------
// TimelockedIndex (a BTreeSet kept sorted by (netuid, account))

function cmpEntry(a: readonly [number, AccountId], b: readonly [number, AccountId]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function indexInsert(s: State, netuid: number, who: AccountId): void {
  const idx = storage.TimelockedIndex.get(s);
  if (idx.some(([n, w]) => n === netuid && w === who)) return;
  storage.TimelockedIndex.set(s, [...idx, [netuid, who] as const].sort(cmpEntry));
}

function indexRemove(s: State, netuid: number, who: AccountId): void {
  // `mutate` writes back even when nothing changes, as subtensor's StorageValue::mutate does.
  storage.TimelockedIndex.set(
    s,
    storage.TimelockedIndex.get(s).filter(([n, w]) => !(n === netuid && w === who)),
  );
}

// ---------------------------------------------------------------------------------------------
// Calls

export interface SetCommitmentArgs {
  readonly netuid: number;
  readonly info: CommitmentInfoValue;
}

/** `set_commitment` body. */
export function doSetCommitment(ctx: CallContext, netuid: number, info: CommitmentInfoValue): void {
  const who = ensureSigned(ctx.origin);
  const s = ctx.state;
  // AllowCommitments::can_commit = is_hotkey_registered_on_network (Uids contains the hotkey).
  if (!SS.Uids.contains(s, netuid, who)) throw errors.AccountNotAllowedCommit({ netuid, who });
  const extraFields = info.fields.length;
  if (extraFields > MAX_FIELDS) throw errors.TooManyFieldsInCommitmentInfo({ fields: extraFields });

  const curBlock = ctx.env.number;
  let required = 0n;
  for (const f of info.fields) required += lenForRateLimit(f);
  if (required < MIN_USED_SPACE) required = MIN_USED_SPACE;

  let usage: UsageTrackerValue = storage.UsedSpaceOf.raw(s, netuid, who) ?? { last_epoch: 0n, used_space: 0n };
  // TempoInterface::get_epoch_index = SubnetEpochIndex.
  const currentEpoch = SS.SubnetEpochIndex.get(s, netuid);
  if (usage.last_epoch !== currentEpoch) usage = { last_epoch: currentEpoch, used_space: 0n };

  if (info.fields.some((f) => f.type === 'ResetBondsFlag')) {
    storage.LastBondsReset.set(s, netuid, who, Number(curBlock));
    resetBondsForHotkey(s, netuid, who);
  }

  const maxAllowed = BigInt(storage.MaxSpace.get(s));
  if (usage.used_space + required > maxAllowed) throw errors.SpaceLimitExceeded({ used: usage.used_space, required, max: maxAllowed });
  usage = { last_epoch: usage.last_epoch, used_space: usage.used_space + required };
  storage.UsedSpaceOf.set(s, netuid, who, usage);

  // Deposit: InitialDeposit + fields × FieldDeposit, both zero, so no reserve/unreserve happens.
  const deposit = INITIAL_DEPOSIT + BigInt(extraFields) * FIELD_DEPOSIT;
  const registration: RegistrationValue = { deposit, block: Number(curBlock), info: { fields: [...info.fields] } };
  storage.CommitmentOf.set(s, netuid, who, registration);
  storage.LastCommitment.set(s, netuid, who, Number(curBlock));

  const tl = info.fields.find((f): f is Extract<DataValue, { type: 'TimelockEncrypted' }> => f.type === 'TimelockEncrypted');
  if (tl !== undefined) {
    emit(ctx, PALLET, 'TimelockCommitment', netuid, who, tl.value.reveal_round);
    indexInsert(s, netuid, who);
  } else {
    emit(ctx, PALLET, 'Commitment', netuid, who);
    indexRemove(s, netuid, who);
  }
}

export const commitmentsCalls = {
  set_commitment: call<SetCommitmentArgs>({
    index: 0,
    args: [
      ['netuid', NetUid],
      ['info', CommitmentInfo],
    ],
    // set_commitment(): 33_480_000 + 5 reads + 4 writes.
    weight: 33_480_000n + 5n * 25_000_000n + 4n * 100_000_000n,
    pays: false,
    docs: 'Set the commitment of the calling hotkey on a subnet (<= 3 fields, per-epoch space limit).',
    fn: (ctx, a) => doSetCommitment(ctx, a.netuid, a.info),
  }),
  set_max_space: call<{ new_limit: number }>({
    index: 2,
    args: [['new_limit', T.u32]],
    // set_max_space(): 2_856_000 + 1 write.
    weight: 2_856_000n + 100_000_000n,
    docs: 'Root: set MaxSpace.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      storage.MaxSpace.set(ctx.state, a.new_limit);
    },
  }),
};

// ---------------------------------------------------------------------------------------------
// on_initialize: reveal timelocked commitments

/** No drand on this chain: every round is pending. */
export const NO_DRAND_PULSES: TimelockDecryptor = () => ({ kind: 'pending' });

/**
 * `reveal_timelocked_commitments`: for every indexed (netuid, who), decrypt the timelocked fields
 * whose drand round is available, append the plaintexts to `RevealedCommitments` (last 10 kept,
 * event `CommitmentRevealed` each), keep the other fields, and drop the entry from the index when
 * no timelocked field remains. Undecryptable fields (pulse present) are dropped.
 */
export function revealTimelockedCommitments(ctx: CallContext, decrypt: TimelockDecryptor = NO_DRAND_PULSES): void {
  const s = ctx.state;
  for (const [netuid, who] of storage.TimelockedIndex.get(s)) {
    const reg = storage.CommitmentOf.raw(s, netuid, who);
    if (reg === undefined) {
      indexRemove(s, netuid, who);
      continue;
    }
    const remain: DataValue[] = [];
    const revealed: Uint8Array[] = [];
    let sawTimelock = false;
    let processed = false;
    for (const d of reg.info.fields) {
      if (d.type !== 'TimelockEncrypted') {
        remain.push(d);
        continue;
      }
      sawTimelock = true;
      const r = decrypt(d.value.reveal_round, d.value.encrypted);
      if (r.kind === 'pending') {
        remain.push(d);
        continue;
      }
      processed = true;
      if (r.kind === 'ok' && r.plaintext.length > 0) revealed.push(r.plaintext);
    }
    if (!sawTimelock) {
      indexRemove(s, netuid, who);
      continue;
    }
    if (!processed) continue;
    if (revealed.length > 0) {
      const reveals = [...(storage.RevealedCommitments.raw(s, netuid, who) ?? [])];
      for (const bytes of revealed) {
        reveals.push([bytes, ctx.env.number]);
        emit(ctx, PALLET, 'CommitmentRevealed', netuid, who);
      }
      storage.RevealedCommitments.set(s, netuid, who, reveals.length > MAX_REVEALS ? reveals.slice(reveals.length - MAX_REVEALS) : reveals);
    }
    if (remain.length === 0) {
      storage.CommitmentOf.remove(s, netuid, who);
      indexRemove(s, netuid, who);
    } else {
      storage.CommitmentOf.set(s, netuid, who, { ...reg, info: { fields: remain } });
      if (!remain.some((f) => f.type === 'TimelockEncrypted')) indexRemove(s, netuid, who);
    }
  }
}

/** `purge_netuid`: forget every commitment of a dissolved subnet. */
export function purgeNetuid(s: State, netuid: number): void {
  storage.CommitmentOf.clearPrefix(s, netuid);
  storage.LastCommitment.clearPrefix(s, netuid);
  storage.LastBondsReset.clearPrefix(s, netuid);
  storage.RevealedCommitments.clearPrefix(s, netuid);
  storage.UsedSpaceOf.clearPrefix(s, netuid);
  storage.TimelockedIndex.set(
    s,
    storage.TimelockedIndex.get(s).filter(([n]) => n !== netuid),
  );
}

/** `get_commitments(netuid)`: every (account, registration) of a subnet. */
export function getCommitments(s: State, netuid: number): [AccountId, RegistrationValue][] {
  return storage.CommitmentOf.prefix(s, netuid);
}

export const commitments = definePallet({
  name: PALLET,
  index: 18,
  docs: 'Hotkey metadata commitments.',
  storage: Object.values(storage),
  errors,
  calls: commitmentsCalls,
  constants: {
    MaxFields: { type: T.u32, value: () => MAX_FIELDS },
    InitialDeposit: { type: T.u64, value: () => INITIAL_DEPOSIT },
    FieldDeposit: { type: T.u64, value: () => FIELD_DEPOSIT },
  },
  events: {
    Commitment: {
      fields: [
        ['netuid', NetUid],
        ['who', T.accountId],
      ],
      docs: 'A commitment was set',
    },
    TimelockCommitment: {
      fields: [
        ['netuid', NetUid],
        ['who', T.accountId],
        ['reveal_round', T.u64],
      ],
      docs: 'A timelock-encrypted commitment was set',
    },
    CommitmentRevealed: {
      fields: [
        ['netuid', NetUid],
        ['who', T.accountId],
      ],
      docs: 'A timelock-encrypted commitment was auto-revealed',
    },
  },
  hooks: {
    onInitialize: (ctx) => revealTimelockedCommitments(ctx),
  },
});
