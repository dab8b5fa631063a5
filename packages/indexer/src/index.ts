/** @tensorium/indexer: follows a Tensorium node into SQL (SQLite or PostgreSQL) and serves the API of API.md. */
export { startIndexer, buildServer, type StartIndexerOptions, type RunningIndexer } from './api/server.js';
export { Indexer, type IndexerOptions, type IndexerStatus, type IndexedBlockEvent } from './indexer.js';
export { openDb, type Db } from './db/db.js';
export { migrate } from './db/schema.js';
export { IndexerError, type IndexerErrorCode } from './errors.js';
export { indexerCommand } from './cli.js';
export { silentLogger, consoleLogger, type Logger } from './logger.js';
