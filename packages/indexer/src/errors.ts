/** Errors of the indexer: a code, a short message and structured details (STYLE.md). */
export type IndexerErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'DB_ERROR'
  | 'NODE_UNAVAILABLE'
  | 'GENESIS_MISMATCH'
  | 'BAD_ARGUMENT'
  | 'POSTGRES_MISSING';

export class IndexerError extends Error {
  override name = 'IndexerError';
  constructor(
    readonly code: IndexerErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
