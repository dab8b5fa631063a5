/**
 * pallet_commitments types (pallets/commitments/src/types.rs). `Data` has hand-written SCALE: the
 * leading byte is the variant index and Raw data of length n (0..=128) is variant `Raw{n}` with
 * index n + 1 and a fixed-size [u8; n] payload (no length prefix); hashes are 130..=133,
 * TimelockEncrypted 134, ResetBondsFlag 135, BigRaw 136.
 */
import { ScaleError, T, type EnumVariant, type TypeDef } from '@tensorium/primitives';
import { NetUid } from '../../types.js';

/** `MAX_TIMELOCK_COMMITMENT_SIZE_BYTES` / `MAX_BIGRAW_COMMITMENT_SIZE_BYTES`. */
export const MAX_TIMELOCK_COMMITMENT_SIZE_BYTES = 1024;
export const MAX_BIGRAW_COMMITMENT_SIZE_BYTES = 512;
/** Largest `Raw` payload. */
export const MAX_RAW_COMMITMENT_SIZE_BYTES = 128;

/** A `Data` value: `{ type: 'None' | 'ResetBondsFlag' }`, `{ type: 'RawN', value: hex }`, hashes as hex, etc. */
export type DataValue =
  | { readonly type: 'None' }
  | { readonly type: 'ResetBondsFlag' }
  | { readonly type: `Raw${number}`; readonly value: string }
  | { readonly type: 'BlakeTwo256' | 'Sha256' | 'Keccak256' | 'ShaThree256'; readonly value: string }
  | { readonly type: 'TimelockEncrypted'; readonly value: { readonly encrypted: Uint8Array; readonly reveal_round: bigint } }
  | { readonly type: 'BigRaw'; readonly value: Uint8Array };

const hash32 = T.byteArray(32);

const variants: EnumVariant[] = [{ name: 'None', index: 0 }];
for (let n = 0; n <= MAX_RAW_COMMITMENT_SIZE_BYTES; n++) variants.push({ name: `Raw${n}`, index: n + 1, fields: [T.byteArray(n)] });
variants.push(
  { name: 'BlakeTwo256', index: 130, fields: [hash32] },
  { name: 'Sha256', index: 131, fields: [hash32] },
  { name: 'Keccak256', index: 132, fields: [hash32] },
  { name: 'ShaThree256', index: 133, fields: [hash32] },
  {
    name: 'TimelockEncrypted',
    index: 134,
    named: [
      ['encrypted', T.bytes],
      ['reveal_round', T.u64],
    ],
  },
  { name: 'ResetBondsFlag', index: 135 },
  { name: 'BigRaw', index: 136, fields: [T.bytes] },
);

const DataEnum: TypeDef = { kind: 'enum', name: 'Data', path: ['pallet_commitments', 'types', 'Data'], variants };

/** Reject the bounded payloads subtensor's decoder would reject. */
function checkBounds(v: unknown): unknown {
  const d = v as { type?: unknown; value?: unknown };
  if (d && d.type === 'TimelockEncrypted') {
    const enc = (d.value as { encrypted?: unknown } | undefined)?.encrypted;
    if (enc instanceof Uint8Array && enc.length > MAX_TIMELOCK_COMMITMENT_SIZE_BYTES) throw new ScaleError('TimelockEncrypted: more than 1024 bytes');
  }
  if (d && d.type === 'BigRaw' && d.value instanceof Uint8Array && d.value.length > MAX_BIGRAW_COMMITMENT_SIZE_BYTES) {
    throw new ScaleError('BigRaw: more than 512 bytes');
  }
  return v;
}

/** `Data` (with the BoundedVec limits of TimelockEncrypted and BigRaw enforced on both directions). */
export const Data: TypeDef = { kind: 'lazy', name: 'Data', resolve: () => DataEnum, toWire: checkBounds, fromWire: checkBounds };

/** `CommitmentInfo<MaxFields> { fields: BoundedVec<Data, MaxFields> }`. */
export interface CommitmentInfoValue {
  readonly fields: readonly DataValue[];
}
export const CommitmentInfo = T.struct('CommitmentInfo', { fields: T.vec(Data) }, ['pallet_commitments', 'types', 'CommitmentInfo']);

/** `Registration { deposit: Balance, block: BlockNumber, info }`. */
export interface RegistrationValue {
  readonly deposit: bigint;
  readonly block: number;
  readonly info: CommitmentInfoValue;
}
export const Registration = T.struct('Registration', { deposit: T.u64, block: T.u32, info: CommitmentInfo }, ['pallet_commitments', 'types', 'Registration']);

/** `UsageTracker { last_epoch, used_space }`. */
export interface UsageTrackerValue {
  readonly last_epoch: bigint;
  readonly used_space: bigint;
}
export const UsageTracker = T.struct('UsageTracker', { last_epoch: T.u64, used_space: T.u64 }, ['pallet_commitments', 'types', 'UsageTracker']);

/** `BTreeSet<(NetUid, AccountId)>` as a sorted vector of pairs. */
export const TimelockedIndexType = T.vec(T.tuple(NetUid, T.accountId), 'BTreeSet<(NetUid, AccountId)>');

/** `Data::len_for_rate_limit`: payload bytes (None and ResetBondsFlag count 0). */
export function lenForRateLimit(d: DataValue): bigint {
  switch (d.type) {
    case 'None':
    case 'ResetBondsFlag':
      return 0n;
    case 'TimelockEncrypted':
      return BigInt(d.value.encrypted.length);
    case 'BigRaw':
      return BigInt(d.value.length);
    default:
      // RawN and the 32-byte hashes: hex payload.
      return BigInt((d.value as string).length) / 2n;
  }
}

/** `Raw` data value for bytes (<= 128). */
export function rawData(bytes: Uint8Array): DataValue {
  if (bytes.length > MAX_RAW_COMMITMENT_SIZE_BYTES) throw new RangeError('Raw data is at most 128 bytes');
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return { type: `Raw${bytes.length}`, value: hex };
}
