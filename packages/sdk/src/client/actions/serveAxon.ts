import { isIPv4, isIPv6 } from 'node:net';
import type { TensoriumClient } from '../client.js';
import { ParameterError, type ChainError, type TransactionError } from '../errors.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface ServeAxonParameters extends TxParameters {
  /** Signed by the neuron's hotkey. */
  readonly netuid: number;
  /** IPv4 or IPv6 address as text. */
  readonly ip: string;
  readonly port: number;
  /** Protocol id (default 4, as bittensor sends). */
  readonly protocol?: number;
  /** Axon version (default 0). */
  readonly version?: number;
}
export type ServeAxonReturnType = TxResult;
export type ServeAxonErrorType = ChainError | TransactionError | ParameterError;

/** Text IP → (u128, ip_type 4|6). */
export function ipToInt(ip: string): { ip: bigint; ipType: 4 | 6 } {
  if (isIPv4(ip)) return { ip: ip.split('.').reduce((a, o) => (a << 8n) + BigInt(Number(o)), 0n), ipType: 4 };
  if (isIPv6(ip)) {
    const [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return { ip: groups.reduce((a, g) => (a << 16n) + BigInt(parseInt(g || '0', 16)), 0n), ipType: 6 };
  }
  throw new ParameterError(`"${ip}" is not an IPv4 or IPv6 address`, { ip });
}

/**
 * Publish the axon endpoint of the signing hotkey on a subnet. Chain call:
 * `SubtensorModule.serve_axon(netuid, version, ip u128, port, ip_type, protocol, placeholder1, placeholder2)`.
 * @example
 * await serveAxon(client, { signer: hotkey, netuid: 1, ip: '203.0.113.7', port: 8091 });
 */
export async function serveAxon(client: TensoriumClient, params: ServeAxonParameters): Promise<ServeAxonReturnType> {
  assertNetuid(params.netuid);
  if (!Number.isInteger(params.port) || params.port < 1 || params.port > 65_535) throw new ParameterError(`port ${params.port} is not valid`, { port: params.port });
  const { ip, ipType } = ipToInt(params.ip);
  const call = client.api.tx.subtensorModule.serveAxon(params.netuid, params.version ?? 0, ip, params.port, ipType, params.protocol ?? 4, 0, 0);
  return submitCall(client, call, params);
}
