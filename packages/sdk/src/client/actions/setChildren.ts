import type { TensoriumClient } from '../client.js';
import { ParameterError, type ChainError, type TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid, toSs58 } from '../util.js';

const U64_MAX = (1n << 64n) - 1n;

export interface ChildKey {
  /** Child hotkey (SS58). */
  readonly hotkey: string;
  /** Share of the parent's stake as a fraction in [0, 1] (→ u64: fraction × u64::MAX). */
  readonly proportion: number;
}
export interface SetChildrenParameters extends TxParameters {
  /** Parent hotkey (owned by the signing coldkey). */
  readonly hotkey: string;
  readonly netuid: number;
  /** The full new child list (empty = revoke all). */
  readonly children: readonly ChildKey[];
}
export type SetChildrenReturnType = TxResult;
export type SetChildrenErrorType = ChainError | TransactionError | ParameterError;

/** Fraction → u64 proportion, exactly for 0 and 1. */
export function proportionToU64(p: number): bigint {
  if (!(p >= 0 && p <= 1)) throw new ParameterError(`proportion ${p} must be in [0, 1]`, { proportion: p });
  if (p === 1) return U64_MAX;
  return (BigInt(Math.round(p * 1e9)) * U64_MAX) / 1_000_000_000n;
}

/**
 * Schedule a parent hotkey's child keys on a subnet (applied after the pending cooldown). Chain
 * call: `SubtensorModule.set_children(hotkey, netuid, children: Vec<(u64 proportion, child)>)`.
 * @example
 * await setChildren(client, { signer: coldkey, hotkey: parent, netuid: 1, children: [{ hotkey: child, proportion: 0.5 }] });
 */
export async function setChildren(client: TensoriumClient, params: SetChildrenParameters): Promise<SetChildrenReturnType> {
  assertNetuid(params.netuid);
  const children = params.children.map((c) => [proportionToU64(c.proportion), toSs58(c.hotkey, 'child')] as [bigint, string]);
  const total = children.reduce((s, [p]) => s + p, 0n);
  if (total > U64_MAX) throw new ParameterError('children proportions sum above 1', { total: String(total) });
  return submitCall(client, client.api.tx.subtensorModule.setChildren(toSs58(params.hotkey, 'hotkey'), params.netuid, children), params);
}
