import type { Database as BetterSqlite } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 behind Kysely with prepared statements reused by SQL text. Kysely prepares every
 * query anew, and preparing costs about as much as running a small statement; intake runs the same
 * few statements thousands of times a second. Safe because better-sqlite3 is synchronous and Kysely
 * does not stream here, so no statement is in use twice at once. Bounded, oldest evicted first.
 */
export function withCachedStatements(database: BetterSqlite, max = 500): SqliteDatabase {
  const cache = new Map<string, ReturnType<BetterSqlite['prepare']>>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
