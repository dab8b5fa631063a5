/** Chain type descriptors shared by several pallets (names as in subtensor's metadata). */
import { T } from '@tensorium/primitives';

export const NetUid = T.alias('NetUid', T.u16);
export const MechId = T.alias('MechId', T.u8);
export const TaoBalance = T.alias('TaoBalance', T.u64);
export const AlphaBalance = T.alias('AlphaBalance', T.u64);
export const Balance = T.u64;

export const MultiAddress = T.enum(
  'MultiAddress',
  [
    { name: 'Id', fields: [T.accountId] },
    { name: 'Index', fields: [T.compact(T.u32)] },
    { name: 'Raw', fields: [T.bytes] },
    { name: 'Address32', fields: [T.byteArray(32)] },
    { name: 'Address20', fields: [T.byteArray(20)] },
  ],
  ['sp_runtime', 'multiaddress', 'MultiAddress'],
);

export const AccountData = T.struct('AccountData', { free: T.u64, reserved: T.u64, frozen: T.u64, flags: T.u128 }, ['pallet_balances', 'types', 'AccountData']);
export const AccountInfoType = T.struct(
  'AccountInfo',
  { nonce: T.u32, consumers: T.u32, providers: T.u32, sufficients: T.u32, data: AccountData },
  ['frame_system', 'AccountInfo'],
);

export interface AccountDataValue {
  readonly free: bigint;
  readonly reserved: bigint;
  readonly frozen: bigint;
  readonly flags: bigint;
}

export interface AccountInfoValue {
  readonly nonce: number;
  readonly consumers: number;
  readonly providers: number;
  readonly sufficients: number;
  readonly data: AccountDataValue;
}

export const Weight = T.struct('Weight', { ref_time: T.compact(T.u64), proof_size: T.compact(T.u64) }, ['sp_weights', 'weight_v2', 'Weight']);
export const DispatchClassType = T.enum('DispatchClass', ['Normal', 'Operational', 'Mandatory'], ['frame_support', 'dispatch', 'DispatchClass']);
export const PaysType = T.enum('Pays', ['Yes', 'No'], ['frame_support', 'dispatch', 'Pays']);
export const DispatchInfo = T.struct('DispatchInfo', { weight: Weight, class: DispatchClassType, pays_fee: PaysType }, ['frame_support', 'dispatch', 'DispatchInfo']);

export const ModuleErrorType = T.struct('ModuleError', { index: T.u8, error: T.byteArray(4) }, ['sp_runtime', 'ModuleError']);
export const TokenErrorType = T.enum(
  'TokenError',
  ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked'],
  ['sp_runtime', 'TokenError'],
);
export const ArithmeticErrorType = T.enum('ArithmeticError', ['Underflow', 'Overflow', 'DivisionByZero'], ['sp_arithmetic', 'ArithmeticError']);
export const TransactionalErrorType = T.enum('TransactionalError', ['LimitReached', 'NoLayer'], ['sp_runtime', 'TransactionalError']);
export const DispatchErrorType = T.enum(
  'DispatchError',
  [
    'Other',
    'CannotLookup',
    'BadOrigin',
    { name: 'Module', fields: [ModuleErrorType] },
    'ConsumerRemaining',
    'NoProviders',
    'TooManyConsumers',
    { name: 'Token', fields: [TokenErrorType] },
    { name: 'Arithmetic', fields: [ArithmeticErrorType] },
    { name: 'Transactional', fields: [TransactionalErrorType] },
    'Exhausted',
    'Corruption',
    'Unavailable',
    'RootNotAllowed',
  ],
  ['sp_runtime', 'DispatchError'],
);
