/**
 * Axon: the miner-side synapse server on fastify (spec/sdk.md §1, §2.1–2.3), wire-compatible with
 * Bittensor's Python axon and dendrite, with the holes of §1.11/§9.6 closed.
 *
 * Order of work for `POST /<Synapse>` (everything up to 5 runs on the headers, before the body is read):
 *  1. route: unknown synapse → 404; per-IP rate limit → 429;
 *  2. verification (401): signature required; nonce inside [now − 4 s − timeout, now + skew]; each
 *     (hotkey, uuid, nonce) once (bounded store); sr25519 over
 *     `{nonce}.{dendrite_hotkey}.{our hotkey}.{dendrite_uuid}.{computed_body_hash}`; then the optional
 *     `verify` hook (it adds to, never replaces, the default checks);
 *  3. blacklist (403) — judges the verified hotkey, not a claimed one;
 *  4. per-hotkey rate limit and in-flight limit → 429;
 *  5. the body (size limit → 413; slow senders are cut by the server's headers/request timeouts);
 *  6. body hash recomputed from the parsed fields, body identity must match the signed headers,
 *     request schema (400);
 *  7. priority queue with bounded concurrency (full → 503); the caller's timeout runs from arrival:
 *     at the deadline the handler's AbortSignal fires and the caller gets 408 at once.
 * Handlers see the caller's identity from the signed headers only (`ctx.caller`).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Keypair } from '../wallet/keypair.js';
import { SynapseError } from '../synapse/errors.js';
import { initSynapseCrypto, parseSignatureHex, publicKeyOf, sha3Hex, signMessage, verifyMessage } from '../synapse/crypto.js';
import { needsLosslessParse, parseJsonLossless, stringifyJson } from '../synapse/json.js';
import { NonceStore, nowNs } from '../synapse/nonce.js';
import {
  DEFAULT_TIMEOUT_S,
  PROTOCOL_VERSION,
  bodyHash,
  defineSynapse,
  headerSafe,
  requestMessage,
  responseMessage,
  synapseDump,
  terminalHeaders,
  timeoutHeader,
  type RequestOf,
  type ResponseInputOf,
  type SynapseDefinition,
  type TerminalInfo,
} from '../synapse/synapse.js';
import { PriorityScheduler } from './scheduler.js';
import { InFlight, TokenBuckets, type RateLimit } from './limits.js';
import { VerifyPool } from './verifyPool.js';

/** Identity of the caller, from the signed request headers. */
export interface CallerInfo {
  readonly hotkey: string;
  readonly uuid: string;
  readonly nonce: bigint;
  readonly version: number | undefined;
  /** TCP peer address and port (not the header's claim). */
  readonly ip: string;
  readonly port: number;
}

/** What hooks see before the body is read. */
export interface RequestInfo {
  readonly synapse: string;
  readonly caller: CallerInfo;
  /** The caller's timeout in seconds, capped by `maxTimeoutS`. */
  readonly timeoutS: number;
  readonly headers: IncomingHttpHeaders;
}

export interface SynapseContext extends RequestInfo {
  /** Aborted when the caller's deadline passes (the caller has then been answered 408). */
  readonly signal: AbortSignal;
  /** `performance.now()` at which the deadline passes. */
  readonly deadline: number;
}

/** `true` or `[true, reason]` refuses the caller with 403 "Forbidden. Key is blacklisted: {reason}.". */
export type BlacklistResult = boolean | readonly [boolean, string];

export interface SynapseHooks<D extends SynapseDefinition> {
  readonly blacklist?: (info: RequestInfo) => BlacklistResult | Promise<BlacklistResult>;
  /** Extra verification after the default checks; throw to refuse with 401. */
  readonly verify?: (info: RequestInfo) => void | Promise<void>;
  /** Higher is served first when handlers are busy. */
  readonly priority?: (request: RequestOf<D>, info: RequestInfo) => number | Promise<number>;
}

export interface ForwardHooks<D extends SynapseDefinition> extends SynapseHooks<D> {
  readonly forward: (request: RequestOf<D>, ctx: SynapseContext) => ResponseInputOf<D> | Promise<ResponseInputOf<D>>;
}

export interface StreamHooks<D extends SynapseDefinition> extends SynapseHooks<D> {
  /** Chunks are written raw, as Python's BTStreamingResponse does (status 200, text/event-stream). */
  readonly forward: (request: RequestOf<D>, ctx: SynapseContext) => AsyncIterable<string | Uint8Array>;
}

export interface AxonOptions {
  /** The axon's hotkey: requests must be addressed (signed) to it. */
  readonly keypair: Keypair;
  /** Default 8091 (0 = any free port). */
  readonly port?: number;
  /** Bind address, default '0.0.0.0' ('::' for dual stack). */
  readonly host?: string;
  /** Published address (AxonInfo); defaults to host/port. */
  readonly externalIp?: string;
  readonly externalPort?: number;
  /** Handlers running at once. Default 32. */
  readonly concurrency?: number;
  /** Requests waiting for a handler slot before 503. Default 1024. */
  readonly maxQueue?: number;
  /** Request body limit in bytes → 413. Default 4 MiB. */
  readonly bodyLimit?: number;
  /** Cap on the caller's timeout (seconds) for deadlines and the nonce window. Default 60. */
  readonly maxTimeoutS?: number;
  /** Nonce may be this old beyond the timeout (Python's 4 s). */
  readonly allowedDeltaS?: number;
  /** Nonce may be this far in the future (clock skew). Default 4 s. */
  readonly futureSkewS?: number;
  /** Remembered nonces (≈ 100 bytes each). Default 1,000,000. */
  readonly nonceCapacity?: number;
  readonly rateLimit?: { readonly perHotkey?: RateLimit; readonly perIp?: RateLimit };
  /** In-flight requests per verified hotkey → 429. Default 64. */
  readonly maxInFlightPerHotkey?: number;
  /** Headers must arrive within this (slowloris). Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** The whole request (headers + body) must arrive within this. Default 30 s. */
  readonly requestTimeoutMs?: number;
  readonly keepAliveTimeoutMs?: number;
  readonly maxConnections?: number;
  /** Sign every non-streaming response (`bt_header_axon_response_signature`). Default false. */
  readonly signResponses?: boolean;
  /** A handler that ignores its AbortSignal keeps its slot at most this long after the deadline. Default 1000 ms. */
  readonly abortGraceMs?: number;
  /**
   * Verify signatures on this many worker threads (0 = on the event loop). sr25519 verification is the
   * main CPU cost of an axon (~0.4 ms each); workers let it use more cores. Default 0.
   */
  readonly verifyWorkers?: number;
  /** Called for handler failures (500) and other unexpected errors. */
  readonly onError?: (error: unknown, synapse: string | undefined) => void;
}

export interface AxonInfo {
  readonly ip: string;
  readonly port: number;
  readonly hotkey: string;
  readonly version: number;
  /** AxonInfo.protocol on chain. */
  readonly protocol: 4;
}

export interface AxonStats {
  received: number;
  served: number;
  /** Refusals and failures by HTTP status. */
  readonly byStatus: Record<number, number>;
}

interface Route {
  readonly def: SynapseDefinition;
  readonly hooks: ForwardHooks<SynapseDefinition> | StreamHooks<SynapseDefinition>;
}

interface RequestState {
  readonly t0: number;
  readonly route?: Route;
  readonly info?: RequestInfo;
  readonly signature?: string;
  readonly computedBodyHash?: string;
  readonly axonNonce: bigint;
}

/** The base `Synapse` route every Python axon serves (ping; echoes the request). */
export const PingSynapse = defineSynapse({ name: 'Synapse', request: z.object({}), response: z.object({}) });

/**
 * @example
 * const axon = new Axon({ keypair: wallet.hotkey, port: 8091, concurrency: 16 });
 * axon.attach(Dummy, {
 *   blacklist: ({ caller }) => (registered.has(caller.hotkey) ? false : [true, 'Unrecognized hotkey']),
 *   priority: (_req, { caller }) => stakeOf(caller.hotkey),
 *   forward: async (req, { signal }) => ({ dummy_output: await compute(req.dummy_input, signal) }),
 * });
 * await axon.start();            // … await axon.stop();
 */
export class Axon {
  readonly uuid = randomUUID();
  readonly stats: AxonStats = { received: 0, served: 0, byStatus: {} };
  private readonly routes = new Map<string, Route>();
  private readonly nonces: NonceStore;
  private readonly scheduler: PriorityScheduler;
  private readonly ipBuckets?: TokenBuckets;
  private readonly hotkeyBuckets?: TokenBuckets;
  private readonly inFlight: InFlight;
  private readonly states = new WeakMap<FastifyRequest, RequestState>();
  private readonly o: Required<Omit<AxonOptions, 'rateLimit' | 'externalIp' | 'externalPort' | 'maxConnections' | 'onError' | 'verifyWorkers'>> & AxonOptions;
  private app: FastifyInstance | undefined;
  private pool: VerifyPool | undefined;
  private boundPort = 0;

  constructor(options: AxonOptions) {
    this.o = {
      port: 8091,
      host: '0.0.0.0',
      concurrency: 32,
      maxQueue: 1024,
      bodyLimit: 4 * 1024 * 1024,
      maxTimeoutS: 60,
      allowedDeltaS: 4,
      futureSkewS: 4,
      nonceCapacity: 1_000_000,
      maxInFlightPerHotkey: 64,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      signResponses: false,
      abortGraceMs: 1000,
      ...options,
    };
    if (!options.keypair.hasPrivateKey && this.o.signResponses) throw new SynapseError('INVALID_DEFINITION', 'signResponses needs a keypair with a private key');
    this.nonces = new NonceStore(
      { allowedDeltaNs: BigInt(Math.round(this.o.allowedDeltaS * 1e9)), futureSkewNs: BigInt(Math.round(this.o.futureSkewS * 1e9)), maxTimeoutS: this.o.maxTimeoutS },
      this.o.nonceCapacity,
    );
    this.scheduler = new PriorityScheduler(this.o.concurrency, this.o.maxQueue);
    if (options.rateLimit?.perIp) this.ipBuckets = new TokenBuckets(options.rateLimit.perIp);
    if (options.rateLimit?.perHotkey) this.hotkeyBuckets = new TokenBuckets(options.rateLimit.perHotkey);
    this.inFlight = new InFlight(this.o.maxInFlightPerHotkey);
    this.attach(PingSynapse, { forward: () => ({}) });
  }

  get hotkey(): string {
    return this.o.keypair.ss58Address;
  }
  /** The bound port once started. */
  get port(): number {
    return this.boundPort;
  }
  get queued(): number {
    return this.scheduler.queued;
  }
  get running(): number {
    return this.scheduler.active;
  }

  info(): AxonInfo {
    const host = this.o.host === '0.0.0.0' || this.o.host === '::' ? '127.0.0.1' : this.o.host;
    return { ip: this.o.externalIp ?? host, port: this.o.externalPort ?? this.boundPort, hotkey: this.hotkey, version: PROTOCOL_VERSION, protocol: 4 };
  }

  /** Serve a synapse. Re-attaching a name replaces it. */
  attach<D extends SynapseDefinition>(def: D, hooks: ForwardHooks<D>): this {
    if (def.streaming) throw new SynapseError('INVALID_DEFINITION', `${def.name} is a streaming synapse: use attachStream`, { name: def.name });
    this.routes.set(def.name, { def, hooks: hooks as unknown as ForwardHooks<SynapseDefinition> });
    return this;
  }

  /** Serve a streaming synapse. */
  attachStream<D extends SynapseDefinition>(def: D, hooks: StreamHooks<D>): this {
    this.routes.set(def.name, { def, hooks: hooks as unknown as StreamHooks<SynapseDefinition> });
    return this;
  }

  async start(): Promise<this> {
    if (this.app) return this;
    await initSynapseCrypto();
    const o = this.o;
    if (o.verifyWorkers && o.verifyWorkers > 0) this.pool = await VerifyPool.start(o.verifyWorkers);
    const app = Fastify({
      logger: false,
      bodyLimit: o.bodyLimit,
      forceCloseConnections: true,
      return503OnClosing: true,
      serverFactory: (handler) => {
        const server: Server = createServer(
          {
            headersTimeout: o.headersTimeoutMs,
            requestTimeout: Math.max(o.requestTimeoutMs, o.headersTimeoutMs),
            keepAliveTimeout: o.keepAliveTimeoutMs,
            // how often node checks the two timeouts above (its default, 30 s, lets a slowloris sit that long)
            connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(o.headersTimeoutMs / 4))),
          },
          handler,
        );
        if (o.maxConnections) server.maxConnections = o.maxConnections;
        return server;
      },
    });
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
      const st = this.states.get(req) ?? { t0: performance.now(), axonNonce: nowNs() };
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
        return this.reject(reply, st, 413, `Payload too large: the body limit is ${o.bodyLimit} bytes`);
      }
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return this.reject(reply, st, err.statusCode, headerSafe(err.message));
      return this.internal(reply, st, err);
    });
    app.setNotFoundHandler((req, reply) => {
      const name = req.url.split('?')[0].split('/')[1] ?? '';
      return this.reject(reply, { t0: performance.now(), axonNonce: nowNs() }, 404, this.unknownMessage(name));
    });
    app.route({
      method: ['GET', 'POST'],
      url: '/*',
      onRequest: async (req, reply) => this.onRequest(req, reply),
      handler: async (req, reply) => this.handle(req, reply),
    });
    await app.listen({ port: o.port, host: o.host });
    const addr = app.server.address();
    this.boundPort = typeof addr === 'object' && addr ? addr.port : o.port;
    this.app = app;
    return this;
  }

  async stop(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    if (app) await app.close();
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await pool.close();
  }

  // ------------------------------------------------------------------------------------ stages 1-4

  private unknownMessage(name: string): string {
    const names = [...this.routes.keys()].map((n) => `'${n}'`).join(', ');
    return headerSafe(`Synapse name '${name}' not found. Available synapses [${names}]`);
  }

  private async onRequest(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const t0 = performance.now();
    this.stats.received++;
    const name = req.url.split('?')[0].split('/')[1] ?? '';
    const route = this.routes.get(name);
    const base: RequestState = { t0, axonNonce: nowNs() };
    this.states.set(req, base);
    if (!route) return this.reject(reply, base, 404, this.unknownMessage(name));
    const ip = req.socket.remoteAddress ?? '';
    if (this.ipBuckets && !this.ipBuckets.take(ip, t0)) return this.reject(reply, base, 429, 'Too many requests from this address');

    const hd = req.headers;
    const get = (k: string): string | undefined => {
      const v = hd[k];
      return Array.isArray(v) ? v[0] : v;
    };
    // --- parse (400 on malformed values, as Python's from_headers)
    const timeoutRaw = get('timeout');
    let timeoutS = DEFAULT_TIMEOUT_S;
    if (timeoutRaw !== undefined) {
      const t = Number(timeoutRaw);
      if (timeoutRaw.trim() === '' || !Number.isFinite(t)) return this.reject(reply, base, 400, `Improperly formatted request. Could not parse headers into synapse of type ${name}: timeout`);
      timeoutS = t;
    }
    timeoutS = Math.min(Math.max(timeoutS, 0), this.o.maxTimeoutS);
    const nonceRaw = get('bt_header_dendrite_nonce');
    const versionRaw = get('bt_header_dendrite_version');
    if ((nonceRaw !== undefined && !/^\d{1,30}$/.test(nonceRaw)) || (versionRaw !== undefined && !/^\d{1,15}$/.test(versionRaw))) {
      return this.reject(reply, base, 400, `Improperly formatted request. Could not parse headers into synapse of type ${name}: dendrite`);
    }
    const hotkey = get('bt_header_dendrite_hotkey');
    const uuid = get('bt_header_dendrite_uuid');
    const signature = get('bt_header_dendrite_signature');
    const computedBodyHash = get('computed_body_hash') ?? '';
    const notVerified = (why: string): FastifyReply => this.reject(reply, base, 401, `Not Verified with error: ${why}`);
    // --- verify (401)
    if (hotkey === undefined || hotkey === '') return notVerified('Missing dendrite hotkey');
    if (nonceRaw === undefined) return notVerified('Missing Nonce');
    if (uuid === undefined) return notVerified('Missing dendrite uuid');
    if (signature === undefined || signature === '') return notVerified('Missing signature');
    const nonce = BigInt(nonceRaw);
    const now = nowNs();
    const verdict = this.nonces.check(hotkey, uuid, nonce, timeoutS, now);
    if (!verdict.ok) return notVerified(verdict.reason);
    const message = requestMessage({ nonce, dendriteHotkey: hotkey, axonHotkey: this.hotkey, dendriteUuid: uuid, bodyHash: computedBodyHash });
    const mismatch = `Signature mismatch with ${message} and ${signature.slice(0, 132)}`;
    if (this.pool) {
      // recorded before the asynchronous check so that a concurrent replay is refused; withdrawn on failure
      this.nonces.commit(hotkey, uuid, nonce, now);
      const pk = publicKeyOf(hotkey);
      const sig = parseSignatureHex(signature);
      const valid = pk !== null && sig !== null && (await this.pool.verify(pk, Buffer.from(message, 'utf8'), sig));
      if (!valid) {
        this.nonces.forget(hotkey, uuid, nonce);
        return notVerified(mismatch);
      }
    } else {
      if (!verifyMessage(hotkey, message, signature)) return notVerified(mismatch);
      this.nonces.commit(hotkey, uuid, nonce, now);
    }

    const info: RequestInfo = {
      synapse: name,
      caller: { hotkey, uuid, nonce, version: versionRaw === undefined ? undefined : Number(versionRaw), ip, port: req.socket.remotePort ?? 0 },
      timeoutS,
      headers: hd,
    };
    const st: RequestState = { ...base, route, info, signature, computedBodyHash };
    this.states.set(req, st);
    const hooks = route.hooks;
    if (hooks.verify) {
      try {
        await hooks.verify(info);
      } catch (e) {
        return this.reject(reply, st, 401, `Not Verified with error: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    // --- blacklist (403)
    if (hooks.blacklist) {
      let r: BlacklistResult;
      try {
        r = await hooks.blacklist(info);
      } catch (e) {
        return this.internal(reply, st, e);
      }
      const [black, reason] = typeof r === 'boolean' ? [r, ''] : r;
      if (black) return this.reject(reply, st, 403, `Forbidden. Key is blacklisted: ${reason}.`);
    }
    // --- per-hotkey limits (429)
    if (this.hotkeyBuckets && !this.hotkeyBuckets.take(hotkey)) return this.reject(reply, st, 429, 'Too many requests from this hotkey');
    const leave = this.inFlight.enter(hotkey);
    if (!leave) return this.reject(reply, st, 429, `Too many requests in flight from this hotkey (limit ${this.o.maxInFlightPerHotkey})`);
    reply.raw.once('close', leave);
    return undefined;
  }

  // ------------------------------------------------------------------------------------ stages 6-7

  private async handle(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const st = this.states.get(req);
    if (!st?.route || !st.info) return this.internal(reply, st ?? { t0: performance.now(), axonNonce: nowNs() }, new Error('request state missing'));
    const { def, hooks } = st.route;
    const info = st.info;
    // --- body
    const text = typeof req.body === 'string' && req.body.length > 0 ? req.body : '{}';
    let body: Record<string, unknown>;
    try {
      const parsed = def.lossless || needsLosslessParse(text) ? parseJsonLossless(text) : JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('body is not a JSON object');
      body = parsed as Record<string, unknown>;
    } catch (e) {
      return this.reject(reply, st, 400, `Improperly formatted request body: ${e instanceof Error ? e.message : String(e)}`);
    }
    const claimed = body.dendrite;
    if (typeof claimed === 'object' && claimed !== null) {
      const c = claimed as Record<string, unknown>;
      if ((c.hotkey != null && c.hotkey !== info.caller.hotkey) || (c.uuid != null && c.uuid !== info.caller.uuid)) {
        return this.reject(reply, st, 400, 'Body identity does not match the signed headers');
      }
    }
    const parsedReq = def.request.safeParse(body);
    if (!parsedReq.success) {
      const issues = parsedReq.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      return this.reject(reply, st, 400, `Improperly formatted request body for ${def.name}: ${issues}`);
    }
    const request = parsedReq.data as Record<string, unknown>;
    const values: Record<string, unknown> = { ...request };
    for (const k of Object.keys(def.response.shape)) values[k] = body[k] ?? null;
    const recomputed = bodyHash(def, values, body);
    if (recomputed !== st.computedBodyHash) {
      return this.reject(reply, st, 400, `Hash mismatch between header body hash ${st.computedBodyHash} and parsed body hash ${recomputed}`);
    }
    // --- deadline, priority queue, handler
    const deadline = st.t0 + info.timeoutS * 1000;
    const remaining = deadline - performance.now();
    const timeoutMessage = `Response timeout after: ${timeoutHeader(info.timeoutS)}s`;
    if (remaining <= 0) return this.reject(reply, st, 408, timeoutMessage);
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new SynapseError('TIMEOUT', timeoutMessage)), remaining);
    // the caller hung up before its answer: stop the work now rather than at the deadline
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished && !ac.signal.aborted) {
        clearTimeout(timer);
        ac.abort(new SynapseError('TIMEOUT', 'the caller closed the connection'));
      }
    });
    let priority = 0;
    if (hooks.priority) {
      try {
        priority = await hooks.priority(request, info);
      } catch (e) {
        clearTimeout(timer);
        return this.internal(reply, st, e);
      }
    }
    let release: () => void;
    try {
      release = await this.scheduler.acquire(priority, ac.signal);
    } catch (e) {
      clearTimeout(timer);
      if (e instanceof SynapseError && e.code === 'OVERLOADED') return this.reject(reply, st, 503, e.message);
      return this.reject(reply, st, 408, timeoutMessage);
    }
    const ctx: SynapseContext = { ...info, signal: ac.signal, deadline };
    const abortPromise = new Promise<never>((_, rej) => {
      if (ac.signal.aborted) rej(ac.signal.reason);
      ac.signal.addEventListener('abort', () => rej(ac.signal.reason), { once: true });
    });
    abortPromise.catch(() => undefined);
    ac.signal.addEventListener('abort', () => setTimeout(release, this.o.abortGraceMs).unref(), { once: true });

    if (def.streaming) return this.handleStream(reply, st, hooks as StreamHooks<SynapseDefinition>, request, ctx, ac, timer, release, timeoutMessage);

    const work = Promise.resolve().then(() => (hooks as ForwardHooks<SynapseDefinition>).forward(request as RequestOf<SynapseDefinition>, ctx));
    work.then(release, release);
    let out: unknown;
    try {
      out = await Promise.race([work, abortPromise]);
    } catch (e) {
      if (ac.signal.aborted) return this.reject(reply, st, 408, timeoutMessage);
      clearTimeout(timer);
      return this.internal(reply, st, e);
    }
    clearTimeout(timer);
    const parsedRes = def.response.safeParse(out ?? {});
    if (!parsedRes.success) return this.internal(reply, st, new SynapseError('INTERNAL', `handler of ${def.name} returned an invalid response`, { issues: parsedRes.error.issues }));
    Object.assign(values, parsedRes.data);
    return this.succeed(reply, st, def, values);
  }

  private handleStream(
    reply: FastifyReply,
    st: RequestState,
    hooks: StreamHooks<SynapseDefinition>,
    request: Record<string, unknown>,
    ctx: SynapseContext,
    ac: AbortController,
    timer: NodeJS.Timeout,
    release: () => void,
    timeoutMessage: string,
  ): FastifyReply {
    let iterable: AsyncIterable<string | Uint8Array>;
    try {
      iterable = hooks.forward(request as RequestOf<SynapseDefinition>, ctx);
    } catch (e) {
      clearTimeout(timer);
      release();
      return this.internal(reply, st, e);
    }
    const signal = ac.signal;
    async function* chunks(): AsyncGenerator<Buffer> {
      for await (const c of iterable) {
        if (signal.aborted) throw signal.reason;
        yield typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      }
    }
    const stream = Readable.from(chunks(), { objectMode: false });
    // at the deadline the stream is destroyed: the chunked response ends without its final chunk, so the
    // client sees an incomplete response instead of a silently truncated success
    const onAbort = (): void => void stream.destroy(signal.reason instanceof Error ? signal.reason : new Error(timeoutMessage));
    signal.addEventListener('abort', onAbort, { once: true });
    stream.once('close', () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      release();
    });
    stream.once('error', (e) => {
      if (!signal.aborted) this.o.onError?.(e, st.info?.synapse);
    });
    const headers = this.headersFor(st, 200, 'Success');
    this.count(200);
    return reply.code(200).headers(headers).type('text/event-stream').send(stream);
  }

  // ------------------------------------------------------------------------------------ responses

  private axonTerminal(st: RequestState, status: number, message: string): TerminalInfo {
    const info = this.info();
    return {
      statusCode: status,
      statusMessage: message,
      processTime: (performance.now() - st.t0) / 1000,
      ip: info.ip,
      port: info.port,
      version: PROTOCOL_VERSION,
      nonce: st.axonNonce,
      uuid: this.uuid,
      hotkey: this.hotkey,
    };
  }

  private dendriteTerminal(st: RequestState): TerminalInfo {
    const c = st.info?.caller;
    if (!c) return {};
    return { ip: c.ip, port: c.port, version: c.version, nonce: c.nonce, uuid: c.uuid, hotkey: c.hotkey, signature: st.signature };
  }

  private headersFor(st: RequestState, status: number, message: string, axon?: TerminalInfo): Record<string, string> {
    const out: Record<string, string> = { name: st.route?.def.name ?? '' };
    if (st.info) out.timeout = timeoutHeader(st.info.timeoutS);
    terminalHeaders('axon', axon ?? this.axonTerminal(st, status, message), out);
    terminalHeaders('dendrite', this.dendriteTerminal(st), out);
    if (st.computedBodyHash !== undefined) out.computed_body_hash = headerSafe(st.computedBodyHash);
    return out;
  }

  private sign(st: RequestState, status: number, body: string, headers: Record<string, string>): void {
    if (!this.o.signResponses || !st.info) return;
    const msg = responseMessage({
      axonNonce: st.axonNonce,
      dendriteHotkey: st.info.caller.hotkey,
      axonHotkey: this.hotkey,
      axonUuid: this.uuid,
      dendriteNonce: st.info.caller.nonce,
      statusCode: status,
      bodySha3: sha3Hex(body),
    });
    headers.bt_header_axon_response_signature = signMessage(this.o.keypair, msg);
  }

  private count(status: number): void {
    if (status === 200) this.stats.served++;
    else this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1;
  }

  private succeed(reply: FastifyReply, st: RequestState, def: SynapseDefinition, values: Record<string, unknown>): FastifyReply {
    const axon = this.axonTerminal(st, 200, 'Success');
    const body = stringifyJson(synapseDump(def, { timeout: st.info!.timeoutS, dendrite: this.dendriteTerminal(st), axon, values }));
    const headers = this.headersFor(st, 200, 'Success', axon);
    this.sign(st, 200, body, headers);
    this.count(200);
    return reply.code(200).headers(headers).type('application/json').send(body);
  }

  private reject(reply: FastifyReply, st: RequestState, status: number, message: string): FastifyReply {
    if (reply.sent) return reply;
    const body = JSON.stringify({ message });
    const headers = this.headersFor(st, status, headerSafe(message));
    this.sign(st, status, body, headers);
    this.count(status);
    return reply.code(status).headers(headers).type('application/json').send(body);
  }

  private internal(reply: FastifyReply, st: RequestState, error: unknown): FastifyReply {
    const id = randomUUID();
    this.o.onError?.(error, st.route?.def.name);
    return this.reject(reply, st, 500, `Internal Server Error #${id}`);
  }
}

