/**
 * The new JSON-RPC interface (https://paritytech.github.io/json-rpc-interface-spec/) used by
 * polkadot-api and smoldot-style clients: `chainSpec_v1_*`, `chainHead_v1_*`, `transaction_v1_*`
 * and `transactionWatch_v1_*`, over the same chain, pool and `state_call` dispatcher as the legacy
 * set.
 *
 * Follow model: dev chains finalize every block on import, so each block is reported as
 * `newBlock` + `bestBlockChanged` + `finalized` (no forks, nothing pruned). Blocks stay pinned until
 * `chainHead_v1_unpin`; a subscription holding more than `MAX_PINNED` blocks, or seeing a gap in the
 * chain (a dev snapshot restore), gets a `stop` event. Operations (body, call, storage) answer
 * `{ result: 'started', operationId }` and report on the follow subscription; storage results are
 * sent in batches with `operationWaitingForContinue` pauses for large descendant scans.
 *
 * Limits: `chainHead_v1_call` runs against the head state (as `state_call` does);
 * `closestDescendantMerkleValue` is served for the head block's state only (an older pinned block
 * gets `operationError`); child tries do not exist here, so `childTrie` queries return no items.
 */
import { encodeHeader } from '../chain/header.js';
import { StateUnavailable, type BuiltBlock, type Chain } from '../chain/chain.js';
import type { RuntimeVersionData } from '../metadata/version.js';
import { blake2_256, fromHex, toHex } from '../storage/hashing.js';
import type { Trie } from '../storage/trie.js';
import { PoolError, type TxPool, type TxStatus } from '../txpool/pool.js';
import { ErrorCode, RpcError, type CallContext, type Handler } from './server.js';

/** What the new-spec methods need from the node. */
export interface NewSpecDeps {
  readonly chain: Chain;
  readonly pool: TxPool;
  /** Runs a runtime API function against the head state (the `state_call` dispatcher). */
  /** A runtime call against the state of block `at` (hex without 0x; default the head). */
  readonly stateCall: (method: string, data: Uint8Array, at?: string) => Uint8Array;
  readonly runtimeVersion: RuntimeVersionData;
  readonly chainName: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The runtime object of `initialized.finalizedBlockRuntime` and `newBlock.newRuntime`. */
export interface RuntimeSpecJson {
  readonly type: 'valid';
  readonly spec: {
    readonly specName: string;
    readonly implName: string;
    readonly specVersion: number;
    readonly implVersion: number;
    readonly transactionVersion: number;
    readonly apis: Readonly<Record<string, number>>;
  };
}

/** Spec error codes. */
export const ChainHeadError = {
  /** Too many follow subscriptions. */
  LimitReached: -32800,
  /** Block hash not pinned / not reported. */
  InvalidBlock: -32801,
  /** `chainHead_v1_call` on a follow started with `withRuntime: false`. */
  InvalidRuntimeCall: -32802,
  /** `chainHead_v1_continue` for an operation that is not waiting. */
  InvalidContinue: -32803,
  /** Duplicate hashes in `chainHead_v1_unpin`. */
  InvalidDuplicateHashes: -32804,
} as const;

export const MAX_FOLLOWS_PER_CONNECTION = 16;
export const MAX_PINNED = 4096;
/** Storage items per `operationStorageItems` notification. */
export const STORAGE_BATCH = 1000;
/** Items sent before pausing with `operationWaitingForContinue`. */
export const STORAGE_ITEMS_BEFORE_CONTINUE = 8 * STORAGE_BATCH;

type StorageQueryType = 'value' | 'hash' | 'closestDescendantMerkleValue' | 'descendantsValues' | 'descendantsHashes';
const STORAGE_TYPES: ReadonlySet<string> = new Set<StorageQueryType>(['value', 'hash', 'closestDescendantMerkleValue', 'descendantsValues', 'descendantsHashes']);

interface StorageItemJson {
  key: string;
  value?: string;
  hash?: string;
  closestDescendantMerkleValue?: string;
}

interface Operation {
  /** Resumes a paused storage operation (set while waiting for `continue`). */
  resume?: () => void;
  stopped: boolean;
}

interface Follow {
  readonly id: string;
  readonly withRuntime: boolean;
  readonly emit: (event: object) => void;
  readonly pinned: Set<string>;
  readonly operations: Map<string, Operation>;
  nextOperation: number;
  /** Hash (no 0x) of the last block reported. */
  last: string;
  stop: () => void;
}

interface ConnectionState {
  readonly follows: Map<string, Follow>;
  readonly broadcasts: Set<string>;
}

const invalidParams = (data: string): RpcError => new RpcError(ErrorCode.InvalidParams, 'Invalid params', data);

/** A hexadecimal-encoded param: empty, or 0x followed by an even number of hex digits (spec §api). */
function hexParam(v: unknown, name: string): Uint8Array {
  if (v === '') return new Uint8Array(0);
  // (no repeated group: a group over a multi-megabyte string overflows the regex engine's stack)
  if (typeof v !== 'string' || v.length % 2 !== 0 || !/^0x[0-9a-fA-F]*$/.test(v)) throw invalidParams(`${name}: expected a 0x-prefixed hex string`);
  return fromHex(v);
}

function hashParam(v: unknown, name = 'hash'): string {
  const b = hexParam(v, name);
  if (b.length !== 32) throw invalidParams(`${name}: expected a 32-byte hash`);
  return toHex(b).slice(2);
}

function stringParam(v: unknown, name: string): string {
  if (typeof v !== 'string') throw invalidParams(`${name}: expected a string`);
  return v;
}

/** The spec's runtime object for a runtime version. */
export function runtimeSpecJson(v: RuntimeVersionData): RuntimeSpecJson {
  const apis: Record<string, number> = {};
  for (const [id, version] of v.apis) apis[id] = version;
  return {
    type: 'valid',
    spec: { specName: v.specName, implName: v.implName, specVersion: v.specVersion, implVersion: v.implVersion, transactionVersion: v.transactionVersion, apis },
  };
}

/**
 * Trie Merkle value (the node encoding when shorter than 32 bytes, else its blake2-256; the root's
 * is always a hash) of the closest node at or below `key`; undefined when no key has that prefix.
 * Reads the in-memory trie's nodes (the `Trie` class keeps them private; see the module notes).
 */
export function closestDescendantMerkleValue(trie: Trie, key: Uint8Array): Uint8Array | undefined {
  interface NodeView {
    readonly partial: Uint8Array;
    readonly children: readonly (NodeView | undefined)[] | undefined;
    readonly ref: Uint8Array | undefined;
    readonly refIsHash: boolean;
  }
  const rootHash = trie.root(); // refreshes every cached Merkle value
  const root = (trie as unknown as { rootNode: NodeView | undefined }).rootNode;
  if (!root) return undefined;
  const k = new Uint8Array(key.length * 2);
  for (let i = 0; i < key.length; i++) {
    k[2 * i] = key[i] >> 4;
    k[2 * i + 1] = key[i] & 15;
  }
  let node: NodeView | undefined = root;
  let i = 0;
  while (node) {
    const p = node.partial;
    const rest = k.length - i;
    const n = Math.min(rest, p.length);
    for (let j = 0; j < n; j++) if (p[j] !== k[i + j]) return undefined;
    if (rest <= p.length) {
      if (node === root) return rootHash;
      return node.ref && (node.refIsHash ? node.ref : node.ref.slice());
    }
    i += p.length;
    node = node.children?.[k[i]];
    i++;
  }
  return undefined;
}

/** Registers the new-spec methods into `m`. */
export function registerNewSpecMethods(m: Map<string, Handler>, deps: NewSpecDeps): void {
  const { chain, pool } = deps;
  const connections = new WeakMap<CallContext, ConnectionState>();
  const conn = (ctx: CallContext): ConnectionState => {
    let c = connections.get(ctx);
    if (!c) connections.set(ctx, (c = { follows: new Map(), broadcasts: new Set() }));
    return c;
  };
  const follow = (ctx: CallContext, v: unknown): Follow | undefined => conn(ctx).follows.get(stringParam(v, 'followSubscription'));
  const requireSubscriptions = (ctx: CallContext): void => {
    if (!ctx.canSubscribe) throw new RpcError(ErrorCode.MethodNotFound, 'Subscriptions are not available on this transport.');
  };
  const runtime = runtimeSpecJson(deps.runtimeVersion);

  // ---- chainSpec
  m.set('chainSpec_v1_chainName', () => deps.chainName);
  m.set('chainSpec_v1_genesisHash', () => '0x' + chain.genesisHash);
  m.set('chainSpec_v1_properties', () => deps.properties);

  // ---- chainHead: follow / unfollow
  m.set('chainHead_v1_follow', (params, ctx) => {
    requireSubscriptions(ctx);
    const withRuntime = params[0];
    if (typeof withRuntime !== 'boolean') throw invalidParams('withRuntime: expected a boolean');
    const c = conn(ctx);
    if (c.follows.size >= MAX_FOLLOWS_PER_CONNECTION) throw new RpcError(ChainHeadError.LimitReached, 'Maximum number of chainHead_follow has been reached');
    return ctx.subscribe('chainHead_v1_followEvent', (emit, id) => {
      const fin = chain.finalized;
      let active = true;
      let unsubscribeBlocks: () => void = () => undefined;
      const f: Follow = {
        id,
        withRuntime,
        emit: (e) => {
          if (active) emit(e);
        },
        pinned: new Set([fin.hash]),
        operations: new Map(),
        nextOperation: 0,
        last: fin.hash,
        stop: () => {
          if (!active) return;
          active = false;
          unsubscribeBlocks();
          for (const op of f.operations.values()) op.stopped = true;
          f.operations.clear();
          f.pinned.clear();
          if (c.follows.get(id) === f) c.follows.delete(id);
        },
      };
      c.follows.set(id, f);
      /** Server-side stop: the `stop` event, then the subscription ends. */
      const serverStop = (): void => {
        if (!active) return;
        emit({ event: 'stop' });
        f.stop();
        setImmediate(() => ctx.unsubscribe(id));
      };
      emit(withRuntime ? { event: 'initialized', finalizedBlockHashes: ['0x' + fin.hash], finalizedBlockRuntime: runtime } : { event: 'initialized', finalizedBlockHashes: ['0x' + fin.hash] });
      emit({ event: 'bestBlockChanged', bestBlockHash: '0x' + fin.hash });
      unsubscribeBlocks = chain.onBlock((b: BuiltBlock) => {
        if (!active) return;
        if (b.header.parentHash !== f.last || f.pinned.size >= MAX_PINNED) return serverStop();
        f.last = b.hash;
        f.pinned.add(b.hash);
        const hash = '0x' + b.hash;
        emit(withRuntime ? { event: 'newBlock', blockHash: hash, parentBlockHash: '0x' + b.header.parentHash, newRuntime: null } : { event: 'newBlock', blockHash: hash, parentBlockHash: '0x' + b.header.parentHash });
        emit({ event: 'bestBlockChanged', bestBlockHash: hash });
        emit({ event: 'finalized', finalizedBlockHashes: [hash], prunedBlockHashes: [] });
      });
      return () => f.stop();
    });
  });
  m.set('chainHead_v1_unfollow', (params, ctx) => {
    const f = follow(ctx, params[0]);
    if (f) {
      f.stop();
      ctx.unsubscribe(f.id);
    }
    return null;
  });

  /** The pinned block `v` of `f` (hash without 0x), or a -32801 error. */
  const pinnedBlock = (f: Follow, v: unknown): string => {
    const h = hashParam(v);
    if (!f.pinned.has(h)) throw new RpcError(ChainHeadError.InvalidBlock, 'Invalid block hash');
    return h;
  };
  const startOperation = (f: Follow): [string, Operation] => {
    const id = String(f.nextOperation++);
    const op: Operation = { stopped: false };
    f.operations.set(id, op);
    return [id, op];
  };
  const finishOperation = (f: Follow, id: string): void => {
    f.operations.delete(id);
  };
  const errorText = (e: unknown): string => {
    if (e instanceof RpcError) return e.data === undefined ? e.message : `${e.message}: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}`;
    if (e instanceof StateUnavailable) return e.message;
    return e instanceof Error ? e.message : String(e);
  };

  // ---- chainHead: header / body / call
  m.set('chainHead_v1_header', (params, ctx) => {
    const f = follow(ctx, params[0]);
    if (!f) {
      hashParam(params[1]);
      return null;
    }
    const h = pinnedBlock(f, params[1]);
    const header = chain.header(h);
    if (!header) throw new RpcError(ErrorCode.Internal, 'Internal error', `header of 0x${h} not found`);
    return toHex(encodeHeader(header));
  });
  m.set('chainHead_v1_body', (params, ctx) => {
    const f = follow(ctx, params[0]);
    if (!f) return { result: 'limitReached' };
    const h = pinnedBlock(f, params[1]);
    const [operationId] = startOperation(f);
    const body = chain.body(h);
    finishOperation(f, operationId);
    f.emit(body ? { event: 'operationBodyDone', operationId, value: body.map(toHex) } : { event: 'operationError', operationId, error: `body of 0x${h} not found` });
    return { result: 'started', operationId };
  });
  m.set('chainHead_v1_call', (params, ctx) => {
    const f = follow(ctx, params[0]);
    const fn = stringParam(params[2], 'function');
    const data = hexParam(params[3], 'callParameters');
    if (!f) return { result: 'limitReached' };
    const h = pinnedBlock(f, params[1]);
    if (!f.withRuntime) throw new RpcError(ChainHeadError.InvalidRuntimeCall, 'The chainHead_follow subscription was started with `withRuntime` set to `false`');
    const [operationId] = startOperation(f);
    let event: object;
    try {
      event = { event: 'operationCallDone', operationId, output: toHex(deps.stateCall(fn, data, h)) };
    } catch (e) {
      event = { event: 'operationError', operationId, error: errorText(e) };
    }
    finishOperation(f, operationId);
    f.emit(event);
    return { result: 'started', operationId };
  });

  // ---- chainHead: storage
  m.set('chainHead_v1_storage', (params, ctx) => {
    const f = follow(ctx, params[0]);
    if (!Array.isArray(params[2])) throw invalidParams('items: expected an array');
    const items = params[2].map((it: unknown, i): { key: Uint8Array; type: StorageQueryType } => {
      if (typeof it !== 'object' || it === null) throw invalidParams(`items[${i}]: expected an object`);
      const { key, type } = it as { key?: unknown; type?: unknown };
      if (typeof type !== 'string' || !STORAGE_TYPES.has(type)) throw invalidParams(`items[${i}].type: expected one of ${[...STORAGE_TYPES].join(', ')}`);
      return { key: hexParam(key, `items[${i}].key`), type: type as StorageQueryType };
    });
    const childTrie = params[3] === undefined || params[3] === null ? null : hexParam(params[3], 'childTrie');
    if (!f) return { result: 'limitReached' };
    const h = pinnedBlock(f, params[1]);
    const [operationId, op] = startOperation(f);
    const batches = storageBatches(h, items, childTrie !== null);
    let sinceContinue = 0;
    const run = (): void => {
      op.resume = undefined;
      try {
        for (;;) {
          if (op.stopped) return;
          const next = batches.next();
          if (next.done) break;
          f.emit({ event: 'operationStorageItems', operationId, items: next.value });
          sinceContinue += next.value.length;
          if (sinceContinue >= STORAGE_ITEMS_BEFORE_CONTINUE) {
            sinceContinue = 0;
            op.resume = run;
            f.emit({ event: 'operationWaitingForContinue', operationId });
            return;
          }
        }
        f.emit({ event: 'operationStorageDone', operationId });
      } catch (e) {
        f.emit({ event: 'operationError', operationId, error: errorText(e) });
      }
      finishOperation(f, operationId);
    };
    run();
    return { result: 'started', operationId, discardedItems: 0 };
  });

  /** Storage results of `items` at block `at`, in batches of at most `STORAGE_BATCH` items. */
  function* storageBatches(at: string, items: readonly { key: Uint8Array; type: StorageQueryType }[], child: boolean): Generator<StorageItemJson[]> {
    if (child) return; // no child tries on this chain
    let batch: StorageItemJson[] = [];
    const push = (it: StorageItemJson): StorageItemJson[] | undefined => {
      batch.push(it);
      if (batch.length < STORAGE_BATCH) return undefined;
      const full = batch;
      batch = [];
      return full;
    };
    for (const { key, type } of items) {
      const keyHex = toHex(key);
      if (type === 'value' || type === 'hash') {
        const v = chain.storageAt(key, at);
        if (v === undefined) continue;
        const full = push(type === 'value' ? { key: keyHex, value: toHex(v) } : { key: keyHex, hash: toHex(blake2_256(v)) });
        if (full) yield full;
      } else if (type === 'closestDescendantMerkleValue') {
        if (at !== chain.head.hash) throw new Error('closestDescendantMerkleValue is only available for the best block');
        const mv = closestDescendantMerkleValue(chain.backend.trie, key);
        if (mv === undefined) continue;
        const full = push({ key: keyHex, closestDescendantMerkleValue: toHex(mv) });
        if (full) yield full;
      } else {
        for (const k of chain.keysWithPrefixAt(key, at)) {
          const v = chain.storageAt(k, at);
          if (v === undefined) continue;
          const full = push(type === 'descendantsValues' ? { key: toHex(k), value: toHex(v) } : { key: toHex(k), hash: toHex(blake2_256(v)) });
          if (full) yield full;
        }
      }
    }
    if (batch.length) yield batch;
  }

  // ---- chainHead: unpin / continue / stopOperation
  m.set('chainHead_v1_unpin', (params, ctx) => {
    const list = Array.isArray(params[1]) ? params[1] : [params[1]];
    const hashes = list.map((v, i) => hashParam(v, `hashOrHashes[${i}]`));
    const f = follow(ctx, params[0]);
    if (!f) return null;
    if (new Set(hashes).size !== hashes.length) throw new RpcError(ChainHeadError.InvalidDuplicateHashes, 'Received duplicate hashes for the chainHead_unpin method');
    for (const h of hashes) if (!f.pinned.has(h)) throw new RpcError(ChainHeadError.InvalidBlock, 'Invalid block hash');
    for (const h of hashes) f.pinned.delete(h);
    return null;
  });
  m.set('chainHead_v1_continue', (params, ctx) => {
    const f = follow(ctx, params[0]);
    const id = stringParam(params[1], 'operationId');
    if (!f) return null;
    const resume = f.operations.get(id)?.resume;
    if (!resume) throw new RpcError(ChainHeadError.InvalidContinue, 'Invalid operation id');
    setImmediate(resume);
    return null;
  });
  m.set('chainHead_v1_stopOperation', (params, ctx) => {
    const f = follow(ctx, params[0]);
    const id = stringParam(params[1], 'operationId');
    const op = f?.operations.get(id);
    if (f && op) {
      op.stopped = true;
      finishOperation(f, id);
    }
    return null;
  });

  // ---- transaction / transactionWatch
  /** Maps a submission rejection to the watch event that reports it. */
  const rejectionEvent = (e: unknown): object => {
    if (e instanceof PoolError) {
      const error = e.data === undefined ? e.message : `${e.message}: ${e.data}`;
      if (e.code === 1014 || e.code === 1016) return { event: 'dropped', error };
      if (e.code === 1002 || e.code === 1011) return { event: 'error', error };
      return { event: 'invalid', error };
    }
    return { event: 'error', error: errorText(e) };
  };
  const inclusion = (blockHash: string, bytes: Uint8Array): { hash: string; index: number } => {
    const at = chain.findExtrinsic(blake2_256(bytes));
    return { hash: blockHash, index: at && '0x' + at.blockHash === blockHash ? at.index : 0 };
  };

  m.set('transactionWatch_v1_submitAndWatch', (params, ctx) => {
    requireSubscriptions(ctx);
    const bytes = hexParam(params[0], 'transaction');
    return ctx.subscribe('transactionWatch_v1_watchEvent', (emit, id) => {
      let ended = false;
      const end = (event: object): void => {
        if (ended) return;
        ended = true;
        emit(event);
        unwatch();
        setImmediate(() => ctx.unsubscribe(id));
      };
      let validated = false;
      const queued: TxStatus[] = [];
      const onStatus = (s: TxStatus): void => {
        if (!validated) {
          queued.push(s);
          return;
        }
        if (ended) return;
        if (s === 'ready' || s === 'future') return;
        if (s === 'invalid') return end({ event: 'invalid', error: 'Transaction is no longer valid' });
        if (s === 'dropped') return end({ event: 'dropped', error: 'Transaction was dropped from the pool' });
        if ('inBlock' in s) return emit({ event: 'bestChainBlockIncluded', block: inclusion(s.inBlock, bytes) });
        if ('finalized' in s) return end({ event: 'finalized', block: inclusion(s.finalized, bytes) });
        return end({ event: 'invalid', error: `Transaction was replaced by ${s.usurped}` });
      };
      const unwatch = pool.watch(toHex(blake2_256(bytes)), onStatus);
      // the signature is checked off the main thread; events follow once the pool has decided
      pool.submitAsync(bytes).then(
        () => {
          if (ended) return;
          validated = true;
          emit({ event: 'validated' });
          for (const s of queued.splice(0)) onStatus(s);
        },
        (e: unknown) => {
          validated = true;
          end(rejectionEvent(e));
        },
      );
      return () => unwatch();
    });
  });
  m.set('transactionWatch_v1_unwatch', (params, ctx) => {
    ctx.unsubscribe(stringParam(params[0], 'subscription'));
    return null;
  });
  let broadcastCounter = 0;
  m.set('transaction_v1_broadcast', (params, ctx) => {
    const bytes = hexParam(params[0], 'transaction');
    pool.submitAsync(bytes).catch(() => {
      // the spec reports nothing about a broadcast transaction's fate
    });
    const id = `tx-${(++broadcastCounter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    conn(ctx).broadcasts.add(id);
    return id;
  });
  m.set('transaction_v1_stop', (params, ctx) => {
    const id = stringParam(params[0], 'operationId');
    if (!conn(ctx).broadcasts.delete(id)) throw invalidParams('Invalid operation id');
    return null;
  });
}
