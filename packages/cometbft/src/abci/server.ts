/**
 * CometBFT's ABCI socket protocol (v0.38, ABCI 2.0): CometBFT connects to the application (four
 * connections: consensus, mempool, query, snapshot) over a unix or TCP socket and sends `Request`
 * messages, each prefixed with its length as an unsigned varint; the application answers every request
 * with a `Response` in order on the same connection. `Flush` asks for everything pending to be
 * written. Handlers run one at a time across all connections (JS is single-threaded and every
 * handler is synchronous), which gives the ordering ABCI expects between Commit and CheckTx.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { create, fromBinary, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import {
  RequestSchema,
  ResponseSchema,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInfo,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type ResponseCheckTxSchema,
  type ResponseCommitSchema,
  type ResponseFinalizeBlockSchema,
  type ResponseInfoSchema,
  type ResponseInitChainSchema,
  type ResponsePrepareProposalSchema,
  type ResponseProcessProposalSchema,
  type ResponseQuerySchema,
  type Response,
  type Request,
  ResponseVerifyVoteExtension_VerifyStatus,
  ResponseOfferSnapshot_Result,
} from '../gen/tendermint/abci/types_pb.js';

/** Largest accepted message (CometBFT's own limit is 100 MB). */
const MAX_MESSAGE_BYTES = 104_857_600;

type Init<S extends Parameters<typeof create>[0]> = MessageInitShape<S>;

/** What an ABCI 2.0 application implements (snapshots and vote extensions get neutral defaults). */
export interface AbciApplication {
  info(req: RequestInfo): Init<typeof ResponseInfoSchema>;
  initChain(req: RequestInitChain): Init<typeof ResponseInitChainSchema>;
  query(req: RequestQuery): Init<typeof ResponseQuerySchema>;
  checkTx(req: RequestCheckTx): Init<typeof ResponseCheckTxSchema>;
  prepareProposal(req: RequestPrepareProposal): Init<typeof ResponsePrepareProposalSchema>;
  processProposal(req: RequestProcessProposal): Init<typeof ResponseProcessProposalSchema>;
  finalizeBlock(req: RequestFinalizeBlock): Init<typeof ResponseFinalizeBlockSchema>;
  commit(): Init<typeof ResponseCommitSchema>;
}

export class AbciProtocolError extends Error {
  readonly code = 'ABCI_PROTOCOL';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AbciProtocolError';
  }
}

/** Dispatch one request to the application (exceptions become `Response.exception`). */
export function handleRequest(app: AbciApplication, req: Request): Response {
  const v = req.value;
  try {
    switch (v.case) {
      case 'echo':
        return create(ResponseSchema, { value: { case: 'echo', value: { message: v.value.message } } });
      case 'flush':
        return create(ResponseSchema, { value: { case: 'flush', value: {} } });
      case 'info':
        return create(ResponseSchema, { value: { case: 'info', value: app.info(v.value) } });
      case 'initChain':
        return create(ResponseSchema, { value: { case: 'initChain', value: app.initChain(v.value) } });
      case 'query':
        return create(ResponseSchema, { value: { case: 'query', value: app.query(v.value) } });
      case 'checkTx':
        return create(ResponseSchema, { value: { case: 'checkTx', value: app.checkTx(v.value) } });
      case 'commit':
        return create(ResponseSchema, { value: { case: 'commit', value: app.commit() } });
      case 'prepareProposal':
        return create(ResponseSchema, { value: { case: 'prepareProposal', value: app.prepareProposal(v.value) } });
      case 'processProposal':
        return create(ResponseSchema, { value: { case: 'processProposal', value: app.processProposal(v.value) } });
      case 'finalizeBlock':
        return create(ResponseSchema, { value: { case: 'finalizeBlock', value: app.finalizeBlock(v.value) } });
      case 'extendVote':
        return create(ResponseSchema, { value: { case: 'extendVote', value: {} } });
      case 'verifyVoteExtension':
        return create(ResponseSchema, { value: { case: 'verifyVoteExtension', value: { status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT } } });
      case 'listSnapshots':
        return create(ResponseSchema, { value: { case: 'listSnapshots', value: {} } });
      case 'offerSnapshot':
        return create(ResponseSchema, { value: { case: 'offerSnapshot', value: { result: ResponseOfferSnapshot_Result.REJECT } } });
      case 'loadSnapshotChunk':
        return create(ResponseSchema, { value: { case: 'loadSnapshotChunk', value: {} } });
      case 'applySnapshotChunk':
        return create(ResponseSchema, { value: { case: 'applySnapshotChunk', value: {} } });
      default:
        throw new AbciProtocolError('unknown ABCI request', { case: v.case });
    }
  } catch (e) {
    return create(ResponseSchema, { value: { case: 'exception', value: { error: (e as Error).message ?? String(e) } } });
  }
}

/** Splits a byte stream into uvarint-length-prefixed frames. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Uint8Array[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: Uint8Array[] = [];
    for (;;) {
      let len = 0;
      let shift = 0;
      let o = 0;
      let complete = false;
      while (o < this.buf.length && o < 10) {
        const b = this.buf[o++];
        len += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if ((b & 0x80) === 0) {
          complete = true;
          break;
        }
      }
      if (!complete) {
        if (this.buf.length >= 10) throw new AbciProtocolError('invalid length prefix');
        break;
      }
      if (len > MAX_MESSAGE_BYTES) throw new AbciProtocolError('message too large', { bytes: len });
      if (this.buf.length < o + len) break;
      out.push(new Uint8Array(this.buf.subarray(o, o + len)));
      this.buf = this.buf.subarray(o + len);
    }
    return out;
  }
}

export function frame(msg: Uint8Array): Buffer {
  const prefix: number[] = [];
  let n = msg.length;
  while (n >= 0x80) {
    prefix.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  prefix.push(n);
  return Buffer.concat([Buffer.from(prefix), msg]);
}

export interface AbciServerOptions {
  /** `unix:///path/app.sock`, `tcp://127.0.0.1:26658` or a bare path (unix socket). */
  readonly address: string;
  /** Called when a handler or the connection fails (the connection is closed). */
  readonly onError?: (e: Error) => void;
}

export class AbciServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly app: AbciApplication,
    private readonly opts: AbciServerOptions,
  ) {
    this.server = createServer((sock) => this.connection(sock));
  }

  listen(): Promise<void> {
    const a = this.opts.address;
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      const done = (): void => {
        this.server.off('error', reject);
        resolve();
      };
      if (a.startsWith('tcp://')) {
        const u = new URL(a);
        this.server.listen(Number(u.port), u.hostname, done);
      } else {
        const path = a.startsWith('unix://') ? a.slice('unix://'.length) : a;
        rmSync(path, { force: true });
        this.server.listen(path, done);
      }
    });
  }

  private connection(sock: Socket): void {
    this.sockets.add(sock);
    sock.setNoDelay(true);
    const reader = new FrameReader();
    sock.on('data', (chunk: Buffer) => {
      try {
        const out: Buffer[] = [];
        for (const bytes of reader.push(chunk)) {
          const req = fromBinary(RequestSchema, bytes);
          out.push(frame(toBinary(ResponseSchema, handleRequest(this.app, req))));
        }
        if (out.length) sock.write(out.length === 1 ? out[0] : Buffer.concat(out));
      } catch (e) {
        this.opts.onError?.(e as Error);
        sock.destroy();
      }
    });
    sock.on('error', () => sock.destroy());
    sock.on('close', () => this.sockets.delete(sock));
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
