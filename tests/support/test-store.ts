import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createStore, type Dialect, type Store } from '../../bff/src/store/create-store.js';

/** The real PostgreSQL the scaled-mode tests use (trust auth on loopback). */
export const TEST_DATABASE_URL =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The real Redis the scaled-mode tests use. */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/** An isolated database: a temp SQLite file, or a fresh PostgreSQL schema. `open` gives one store on it. */
export interface TestDatabase {
  dialect: Dialect;
  /** The PostgreSQL URL reaching this schema ('' for SQLite), for whole BFF instances. */
  url: string;
  /** Opens a store on this database (call twice for two "replicas"). */
  open(): Promise<Store>;
  /** Closes every store it opened and removes the database. */
  drop(): Promise<void>;
}

/**
 * A throwaway database for one test file, so files run in parallel without seeing each other:
 * a real SQLite file in a temp directory, or a uniquely named schema on the real PostgreSQL
 * reached through `search_path`.
 * @example const tdb = await createTestDatabase('postgres'); const store = await tdb.open(); … await tdb.drop();
 */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const stores: Store[] = [];
  const closeAll = () => Promise.all(stores.splice(0).map((s) => s.close()));
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'orderlens-store-'));
    const sqlitePath = join(dir, 'orderlens.sqlite');
    return {
      dialect,
      url: '',
      async open() {
        const store = await createStore({ sqlitePath });
        stores.push(store);
        return store;
      },
      async drop() {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin(`create schema ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dialect,
    url: url.toString(),
    async open() {
      const store = await createStore({ databaseUrl: url.toString(), sqlitePath: '', maxConnections: 5 });
      stores.push(store);
      return store;
    },
    async drop() {
      await closeAll();
      await admin(`drop schema if exists ${schema} cascade`);
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
