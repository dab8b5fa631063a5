/**
 * JSON-RPC 2.0 over HTTP (POST) and WebSocket on one port. Methods are plain functions of their
 * params; WebSocket connections can open subscriptions (notifications are sent as
 * `{ method, params: { subscription, result } }`). Any malformed request gets a JSON-RPC error;
 * a handler's exception never reaches the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export const ErrorCode = { Parse: -32700, InvalidRequest: -32600, MethodNotFound: -32601, InvalidParams: -32602, Internal: -32603, TooManySubscriptions: -32006 } as const;

/**
 * Limits enforced by the server (documented in docs/node-limits.md):
 * - a request body (HTTP) or message (WebSocket) of at most `DEFAULT_MAX_REQUEST_BYTES`
 *   (HTTP answers 413 beyond it; a WebSocket closes with 1009);
 * - at most `DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION` open subscriptions per WebSocket, as
 *   Substrate's `--rpc-max-subscriptions-per-connection` default (error -32006 beyond it);
 * - at most `DEFAULT_MAX_CONNECTIONS` WebSocket connections (closed with 1013 beyond it).
 */
export const DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION = 1024;
export const DEFAULT_MAX_CONNECTIONS = 1000;

/** Per-connection context of a call. */
export interface CallContext {
  /** Whether the connection supports subscriptions (WebSocket). */
  readonly canSubscribe: boolean;
  /**
   * Open a subscription: `start(emit)` returns its cleanup; the id is returned to the caller. The
   * notification method name is fixed per subscription.
   */
  subscribe(notification: string, start: (emit: (result: unknown) => void, id: string) => () => void): string;
  unsubscribe(id: string): boolean;
}

export type Handler = (params: readonly unknown[], ctx: CallContext) => unknown;

export interface RpcServerOptions {
  readonly port: number;
  readonly host?: string;
  /** Access-Control-Allow-Origin: '*' or a list; default '*'. */
  readonly cors?: string;
  readonly maxConnections?: number;
  readonly maxSubscriptionsPerConnection?: number;
  readonly maxRequestBytes?: number;
  readonly onCall?: (method: string, ms: number, ok: boolean) => void;
}

interface JsonRequest {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

let subCounter = 0;
function newSubId(): string {
  subCounter++;
  return Math.random().toString(36).slice(2, 10) + subCounter.toString(36);
}

export class RpcServer {
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private closing = false;

  constructor(
    private readonly methods: ReadonlyMap<string, Handler>,
    private readonly opts: RpcServerOptions,
  ) {
    this.http = createServer((req, res) => this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.http, maxPayload: opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES });
    this.wss.on('connection', (ws) => this.onWs(ws));
    this.wss.on('error', () => undefined);
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.opts.port, this.opts.host ?? '127.0.0.1', () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    return (this.http.address() as AddressInfo).port;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  private cors(res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', this.opts.cors ?? '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  }

  private onHttp(req: IncomingMessage, res: ServerResponse): void {
    this.cors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && (req.url === '/health' || req.url === '/')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ isSyncing: false, peers: 0, shouldHavePeers: false }));
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const max = this.opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      if (tooBig) return; // drain the rest so the client reads the answer
      size += c.length;
      if (size > max) {
        tooBig = true;
        chunks.length = 0;
        const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32007, message: `Request is too big: at most ${max} bytes` } });
        res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(body);
        return;
      }
      chunks.push(c);
    });
    req.on('error', () => undefined);
    req.on('end', () => {
      if (size > max) return;
      const ctx: CallContext = {
        canSubscribe: false,
        subscribe: () => {
          throw new RpcError(ErrorCode.MethodNotFound, 'Subscriptions are not available on this transport.');
        },
        unsubscribe: () => false,
      };
      void this.handleText(Buffer.concat(chunks).toString('utf8'), ctx).then((out) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(out ?? '');
      });
    });
  }

  private onWs(ws: WebSocket): void {
    if (this.closing || this.sockets.size >= (this.opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS)) {
      ws.close(1013, 'too many connections');
      return;
    }
    this.sockets.add(ws);
    const subs = new Map<string, () => void>();
    const maxSubs = this.opts.maxSubscriptionsPerConnection ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION;
    const send = (o: unknown): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(o, jsonReplacer));
    };
    const ctx: CallContext = {
      canSubscribe: true,
      subscribe: (notification, start) => {
        if (subs.size >= maxSubs) throw new RpcError(ErrorCode.TooManySubscriptions, 'Too many subscriptions on the connection', `Exceeded max limit of ${maxSubs}`);
        const id = newSubId();
        let active = true;
        // emits scheduled after the subscription id has been returned
        const emit = (result: unknown): void => {
          if (active) setImmediate(() => active && send({ jsonrpc: '2.0', method: notification, params: { subscription: id, result } }));
        };
        const stop = start(emit, id);
        if (ws.readyState !== WebSocket.OPEN) {
          // the connection closed while an async handler ran: nothing will ever unsubscribe
          active = false;
          stop();
          return id;
        }
        subs.set(id, () => {
          active = false;
          stop();
        });
        return id;
      },
      unsubscribe: (id) => {
        const stop = subs.get(id);
        if (!stop) return false;
        subs.delete(id);
        stop();
        return true;
      },
    };
    ws.on('message', (data) => {
      void this.handleText(data.toString(), ctx).then((out) => {
        if (out !== undefined && ws.readyState === WebSocket.OPEN) ws.send(out);
      });
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      this.sockets.delete(ws);
      for (const stop of subs.values()) {
        try {
          stop();
        } catch {
          // ignore
        }
      }
      subs.clear();
    });
  }

  /** Handle one JSON text (single request or batch); undefined = nothing to send. */
  async handleText(text: string, ctx: CallContext): Promise<string | undefined> {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: ErrorCode.Parse, message: 'Parse error' } });
    }
    if (Array.isArray(msg)) {
      if (msg.length === 0) return JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: ErrorCode.InvalidRequest, message: 'Invalid request' } });
      const outs = (await Promise.all(msg.map((m) => this.handleOne(m, ctx)))).filter((x) => x !== undefined);
      return outs.length ? JSON.stringify(outs, jsonReplacer) : undefined;
    }
    const out = await this.handleOne(msg, ctx);
    return out === undefined ? undefined : JSON.stringify(out, jsonReplacer);
  }

  private async handleOne(m: unknown, ctx: CallContext): Promise<object | undefined> {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return { jsonrpc: '2.0', id: null, error: { code: ErrorCode.InvalidRequest, message: 'Invalid request' } };
    const req = m as JsonRequest;
    const id = typeof req.id === 'string' || typeof req.id === 'number' || req.id === null ? req.id : undefined;
    const isNotification = !('id' in req);
    if (req.jsonrpc !== '2.0' || typeof req.method !== 'string' || (!isNotification && id === undefined)) {
      return { jsonrpc: '2.0', id: id ?? null, error: { code: ErrorCode.InvalidRequest, message: 'Invalid request' } };
    }
    const handler = this.methods.get(req.method);
    if (!handler) return isNotification ? undefined : { jsonrpc: '2.0', id, error: { code: ErrorCode.MethodNotFound, message: 'Method not found' } };
    const params = req.params === undefined ? [] : Array.isArray(req.params) ? req.params : undefined;
    if (!params) return { jsonrpc: '2.0', id, error: { code: ErrorCode.InvalidParams, message: 'Invalid params', data: 'params must be an array' } };
    const t0 = performance.now();
    try {
      const result = await handler(params, ctx);
      this.opts.onCall?.(req.method, performance.now() - t0, true);
      return isNotification ? undefined : { jsonrpc: '2.0', id, result: result === undefined ? null : result };
    } catch (e) {
      this.opts.onCall?.(req.method, performance.now() - t0, false);
      if (isNotification) return undefined;
      if (e instanceof RpcError) return { jsonrpc: '2.0', id, error: e.data === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, data: e.data } };
      return { jsonrpc: '2.0', id, error: { code: ErrorCode.Internal, message: 'Internal error', data: (e as Error)?.message ?? String(e) } };
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((r) => this.wss.close(() => r()));
    await new Promise<void>((r) => {
      this.http.close(() => r());
      this.http.closeAllConnections?.();
    });
  }
}

/** JSON.stringify replacer: bigints as numbers when safe, else decimal strings. */
export function jsonReplacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  return v;
}
