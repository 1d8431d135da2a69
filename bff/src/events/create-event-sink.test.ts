import { describe, expect, it } from 'vitest';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { Store } from '../store/create-store.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import { readChanges } from '../store/read-changes.js';
import {
  hold,
  newTenant,
  orderStatus,
  recordingNotifier,
  shipmentCreated,
  shortPick,
  testEvent,
  tracking,
} from '../store/__fixtures__/test-events.js';
import { defaultTeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch } from '../store/ingest-batch.js';
import { MAX_STEPS, type PendingRelease } from '../store/ingest-event.js';
import { WAITING_EVENT_SOURCE } from '../store/dead-letters.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { createEventSink } from './create-event-sink.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

describe.each(DIALECTS)('createEventSink (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  const setup = () => {
    const tenant = newTenant();
    const feed = recordingNotifier();
    const sink = createEventSink({ store, engine: createFakeEngine(), feed });
    const queries = createExceptionQueries({ store });
    const open = () => queries.list({ tenant }, { first: 50 }).then((p) => p.edges.map((e) => e.node));
    const subject = (kind: string, id: string) =>
      store.db
        .selectFrom('subjects')
        .selectAll()
        .where('tenant', '=', tenant)
        .where('kind', '=', kind)
        .where('id', '=', id)
        .executeTakeFirst();
    return {
      tenant,
      feed,
      sink,
      queries,
      open,
      subject,
      changes: () => readChanges(store.db, tenant, 0, 1000),
    };
  };

  it('applies an event once and calls a repeat of its source and id a duplicate', async () => {
    const { tenant, sink, open, changes, feed } = setup();
    const event = testEvent(tenant, shortPick('SO-1'));
    expect(await sink.ingest(event)).toBe('applied');
    const after = await changes();
    expect(await sink.ingest({ ...event, body: shortPick('SO-1', 50) })).toBe('duplicate');
    expect(await changes()).toEqual(after);
    expect(await open()).toHaveLength(1);
    expect(feed.nudges).toEqual([{ tenant, seq: after.at(-1)!.seq }]);
    // Another tenant's sender may reuse the id: that is a different event.
    expect(await sink.ingest({ ...event, tenant: newTenant() })).toBe('applied');
  });

  it('appends an exception change with the snapshot and an order change, nudging after commit', async () => {
    const { tenant, sink, changes, feed } = setup();
    await sink.ingest(testEvent(tenant, shortPick('SO-2')));
    const rows = await changes();
    expect(rows.map((r) => [r.topic, r.key])).toEqual([
      ['exception', expect.any(String)],
      ['order', 'SO-2'],
    ]);
    const first = rows[0]!;
    expect(first.topic === 'exception' && first.payload.kind).toBe('RAISED');
    expect(first.topic === 'exception' && first.payload.exception).toMatchObject({
      type: 'SHORT_PICK',
      status: 'OPEN',
      tenant,
    });
    expect(feed.nudges).toEqual([{ tenant, seq: rows[1]!.seq }]);
  });

  it('keeps one open exception per subject and type, refreshing its severity and evidence', async () => {
    const { tenant, sink, open, queries } = setup();
    const a = testEvent(tenant, shortPick('SO-3', 1));
    const b = testEvent(tenant, shortPick('SO-3', 9));
    await sink.ingest(a);
    await sink.ingest(b);
    const [only, ...rest] = await open();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ severity: 'HIGH', evidence: [`wms:${a.id}`, `wms:${b.id}`] });
    const [history] = await queries.historyByIds(tenant, [only!.id]);
    expect(history!.map((h) => h.action)).toEqual(['raised', 'updated']);
  });

  it('resolves the open exception when its condition clears, and raises a new one later', async () => {
    const { tenant, sink, open, queries } = setup();
    await sink.ingest(testEvent(tenant, hold('SO-4')));
    const [raised] = await open();
    await sink.ingest(testEvent(tenant, hold('SO-4', true)));
    expect(await open()).toEqual([]);
    expect(await queries.byId(tenant, raised!.id)).toMatchObject({
      status: 'RESOLVED',
      resolution: expect.any(String),
    });
    await sink.ingest(testEvent(tenant, hold('SO-4')));
    expect((await open()).map((e) => e.id)).not.toContain(raised!.id);
    expect(await open()).toHaveLength(1);
  });

  it('hands the engine the stored state, so an older event does not move it backwards', async () => {
    const { tenant, sink, subject } = setup();
    await sink.ingest(
      testEvent(tenant, orderStatus('SO-5', 'SHIPPED'), { occurredAt: '2026-01-01T10:00:00Z' }),
    );
    await sink.ingest(
      testEvent(tenant, orderStatus('SO-5', 'CONFIRMED'), { occurredAt: '2026-01-01T09:00:00Z' }),
    );
    expect(JSON.parse((await subject('ORDER', 'SO-5'))!.state)).toMatchObject({ status: 'SHIPPED' });
  });

  it('keeps events for an unknown subject and applies them, oldest first, when it appears', async () => {
    const { tenant, sink, open, subject, changes } = setup();
    const early = testEvent(tenant, tracking('TRK-1', 'EXCEPTION'), { occurredAt: '2026-01-01T08:00:00Z' });
    const later = testEvent(tenant, tracking('TRK-1', 'IN_TRANSIT'), { occurredAt: '2026-01-01T09:00:00Z' });
    expect(await sink.ingest(later)).toBe('unmatched');
    expect(await sink.ingest(early)).toBe('unmatched');
    expect(await open()).toEqual([]);
    expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-6', 'TRK-1')))).toBe('applied');
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-1'))!.state) as { scans: string[] };
    expect(state.scans).toEqual([
      '2026-01-01T08:00:00.000Z EXCEPTION',
      '2026-01-01T09:00:00.000Z IN_TRANSIT',
    ]);
    const [exception] = await open();
    expect(exception).toMatchObject({ type: 'DELIVERY_EXCEPTION', subjectId: 'TRK-1', orderNumber: 'SO-6' });
    expect((await changes()).filter((c) => c.topic === 'order').map((c) => c.key)).toEqual(['SO-6']);
    expect(
      await store.db.selectFrom('unmatched_events').selectAll().where('tenant', '=', tenant).execute(),
    ).toEqual([]);
  });

  it('applies more waiting events than one transaction may take, in bounded batches', async () => {
    const { tenant, subject } = setup();
    const released: unknown[] = [];
    const sink = createEventSink({
      store,
      engine: createFakeEngine(),
      feed: recordingNotifier(),
      maxSteps: 10,
      onReleaseError: (error) => released.push(error),
    });
    const scans = Array.from({ length: 25 }, (_, i) =>
      testEvent(tenant, tracking('TRK-B', 'IN_TRANSIT'), {
        occurredAt: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString(),
      }),
    );
    for (const scan of scans) expect(await sink.ingest(scan)).toBe('unmatched');
    expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-B', 'TRK-B')))).toBe('applied');
    await sink.settled();
    expect(released).toEqual([]);
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-B'))!.state) as { scans: string[] };
    expect(state.scans).toHaveLength(25);
    expect(state.scans[0]).toBe('2026-03-01T00:00:00.000Z IN_TRANSIT');
    expect(
      await store.db.selectFrom('unmatched_events').selectAll().where('tenant', '=', tenant).execute(),
    ).toEqual([]);
  });

  const scansFor = (tenant: string, trackingNumber: string, count: number, month = 6) =>
    Array.from({ length: count }, (_, i) =>
      testEvent(tenant, tracking(trackingNumber, 'IN_TRANSIT'), {
        occurredAt: new Date(Date.UTC(2026, month, 1, 0, i)).toISOString(),
      }),
    );
  const waiting = (tenant: string) =>
    store.db.selectFrom('unmatched_events').selectAll().where('tenant', '=', tenant).execute();

  it('answers once the releasing event commits, and releases the backlog after it without holding others back', async () => {
    const { tenant, subject } = setup();
    const sink = createEventSink({
      store,
      engine: createFakeEngine(),
      feed: recordingNotifier(),
      maxSteps: 2,
    });
    const scans = scansFor(tenant, 'TRK-Q', 120);
    for (const scan of scans) expect(await sink.ingest(scan)).toBe('unmatched');
    expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-Q', 'TRK-Q')))).toBe('applied');
    // Another webhook is answered while the backlog (~120 one-event transactions) is still being released.
    expect(await sink.ingest(testEvent(tenant, shortPick('SO-Q2')))).toBe('applied');
    expect((await waiting(tenant)).length).toBeGreaterThan(50);
    await sink.settled();
    expect(await waiting(tenant)).toEqual([]);
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-Q'))!.state) as { scans: string[] };
    expect(state.scans).toEqual(scans.map((e) => `${e.occurredAt} IN_TRANSIT`));
  });

  /** The fake rules, but `poison` throws once its shipment exists (while it arrives, it just waits). */
  const poisonedEngine = (poison: () => string, fail: 'apply' | 'write' = 'apply'): ExceptionEngine => {
    const engine = createFakeEngine();
    return {
      ...engine,
      apply(event, current, at) {
        const result = engine.apply(event, current, at);
        if (event.id !== poison() || result.unmatched) return result;
        if (fail === 'apply') throw new Error('rules cannot take this scan');
        // A state that cannot be stored: the step itself succeeds, its transaction does not.
        return { ...result, subjects: result.subjects.map((s) => ({ ...s, state: { n: 1n } })) };
      },
    };
  };

  it.each([
    ['in the releasing event’s own transaction', 50, 3],
    ['in a later release transaction', 4, 6],
  ])(
    'dead-letters a waiting event whose step throws %s, and releases the others in order',
    async (_, maxSteps, poisonAt) => {
      const { tenant, subject } = setup();
      const scans = scansFor(tenant, 'TRK-P', 10);
      const poison = scans[poisonAt]!;
      const sink = createEventSink({
        store,
        engine: poisonedEngine(() => poison.id),
        feed: recordingNotifier(),
        maxSteps,
      });
      for (const scan of scans) expect(await sink.ingest(scan)).toBe('unmatched');
      expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-P', 'TRK-P')))).toBe('applied');
      await sink.settled();
      const state = JSON.parse((await subject('SHIPMENT', 'TRK-P'))!.state) as { scans: string[] };
      expect(state.scans).toEqual(scans.filter((e) => e !== poison).map((e) => `${e.occurredAt} IN_TRANSIT`));
      expect(await waiting(tenant)).toEqual([]);
      const [letter, ...more] = await sink.listDeadLetters(tenant);
      expect(more).toEqual([]);
      expect(letter).toMatchObject({
        source: WAITING_EVENT_SOURCE,
        reason: 'release failed: rules cannot take this scan',
        eventId: JSON.stringify([poison.source, poison.id]),
      });
      expect(JSON.parse(letter!.body)).toMatchObject({ id: poison.id, tenant });
    },
  );

  it('applies a dead-lettered waiting event again once its rules are fixed, and only once', async () => {
    const { tenant, subject } = setup();
    const scans = scansFor(tenant, 'TRK-R', 3, 7);
    let poison = scans[1]!.id;
    const sink = createEventSink({ store, engine: poisonedEngine(() => poison), feed: recordingNotifier() });
    for (const scan of scans) await sink.ingest(scan);
    await sink.ingest(testEvent(tenant, shipmentCreated('SO-R', 'TRK-R')));
    await sink.settled();
    const [letter] = await sink.listDeadLetters(tenant);
    const reapply = () => sink.replayDeadLetter(letter!.id, (entry) => sink.reapplyWaitingEvent(entry));
    await expect(reapply()).rejects.toThrow('rules cannot take this scan');
    expect((await sink.listDeadLetters(tenant)).map((l) => l.id)).toEqual([letter!.id]);
    poison = 'none'; // the rules are fixed
    expect(await reapply()).toBe('applied');
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-R'))!.state) as { scans: string[] };
    expect(state.scans).toHaveLength(3);
    expect(state.scans).toContain(`${scans[1]!.occurredAt} IN_TRANSIT`);
    expect(await sink.listDeadLetters(tenant)).toEqual([]);
    await expect(sink.reapplyWaitingEvent(letter!)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      (JSON.parse((await subject('SHIPMENT', 'TRK-R'))!.state) as { scans: string[] }).scans,
    ).toHaveLength(3);
  });

  it('reports a release transaction that fails for good and dead-letters the event it fails on', async () => {
    const { tenant, subject } = setup();
    const scans = scansFor(tenant, 'TRK-W', 8);
    const poison = scans[5]!;
    const errors: [unknown, PendingRelease][] = [];
    const sink = createEventSink({
      store,
      engine: poisonedEngine(() => poison.id, 'write'),
      feed: recordingNotifier(),
      maxSteps: 3,
      onReleaseError: (error, s) => errors.push([error, s]),
    });
    for (const scan of scans) expect(await sink.ingest(scan)).toBe('unmatched');
    expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-W', 'TRK-W')))).toBe('applied');
    await sink.settled();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]![1]).toEqual({ tenant, kind: 'SHIPMENT', id: 'TRK-W' });
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-W'))!.state) as { scans: string[] };
    expect(state.scans).toEqual(scans.filter((e) => e !== poison).map((e) => `${e.occurredAt} IN_TRANSIT`));
    expect(await waiting(tenant)).toEqual([]);
    expect((await sink.listDeadLetters(tenant)).map((l) => [l.source, l.eventId])).toEqual([
      [WAITING_EVENT_SOURCE, JSON.stringify([poison.source, poison.id])],
    ]);
  });

  it('finishes a release cut short between two of its transactions', async () => {
    const { tenant, sink, subject } = setup();
    const engine = createFakeEngine();
    for (let i = 0; i < 12; i++)
      expect(
        await sink.ingest(
          testEvent(tenant, tracking('TRK-S', 'IN_TRANSIT'), {
            occurredAt: new Date(Date.UTC(2026, 4, 1, 0, i)).toISOString(),
          }),
        ),
      ).toBe('unmatched');
    // The label commits with 5 of the 12 released; the process stops before the rest.
    const { pending } = await inTransaction(store, (trx) =>
      ingestBatch(trx, store.dialect, [testEvent(tenant, shipmentCreated('SO-S', 'TRK-S'))], {
        engine,
        now: new Date(),
        teamOf: defaultTeamOf,
        maxSteps: 6,
      }),
    );
    expect(pending).toEqual([{ tenant, kind: 'SHIPMENT', id: 'TRK-S' }]);
    expect(await sink.releaseStranded({ limit: 1000 })).toBeGreaterThanOrEqual(1);
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-S'))!.state) as { scans: string[] };
    expect(state.scans).toHaveLength(12);
    expect(
      await store.db.selectFrom('unmatched_events').selectAll().where('tenant', '=', tenant).execute(),
    ).toEqual([]);
  });

  it('never refuses an event for releasing more than the default step limit of waiting events', async () => {
    const { tenant, sink, subject } = setup();
    const scans = Array.from({ length: MAX_STEPS + 5 }, (_, i) =>
      testEvent(tenant, tracking('TRK-L', 'IN_TRANSIT'), {
        occurredAt: new Date(Date.UTC(2026, 3, 1, 0, 0, i)).toISOString(),
      }),
    );
    await Promise.all(scans.map((e) => sink.ingest(e)));
    expect(await sink.ingest(testEvent(tenant, shipmentCreated('SO-L', 'TRK-L')))).toBe('applied');
    await sink.settled();
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-L'))!.state) as { scans: string[] };
    expect(state.scans).toHaveLength(MAX_STEPS + 5);
  }, 60_000);

  it('leaves nothing behind when the engine throws, and accepts the event again afterwards', async () => {
    const { tenant, sink, open, changes, feed } = setup();
    const event = testEvent(tenant, hold('SO-7', false, 'explode'));
    await sink.ingest(testEvent(tenant, shortPick('SO-7')));
    const before = { changes: await changes(), open: await open() };
    await expect(sink.ingest(event)).rejects.toThrow('engine failure');
    expect(await changes()).toEqual(before.changes);
    expect(await open()).toEqual(before.open);
    expect(feed.nudges).toHaveLength(1);
    const stored = await store.db
      .selectFrom('events')
      .select('event_id')
      .where('event_id', '=', event.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('commits events arriving together as one batch, rolling back only the one that fails', async () => {
    const { tenant, sink, open } = setup();
    const events = ['SO-9a', 'SO-9b', 'SO-9c', 'SO-9d', 'SO-9e'].map((n) =>
      testEvent(tenant, n === 'SO-9c' ? hold(n, false, 'explode') : hold(n)),
    );
    const settled = await Promise.allSettled(events.map((e) => sink.ingest(e)));
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((await open()).map((e) => e.orderNumber).sort()).toEqual(['SO-9a', 'SO-9b', 'SO-9d', 'SO-9e']);
    const stored = await store.db
      .selectFrom('events')
      .select('event_id')
      .where('tenant', '=', tenant)
      .execute();
    expect(stored.map((r) => r.event_id).sort()).toEqual(
      events
        .filter((_, i) => i !== 2)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('takes concurrent events for one subject without losing an update', async () => {
    const { tenant, sink, subject } = setup();
    await sink.ingest(testEvent(tenant, shipmentCreated('SO-8', 'TRK-8')));
    const scans = Array.from({ length: 20 }, (_, i) =>
      testEvent(tenant, tracking('TRK-8', 'IN_TRANSIT'), {
        occurredAt: new Date(Date.UTC(2026, 1, 1, 0, i)).toISOString(),
      }),
    );
    await Promise.all(scans.map((e) => sink.ingest(e)));
    const state = JSON.parse((await subject('SHIPMENT', 'TRK-8'))!.state) as { scans: string[] };
    expect(state.scans).toHaveLength(20);
  });

  it('keeps dead letters per tenant and replays one once', async () => {
    const { tenant, sink } = setup();
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'unknown event type',
      headers: { a: '1' },
      body: '{"x":1}',
    });
    const [letter] = await sink.listDeadLetters(tenant);
    expect(letter).toMatchObject({
      source: 'easypost',
      headers: { a: '1' },
      body: '{"x":1}',
      replayedAt: null,
    });
    expect(await sink.listDeadLetters(newTenant())).toEqual([]);
    await expect(sink.replayDeadLetter(letter!.id, async () => 'ok', newTenant())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      sink.replayDeadLetter(letter!.id, async () => {
        throw new Error('still unmappable');
      }),
    ).rejects.toThrow();
    expect(await sink.replayDeadLetter(letter!.id, async (entry) => entry.body)).toBe('{"x":1}');
    await expect(sink.replayDeadLetter(letter!.id, async () => 'again')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await sink.listDeadLetters(tenant)).toEqual([]);
    expect(await sink.listDeadLetters(tenant, { includeReplayed: true })).toHaveLength(1);
  });

  it('keeps a dead letter listed until its replay has succeeded, so a crash mid-replay hides nothing', async () => {
    const { tenant, sink } = setup();
    await sink.deadLetter({ source: 'wms', tenant, reason: 'r', headers: {}, body: '{}', eventId: 'w-1' });
    const [letter] = await sink.listDeadLetters(tenant);
    let finish: () => void = () => undefined;
    const running = sink.replayDeadLetter(
      letter!.id,
      () => new Promise<string>((r) => (finish = () => r('applied'))),
    );
    await new Promise((r) => setTimeout(r, 20));
    // The process could die here: the entry must still be listed for another replay.
    expect((await sink.listDeadLetters(tenant)).map((l) => l.id)).toEqual([letter!.id]);
    // A second replay meanwhile runs too (ingest deduplicates it); the entry is marked once.
    expect(await sink.replayDeadLetter(letter!.id, async () => 'duplicate')).toBe('duplicate');
    finish();
    expect(await running).toBe('applied');
    expect(await sink.listDeadLetters(tenant)).toEqual([]);
    const [marked] = await sink.listDeadLetters(tenant, { includeReplayed: true });
    expect(marked).toMatchObject({ id: letter!.id, eventId: 'w-1', replayedAt: expect.any(String) });
  });

  it('keeps a redelivered dead letter once, by source and event id or else by its bytes', async () => {
    const { tenant, sink } = setup();
    const entry = {
      source: 'easypost',
      tenant,
      reason: 'unknown event type',
      headers: {},
      body: '{"id":"evt_1"}',
    };
    await sink.deadLetter({ ...entry, eventId: 'evt_1' });
    await sink.deadLetter({ ...entry, eventId: 'evt_1', body: '{"id":"evt_1","retry":1}' });
    await sink.deadLetter({ ...entry, source: 'aftership', eventId: 'evt_1' });
    await sink.deadLetter({ ...entry, tenant: newTenant(), eventId: 'evt_1' });
    await sink.deadLetter({ ...entry, body: 'not json', eventId: null });
    await sink.deadLetter({ ...entry, body: 'not json', eventId: null });
    await sink.deadLetter({ ...entry, body: '/w==', bodyEncoding: 'base64' });
    const letters = await sink.listDeadLetters(tenant);
    expect(letters.map((l) => [l.source, l.body]).sort()).toEqual([
      ['aftership', '{"id":"evt_1"}'],
      ['easypost', '/w=='],
      ['easypost', 'not json'],
      ['easypost', '{"id":"evt_1"}'],
    ]);
    expect(letters.find((l) => l.body === '/w==')?.bodyEncoding).toBe('base64');
  });

  it('lists dead letters a page at a time, newest first', async () => {
    const { tenant } = setup();
    let clock = Date.parse('2026-05-01T00:00:00Z');
    const sink = createEventSink({
      store,
      engine: createFakeEngine(),
      feed: recordingNotifier(),
      now: () => new Date((clock += 1000)),
    });
    for (let i = 0; i < 5; i++)
      await sink.deadLetter({
        source: 'wms',
        tenant,
        reason: 'r',
        headers: {},
        body: `{"n":${i}}`,
        eventId: `e${i}`,
      });
    const first = await sink.pageDeadLetters(tenant, { first: 2 });
    expect(first.entries.map((e) => e.body)).toEqual(['{"n":4}', '{"n":3}']);
    expect(first.hasNextPage).toBe(true);
    const second = await sink.pageDeadLetters(tenant, { first: 2, after: first.endCursor });
    const third = await sink.pageDeadLetters(tenant, { first: 2, after: second.endCursor });
    expect([...second.entries, ...third.entries].map((e) => e.body)).toEqual([
      '{"n":2}',
      '{"n":1}',
      '{"n":0}',
    ]);
    expect(third.hasNextPage).toBe(false);
    await expect(sink.pageDeadLetters(tenant, { after: 'garbage' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
