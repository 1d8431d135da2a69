import { sql, type Transaction } from 'kysely';
import { subjectKey, type SubjectRef } from '../domain/exception-engine.js';
import type { Database } from './database.js';
import type { Dialect } from './migrations.js';

/**
 * Locks subjects until commit (PostgreSQL; SQLite has one writer already), so two transactions never
 * both build on a subject's old state. Keys are taken sorted in one statement, so transactions
 * that share subjects lock them in the same order. `held` remembers what this transaction holds.
 */
export async function lockSubjects(
  trx: Transaction<Database>,
  dialect: Dialect,
  refs: readonly (SubjectRef & { tenant: string })[],
  held: Set<string>,
): Promise<void> {
  if (dialect !== 'postgres') return;
  const keys = [...new Set(refs.map((r) => `orderlens:subject:${r.tenant}:${subjectKey(r)}`))]
    .filter((k) => !held.has(k))
    .sort();
  if (keys.length === 0) return;
  // unnest yields the array in order, so the locks are taken in sorted order.
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${keys}::text[]) as k`.execute(
    trx,
  );
  for (const k of keys) held.add(k);
}
