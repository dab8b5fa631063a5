/** AdminUtils storage and its own types (pallets/admin-utils/src/lib.rs). */
import { T, type EnumValue } from '@tensorium/primitives';
import { key, palletStorage } from '../../frame/storage.js';
import { PALLET } from './errors.js';

/** `PrecompileEnum`, in declaration order. */
export const PRECOMPILES = [
  'BalanceTransfer',
  'Staking',
  'Subnet',
  'Metagraph',
  'Neuron',
  'UidLookup',
  'Alpha',
  'Crowdloan',
  'Proxy',
  'Leasing',
  'AddressMapping',
  'VotingPower',
] as const;
export type Precompile = (typeof PRECOMPILES)[number];
export const PrecompileEnum = T.enum('PrecompileEnum', [...PRECOMPILES], ['pallet_admin_utils', 'pallet', 'PrecompileEnum']);

const S = palletStorage(PALLET);

export const storage = {
  PrecompileEnable: S.map<EnumValue, boolean>('PrecompileEnable', key.blake2(PrecompileEnum), T.bool, {
    default: true,
    docs: 'Map PrecompileEnum --> enabled',
  }),
};
