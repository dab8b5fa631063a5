/**
 * The node's lmdb environment: one file, several named databases, and one synchronous write
 * transaction per block (state diff + header + body + events + indexes + head pointer), so a
 * kill -9 at any moment leaves either the whole block or none of it.
 *
 *   state    storage key                  -> SCALE value            (the flat state)
 *   headers  block hash                   -> SCALE header
 *   bodies   block hash                   -> SCALE Vec<extrinsic>
 *   events   block hash                   -> SCALE Vec<EventRecord>  (System.Events of the block)
 *   numbers  u32 big-endian block number  -> block hash              (canonical chain)
 *   txs      extrinsic hash               -> block hash ++ u32 LE index
 *   history  storage key ++ u32 BE block   -> 0x01 ++ value written at that block, or 0x00 (deleted)
 *            (archive nodes only: the state at any block)
 *   meta     "head" / "genesis" / "finalized" / "info" -> bytes
 */
import { open, type Database, type RootDatabase } from 'lmdb';

type Bin = Database<Buffer, Buffer>;

export interface NodeDbOptions {
  /** Skip fsync on commit: a process crash still loses nothing, an OS crash may lose the last blocks. */
  readonly noSync?: boolean;
}

export class NodeDb {
  readonly env: RootDatabase;
  readonly state: Bin;
  readonly headers: Bin;
  readonly bodies: Bin;
  readonly events: Bin;
  readonly numbers: Bin;
  readonly txs: Bin;
  readonly history: Bin;
  readonly meta: Database<Buffer, string>;
  private closed = false;

  constructor(readonly path: string, opts: NodeDbOptions = {}) {
    this.env = open({ path, maxDbs: 16, compression: false, noSync: opts.noSync ?? false, mapSize: 8 * 1024 ** 3 });
    const bin = (name: string): Bin => this.env.openDB<Buffer, Buffer>({ name, keyEncoding: 'binary', encoding: 'binary', compression: false });
    this.state = bin('state');
    this.headers = bin('headers');
    this.bodies = bin('bodies');
    this.events = bin('events');
    this.numbers = bin('numbers');
    this.txs = bin('txs');
    this.history = bin('history');
    this.meta = this.env.openDB<Buffer, string>({ name: 'meta', encoding: 'binary', compression: false });
  }

  /** Run `fn` in one synchronous, atomic write transaction. */
  transaction<R>(fn: () => R): R {
    return this.env.transactionSync(fn);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.env.close();
  }
}

export function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** A Buffer view of bytes (lmdb wants Buffers for binary keys and values). */
export function buf(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
