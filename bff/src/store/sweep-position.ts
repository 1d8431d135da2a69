import type { Executor } from './database.js';

/** How far one paging sweep got through an upstream list for one tenant. */
export interface SweepPosition {
  job: string;
  tenant: string;
  /** The pass's query bound, fixed for the whole pass (a cursor is only valid with it). */
  bound: string;
  /** The cursor of the next page; null when the pass has read its last page. */
  cursor: string | null;
  /** When the pass began, ISO 8601. */
  startedAt: string;
}

/**
 * Where a paging sweep stands for a tenant, or null before its first pass. Saving it in the same
 * transaction as a page's results means a crash repeats at most that page, never skips one.
 * @example const at = await readSweepPosition(store.db, 'erp-unreleased', 'acme');
 */
export async function readSweepPosition(
  db: Executor,
  job: string,
  tenant: string,
): Promise<SweepPosition | null> {
  const row = await db
    .selectFrom('sweep_positions')
    .select(['bound', 'cursor', 'started_at'])
    .where('job', '=', job)
    .where('tenant', '=', tenant)
    .executeTakeFirst();
  return row ? { job, tenant, bound: row.bound, cursor: row.cursor, startedAt: row.started_at } : null;
}

/** Records a sweep's position (insert or replace). */
export async function saveSweepPosition(db: Executor, position: SweepPosition, at: string): Promise<void> {
  const row = {
    bound: position.bound,
    cursor: position.cursor,
    started_at: position.startedAt,
    updated_at: at,
  };
  await db
    .insertInto('sweep_positions')
    .values({ job: position.job, tenant: position.tenant, ...row })
    .onConflict((oc) => oc.columns(['job', 'tenant']).doUpdateSet(row))
    .execute();
}
