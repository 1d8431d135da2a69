import type { Insertable } from 'kysely';
import type { ExceptionHistoryTable, Executor } from './database.js';
import { reusableQuery } from './reusable-query.js';

/** One step in an exception's handling; matches the GraphQL `ExceptionHistoryEntry`. */
export interface ExceptionHistoryEntry {
  at: string;
  /** Agent id, or `system` for rules. */
  actor: string;
  /** `raised`, `updated`, `cleared`, `acknowledged`, `snoozed`, `unsnoozed`, `resolved`, `assigned`. */
  action: string;
  note: string | null;
}

/** Rules act as this actor in the history. */
export const SYSTEM_ACTOR = 'system';

export async function addHistory(
  db: Executor,
  entry: ExceptionHistoryEntry & { exceptionId: string; tenant: string },
): Promise<void> {
  await insertHistory(db, {
    exception_id: entry.exceptionId,
    tenant: entry.tenant,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    note: entry.note,
  });
}

const insertHistory = reusableQuery((db, h: Insertable<ExceptionHistoryTable>) =>
  db.insertInto('exception_history').values({
    exception_id: h.exception_id,
    tenant: h.tenant,
    at: h.at,
    actor: h.actor,
    action: h.action,
    note: h.note,
  }),
);

/** The histories of several exceptions of one tenant, oldest first, in key order (for a DataLoader). */
export async function historyByExceptionIds(
  db: Executor,
  tenant: string,
  ids: readonly string[],
): Promise<ExceptionHistoryEntry[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('exception_history')
    .select(['exception_id', 'at', 'actor', 'action', 'note'])
    .where('tenant', '=', tenant)
    .where('exception_id', 'in', [...ids])
    .orderBy('seq')
    .execute();
  const byId = new Map<string, ExceptionHistoryEntry[]>();
  for (const { exception_id, ...entry } of rows) {
    const list = byId.get(exception_id) ?? [];
    list.push(entry);
    byId.set(exception_id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
