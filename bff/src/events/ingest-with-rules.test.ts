import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExceptionEngine } from '../domain/rules/create-exception-engine.js';
import { label, scan, shortPick, when } from '../domain/rules/__fixtures__/event-fixtures.js';
import type { Store } from '../store/create-store.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { recordingNotifier } from '../store/__fixtures__/test-events.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/support/test-store.js';
import { createEventSink } from './create-event-sink.js';
import { runSweep } from './run-sweep.js';

// The fixtures all use tenant `acme`, so each test starts from empty tables.
describe.each(DIALECTS)('createEventSink with the real exception engine (%s)', (dialect) => {
  let tdb: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
  });
  afterAll(() => tdb.drop());

  const setup = async (now: Date) => {
    store = await tdb.open();
    for (const table of ['exceptions', 'subjects', 'events', 'unmatched_events'] as const) {
      await store.db.deleteFrom(table).execute();
    }
    const engine = createExceptionEngine();
    const feed = recordingNotifier();
    const sink = createEventSink({ store, engine, feed, now: () => now });
    const queries = createExceptionQueries({ store });
    const types = async () =>
      (await queries.list({ tenant: 'acme' }, { first: 50 })).edges.map((e) => e.node.type).sort();
    return { engine, feed, sink, types };
  };

  it('raises from a scan that arrived before its label once the label comes', async () => {
    const { sink, types } = await setup(when(3));
    expect(await sink.ingest(scan('s1', 1, 'Exception_013'))).toBe('unmatched');
    expect(await types()).toEqual([]);
    expect(await sink.ingest(label('l1', 0))).toBe('applied');
    expect(await types()).toEqual(['LOST']);
  });

  it('raises a short pick once however often the WMS retries it', async () => {
    const { sink, types } = await setup(when(1));
    await sink.ingest(shortPick('p1', 0));
    expect(await sink.ingest(shortPick('p1', 0))).toBe('duplicate');
    expect(await types()).toEqual(['SHORT_PICK']);
  });

  it('raises NO_CARRIER_SCAN from the sweep and clears it when the first scan arrives', async () => {
    const { sink, engine, feed, types } = await setup(when(1));
    await sink.ingest(label('l1', 0));
    await runSweep({ store, engine, feed, now: when(23) });
    expect(await types()).toEqual([]);
    await runSweep({ store, engine, feed, now: when(25) });
    expect(await types()).toEqual(['NO_CARRIER_SCAN']);
    await sink.ingest(scan('s1', 26, 'InTransit_002'));
    expect(await types()).toEqual([]);
  });
});
