import type { TensoriumClient } from '../client.js';
import { ParameterError, type ChainError, type TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { num, toSs58 } from '../util.js';

export interface SetDelegateTakeParameters extends TxParameters {
  readonly hotkey: string;
  /** Take as a fraction in [0, 1] (converted to u16: round(take × 65535)). */
  readonly take: number;
}
export interface SetDelegateTakeReturnType extends TxResult {
  /** Which call was used. */
  readonly call: 'increase_take' | 'decrease_take' | 'unchanged';
  readonly takeU16: number;
}
export type SetDelegateTakeErrorType = ChainError | TransactionError | ParameterError;

/**
 * Set a hotkey's delegate take; the direction picks the call. Storage read: `SubtensorModule.Delegates(hotkey)`;
 * chain calls: `SubtensorModule.increase_take(hotkey, take)` / `decrease_take(hotkey, take)` (u16).
 * @example
 * await setDelegateTake(client, { signer: coldkey, hotkey, take: 0.09 });
 */
export async function setDelegateTake(client: TensoriumClient, params: SetDelegateTakeParameters): Promise<SetDelegateTakeReturnType> {
  if (!(params.take >= 0 && params.take <= 1)) throw new ParameterError(`take ${params.take} must be a fraction in [0, 1]`, { take: params.take });
  const hotkey = toSs58(params.hotkey, 'hotkey');
  const takeU16 = Math.round(params.take * 65_535);
  const current = num(await client.api.query.subtensorModule.delegates(hotkey));
  const tx = client.api.tx.subtensorModule;
  if (takeU16 === current) throw new ParameterError(`take is already ${takeU16}/65535`, { take: takeU16 }, 'choose a different take');
  const call = takeU16 > current ? 'increase_take' : 'decrease_take';
  const r = await submitCall(client, call === 'increase_take' ? tx.increaseTake(hotkey, takeU16) : tx.decreaseTake(hotkey, takeU16), params);
  return { ...r, call, takeU16 };
}
