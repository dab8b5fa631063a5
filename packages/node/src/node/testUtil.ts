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

/** A `tensorium node --dev` process started by a test. */
export interface SpawnedNode {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Start the real command `tensorium node --dev --tmp --rpc-port 0 …extraArgs` (through the CLI's
 * launcher, as a user runs it) and resolve once its "node started" log line names the port.
 */
export async function spawnDevNode(extraArgs: readonly string[] = []): Promise<SpawnedNode> {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const bin = fileURLToPath(new URL('../../../cli/bin/tensorium.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin, 'node', '--dev', '--tmp', '--rpc-port', '0', '--log-level', 'info', ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('tensorium node did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`tensorium node exited with ${code} before starting`)));
    // the node logs JSON lines on stderr
    child.stderr.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          const rec = JSON.parse(line) as { msg?: string; port?: number };
          if (rec.msg === 'node started' && typeof rec.port === 'number') {
            clearTimeout(timer);
            resolve(rec.port);
          }
        } catch {
          // not a log line
        }
      }
    });
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  child.stderr.resume();
  return { port, url: `ws://127.0.0.1:${port}`, stop };
}
