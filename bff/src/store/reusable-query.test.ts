import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from './create-store.js';
import { reusableQuery, reusableRowsQuery } from './reusable-query.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

type Lease = { name: string; holder: string; expires_at: string };

const insertLeases = reusableRowsQuery((db, rows: Lease[]) =>
  db
    .insertInto('leases')
    .values(rows.map((r) => ({ name: r.name, holder: r.holder, expires_at: r.expires_at })))
    .returning('name'),
);
// 'nobody' is a constant the builder put in: it stays in every run.
const heldBy = reusableQuery((db, v: { holder: string }) =>
  db
    .selectFrom('leases')
    .select('name')
    .where('holder', '=', v.holder)
    .where('holder', '<>', 'nobody')
    .orderBy('name'),
);

describe.each(DIALECTS)('reusableRowsQuery (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  const lease = (holder: string): Lease => ({ name: randomUUID(), holder, expires_at: '2026-01-01' });

  it('runs with each call’s own values, whatever the number of rows', async () => {
    const holder = randomUUID();
    const [one, two, three] = [lease(holder), lease(holder), lease(`${holder}-other`)];
    expect((await insertLeases(store.db, [one])).rows).toEqual([{ name: one.name }]);
    expect((await insertLeases(store.db, [two, three])).rows).toEqual([
      { name: two.name },
      { name: three.name },
    ]);
    expect((await heldBy(store.db, { holder })).rows.map((r) => r.name)).toEqual([one.name, two.name].sort());
    expect((await heldBy(store.db, { holder: `${holder}-other` })).rows).toEqual([{ name: three.name }]);
  });

  it('runs inside a transaction, and is rolled back with it', async () => {
    const row = lease(randomUUID());
    await store.db
      .transaction()
      .execute(async (trx) => {
        await insertLeases(trx, [row]);
        expect((await heldBy(trx, { holder: row.holder })).rows).toHaveLength(1);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await heldBy(store.db, { holder: row.holder })).rows).toHaveLength(0);
  });

  it('refuses a query that inlines a value instead of passing it as a parameter', async () => {
    const inlined = reusableQuery((db, v: { holder: string }) =>
      db.selectFrom('leases').select('name').where('holder', '=', sql.lit(v.holder)),
    );
    await expect(inlined(store.db, { holder: 'a' })).rejects.toThrow(/placeholder was inlined/);
  });
});
