/**
 * Subtensor's custom runtime APIs through `state_call` (spec/sdk.md §4.3). The node's metadata
 * does not describe these APIs; their SCALE layouts are shared with the node in
 * @tensorium/runtime/runtimeApiTypes and re-exported here under the SDK's `Raw*` names.
 */
import { u8aToHex, hexToU8a } from '@polkadot/util';
import { decode, encode } from '@tensorium/primitives';
import { RUNTIME_APIS, type RuntimeApiMethod } from '@tensorium/runtime/runtimeApiTypes';
import type { TensoriumClient } from './client.js';
import { TensoriumError } from './errors.js';

export {
  DynamicInfoType,
  MetagraphType,
  RUNTIME_APIS,
  SimSwapResultType,
  StakeInfoType,
  type AxonInfoValue,
  type DynamicInfoValue as RawDynamicInfo,
  type MetagraphValue as RawMetagraph,
  type RuntimeApiMethod,
  type SimSwapResultValue as RawSimSwapResult,
  type StakeInfoValue as RawStakeInfo,
  type SubnetIdentityValue,
} from '@tensorium/runtime/runtimeApiTypes';

/**
 * Call a runtime API method with already-typed arguments and decode its result.
 * `at` pins a block hash (the dev node answers runtime APIs from its head state).
 */
export async function callRuntimeApi(client: TensoriumClient, method: RuntimeApiMethod, args: readonly unknown[], at?: string): Promise<unknown> {
  const spec = RUNTIME_APIS[method];
  const parts = spec.args.map((t, i) => encode(t, args[i]));
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    data.set(p, o);
    o += p.length;
  }
  let raw: string;
  try {
    raw = await client.request<string>('state_call', at === undefined ? [method, u8aToHex(data)] : [method, u8aToHex(data), at]);
  } catch (e) {
    throw new TensoriumError('RUNTIME_API_FAILED', `runtime API ${method} failed: ${(e as Error).message}`, { details: { method }, cause: e });
  }
  return decode(spec.ret, hexToU8a(raw));
}

/** UTF-8 text of a decoded `Vec<u8>` (number list or bytes). */
export function textOf(bytes: readonly number[] | Uint8Array | undefined): string {
  if (!bytes) return '';
  return new TextDecoder().decode(Uint8Array.from(bytes));
}
