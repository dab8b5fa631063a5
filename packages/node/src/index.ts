/** @tensorium/node: a Substrate-compatible node for the Tensorium runtime. */
export { TensoriumNode, type NodeOptions } from './node/node.js';
export { Sealer, parseSealing, type SealingMode } from './node/sealer.js';
export { createLogger, silentLogger, type Logger, type Level } from './node/logger.js';
export { Chain, defaultGenesis, DEV_BALANCE, StateUnavailable, type ChainOptions, type BlockCandidate, type BlockInfo, type BuiltBlock, type ChainSnapshot, type EventEncoder } from './chain/chain.js';
export { encodeHeader, decodeHeader, headerHash, headerToJson, HeaderType, type Header, type HeaderJson, type DigestItem } from './chain/header.js';
export { devAccount, devAccounts, devKeypair, DEV_NAMES, DEV_PHRASE, type DevName, type DevKeypair } from './chain/devAccounts.js';
export { TxPool, PoolError, PoolErrorCode, invalidToPoolError, type DecodedExtrinsic, type ExtrinsicDecoder, type PoolTx, type TxStatus, type TxPoolOptions } from './txpool/pool.js';
export { RpcServer, RpcError, ErrorCode, jsonReplacer, type Handler, type CallContext, type RpcServerOptions } from './rpc/server.js';
export { buildMethods, type RpcDeps, type MetadataSource } from './rpc/methods.js';
export { Trie, trieRoot, orderedTrieRoot, compactIndex, type TrieVersion } from './storage/trie.js';
export { StorageKeys, storageKeys, RAW_ITEMS, type StateKey } from './storage/keys.js';
export { LmdbBackend, type StateDiff, type StorageWrite } from './storage/backend.js';
export { NodeDb, type NodeDbOptions } from './storage/db.js';
export { blake2_256, blake2_128, twox64, twox128, hashKeyPart, initHashing, toHex, fromHex } from './storage/hashing.js';
