import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from './create-store.js';
import { storeMigrations } from './migrations.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

describe.each(DIALECTS)('store migration 0003_dead_letter_dedupe (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  it('keeps each older dead letter, drops its signature headers and then dedupes new ones', async () => {
    const schema =
      dialect === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
        : undefined;
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: async () => storeMigrations(dialect) },
      migrationTableSchema: schema,
    });
    expect((await migrator.migrateTo('0002_sweep_positions')).error).toBeUndefined();
    const headers = JSON.stringify({
      'content-type': 'application/json',
      'x-hmac-signature': 'hmac-sha256-hex=00',
    });
    for (const id of ['a', 'b'])
      await sql`insert into dead_letters (id, source, tenant, reason, headers, body, received_at)
        values (${id}, 'easypost', 'acme', 'r', ${headers}, '{"id":"evt_1"}', '2026-01-01T00:00:00.000Z')`.execute(
        store.db,
      );
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const rows = await store.db.selectFrom('dead_letters').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.id, JSON.parse(r.headers), r.body_encoding])).toEqual([
      ['a', { 'content-type': 'application/json' }, 'utf8'],
      ['b', { 'content-type': 'application/json' }, 'utf8'],
    ]);
    const again = (id: string) =>
      store.db
        .insertInto('dead_letters')
        .values({ ...rows[0]!, id, dedupe_key: 'event:evt_1' })
        .onConflict((oc) => oc.columns(['tenant', 'source', 'dedupe_key']).doNothing())
        .execute();
    await again('c');
    await again('d');
    expect(await store.db.selectFrom('dead_letters').select('id').execute()).toHaveLength(3);
  });
});
