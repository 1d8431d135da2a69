import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from './create-store.js';
import { toExceptionRow } from './exception-row.js';
import { migrateToLatest } from './migrations.js';
import { DIALECTS, type TestDatabase } from '../../../tests/support/test-store.js';
import { newTenant } from './__fixtures__/test-events.js';
import type { OrderException } from '../domain/exception.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

const exception = (tenant: string, overrides: Partial<OrderException> = {}): OrderException => ({
  id: crypto.randomUUID(),
  tenant,
  type: 'SHORT_PICK',
  subjectKind: 'ORDER',
  subjectId: 'SO-1',
  orderNumber: 'SO-1',
  severity: 'HIGH',
  status: 'OPEN',
  team: null,
  assignee: null,
  snoozedUntil: null,
  dueAt: '2026-01-02T00:00:00.000Z',
  openedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  resolvedAt: null,
  resolution: null,
  summary: 'short',
  evidence: [],
  suggestedActions: [],
  ...overrides,
});

describe.each(DIALECTS)('createStore (%s)', (dialect) => {
  let tdb: TestDatabase;
  let store: Store;
  useTestStore(dialect, (opened, database) => ((store = opened), (tdb = database)));

  it('creates every table', async () => {
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'events',
        'subjects',
        'exceptions',
        'exception_history',
        'changes',
        'unmatched_events',
        'dead_letters',
        'leases',
        'sweep_positions',
      ]),
    );
  });

  it('runs again without effect, from a second replica too', async () => {
    await migrateToLatest(store.db, dialect);
    const second = await tdb.open();
    expect(await second.db.selectFrom('changes').selectAll().execute()).toEqual(
      await store.db.selectFrom('changes').selectAll().execute(),
    );
  });

  it('allows one open exception per subject and type, any number of resolved ones', async () => {
    const tenant = newTenant();
    await store.db
      .insertInto('exceptions')
      .values(toExceptionRow(exception(tenant, { status: 'RESOLVED' })))
      .execute();
    await store.db
      .insertInto('exceptions')
      .values(toExceptionRow(exception(tenant, { status: 'RESOLVED' })))
      .execute();
    await store.db
      .insertInto('exceptions')
      .values(toExceptionRow(exception(tenant)))
      .execute();
    await expect(
      store.db
        .insertInto('exceptions')
        .values(toExceptionRow(exception(tenant, { status: 'ACKNOWLEDGED' })))
        .execute(),
    ).rejects.toThrow(/unique/i);
    await store.db
      .insertInto('exceptions')
      .values(toExceptionRow(exception(tenant, { type: 'BACKORDER' })))
      .execute();
  });

  it('numbers changes in increasing order as numbers', async () => {
    const rows = await store.db
      .insertInto('changes')
      .values(
        [1, 2, 3].map((i) => ({
          tenant: 'x',
          topic: 'order',
          key: `k${i}`,
          payload: '{}',
          created_at: 'now',
        })),
      )
      .returning('seq')
      .execute();
    const seqs = rows.map((r) => r.seq);
    expect(seqs.every((s) => typeof s === 'number')).toBe(true);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });
});

describe('createStore (sqlite file)', () => {
  let tdb: TestDatabase;
  let store: Store;
  useTestStore('sqlite', (opened, database) => ((store = opened), (tdb = database)));

  it('uses WAL and a busy timeout', async () => {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    expect(rows[0]?.journal_mode).toBe('wal');
    const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
    expect(timeout.rows[0]?.timeout).toBe(5000);
  });
});
