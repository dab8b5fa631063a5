/** Turn a dispatch into a `Result<(), DispatchError>` value for events (Sudid, ItemFailed, ...). */
import { DispatchError } from '../../frame/errors.js';
import type { EnumValue } from '@tensorium/primitives';
import { dispatchErrorValue } from '../../frame/runtimeCall.js';

export function dispatchResult(run: () => void): EnumValue {
  try {
    run();
    return { type: 'Ok', value: [] };
  } catch (e) {
    if (e instanceof DispatchError) return { type: 'Err', value: dispatchErrorValue(e) };
    throw e;
  }
}
