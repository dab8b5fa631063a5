/**
 * The legacy Substrate JSON-RPC set (what @polkadot/api uses), engine_* and dev_* methods, over the
 * chain, the pool and the sealer. Results use Substrate's JSON shapes (0x-hex, headers with hex
 * numbers); errors use its codes (author: 1001-1016, state: 4001/4003, params: -32602).
 */
import { decodeAddress } from '@polkadot/util-crypto';
import { decode, decodePrefix, encode, T } from '@tensorium/primitives';
import { InvalidTransaction } from '@tensorium/runtime/executive';
import { computeFee, weightToFee, EXTRINSIC_BASE_WEIGHT } from '@tensorium/runtime/pallets/transactionPayment/index';
import { StateUnavailable, type BuiltBlock, type Chain } from '../chain/chain.js';
import { headerToJson, type Header } from '../chain/header.js';
import { FeeDetailsType, RuntimeDispatchInfoType, TransactionValidityErrorType, ValidTransactionType } from '../metadata/runtimeTypes.js';
import { encodeRuntimeVersion, runtimeVersion, type RuntimeVersionData } from '../metadata/version.js';
import type { Sealer } from '../node/sealer.js';
import { blake2_256, fromHex, toHex } from '../storage/hashing.js';
import { PoolError, type DecodedExtrinsic, type ExtrinsicDecoder, type TxPool, type TxStatus } from '../txpool/pool.js';
import { ErrorCode, RpcError, type CallContext, type Handler } from './server.js';
import { registerNewSpecMethods } from './chainHead.js';
import { subtensorRuntimeApi, type RuntimeApiHost } from './subtensorApis.js';
import { ApplyExtrinsicResultType, blockBuilderApi, dryRun, validityErrorValue } from './blockBuilderApi.js';
import { storage as systemStorage } from '@tensorium/runtime/pallets/system/index';
import { storage as subtensor } from '@tensorium/runtime/pallets/subtensor/storage';

/** Metadata bytes as the metadata module builds them. */
export interface MetadataSource {
  readonly v14: Uint8Array;
  opaque(version: number): Uint8Array;
  atVersion(version: number): Uint8Array;
  readonly versionsEncoded: Uint8Array;
}

export interface RpcDeps {
  readonly chain: Chain;
  readonly pool: TxPool;
  readonly sealer: Sealer;
  readonly decode: ExtrinsicDecoder;
  /** Lazily built metadata (undefined while unavailable). */
  readonly metadata: () => MetadataSource | undefined;
  readonly nodeName?: string;
  readonly nodeVersion?: string;
  readonly chainName?: string;
  /** Dev snapshots: take and restore (revert the chain to the snapshot's block). */
  readonly snapshot?: () => string;
  readonly restore?: (id: string) => boolean;
}

const invalidParams = (data: string): RpcError => new RpcError(ErrorCode.InvalidParams, 'Invalid params', data);

function hexParam(v: unknown, name: string): Uint8Array {
  if (typeof v !== 'string') throw invalidParams(`${name}: expected a 0x-prefixed hex string`);
  // (no repeated group: a group over a multi-megabyte string overflows the regex engine's stack)
  if (v.length % 2 !== 0 || !/^0x[0-9a-fA-F]*$/.test(v)) throw invalidParams(`${name}: invalid hex string`);
  return fromHex(v);
}

function optString(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidParams(`${name}: expected a string`);
  return v;
}

export function buildMethods(deps: RpcDeps): Map<string, Handler> {
  const { chain, pool, sealer } = deps;
  const m = new Map<string, Handler>();
  const version: RuntimeVersionData = runtimeVersion();
  const peerId = '12D3KooW' + toHex(blake2_256(new TextEncoder().encode(chain.genesisHash))).slice(2, 46);

  /** Resolve an optional block hash param to a known block hash (no 0x). */
  const blockAt = (v: unknown, name = 'at'): string => {
    const s = optString(v, name);
    if (s === undefined) return chain.head.hash;
    const h = toHex(hexParam(s, name)).slice(2);
    if (h.length !== 64) throw invalidParams(`${name}: expected a 32-byte hash`);
    if (h !== chain.head.hash && !chain.header(h)) throw new RpcError(4001, `Client error: UnknownBlock: Header was not found in the database: 0x${h}`);
    return h;
  };
  /** Run a read of block state; a block without state gives Substrate's 4001/4003 errors. */
  const withState = <R>(fn: () => R): R => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof StateUnavailable) throw new RpcError(e.code, `Client error: ${e.message}`);
      throw e;
    }
  };
  const storageAt = (key: Uint8Array, at: string): Uint8Array | undefined => withState(() => chain.storageAt(key, at));
  /**
   * Keys with `prefix` in the state after block `at`: strictly after `startKey` when given, in key
   * order, at most `count` (Substrate's `storage_keys_paged`).
   */
  const keysPagedAt = (prefix: Uint8Array, count: number, startKey: Uint8Array | undefined, at: string): Uint8Array[] => {
    if (at === chain.head.hash) return chain.backend.keysPaged(prefix, count, startKey);
    const start = startKey === undefined ? undefined : toHex(startKey);
    const out: string[] = [];
    for (const k of withState(() => chain.keysWithPrefixAt(prefix, at))) {
      const hex = toHex(k);
      if (start === undefined || hex > start) out.push(hex);
    }
    // hex strings of bytes compare as the bytes do
    return out
      .sort()
      .slice(0, count)
      .map((h) => fromHex(h));
  };
  /**
   * What the runtime APIs read at block `at`: its state and its number (the head: the chain
   * itself). Throws 4001/4003 up front when the block has no state.
   */
  const runtimeHostAt = (at: string): RuntimeApiHost => {
    if (at === chain.head.hash) return chain;
    const number = chain.header(at)!.number;
    withState(() => chain.viewAt(at, () => undefined));
    return { view: (fn) => withState(() => chain.viewAt(at, fn)), head: { number } };
  };
  const metadata = (): MetadataSource => {
    const md = deps.metadata();
    if (!md) throw new RpcError(-32000, 'Metadata is not available');
    return md;
  };
  const poolError = (e: unknown): RpcError => {
    if (e instanceof PoolError) return new RpcError(e.code, e.message, e.data);
    if (e instanceof RpcError) return e;
    return new RpcError(1002, 'Verification Error: Runtime error', (e as Error)?.message ?? String(e));
  };
  const decodeXt = (bytes: Uint8Array): DecodedExtrinsic => {
    try {
      return deps.decode(bytes);
    } catch (e) {
      if (e instanceof PoolError) throw new RpcError(e.code, e.message, e.data);
      if (e instanceof InvalidTransaction) throw new RpcError(1010, 'Invalid Transaction', e.message);
      throw new RpcError(1001, 'Extrinsic has invalid format', (e as Error)?.message);
    }
  };
  const feeInfo = (xt: DecodedExtrinsic, len: number): { weight: bigint; cls: string; fee: bigint; pays: boolean } => {
    const info = chain.runtime.callInfo(xt.xt.call);
    return { weight: info.weight, cls: info.dispatchClass, fee: computeFee(len, info.weight, info.pays), pays: info.pays };
  };
  const add = (names: string | string[], h: Handler): void => {
    for (const n of Array.isArray(names) ? names : [names]) m.set(n, h);
  };
  const subscription = (names: string[], unsubNames: string[], notification: string, start: (emit: (r: unknown) => void, params: readonly unknown[]) => () => void): void => {
    add(names, (params, ctx) => {
      if (!ctx.canSubscribe) throw new RpcError(ErrorCode.MethodNotFound, 'Subscriptions are not available on this transport.');
      return ctx.subscribe(notification, (emit) => start(emit, params));
    });
    add(unsubNames, (params, ctx: CallContext) => {
      const id = params[0];
      if (typeof id !== 'string' && typeof id !== 'number') throw invalidParams('subscription id expected');
      return ctx.unsubscribe(String(id));
    });
  };
  const onBlocks = (fn: (b: BuiltBlock) => void): (() => void) => chain.onBlock(fn);

  // ---- rpc / system
  add('rpc_methods', () => ({ version: 1, methods: [...m.keys()].sort() }));
  add('system_name', () => deps.nodeName ?? 'Tensorium');
  add('system_version', () => deps.nodeVersion ?? '0.1.0');
  add('system_chain', () => deps.chainName ?? 'Development');
  add('system_chainType', () => 'Development');
  const properties = { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' };
  add('system_properties', () => properties);
  add('system_health', () => ({ peers: 0, isSyncing: false, shouldHavePeers: false }));
  add('system_peers', () => []);
  add('system_nodeRoles', () => ['Authority']);
  add('system_localPeerId', () => peerId);
  add('system_localListenAddresses', () => []);
  add('system_syncState', () => ({ startingBlock: 0, currentBlock: chain.head.number, highestBlock: chain.head.number }));
  add(['system_accountNextIndex', 'account_nextIndex'], (p) => {
    if (typeof p[0] !== 'string') throw invalidParams('address expected');
    let id: Uint8Array;
    try {
      id = decodeAddress(p[0]);
    } catch (e) {
      throw invalidParams(`invalid address: ${(e as Error).message}`);
    }
    if (id.length !== 32) throw invalidParams('expected a 32-byte account id');
    return pool.accountNonce(toHex(id).slice(2));
  });

  // ---- chain
  const blockHashOf = (v: unknown): string | null => {
    if (v === undefined || v === null) return '0x' + chain.head.hash;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string' && /^0x[0-9a-fA-F]+$/.test(v)) n = parseInt(v, 16);
    else if (typeof v === 'string' && /^[0-9]+$/.test(v)) n = Number(v);
    else throw invalidParams('block number expected');
    if (!Number.isSafeInteger(n) || n < 0) throw invalidParams('block number expected');
    const h = chain.blockHash(n);
    return h ? '0x' + h : null;
  };
  add(['chain_getBlockHash', 'chain_getHead'], (p) => (Array.isArray(p[0]) ? p[0].map(blockHashOf) : blockHashOf(p[0])));
  add(['chain_getFinalizedHead', 'chain_getFinalisedHead'], () => '0x' + chain.finalized.hash);
  const headerOf = (v: unknown): Header | null => {
    const s = optString(v, 'hash');
    if (s === undefined) return chain.head.header;
    const h = toHex(hexParam(s, 'hash')).slice(2);
    return chain.header(h) ?? null;
  };
  add('chain_getHeader', (p) => {
    const h = headerOf(p[0]);
    return h ? headerToJson(h) : null;
  });
  add('chain_getBlock', (p) => {
    const h = headerOf(p[0]);
    if (!h) return null;
    const hash = optString(p[0], 'hash') === undefined ? chain.head.hash : toHex(hexParam(p[0], 'hash')).slice(2);
    const body = chain.body(hash) ?? [];
    return { block: { header: headerToJson(h), extrinsics: body.map(toHex) }, justifications: null };
  });
  const headSub = (emit: (r: unknown) => void): (() => void) => {
    emit(headerToJson(chain.head.header));
    return onBlocks((b) => emit(headerToJson(b.header)));
  };
  subscription(['chain_subscribeNewHeads', 'chain_subscribeNewHead', 'subscribe_newHead'], ['chain_unsubscribeNewHeads', 'chain_unsubscribeNewHead', 'unsubscribe_newHead'], 'chain_newHead', headSub);
  subscription(['chain_subscribeFinalizedHeads', 'chain_subscribeFinalisedHeads'], ['chain_unsubscribeFinalizedHeads', 'chain_unsubscribeFinalisedHeads'], 'chain_finalizedHead', headSub);
  subscription(['chain_subscribeAllHeads'], ['chain_unsubscribeAllHeads'], 'chain_allHead', headSub);

  // ---- state
  add(['state_getStorage', 'state_getStorageAt'], (p) => {
    const key = hexParam(p[0], 'key');
    const v = storageAt(key, blockAt(p[1]));
    return v ? toHex(v) : null;
  });
  add(['state_getStorageHash', 'state_getStorageHashAt'], (p) => {
    const v = storageAt(hexParam(p[0], 'key'), blockAt(p[1]));
    return v ? toHex(blake2_256(v)) : null;
  });
  add(['state_getStorageSize', 'state_getStorageSizeAt'], (p) => {
    const v = storageAt(hexParam(p[0], 'key'), blockAt(p[1]));
    return v ? v.length : null;
  });
  add(['state_getKeysPaged', 'state_getKeysPagedAt'], (p) => {
    const prefix = p[0] === null || p[0] === undefined ? new Uint8Array(0) : hexParam(p[0], 'prefix');
    const count = p[1];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw invalidParams('count expected');
    if (count > 1000) throw invalidParams('count exceeds maximum value. value: ' + count + ', max: 1000');
    const start = p[2] === null || p[2] === undefined ? undefined : hexParam(p[2], 'startKey');
    return keysPagedAt(prefix, count, start, blockAt(p[3])).map(toHex);
  });
  add('state_getKeys', (p) => {
    const prefix = hexParam(p[0], 'prefix');
    // (capped, as before: the unpaged call is unsafe on a large state)
    return keysPagedAt(prefix, 1000, undefined, blockAt(p[1])).map(toHex);
  });
  add('state_queryStorageAt', (p) => {
    if (!Array.isArray(p[0])) throw invalidParams('keys expected');
    if (p[0].length > 1000) throw invalidParams('too many keys');
    const at = blockAt(p[1]);
    const changes = p[0].map((k, i) => {
      const key = hexParam(k, `keys[${i}]`);
      const v = storageAt(key, at);
      return [toHex(key), v ? toHex(v) : null];
    });
    return [{ block: '0x' + at, changes }];
  });
  subscription(['state_subscribeStorage'], ['state_unsubscribeStorage'], 'state_storage', (emit, params) => {
    const keys = params[0] === undefined || params[0] === null ? undefined : Array.isArray(params[0]) ? params[0].map((k, i) => toHex(hexParam(k, `keys[${i}]`))) : undefined;
    if (params[0] !== undefined && params[0] !== null && !keys) throw invalidParams('keys expected');
    if (keys) {
      emit({ block: '0x' + chain.head.hash, changes: keys.map((k) => [k, ((v) => (v ? toHex(v) : null))(chain.storageAt(fromHex(k)))]) });
    }
    return onBlocks((b) => {
      const changes: [string, string | null][] = [];
      if (keys) {
        for (const k of keys) if (b.changes.has(k)) changes.push([k, b.changes.get(k)!]);
      } else for (const [k, v] of b.changes) changes.push([k, v]);
      if (changes.length) emit({ block: '0x' + b.hash, changes });
    });
  });
  add(['state_getRuntimeVersion', 'chain_getRuntimeVersion'], (p) => {
    blockAt(p[0]);
    return version;
  });
  subscription(['state_subscribeRuntimeVersion', 'chain_subscribeRuntimeVersion'], ['state_unsubscribeRuntimeVersion', 'chain_unsubscribeRuntimeVersion'], 'state_runtimeVersion', (emit) => {
    emit(version);
    return () => undefined;
  });
  add('state_getMetadata', (p) => {
    blockAt(p[0]);
    return toHex(metadata().v14);
  });
  add(['state_call', 'state_callAt'], (p) => {
    if (typeof p[0] !== 'string') throw invalidParams('method name expected');
    const data = p[1] === undefined || p[1] === null ? new Uint8Array(0) : hexParam(p[1], 'data');
    return toHex(stateCall(p[0], data, blockAt(p[2])));
  });

  // Substrate's (unsafe) dry run: the extrinsic applied to a copy of the state after `at`, as in the next
  // block; answers SCALE `ApplyExtrinsicResult`; nothing changes
  add('system_dryRun', (p) => {
    const bytes = hexParam(p[0], 'extrinsic');
    const at = blockAt(p[1]);
    return toHex(encode(ApplyExtrinsicResultType, dryRun({ chain, decode: deps.decode, host: runtimeHostAt(at), at }, bytes)));
  });

  /**
   * A runtime API call against the state after block `at` (default: the head). Metadata and
   * Core_version do not depend on the state (one runtime for every block); every other call needs
   * the block's state (4003 when discarded).
   */
  const stateCall = (method: string, data: Uint8Array, at: string = chain.head.hash): Uint8Array => {
    const args = <A>(t: Parameters<typeof decode>[0]): A => {
      try {
        return decode(t, data) as A;
      } catch (e) {
        throw new RpcError(4002, `Client error: Execution failed: Runtime error: Codec error: ${(e as Error).message}`);
      }
    };
    /** The leading extrinsic of the call data (compact-length-prefixed) and the bytes after it. */
    const xtArg = (): [Uint8Array, Uint8Array] => {
      try {
        const [inner, used] = decodePrefix(T.bytes, data);
        void inner;
        return [data.slice(0, used), data.slice(used)];
      } catch (e) {
        throw new RpcError(4002, `Client error: Execution failed: Runtime error: Codec error: ${(e as Error).message}`);
      }
    };
    switch (method) {
      case 'Metadata_metadata':
        return metadata().opaque(14);
      case 'Metadata_metadata_at_version':
        return metadata().atVersion(args<number>(T.u32));
      case 'Metadata_metadata_versions':
        return metadata().versionsEncoded;
      case 'Core_version':
        return encodeRuntimeVersion(version);
    }
    const host = runtimeHostAt(at);
    const subtensorApi = subtensorRuntimeApi(host, method, data);
    if (subtensorApi) return subtensorApi;
    const builderApi = blockBuilderApi({ chain, decode: deps.decode, host, at }, method, data);
    if (builderApi) return builderApi;
    const nonceOf = (who: string): number => host.view((s) => systemStorage.Account.get(s, who).nonce);
    switch (method) {
      case 'AccountNonceApi_account_nonce': {
        const who = args<string>(T.accountId);
        return encode(T.u32, nonceOf(who));
      }
      case 'TransactionPaymentApi_query_info': {
        const [xtBytes, rest] = xtArg();
        const len = decode(T.u32, rest.slice()) as number;
        const f = feeInfo(decodeXt(xtBytes), len);
        return encode(RuntimeDispatchInfoType, { weight: { ref_time: f.weight, proof_size: 0n }, class: { type: f.cls }, partial_fee: f.fee });
      }
      case 'TransactionPaymentApi_query_fee_details': {
        const [xtBytes, rest] = xtArg();
        const len = decode(T.u32, rest.slice()) as number;
        const xt = decodeXt(xtBytes);
        const f = feeInfo(xt, len);
        const inclusion = f.pays ? { base_fee: weightToFee(EXTRINSIC_BASE_WEIGHT), len_fee: BigInt(len), adjusted_weight_fee: weightToFee(f.weight) } : undefined;
        return encode(FeeDetailsType, { inclusion_fee: inclusion, tip: xt.xt.tip ?? 0n });
      }
      case 'TaggedTransactionQueue_validate_transaction': {
        // (source: TransactionSource, tx: Extrinsic, block_hash: H256)
        const source = data.subarray(0, 1);
        void source;
        const rest = data.slice(1);
        let xtBytes: Uint8Array;
        try {
          const [, used] = decodePrefix(T.bytes, rest);
          xtBytes = rest.subarray(0, used);
        } catch (e) {
          throw new RpcError(4002, `Client error: Execution failed: Runtime error: Codec error: ${(e as Error).message}`);
        }
        const ResultType = T.enum('TransactionValidity', [
          { name: 'Ok', fields: [ValidTransactionType] },
          { name: 'Err', fields: [TransactionValidityErrorType] },
        ]);
        try {
          const d = deps.decode(xtBytes);
          // for a block after `at` (Substrate validates against the given block's state)
          const env = { preset: chain.preset, number: BigInt(host.head.number + 1), parentHash: at, author: chain.opts.author };
          const { priority } = at === chain.head.hash ? chain.validate(d.xt) : host.view((s) => chain.executive.validate(s, env, d.xt));
          const signer = d.xt.signer;
          const nonce = d.xt.nonce ?? 0;
          const tag = (n: number): Uint8Array => (signer ? new Uint8Array([...fromHex(signer), ...encode(T.u32, n)]) : blake2_256(xtBytes));
          const chainNonce = signer ? nonceOf(signer) : 0;
          return encode(ResultType, {
            type: 'Ok',
            value: { priority: priority > 0xffffffffffffffffn ? 0xffffffffffffffffn : priority, requires: signer && nonce > chainNonce ? [tag(nonce - 1)] : [], provides: [tag(nonce)], longevity: 64n, propagate: true },
          });
        } catch (e) {
          const v = validityErrorValue(e);
          return encode(ResultType, { type: 'Err', value: v ?? { type: 'Unknown', value: { type: 'CannotLookup' } } });
        }
      }
      default:
        throw new RpcError(4002, `Client error: Execution failed: Other: Exported method ${method} is not found`);
    }
  };

  // ---- author
  add('author_submitExtrinsic', async (p) => {
    const bytes = hexParam(p[0], 'extrinsic');
    try {
      return (await pool.submitAsync(bytes)).hash;
    } catch (e) {
      throw poolError(e);
    }
  });
  add('author_submitAndWatchExtrinsic', async (p, ctx) => {
    if (!ctx.canSubscribe) throw new RpcError(ErrorCode.MethodNotFound, 'Subscriptions are not available on this transport.');
    const bytes = hexParam(p[0], 'extrinsic');
    // validate first so a rejection is the call's error, as in Substrate
    let queued: TxStatus[] = [];
    let emitFn: ((r: unknown) => void) | undefined;
    let subId: string | undefined;
    // a final status ends the subscription on the server, as Substrate's watch stream ends: it no longer
    // counts against the connection's limit (clients need not call author_unwatchExtrinsic)
    const final = (s: TxStatus): boolean => typeof s === 'string' ? s === 'invalid' || s === 'dropped' : 'finalized' in s || 'usurped' in s;
    const endIfFinal = (s: TxStatus): void => {
      if (final(s) && subId !== undefined) {
        const id = subId;
        setImmediate(() => ctx.unsubscribe(id));
      }
    };
    const onStatus = (s: TxStatus): void => {
      if (emitFn) {
        emitFn(s);
        endIfFinal(s);
      } else queued.push(s);
    };
    let hash: string;
    try {
      hash = (await pool.submitAsync(bytes, onStatus)).hash;
    } catch (e) {
      throw poolError(e);
    }
    return ctx.subscribe('author_extrinsicUpdate', (emit, id) => {
      emitFn = emit;
      subId = id;
      for (const s of queued) {
        emit(s);
        endIfFinal(s);
      }
      queued = [];
      return pool.watch(hash, () => undefined);
    });
  });
  add('author_unwatchExtrinsic', (p, ctx) => ctx.unsubscribe(String(p[0])));
  add('author_pendingExtrinsics', () => pool.pending().map((t) => toHex(t.bytes)));
  add('author_removeExtrinsic', (p) => {
    if (!Array.isArray(p[0])) throw invalidParams('expected a list');
    const removed: string[] = [];
    for (const x of p[0]) {
      const h = typeof x === 'object' && x !== null && 'hash' in x ? String((x as { hash: unknown }).hash) : typeof x === 'object' && x !== null && 'extrinsic' in x ? toHex(blake2_256(hexParam((x as { extrinsic: unknown }).extrinsic, 'extrinsic'))) : undefined;
      if (h && pool.remove(h)) removed.push(h);
    }
    return removed;
  });

  // ---- payment
  const queryInfo = (p: readonly unknown[]): { xt: DecodedExtrinsic; len: number } => {
    const bytes = hexParam(p[0], 'extrinsic');
    blockAt(p[1]);
    return { xt: decodeXt(bytes), len: bytes.length };
  };
  add('payment_queryInfo', (p) => {
    const { xt, len } = queryInfo(p);
    const f = feeInfo(xt, len);
    return { weight: { refTime: Number(f.weight), proofSize: 0 }, class: f.cls.toLowerCase(), partialFee: f.fee.toString() };
  });
  add('payment_queryFeeDetails', (p) => {
    const { xt, len } = queryInfo(p);
    const f = feeInfo(xt, len);
    const hex = (n: bigint): string => '0x' + n.toString(16);
    return {
      inclusionFee: f.pays ? { baseFee: hex(weightToFee(EXTRINSIC_BASE_WEIGHT)), lenFee: hex(BigInt(len)), adjustedWeightFee: hex(weightToFee(f.weight)) } : null,
      tip: hex(xt.xt.tip ?? 0n),
    };
  });

  // ---- engine (manual sealing) and dev
  add('engine_createBlock', (p) => {
    const createEmpty = p[0] === undefined ? true : p[0];
    if (typeof createEmpty !== 'boolean') throw invalidParams('createEmpty: expected a boolean');
    if (p[2] !== undefined && p[2] !== null) {
      const parent = toHex(hexParam(p[2], 'parentHash')).slice(2);
      if (parent !== chain.head.hash) throw new RpcError(-32000, 'Only building on the best block is supported');
    }
    if (!createEmpty && !pool.hasReady()) throw new RpcError(-32000, 'No transactions available for creating an empty block');
    const b = sealer.produce();
    return { hash: '0x' + b.hash, aux: { header_only: false, clear_justification_requests: false, needs_justification: false, bad_justification: false, is_new_best: true } };
  });
  add('engine_finalizeBlock', (p) => {
    const h = toHex(hexParam(p[0], 'hash')).slice(2);
    if (!chain.header(h)) throw new RpcError(-32000, `Block 0x${h} not found`);
    return true;
  });
  add(['dev_jumpBlocks', 'dev_newBlocks'], (p) => {
    const n = p[0] === undefined ? 1 : p[0];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100_000) throw invalidParams('n: expected an integer 1..100000');
    const b = sealer.jump(n)!;
    return { number: b.number, hash: '0x' + b.hash };
  });
  add(['dev_jumpToEpoch', 'dev_nextEpoch'], (p) => {
    // produce blocks until one runs the subnet's epoch (its LastMechansimStepBlock becomes that block)
    const netuid = p[0];
    if (typeof netuid !== 'number' || !Number.isInteger(netuid) || netuid < 0 || netuid > 65535) throw invalidParams('netuid: expected an integer 0..65535');
    const { exists, tempo } = chain.view((st) => ({ exists: subtensor.NetworksAdded.get(st, netuid), tempo: subtensor.Tempo.get(st, netuid) }));
    if (netuid === 0) throw new RpcError(-32000, 'The root subnet (0) runs no Yuma epoch');
    if (!exists) throw new RpcError(-32000, `Subnet ${netuid} does not exist`);
    if (tempo === 0) throw new RpcError(-32000, `Subnet ${netuid} has tempo 0: its epoch never runs`);
    const limit = 2 * tempo + 2;
    for (let i = 1; i <= limit; i++) {
      const b = sealer.produce(true);
      if (chain.view((st) => subtensor.LastMechansimStepBlock.get(st, netuid)) === BigInt(b.number)) return { number: b.number, hash: '0x' + b.hash, blocks: i };
    }
    throw new RpcError(-32000, `Subnet ${netuid}: no epoch within ${limit} blocks (is emission paused or the subnet not started?)`);
  });
  add('dev_newBlock', () => {
    const b = sealer.produce();
    return { number: b.number, hash: '0x' + b.hash };
  });
  if (deps.snapshot && deps.restore) {
    const snap = deps.snapshot;
    const restore = deps.restore;
    add('dev_snapshot', () => snap());
    add(['dev_restore', 'dev_revert'], (p) => {
      if (typeof p[0] !== 'string') throw invalidParams('snapshot id expected');
      return restore(p[0]);
    });
  }

  // ---- the new JSON-RPC spec (chainSpec_v1, chainHead_v1, transaction_v1, transactionWatch_v1)
  registerNewSpecMethods(m, { chain, pool, stateCall, runtimeVersion: version, chainName: deps.chainName ?? 'Development', properties });
  return m;
}

export function headerJsonOf(h: Header): ReturnType<typeof headerToJson> {
  return headerToJson(h);
}
