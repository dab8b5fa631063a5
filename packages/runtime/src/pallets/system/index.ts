/**
 * frame_system: accounts (nonce and balances, the storage layout Substrate clients expect),
 * block number and parent hash, and the extrinsic outcome events.
 */
import { T, blake2_256, bytesToHex } from '@tensorium/primitives';
import { call, definePallet, emit, ensureSigned } from '../../frame/pallet.js';
import { palletErrors } from '../../frame/errors.js';
import { key, palletStorage } from '../../frame/storage.js';
import { AccountInfoType, DispatchErrorType, DispatchInfo, type AccountInfoValue } from '../../types.js';

export const PALLET = 'System';
const S = palletStorage(PALLET);

export const EMPTY_ACCOUNT: AccountInfoValue = Object.freeze({
  nonce: 0,
  consumers: 0,
  providers: 0,
  sufficients: 0,
  data: Object.freeze({ free: 0n, reserved: 0n, frozen: 0n, flags: 0n }),
});

export const storage = {
  Account: S.map<string, AccountInfoValue>('Account', key.blake2(T.accountId), AccountInfoType, { default: EMPTY_ACCOUNT, docs: 'The full account information for a particular account ID.' }),
  Number: S.value<number>('Number', T.u32, { default: 0, docs: 'The current block number being processed.' }),
  ParentHash: S.value<string>('ParentHash', T.h256, { default: '00'.repeat(32), docs: 'Hash of the previous block.' }),
  BlockHash: S.map<number, string>('BlockHash', key.twox64(T.u32), T.h256, { default: '00'.repeat(32), docs: 'Map of block numbers to block hashes.' }),
  ExtrinsicCount: S.value<number>('ExtrinsicCount', T.u32, { optional: true, docs: 'Total extrinsics count for the current block.' }),
};

export const errors = palletErrors(PALLET, [
  'InvalidSpecName',
  'SpecVersionNeedsToIncrease',
  'FailedToExtractRuntimeVersion',
  'NonDefaultComposite',
  'NonZeroRefCount',
  'CallFiltered',
  'MultiBlockMigrationsOngoing',
  'NothingAuthorized',
  'Unauthorized',
] as const);

export const system = definePallet({
  name: PALLET,
  index: 0,
  docs: 'Accounts, block number and extrinsic outcome events.',
  storage: Object.values(storage),
  errors,
  calls: {
    remark: call<{ remark: Uint8Array }>({
      index: 0,
      args: [['remark', T.bytes]],
      weight: 1_000_000n,
      docs: 'Make some on-chain remark.',
      fn: (ctx) => {
        ensureSigned(ctx.origin);
      },
    }),
    remark_with_event: call<{ remark: Uint8Array }>({
      index: 7,
      args: [['remark', T.bytes]],
      weight: 5_000_000n,
      docs: 'Make some on-chain remark and emit an event.',
      fn: (ctx, a) => {
        const who = ensureSigned(ctx.origin);
        emit(ctx, PALLET, 'Remarked', who, bytesToHex(blake2_256(a.remark)));
      },
    }),
  },
  events: {
    ExtrinsicSuccess: { fields: [['dispatch_info', DispatchInfo]], docs: 'An extrinsic completed successfully.' },
    ExtrinsicFailed: {
      fields: [
        ['dispatch_error', DispatchErrorType],
        ['dispatch_info', DispatchInfo],
      ],
      docs: 'An extrinsic failed.',
    },
    CodeUpdated: { fields: [], docs: '`:code` was updated.' },
    NewAccount: { fields: [['account', T.accountId]], docs: 'A new account was created.' },
    KilledAccount: { fields: [['account', T.accountId]], docs: 'An account was reaped.' },
    Remarked: {
      fields: [
        ['sender', T.accountId],
        ['hash', T.h256],
      ],
      docs: 'On on-chain remark happened.',
    },
  },
});

