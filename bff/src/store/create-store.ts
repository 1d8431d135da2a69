import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withCachedStatements } from './cached-statements.js';
import type { Database } from './database.js';
import { migrateToLatest, type Dialect } from './migrations.js';

export type { Dialect } from './migrations.js';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** A PostgreSQL URL; when unset the store is the SQLite file at `sqlitePath`. */
  databaseUrl?: string | null;
  sqlitePath: string;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
}

const INT8_OID = 20;

/**
 * Opens the store and brings its schema up to date: PostgreSQL when `databaseUrl` is set (the
 * scaled mode), else a SQLite file (the embedded default, nothing to install).
 * @example const store = await createStore({ databaseUrl: env.store.databaseUrl, sqlitePath: env.store.sqlitePath });
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const dialect: Dialect = options.databaseUrl ? 'postgres' : 'sqlite';
  const db = new Kysely<Database>({
    dialect: options.databaseUrl
      ? postgres(options.databaseUrl, options.maxConnections ?? 10)
      : sqlite(options.sqlitePath),
  });
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}

function postgres(connectionString: string, max: number): PostgresDialect {
  const pool = new pg.Pool({
    connectionString,
    max,
    // bigserial and count(*) are int8, which pg returns as strings; our values stay far below 2^53.
    // Per pool, so other pg users in the process keep the default.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection emits here; unhandled it would crash the process. The
  // next query simply gets a fresh client.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

function sqlite(path: string): SqliteDialect {
  mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers run beside the one writer; NORMAL sync is durable across process crashes in WAL
  // mode (only an OS crash can lose the last commits) and makes each commit cheap.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withCachedStatements(database) });
}
