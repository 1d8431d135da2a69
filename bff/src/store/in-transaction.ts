import type { Transaction } from 'kysely';
import type { Store } from './create-store.js';
import type { Database } from './database.js';

/** PostgreSQL deadlock and serialization failures, SQLite busy: the whole transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);

/**
 * Runs `fn` in one transaction, retrying it a few times when the database aborted it only because
 * of a concurrent writer (e.g. two events locking the same subjects in opposite orders). `fn` must
 * therefore have no effect outside the transaction.
 * @example const n = await inTransaction(store, (trx) => trx.deleteFrom('leases').execute());
 */
export async function inTransaction<T>(
  store: Store,
  fn: (trx: Transaction<Database>) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.db.transaction().execute(fn);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/** Whether the database aborted the transaction only because of a concurrent writer. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}
