/**
 * The chain client: an @polkadot/api `ApiPromise` decorated from the node's own metadata at connect
 * time (calls, storage and events are never hand-written), plus the endpoint it talks to. Actions
 * are plain functions `action(client, params)` in ./actions (spec/sdk.md §4).
 */
import type { ApiPromise } from '@polkadot/api';
import { ConnectionError } from './errors.js';

/** Well-known network names (spec/sdk.md §4.1); anything else must be a ws(s):// URL. */
export const NETWORKS: Readonly<Record<string, string>> = {
  local: 'ws://127.0.0.1:9944',
  finney: 'wss://entrypoint-finney.opentensor.ai:443',
  test: 'wss://test.finney.opentensor.ai:443',
  archive: 'wss://archive.chain.opentensor.ai:443',
};

/** A network name or URL → a ws(s):// URL (bare `host:port` gets ws://). */
export function resolveEndpoint(networkOrUrl: string): string {
  const named = NETWORKS[networkOrUrl];
  if (named) return named;
  if (/^wss?:\/\//.test(networkOrUrl)) return networkOrUrl;
  if (/^https?:\/\//.test(networkOrUrl)) return networkOrUrl.replace(/^http/, 'ws');
  return `ws://${networkOrUrl}`;
}

export interface CreateClientParameters {
  /** ws:// or wss:// endpoint, or a network name (`local`, `finney`, `test`). */
  readonly url: string;
  /** Give up connecting after this long (default 10 s). */
  readonly connectTimeoutMs?: number;
}

export interface TensoriumClient {
  /** The decorated @polkadot/api instance (api.tx / api.query / api.consts from live metadata). */
  readonly api: ApiPromise;
  /** Raw JSON-RPC (runtime API calls and dev_* methods go through it without decoding). */
  request<R = unknown>(method: string, params: readonly unknown[]): Promise<R>;
  readonly url: string;
  disconnect(): Promise<void>;
}

/**
 * Connect to a node and decorate the API from its metadata.
 * @example
 * const client = await createClient({ url: 'ws://127.0.0.1:9944' });
 * const free = await getBalance(client, { address: '5Grw…' });
 * await client.disconnect();
 */
export async function createClient(params: CreateClientParameters): Promise<TensoriumClient> {
  const url = resolveEndpoint(params.url);
  const timeoutMs = params.connectTimeoutMs ?? 10_000;
  // loaded on first connect: keeps key-only tools (wallet commands) from paying @polkadot/api's import
  const { ApiPromise, WsProvider } = await import('@polkadot/api');
  const provider = new WsProvider(url, false, undefined, timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      provider.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const api = await Promise.race([
      ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true, throwOnUnknown: false }),
      new Promise<never>((_, reject) => {
        provider.on('error', (e: unknown) => reject(e instanceof Error ? e : new Error('websocket error')));
        provider.on('disconnected', () => reject(new Error('disconnected')));
      }),
    ]);
    return {
      api,
      url,
      request: <R>(method: string, rpcParams: readonly unknown[]) => provider.send<R>(method, [...rpcParams]),
      disconnect: async () => {
        await api.disconnect().catch(() => undefined);
      },
    };
  } catch (e) {
    await provider.disconnect().catch(() => undefined);
    throw new ConnectionError(url, e);
  } finally {
    if (timer) clearTimeout(timer);
  }
}
