/** AdminUtils errors in on-chain order (pallets/admin-utils/src/lib.rs `Error<T>`). */
import { palletErrors } from '../../frame/errors.js';

export const PALLET = 'AdminUtils';

export const errors = palletErrors(PALLET, [
  'SubnetDoesNotExist',
  'MaxValidatorsLargerThanMaxUIds',
  'MaxAllowedUIdsLessThanCurrentUIds',
  'BondsMovingAverageMaxReached',
  'NegativeSigmoidSteepness',
  'ValueNotInBounds',
  'MinAllowedUidsGreaterThanCurrentUids',
  'MinAllowedUidsGreaterThanMaxAllowedUids',
  'MaxAllowedUidsLessThanMinAllowedUids',
  'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids',
  'InvalidValue',
  'NotPermittedOnRootSubnet',
  'POWRegistrationDisabled',
  'Deprecated',
] as const);
