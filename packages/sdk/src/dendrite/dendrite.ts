/**
 * Dendrite: the validator-side synapse client on undici (spec/sdk.md §1.5, §1.8, §2.5, §9.5), wire
 * compatible with Python axons.
 *
 * - Fan-out: `forward(targets, …)` queries every axon concurrently and returns one typed result per
 *   target, in order. At most `maxConcurrency` requests are in flight; a request waiting for that
 *   limit has not started: its nonce, signature and timeout clock start when it is sent, so queueing
 *   never eats the caller's timeout (Python's aiohttp pool wait counts against it).
 * - One keep-alive connection pool per axon (undici Agent), so one slow axon never blocks another.
 * - Per-request timeout covering connect, send and receive; results carry status code, message, the
 *   dendrite's wall time, the axon's own process time, and either the typed response or a typed error.
 * - Optional verification of Tensorium axons' response signatures (`verifyResponseSignature`).
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';
import { Agent, type Dispatcher } from 'undici';
import type { Keypair } from '../wallet/keypair.js';
import { SynapseError, codeOfStatus, type SynapseErrorCode } from '../synapse/errors.js';
import { initSynapseCrypto, sha3Hex, signMessage, verifyMessage } from '../synapse/crypto.js';
import { parseJsonLossless, stringifyJson } from '../synapse/json.js';
import { nowNs } from '../synapse/nonce.js';
import {
  DEFAULT_TIMEOUT_S,
  PROTOCOL_VERSION,
  bodyHash,
  inputObjHeaders,
  parseTerminalHeaders,
  requestMessage,
  responseMessage,
  synapseDump,
  terminalHeaders,
  timeoutHeader,
  type RequestInputOf,
  type ResponseOf,
  type SynapseDefinition,
  type TerminalInfo,
} from '../synapse/synapse.js';

/** Where to send a query: an `AxonInfo` from the metagraph or `axon.info()`. */
export interface AxonTarget {
  readonly ip: string;
  readonly port: number;
  readonly hotkey: string;
}

export interface DendriteOptions {
  /** The validator's hotkey (signs every request). */
  readonly keypair: Keypair;
  /** Per-process id sent as `bt_header_dendrite_uuid`; default a random UUID. */
  readonly uuid?: string;
  /** Sent as `bt_header_dendrite_ip` when given (axons take the TCP peer address anyway). */
  readonly externalIp?: string;
  /** Requests in flight across all axons. Default 1024. */
  readonly maxConcurrency?: number;
  /**
   * Keep-alive connections per axon. Default unlimited (bounded by `maxConcurrency`): a request that
   * waited for a pooled connection would lose part of its timeout to the wait.
   */
  readonly connectionsPerAxon?: number;
  /** Response bodies larger than this fail with 422. Default 16 MiB. */
  readonly maxResponseBytes?: number;
  /** Verify `bt_header_axon_response_signature` on every call unless a call says otherwise. Default false. */
  readonly verifyResponseSignature?: boolean;
}

export interface CallOptions {
  /** Seconds; sent as the synapse timeout and enforced here. Default 12. */
  readonly timeoutS?: number;
  /** Cancel from outside (result: 408-like error with code TIMEOUT unless the timer fired first). */
  readonly signal?: AbortSignal;
  readonly verifyResponseSignature?: boolean;
}

interface ResultBase {
  readonly axon: AxonTarget;
  /** HTTP-like status: the axon's, or a synthetic one for transport failures (Python's mapping). */
  readonly statusCode: number;
  readonly statusMessage: string;
  /** Dendrite wall time in seconds from sending to the parsed result. */
  readonly processTime: number;
  /** The axon's own `process_time`, seconds, when it reported one. */
  readonly axonProcessTime: number | undefined;
  /** Everything the axon reported about itself in its headers (untrusted unless signature-verified). */
  readonly axonTerminal: TerminalInfo;
  /** True when the response signature was checked and valid. */
  readonly responseVerified: boolean;
}
export type SynapseResult<D extends SynapseDefinition> =
  | (ResultBase & { readonly ok: true; readonly response: ResponseOf<D>; readonly error?: undefined })
  | (ResultBase & { readonly ok: false; readonly response?: undefined; readonly error: SynapseError });

export interface StreamResult extends ResultBase {
  readonly ok: boolean;
  readonly error: SynapseError | undefined;
  readonly chunks: number;
  readonly bytes: number;
}

class Semaphore {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  constructor(private readonly max: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.max) await new Promise<void>((r) => this.waiters.push(r));
    else this.active++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.active--;
    };
  }
}

interface Prepared {
  readonly url: URL;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly nonce: bigint;
  readonly timeoutS: number;
}

export class Dendrite {
  readonly uuid: string;
  private readonly agent: Agent;
  private readonly limit: Semaphore;
  private readonly o: DendriteOptions;
  private lastNonce = 0n;
  private ready: Promise<void> | undefined;

  constructor(options: DendriteOptions) {
    if (!options.keypair.hasPrivateKey) throw new SynapseError('INVALID_DEFINITION', 'a dendrite needs a keypair with a private key');
    this.o = options;
    this.uuid = options.uuid ?? randomUUID();
    this.limit = new Semaphore(options.maxConcurrency ?? 1024);
    this.agent = new Agent({
      connections: options.connectionsPerAxon ?? null,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 60_000,
      // our own timer bounds each request; undici's defaults (300 s) would only get in the way
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: { timeout: 30_000 },
    });
  }

  get hotkey(): string {
    return this.o.keypair.ss58Address;
  }

  /** Close pooled connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Strictly increasing nanosecond nonces (two calls in one nanosecond still differ). */
  private nextNonce(): bigint {
    let n = nowNs();
    if (n <= this.lastNonce) n = this.lastNonce + 1n;
    this.lastNonce = n;
    return n;
  }

  /** Build, hash and sign one request (spec §1.3–1.5, §1.11). */
  prepare<D extends SynapseDefinition>(target: AxonTarget, def: D, request: RequestInputOf<D>, timeoutS: number = DEFAULT_TIMEOUT_S): Prepared {
    const parsed = def.request.safeParse(request);
    if (!parsed.success) throw new SynapseError('BAD_REQUEST', `invalid ${def.name} request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const values = parsed.data as Record<string, unknown>;
    const hash = bodyHash(def, values);
    const nonce = this.nextNonce();
    const dendrite: TerminalInfo = { ip: this.o.externalIp, version: PROTOCOL_VERSION, nonce, uuid: this.uuid, hotkey: this.hotkey };
    const message = requestMessage({ nonce, dendriteHotkey: this.hotkey, axonHotkey: target.hotkey, dendriteUuid: this.uuid, bodyHash: hash });
    dendrite.signature = signMessage(this.o.keypair, message);
    const axon: TerminalInfo = { ip: target.ip, port: target.port, hotkey: target.hotkey };
    const headers: Record<string, string> = { name: def.name, timeout: timeoutHeader(timeoutS) };
    terminalHeaders('axon', axon, headers);
    terminalHeaders('dendrite', dendrite, headers);
    inputObjHeaders(def, values, headers);
    const body = stringifyJson(synapseDump(def, { timeout: timeoutS, dendrite, axon, values, totalSize: 0, headerSize: 0 }));
    headers.header_size = String(Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0));
    headers.total_size = String(body.length);
    headers.computed_body_hash = hash;
    headers['content-type'] = 'application/json';
    const host = target.ip.includes(':') ? `[${target.ip}]` : target.ip;
    return { url: new URL(`http://${host}:${target.port}/${def.name}`), headers, body, nonce, timeoutS };
  }

  /**
   * Query one axon.
   * @example const r = await dendrite.call(axon.info(), Dummy, { dummy_input: 3 }, { timeoutS: 5 });
   *          if (r.ok) console.log(r.response.dummy_output);
   */
  async call<D extends SynapseDefinition>(target: AxonTarget, def: D, request: RequestInputOf<D>, options: CallOptions = {}): Promise<SynapseResult<D>> {
    const release = await this.limit.acquire();
    try {
      return await this.send(target, def, request, options);
    } finally {
      release();
    }
  }

  /** Query many axons concurrently; one result per target, in order. */
  async forward<D extends SynapseDefinition>(targets: readonly AxonTarget[], def: D, request: RequestInputOf<D>, options: CallOptions = {}): Promise<SynapseResult<D>[]> {
    const out: Promise<SynapseResult<D>>[] = [];
    for (const t of targets) {
      out.push(this.call(t, def, request, options));
      // let the request just signed reach the socket before signing the next (signing is ~0.2 ms)
      await yieldToLoop();
    }
    return Promise.all(out);
  }

  private async send<D extends SynapseDefinition>(target: AxonTarget, def: D, request: RequestInputOf<D>, options: CallOptions): Promise<SynapseResult<D>> {
    if (!this.ready) this.ready = initSynapseCrypto();
    await this.ready;
    const timeoutS = options.timeoutS ?? DEFAULT_TIMEOUT_S;
    const t0 = performance.now();
    const base = (status: number, message: string, terminal: TerminalInfo = {}, verified = false): ResultBase => ({
      axon: target,
      statusCode: status,
      statusMessage: message,
      processTime: (performance.now() - t0) / 1000,
      axonProcessTime: terminal.processTime,
      axonTerminal: terminal,
      responseVerified: verified,
    });
    let verified = false;
    const fail = (code: SynapseErrorCode, status: number, message: string, terminal?: TerminalInfo, cause?: unknown, extra: Record<string, unknown> = {}): SynapseResult<D> => ({
      ...base(status, message, terminal, verified),
      ok: false,
      error: new SynapseError(code, message, { axon: `${target.ip}:${target.port}`, hotkey: target.hotkey, synapse: def.name, ...extra }, status, { cause }),
    });
    let prepared: Prepared;
    try {
      prepared = this.prepare(target, def, request, timeoutS);
    } catch (e) {
      if (e instanceof SynapseError) return fail(e.code, e.statusCode, e.message);
      throw e;
    }
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), Math.max(0, timeoutS * 1000));
    const onOuter = (): void => ac.abort();
    options.signal?.addEventListener('abort', onOuter, { once: true });
    try {
      const res = await this.agent.request({
        origin: prepared.url.origin,
        path: prepared.url.pathname,
        method: 'POST',
        headers: prepared.headers,
        body: prepared.body,
        signal: ac.signal,
      });
      const raw = await this.readBody(res, ac.signal);
      const headers = res.headers as Record<string, string | string[] | undefined>;
      const terminal = parseTerminalHeaders(headers, 'axon');
      const verify = options.verifyResponseSignature ?? this.o.verifyResponseSignature ?? false;
      if (verify) {
        verified = this.checkResponseSignature(target, prepared.nonce, res.statusCode, raw, headers);
        // axons sign only for verified callers; an unsigned answer (whatever its status) proves nothing
        if (!verified) return fail('RESPONSE_NOT_VERIFIED', 401, 'Response signature missing or invalid', terminal, undefined, { httpStatus: res.statusCode });
      }
      const text = raw.toString('utf8');
      let json: unknown;
      try {
        json = def.lossless ? parseJsonLossless(text) : JSON.parse(text);
      } catch (e) {
        return fail('BAD_RESPONSE', 422, `Failed to parse response: ${e instanceof Error ? e.message : String(e)}`, terminal, e);
      }
      const obj = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
      if (res.statusCode !== 200) {
        const message = typeof obj.message === 'string' ? obj.message : `HTTP ${res.statusCode}`;
        return fail(codeOfStatus(res.statusCode), res.statusCode, message, terminal);
      }
      const parsed = def.response.safeParse(obj);
      if (!parsed.success) {
        return fail('BAD_RESPONSE', 422, `Failed to parse response: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, terminal);
      }
      // Python axons report the status in the body's axon block too; the header wins
      const bodyAxon = typeof obj.axon === 'object' && obj.axon !== null ? (obj.axon as Record<string, unknown>) : {};
      const status = terminal.statusCode ?? (typeof bodyAxon.status_code === 'number' ? bodyAxon.status_code : 200);
      const message = terminal.statusMessage ?? (typeof bodyAxon.status_message === 'string' ? bodyAxon.status_message : 'Success');
      if (terminal.processTime === undefined && bodyAxon.process_time != null && Number.isFinite(Number(bodyAxon.process_time))) {
        terminal.processTime = Number(bodyAxon.process_time);
      }
      if (status !== 200) return fail(codeOfStatus(status), status, message, terminal);
      return { ...base(status, message, terminal, verified), ok: true, response: parsed.data as ResponseOf<D> };
    } catch (e) {
      if (ac.signal.aborted) return fail('TIMEOUT', 408, `Request timeout after ${timeoutHeader(timeoutS)} seconds`, undefined, e);
      return this.transportFailure(e, target, def, fail);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuter);
    }
  }

  private transportFailure<D extends SynapseDefinition>(
    e: unknown,
    target: AxonTarget,
    def: D,
    fail: (code: SynapseErrorCode, status: number, message: string, terminal?: TerminalInfo, cause?: unknown) => SynapseResult<D>,
  ): SynapseResult<D> {
    const code = (e as { code?: string }).code ?? '';
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof SynapseError) return fail(e.code, e.statusCode, e.message, undefined, e);
    if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'].includes(code)) {
      return fail('UNAVAILABLE', 503, `Service unavailable at ${target.ip}:${target.port}/${def.name}`, undefined, e);
    }
    if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code) || /other side closed|terminated/i.test(msg)) {
      return fail('UNAVAILABLE', 503, `Service disconnected: ${msg}`, undefined, e);
    }
    return fail('BAD_RESPONSE', 422, `Failed to parse response: ${msg}`, undefined, e);
  }

  private async readBody(res: Dispatcher.ResponseData, signal: AbortSignal): Promise<Buffer> {
    const max = this.o.maxResponseBytes ?? 16 * 1024 * 1024;
    const parts: Buffer[] = [];
    let n = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > max) {
        res.body.destroy();
        throw new SynapseError('BAD_RESPONSE', `Failed to parse response: body larger than ${max} bytes`, {}, 422);
      }
      parts.push(chunk);
      if (signal.aborted) break;
    }
    if (signal.aborted) throw new SynapseError('TIMEOUT', 'aborted while reading the response');
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  private checkResponseSignature(target: AxonTarget, dendriteNonce: bigint, status: number, raw: Buffer, headers: Record<string, string | string[] | undefined>): boolean {
    const one = (k: string): string | undefined => {
      const v = headers[k];
      return Array.isArray(v) ? v[0] : v;
    };
    const sig = one('bt_header_axon_response_signature');
    const axonNonce = one('bt_header_axon_nonce');
    const axonUuid = one('bt_header_axon_uuid');
    if (!sig || !axonNonce || !/^\d+$/.test(axonNonce) || axonUuid === undefined) return false;
    const msg = responseMessage({
      axonNonce: BigInt(axonNonce),
      dendriteHotkey: this.hotkey,
      axonHotkey: target.hotkey,
      axonUuid,
      dendriteNonce,
      statusCode: status,
      bodySha3: sha3Hex(raw),
    });
    // the expected hotkey is the target's, never the one the response claims
    return verifyMessage(target.hotkey, msg, sig);
  }

  /**
   * Query a streaming synapse: iterate the returned object for text chunks as they arrive; `result`
   * resolves when the stream ends (consuming it if nobody iterates).
   */
  stream<D extends SynapseDefinition>(target: AxonTarget, def: D, request: RequestInputOf<D>, options: CallOptions = {}): SynapseStream {
    return new SynapseStream(this.streamChunks(target, def, request, options));
  }

  private async *streamChunks<D extends SynapseDefinition>(target: AxonTarget, def: D, request: RequestInputOf<D>, options: CallOptions): AsyncGenerator<string, StreamResult> {
    if (!this.ready) this.ready = initSynapseCrypto();
    await this.ready;
    const release = await this.limit.acquire();
    const timeoutS = options.timeoutS ?? DEFAULT_TIMEOUT_S;
    const t0 = performance.now();
    let chunks = 0;
    let bytes = 0;
    let terminal: TerminalInfo = {};
    const result = (status: number, message: string, error?: SynapseError): StreamResult => ({
      axon: target,
      statusCode: status,
      statusMessage: message,
      processTime: (performance.now() - t0) / 1000,
      axonProcessTime: terminal.processTime,
      axonTerminal: terminal,
      responseVerified: false,
      ok: error === undefined,
      error,
      chunks,
      bytes,
    });
    const err = (code: SynapseErrorCode, status: number, message: string): StreamResult => result(status, message, new SynapseError(code, message, { axon: `${target.ip}:${target.port}`, synapse: def.name }, status));
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeoutS * 1000);
    const onOuter = (): void => ac.abort();
    options.signal?.addEventListener('abort', onOuter, { once: true });
    try {
      let prepared: Prepared;
      try {
        prepared = this.prepare(target, def, request, timeoutS);
      } catch (e) {
        if (e instanceof SynapseError) return err(e.code, e.statusCode, e.message);
        throw e;
      }
      const res = await this.agent.request({ origin: prepared.url.origin, path: prepared.url.pathname, method: 'POST', headers: prepared.headers, body: prepared.body, signal: ac.signal });
      terminal = parseTerminalHeaders(res.headers as Record<string, string | string[] | undefined>, 'axon');
      if (res.statusCode !== 200) {
        const raw = await this.readBody(res, ac.signal);
        let message = `HTTP ${res.statusCode}`;
        try {
          const j = JSON.parse(raw.toString('utf8')) as { message?: unknown };
          if (typeof j.message === 'string') message = j.message;
        } catch {
          /* not JSON */
        }
        return err(codeOfStatus(res.statusCode), res.statusCode, message);
      }
      const decoder = new StringDecoder('utf8');
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        chunks++;
        bytes += chunk.length;
        const s = decoder.write(chunk);
        if (s) yield s;
      }
      const tail = decoder.end();
      if (tail) yield tail;
      return result(terminal.statusCode ?? 200, terminal.statusMessage ?? 'Success');
    } catch (e) {
      if (ac.signal.aborted) return err('TIMEOUT', 408, `Request timeout after ${timeoutHeader(timeoutS)} seconds`);
      const code = (e as { code?: string }).code ?? '';
      if (chunks > 0 || code === 'UND_ERR_SOCKET') return err('UNAVAILABLE', 503, `Stream ended before its final chunk: ${e instanceof Error ? e.message : String(e)}`);
      if (code === 'ECONNREFUSED') return err('UNAVAILABLE', 503, `Service unavailable at ${target.ip}:${target.port}/${def.name}`);
      return err('BAD_RESPONSE', 422, `Failed to parse response: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuter);
      release();
    }
  }
}

/** Text chunks of a streaming synapse, then its result. */
export class SynapseStream implements AsyncIterable<string> {
  private done: StreamResult | undefined;
  private started = false;
  private readonly finished: Promise<StreamResult>;
  private resolveFinished!: (r: StreamResult) => void;

  constructor(private readonly gen: AsyncGenerator<string, StreamResult>) {
    this.finished = new Promise((r) => (this.resolveFinished = r));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    if (this.started) throw new Error('a SynapseStream can be iterated once');
    this.started = true;
    for (;;) {
      const n = await this.gen.next();
      if (n.done) {
        this.done = n.value;
        this.resolveFinished(n.value);
        return;
      }
      yield n.value;
    }
  }

  /** The stream's outcome; consumes the remaining chunks if nobody iterates. */
  get result(): Promise<StreamResult> {
    if (!this.started && !this.done) {
      void (async () => {
        for await (const _ of this) void _;
      })();
    }
    return this.finished;
  }
}
