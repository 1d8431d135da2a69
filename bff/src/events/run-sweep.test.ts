import { describe, expect, it } from 'vitest';
import type { ErpOrder } from '../domain/model.js';
import type { Store } from '../store/create-store.js';
import { createExceptionCommands } from '../store/exception-commands.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import {
  newTenant,
  orderStatus,
  recordingNotifier,
  shortPick,
  testEvent,
} from '../store/__fixtures__/test-events.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { compareWithErp } from './compare-with-erp.js';
import { createEventSink } from './create-event-sink.js';
import { runSweep } from './run-sweep.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3600_000).toISOString();
const erpOrder = (status: ErpOrder['status']) => ({ status }) as ErpOrder;

describe.each(DIALECTS)('runSweep and compareWithErp (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  const setup = () => {
    const tenant = newTenant();
    const feed = recordingNotifier();
    const engine = createFakeEngine();
    const sink = createEventSink({ store, engine, feed, now: () => NOW });
    const queries = createExceptionQueries({ store });
    const open = async () => (await queries.list({ tenant }, { first: 50 })).edges.map((e) => e.node);
    const wakeAt = async (id: string) =>
      (
        await store.db
          .selectFrom('subjects')
          .select('wake_at')
          .where('tenant', '=', tenant)
          .where('id', '=', id)
          .executeTakeFirst()
      )?.wake_at;
    return { tenant, feed, engine, sink, queries, open, wakeAt };
  };

  it('wakes subjects whose time has come, raises their time exceptions and leaves the others', async () => {
    const { tenant, sink, engine, feed, open, wakeAt } = setup();
    await sink.ingest(testEvent(tenant, orderStatus('SO-LATE', 'CONFIRMED', hoursFromNow(-1))));
    await sink.ingest(testEvent(tenant, orderStatus('SO-FINE', 'CONFIRMED', hoursFromNow(5))));
    feed.nudges.length = 0;
    await runSweep({ store, engine, feed, now: NOW });
    expect(await open()).toMatchObject([
      { type: 'NOT_SHIPPED_BY_PROMISE', orderNumber: 'SO-LATE', severity: 'CRITICAL' },
    ]);
    expect(await wakeAt('SO-LATE')).toBeNull();
    expect(await wakeAt('SO-FINE')).toBe(hoursFromNow(5));
    expect(feed.nudges.some((n) => n.tenant === tenant)).toBe(true);
    await runSweep({ store, engine, feed, now: NOW });
    expect(await open()).toHaveLength(1);
  });

  it('pages through more due subjects than one batch holds', async () => {
    const { tenant, sink, engine, feed, open } = setup();
    for (let i = 0; i < 5; i++)
      await sink.ingest(testEvent(tenant, orderStatus(`SO-P${i}`, 'CONFIRMED', hoursFromNow(-2))));
    await runSweep({ store, engine, feed, now: NOW, limit: 2 });
    expect(await open()).toHaveLength(5);
  });

  it('puts snoozed exceptions whose time has come back in the queue', async () => {
    const { tenant, sink, engine, feed, queries } = setup();
    await sink.ingest(testEvent(tenant, shortPick('SO-Z')));
    const [edge] = (await queries.list({ tenant }, { first: 1 })).edges;
    const commands = createExceptionCommands({ store, feed, now: () => NOW });
    await commands.snooze({ tenant, id: edge!.node.id, actor: 'agent-anna', until: hoursFromNow(1) });
    await runSweep({ store, engine, feed, now: new Date(hoursFromNow(0.5)) });
    expect(await queries.byId(tenant, edge!.node.id)).toMatchObject({ status: 'SNOOZED' });
    const { unsnoozed } = await runSweep({ store, engine, feed, now: new Date(hoursFromNow(2)) });
    expect(unsnoozed).toBeGreaterThanOrEqual(1);
    expect(await queries.byId(tenant, edge!.node.id)).toMatchObject({ status: 'OPEN', snoozedUntil: null });
    const [history] = await queries.historyByIds(tenant, [edge!.node.id]);
    expect(history!.map((h) => h.action)).toEqual(['raised', 'snoozed', 'unsnoozed']);
  });

  it('raises drift when the ERP disagrees, clears it when it agrees, and skips what the ERP cannot give', async () => {
    const { tenant, sink, engine, feed, open } = setup();
    await sink.ingest(testEvent(tenant, orderStatus('SO-D1', 'IN_FULFILMENT')));
    await sink.ingest(testEvent(tenant, orderStatus('SO-D2', 'IN_FULFILMENT')));
    const erp = new Map([['SO-D1', erpOrder('SHIPPED')]]);
    const calls: string[][] = [];
    const fetchErpOrders = async (t: string, numbers: readonly string[]) => {
      if (t !== tenant) return numbers.map(() => null);
      calls.push([...numbers]);
      return numbers.map((n) => erp.get(n) ?? new Error('ERP down for this one'));
    };
    await compareWithErp({ store, engine, feed, now: NOW, fetchErpOrders, batchSize: 10 });
    expect(calls).toEqual([['SO-D1', 'SO-D2']]);
    expect(await open()).toMatchObject([
      { type: 'SYSTEM_DRIFT', orderNumber: 'SO-D1', summary: 'ERP SHIPPED, WMS IN_FULFILMENT' },
    ]);
    erp.set('SO-D1', erpOrder('IN_FULFILMENT'));
    await compareWithErp({ store, engine, feed, now: NOW, fetchErpOrders });
    expect(await open()).toEqual([]);
  });
});
