import { u8aToHex } from '@polkadot/util';
import type { TensoriumClient } from '../client.js';
import { ParameterError, type ChainError, type TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface SetCommitmentParameters extends TxParameters {
  /** Signed by a hotkey registered on the subnet. */
  readonly netuid: number;
  /** Up to 128 bytes (text is UTF-8 encoded). */
  readonly data: string | Uint8Array;
}
export type SetCommitmentReturnType = TxResult;
export type SetCommitmentErrorType = ChainError | TransactionError | ParameterError;

/**
 * Publish a plain commitment (one `Raw<len>` field). Chain call:
 * `Commitments.set_commitment(netuid, info = { fields: [Raw<len>(bytes)] })`.
 * @example
 * await setCommitment(client, { signer: hotkey, netuid: 1, data: 'https://example.org/model' });
 */
export async function setCommitment(client: TensoriumClient, params: SetCommitmentParameters): Promise<SetCommitmentReturnType> {
  assertNetuid(params.netuid);
  const bytes = typeof params.data === 'string' ? new TextEncoder().encode(params.data) : params.data;
  if (bytes.length > 128) throw new ParameterError(`commitment is ${bytes.length} bytes; at most 128`, { length: bytes.length });
  const info = { fields: [{ [`Raw${bytes.length}`]: u8aToHex(bytes) }] };
  return submitCall(client, client.api.tx.commitments.setCommitment(params.netuid, info), params);
}
