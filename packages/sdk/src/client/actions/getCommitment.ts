import { hexToU8a } from '@polkadot/util';
import type { TensoriumClient } from '../client.js';
import type { ParameterError } from '../errors.js';
import { assertNetuid, toSs58 } from '../util.js';

export interface GetCommitmentParameters {
  readonly netuid: number;
  readonly hotkey: string;
}
export interface GetCommitmentReturnType {
  /** Block of the commitment. */
  readonly block: number;
  /** Raw field payloads, concatenated, decoded as UTF-8. */
  readonly data: string;
  /** Raw field payloads as 0x-hex. */
  readonly fields: readonly string[];
}
export type GetCommitmentErrorType = ParameterError;

/**
 * A hotkey's plain commitment on a subnet, or undefined. Storage: `Commitments.CommitmentOf(netuid, hotkey)`.
 * @example
 * const c = await getCommitment(client, { netuid: 1, hotkey: '5F…' }); // c?.data
 */
export async function getCommitment(client: TensoriumClient, params: GetCommitmentParameters): Promise<GetCommitmentReturnType | undefined> {
  assertNetuid(params.netuid);
  const v = (await client.api.query.commitments.commitmentOf(params.netuid, toSs58(params.hotkey, 'hotkey'))) as unknown as { isNone: boolean; unwrap(): { block: { toNumber(): number }; info: { fields: { toJSON(): unknown }[] } } };
  if (v.isNone) return undefined;
  const reg = v.unwrap();
  const fields: string[] = [];
  for (const f of reg.info.fields) {
    const j = f.toJSON() as Record<string, unknown> | string;
    if (j && typeof j === 'object') {
      const [k, val] = Object.entries(j)[0] ?? [];
      if (k && /^raw\d+$/i.test(k) && typeof val === 'string') fields.push(val);
    }
  }
  const data = new TextDecoder().decode(Uint8Array.from(fields.flatMap((h) => [...hexToU8a(h)])));
  return { block: reg.block.toNumber(), data, fields };
}
