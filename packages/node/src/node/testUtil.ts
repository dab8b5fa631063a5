/** Test helpers: raw JSON-RPC over HTTP and WebSocket. */
import { WebSocket } from 'ws';

export async function httpRpc(port: number, method: string, params: unknown[] = []): Promise<{ result?: unknown; error?: { code: number; message: string; data?: unknown } }> {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
}

export interface WsClient {
  call(method: string, params?: unknown[]): Promise<unknown>;
  /** Resolves with the next `n` notifications of a subscription. */
  next(sub: string, n?: number, timeoutMs?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function wsClient(port: number): Promise<WsClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const notes = new Map<string, unknown[]>();
  const waiters = new Map<string, () => void>();
  ws.on('message', (d) => {
    const msg = JSON.parse(d.toString()) as { id?: number; result?: unknown; error?: { message: string; code: number }; params?: { subscription: string; result: unknown } };
    if (msg.id !== undefined && pending.has(msg.id)) {
      const p = pending.get(msg.id)!;
      pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
    } else if (msg.params) {
      const list = notes.get(msg.params.subscription) ?? [];
      list.push(msg.params.result);
      notes.set(msg.params.subscription, list);
      waiters.get(msg.params.subscription)?.();
    }
  });
  return {
    call: (method, params = []) =>
      new Promise((resolve, reject) => {
        const i = ++id;
        pending.set(i, { resolve, reject });
        ws.send(JSON.stringify({ jsonrpc: '2.0', id: i, method, params }));
      }),
    next: (sub, n = 1, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const list = notes.get(sub) ?? [];
          if (list.length >= n) {
            waiters.delete(sub);
            clearTimeout(timer);
            resolve(list.splice(0, n));
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          waiters.delete(sub);
          reject(new Error(`timeout waiting for ${n} notifications on ${sub}`));
        }, timeoutMs);
        if (!check()) waiters.set(sub, () => void check());
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}
