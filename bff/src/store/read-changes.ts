import type { StoredChange } from './change.js';
import type { Executor } from './database.js';
import { reusableRowsQuery } from './reusable-query.js';

// Every tail reads this after every commit it is nudged about: compiled once, not per read.
const selectPage = reusableRowsQuery((db, [page]: { tenant: string; afterSeq: number; limit: number }[]) =>
  db
    .selectFrom('changes')
    .select(['seq', 'tenant', 'topic', 'key', 'payload', 'created_at'])
    .where('tenant', '=', page!.tenant)
    .where('seq', '>', page!.afterSeq)
    .orderBy('seq')
    .limit(page!.limit),
);

/**
 * One page of a tenant's changes after `afterSeq`, in `seq` order: what both the per-tenant tail and
 * a catching-up subscriber read. The (tenant, seq) index makes it a range scan.
 */
export async function readChanges(
  db: Executor,
  tenant: string,
  afterSeq: number,
  limit: number,
): Promise<StoredChange[]> {
  const { rows } = await selectPage(db, [{ tenant, afterSeq, limit }]);
  return rows.map(
    (r) =>
      ({
        seq: r.seq,
        tenant: r.tenant,
        topic: r.topic,
        key: r.key,
        payload: JSON.parse(r.payload),
        createdAt: r.created_at,
      }) as StoredChange,
  );
}

/** The tenant's latest `seq`, 0 when it has none: where a live-only subscriber starts. */
export async function latestSeq(db: Executor, tenant: string): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('tenant', '=', tenant)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
