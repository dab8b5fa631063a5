/**
 * Minimal type declarations for the two database drivers (neither ships its own types and
 * @types/* packages are not installed); only what the indexer uses.
 */
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement {
      run(...params: unknown[]): RunResult;
      all(...params: unknown[]): unknown[];
      get(...params: unknown[]): unknown;
    }
    interface Database {
      prepare(sql: string): Statement;
      exec(sql: string): Database;
      pragma(source: string): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): void;
      readonly open: boolean;
    }
  }
  interface DatabaseConstructor {
    new (filename: string, options?: { readonly?: boolean; timeout?: number }): Database.Database;
  }
  const Database: DatabaseConstructor;
  export = Database;
}

declare module 'pg' {
  export interface QueryResult<R = Record<string, unknown>> {
    rows: R[];
    rowCount: number | null;
  }
  export interface PoolClient {
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    release(err?: Error | boolean): void;
  }
  export interface PoolConfig {
    connectionString?: string;
    max?: number;
  }
  export class Pool {
    constructor(config?: PoolConfig);
    query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', fn: (err: Error) => void): this;
  }
  export const types: { setTypeParser(oid: number, fn: (v: string) => unknown): void };
  const pg: { Pool: typeof Pool; types: typeof types };
  export default pg;
}
