import { sql, type Insertable, type Transaction } from 'kysely';
import type { ChangeNudge, NewChange } from './change.js';
import type { ChangesTable, Database } from './database.js';
import type { Dialect } from './migrations.js';
import { reusableRowsQuery } from './reusable-query.js';

const locked = new WeakMap<Transaction<Database>, Set<string>>();

/**
 * Serialises writers of one tenant's changes until commit. On PostgreSQL a sequence value is taken
 * before commit, so without this a later `seq` could commit first and a tailing reader would skip
 * the earlier one (decision 0005). SQLite has a single writer, so its order already is commit order.
 * Exception writes happen under this lock too, which is what keeps them free of races.
 */
export async function lockChanges(
  trx: Transaction<Database>,
  dialect: Dialect,
  tenant: string,
): Promise<void> {
  if (dialect !== 'postgres') return;
  const held = locked.get(trx) ?? new Set<string>();
  if (held.has(tenant)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`orderlens:changes:${tenant}`}, 0))`.execute(trx);
  held.add(tenant);
  locked.set(trx, held);
}

/**
 * Appends changes in one statement (after `lockChanges` for each tenant) and returns, per tenant,
 * the highest `seq` written: the nudges to publish once the transaction commits.
 */
export async function appendChanges(
  trx: Transaction<Database>,
  dialect: Dialect,
  changes: NewChange[],
  now: string,
): Promise<ChangeNudge[]> {
  if (changes.length === 0) return [];
  for (const tenant of [...new Set(changes.map((c) => c.tenant))].sort())
    await lockChanges(trx, dialect, tenant);
  const { rows } = await insertChanges(
    trx,
    changes.map((c) => ({
      tenant: c.tenant,
      topic: c.topic,
      key: c.key,
      payload: JSON.stringify(c.payload),
      created_at: now,
    })),
  );
  const top = new Map<string, number>();
  for (const row of rows) top.set(row.tenant, Math.max(top.get(row.tenant) ?? 0, row.seq));
  return [...top].map(([tenant, seq]) => ({ tenant, seq }));
}

const insertChanges = reusableRowsQuery((db, rows: Insertable<ChangesTable>[]) =>
  db
    .insertInto('changes')
    .values(
      rows.map((r) => ({
        tenant: r.tenant,
        topic: r.topic,
        key: r.key,
        payload: r.payload,
        created_at: r.created_at,
      })),
    )
    .returning(['seq', 'tenant']),
);
