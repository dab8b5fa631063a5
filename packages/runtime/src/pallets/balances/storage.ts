/** pallet_balances storage and errors (balances themselves live in System.Account). */
import { T } from '@tensorium/primitives';
import { palletErrors } from '../../frame/errors.js';
import { palletStorage } from '../../frame/storage.js';

export const PALLET = 'Balances';
const S = palletStorage(PALLET);

export const storage = {
  TotalIssuance: S.value<bigint>('TotalIssuance', T.u64, { default: 0n, docs: 'The total units issued in the system.' }),
  InactiveIssuance: S.value<bigint>('InactiveIssuance', T.u64, { default: 0n, docs: 'The total units of outstanding deactivated balance.' }),
};

export const errors = palletErrors(PALLET, [
  'VestingBalance',
  'LiquidityRestrictions',
  'InsufficientBalance',
  'ExistentialDeposit',
  'Expendability',
  'ExistingVestingSchedule',
  'DeadAccount',
  'TooManyReserves',
  'TooManyHolds',
  'TooManyFreezes',
  'IssuanceDeactivated',
  'DeltaZero',
] as const);
