import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExceptionEngine } from '../domain/rules/create-exception-engine.js';
import { erpOrder } from '../domain/rules/__fixtures__/event-fixtures.js';
import type { Store } from '../store/create-store.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import { newTenant, orderStatus, recordingNotifier, testEvent } from '../store/__fixtures__/test-events.js';
import { createTestDatabase, type TestDatabase } from '../store/__fixtures__/test-store.js';
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
});
