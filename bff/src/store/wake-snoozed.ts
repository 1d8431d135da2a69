import type { Transaction } from 'kysely';
import { appendChanges, lockChanges } from './append-changes.js';
import type { ChangeNudge, NewChange } from './change.js';
import type { Database } from './database.js';
import { SYSTEM_ACTOR } from './exception-history.js';
import { saveException } from './exception-writes.js';
import { toOrderException } from './exception-row.js';
import { laterThan } from './iso-time.js';
import type { Dialect } from './migrations.js';

/**
 * Puts snoozed exceptions whose time has come back in the queue (SNOOZED → OPEN), up to `limit`,
 * inside the caller's transaction. Returns how many woke and the nudges to publish after commit.
 */
export async function wakeSnoozed(
  trx: Transaction<Database>,
  dialect: Dialect,
  at: string,
  limit: number,
): Promise<{ count: number; nudges: ChangeNudge[] }> {
  const due = await trx
    .selectFrom('exceptions')
    .select(['tenant'])
    .distinct()
    .where('status', '=', 'SNOOZED')
    .where('snoozed_until', '<=', at)
    .execute();
  for (const tenant of due.map((d) => d.tenant).sort()) await lockChanges(trx, dialect, tenant);
  // Read again under the locks: an agent may have acted on one meanwhile.
  const rows = await trx
    .selectFrom('exceptions')
    .selectAll()
    .where('status', '=', 'SNOOZED')
    .where('snoozed_until', '<=', at)
    .orderBy('snoozed_until')
    .limit(limit)
    .execute();
  const changes: NewChange[] = [];
  for (const row of rows) {
    const current = toOrderException(row);
    if (!due.some((d) => d.tenant === current.tenant)) continue; // its tenant is not locked; next round
    const next = {
      ...current,
      status: 'OPEN' as const,
      snoozedUntil: null,
      updatedAt: laterThan(current.updatedAt, at),
    };
    await saveException(trx, next, { actor: SYSTEM_ACTOR, action: 'unsnoozed', note: null });
    changes.push({
      tenant: next.tenant,
      topic: 'exception',
      key: next.id,
      payload: { kind: 'UPDATED', exception: next },
    });
    changes.push({
      tenant: next.tenant,
      topic: 'order',
      key: next.orderNumber,
      payload: { orderNumber: next.orderNumber },
    });
  }
  return { count: changes.length / 2, nudges: await appendChanges(trx, dialect, changes, at) };
}
