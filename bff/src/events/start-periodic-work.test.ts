import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExceptionEngine } from '../domain/rules/create-exception-engine.js';
import { erpOrder } from '../domain/rules/__fixtures__/event-fixtures.js';
import type { Store } from '../store/create-store.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import {
  newTenant,
  orderStatus,
  recordingNotifier,
  shipmentCreated,
  testEvent,
  tracking,
} from '../store/__fixtures__/test-events.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-store.js';
import { defaultTeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch } from '../store/ingest-batch.js';
import { createLeaseRunner } from '../store/lease-runner.js';
import { createEventSink } from './create-event-sink.js';
import { startPeriodicWork } from './start-periodic-work.js';

describe('startPeriodicWork', () => {
  let tdb: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    tdb = await createTestDatabase('sqlite');
    store = await tdb.open();
  });
  afterAll(() => tdb.drop());

  it('runs the sweep and the drift check on their timers until stopped', async () => {
    const tenant = newTenant();
    const engine = createFakeEngine();
    const feed = recordingNotifier();
    await createEventSink({ store, engine, feed }).ingest(
      testEvent(tenant, orderStatus('SO-1', 'IN_FULFILMENT', '2020-01-01T00:00:00Z')),
    );
    const asked: string[] = [];
    const stop = startPeriodicWork({
      store,
      engine,
      feed,
      sweepEveryMs: 10,
      driftEveryMs: 10,
      fetchErpOrders: async (t, numbers) => (asked.push(t), numbers.map(() => null)),
    });
    await new Promise((r) => setTimeout(r, 100));
    await stop();
    const page = await createExceptionQueries({ store }).list({ tenant }, { first: 10 });
    expect(page.edges.map((e) => e.node.type)).toEqual(['NOT_SHIPPED_BY_PROMISE']);
    expect(asked).toContain(tenant);
  });

  it("asks the ERP for its unreleased orders in the sweep and reports a failing tenant's ERP read", async () => {
    const tenant = newTenant();
    const failed: string[] = [];
    const stop = startPeriodicWork({
      store,
      engine: createExceptionEngine(),
      feed: recordingNotifier(),
      sweepEveryMs: 10,
      unreleasedDelayMs: 0,
      unreleased: {
        tenants: ['nowhere', tenant],
        releaseHours: 24,
        fetchUnreleased: async (t) => {
          if (t === 'nowhere') throw new Error('no ERP company for this tenant');
          const confirmed = new Date(Date.now() - 48 * 3_600_000).toISOString();
          return { items: [{ ...erpOrder('CONFIRMED', 0), tenant, statusAsOf: confirmed }], next: null };
        },
      },
      onError: (_error, job) => failed.push(job),
    });
    await new Promise((r) => setTimeout(r, 100));
    await stop();
    const page = await createExceptionQueries({ store }).list({ tenant }, { first: 10 });
    expect(page.edges.map((e) => e.node.type)).toEqual(['NOT_RELEASED']);
    expect(failed).toContain('orderlens:sla-sweep (nowhere)');
  });

  it('finishes a release that a stopped process cut short', async () => {
    const tenant = newTenant();
    const engine = createFakeEngine();
    const feed = recordingNotifier();
    const sink = createEventSink({ store, engine, feed });
    for (let i = 0; i < 12; i++) {
      const at = new Date(Date.UTC(2026, 4, 1, 0, i)).toISOString();
      await sink.ingest(testEvent(tenant, tracking('TRK-P', 'IN_TRANSIT'), { occurredAt: at }));
    }
    // The label commits with 5 of the 12 waiting scans; the process stops before the rest.
    const { pending } = await inTransaction(store, (trx) =>
      ingestBatch(trx, store.dialect, [testEvent(tenant, shipmentCreated('SO-P', 'TRK-P'))], {
        engine,
        now: new Date(),
        teamOf: defaultTeamOf,
        maxSteps: 6,
      }),
    );
    expect(pending).toHaveLength(1);
    const waiting = () =>
      store.db.selectFrom('unmatched_events').select('event_id').where('tenant', '=', tenant).execute();
    expect(await waiting()).not.toEqual([]);

    const stop = startPeriodicWork({
      store,
      engine,
      feed,
      releaseStranded: () => sink.releaseStranded(),
      releaseEveryMs: 10,
    });
    await new Promise((r) => setTimeout(r, 150));
    await stop();
    expect(await waiting()).toEqual([]);
    const shipment = await store.db
      .selectFrom('subjects')
      .select('state')
      .where('tenant', '=', tenant)
      .where('kind', '=', 'SHIPMENT')
      .where('id', '=', 'TRK-P')
      .executeTakeFirstOrThrow();
    expect((JSON.parse(shipment.state) as { scans: string[] }).scans).toHaveLength(12);
  });

  it('finishes stranded releases only on the replica holding the lease', async () => {
    const other = createLeaseRunner({ store, holder: 'other-replica' });
    expect(await other.claim('orderlens:release-stranded', 60_000)).toBe(true);
    let runs = 0;
    const stop = startPeriodicWork({
      store,
      engine: createFakeEngine(),
      feed: recordingNotifier(),
      releaseStranded: async () => void runs++,
      releaseEveryMs: 10,
    });
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toBe(0);
    await other.release('orderlens:release-stranded');
    await new Promise((r) => setTimeout(r, 80));
    await stop();
    expect(runs).toBeGreaterThan(0);
  });
});
