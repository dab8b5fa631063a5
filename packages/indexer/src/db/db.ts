/**
 * The SQL layer: one small interface over SQLite (better-sqlite3, the default) and PostgreSQL (pg).
 * Every statement is written once in portable SQL with `?` placeholders (rewritten to `$n` for
 * PostgreSQL) and `INSERT … ON CONFLICT (…) DO UPDATE/NOTHING` upserts, which both dialects accept.
 * Amounts are TEXT (u128 does not fit in int8); `num(col)` casts them for numeric ordering.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { IndexerError } from '../errors.js';

export type SqlValue = string | number | null;
export interface Statement {
  readonly sql: string;
  readonly params?: readonly SqlValue[];
}

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<R>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  get<R>(sql: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs the statements in ONE transaction: all of them are written or none. */
  batch(statements: readonly Statement[]): Promise<void>;
  /** A script of several statements without parameters (schema). */
  exec(script: string): Promise<void>;
  /** `col` as a number for ORDER BY / comparisons (amount columns are TEXT). */
  num(col: string): string;
  close(): Promise<void>;
}

/** Opens a database: `postgres://…` / `postgresql://…` → PostgreSQL, anything else a SQLite file (or `:memory:`). */
export async function openDb(database: string): Promise<Db> {
  if (/^postgres(ql)?:\/\//.test(database)) return openPostgres(database);
  return openSqlite(database);
}

function dbError(e: unknown, sql: string): IndexerError {
  return new IndexerError('DB_ERROR', (e as Error)?.message ?? String(e), { sql: sql.slice(0, 200) });
}

function openSqlite(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a process crash loses nothing committed; only an OS crash may lose the last commits
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');
  const cache = new Map<string, Database.Statement>();
  const prep = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      try {
        s = db.prepare(sql);
      } catch (e) {
        throw dbError(e, sql);
      }
      cache.set(sql, s);
    }
    return s;
  };
  const runAll = db.transaction((stmts: readonly Statement[]) => {
    for (const st of stmts) prep(st.sql).run(...(st.params ?? []));
  });
  return {
    dialect: 'sqlite',
    async all<R>(sql: string, params: readonly SqlValue[] = []) {
      return prep(sql).all(...params) as R[];
    },
    async get<R>(sql: string, params: readonly SqlValue[] = []) {
      return prep(sql).get(...params) as R | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      prep(sql).run(...params);
    },
    async batch(statements: readonly Statement[]) {
      runAll(statements);
    },
    async exec(script: string) {
      db.exec(script);
    },
    num: (col) => `CAST(${col} AS REAL)`,
    async close() {
      if (db.open) db.close();
    },
  };
}

/** `?` → `$1, $2, …` (our SQL never has `?` inside string literals). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

let pgTypesSet = false;

async function openPostgres(url: string): Promise<Db> {
  if (!pgTypesSet) {
    // int8 (COUNT, BIGINT block numbers) as JS numbers: block numbers and counts stay far below 2^53
    pg.types.setTypeParser(20, (v: string) => Number(v));
    pgTypesSet = true;
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  const conv = new Map<string, string>();
  const q = (sql: string): string => {
    let s = conv.get(sql);
    if (s === undefined) {
      s = toPgPlaceholders(sql);
      conv.set(sql, s);
    }
    return s;
  };
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new IndexerError('DB_ERROR', `cannot connect to PostgreSQL: ${(e as Error).message}`, { url: url.replace(/:[^:@/]*@/, ':***@') });
  }
  return {
    dialect: 'postgres',
    async all<R>(sql: string, params: readonly SqlValue[] = []) {
      try {
        return (await pool.query<R>(q(sql), [...params])).rows;
      } catch (e) {
        throw dbError(e, sql);
      }
    },
    async get<R>(sql: string, params: readonly SqlValue[] = []) {
      try {
        return (await pool.query<R>(q(sql), [...params])).rows[0];
      } catch (e) {
        throw dbError(e, sql);
      }
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      try {
        await pool.query(q(sql), [...params]);
      } catch (e) {
        throw dbError(e, sql);
      }
    },
    async batch(statements: readonly Statement[]) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const st of statements) await client.query(q(st.sql), [...(st.params ?? [])]);
        await client.query('COMMIT');
        client.release();
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        throw dbError(e, statements[0]?.sql ?? '');
      }
    },
    async exec(script: string) {
      try {
        await pool.query(script);
      } catch (e) {
        throw dbError(e, script);
      }
    },
    num: (col) => `CAST(${col} AS NUMERIC)`,
    async close() {
      await pool.end();
    },
  };
}
