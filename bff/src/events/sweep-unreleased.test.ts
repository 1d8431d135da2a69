import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../domain/errors.js';
import type { ErpOrder, OrderStatus } from '../domain/model.js';
import { createExceptionEngine } from '../domain/rules/create-exception-engine.js';
import { at, erpOrder, orderStatus, when } from '../domain/rules/__fixtures__/event-fixtures.js';
import type { Store } from '../store/create-store.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { newTenant, recordingNotifier } from '../store/__fixtures__/test-events.js';
import { DIALECTS, type TestDatabase } from '../../../tests/support/test-store.js';
import { compareWithErp } from './compare-with-erp.js';
import { createEventSink } from './create-event-sink.js';
import { runSweep } from './run-sweep.js';
import type { FetchUnreleased } from './sweep-unreleased.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

/**
 * The ERP's unreleased list over a map of orders the test changes: confirmed ones older than the
 * bound, oldest first, with a keyset cursor; `refuseCursors` makes it reject any cursor, as an ERP
 * does one that expired.
 */
function fakeErp() {
  const orders = new Map<string, ErpOrder>();
  const calls: { tenant: string; changedBefore: string; after: string | null }[] = [];
  const erp = {
    orders,
    calls,
    refuseCursors: false,
    set(tenant: string, number: string, status: OrderStatus, asOfH: number) {
      orders.set(number, { ...erpOrder(status, asOfH), number, tenant });
    },
    fetchUnreleased: (async (tenant, changedBefore, { first, after }) => {
      calls.push({ tenant, changedBefore, after });
      if (after !== null && erp.refuseCursors)
        throw new UpstreamError('UPSTREAM_BAD_RESPONSE', 'ERP', 'ERP rejected the request (HTTP 400).', {
          status: 400,
        });
      const key = (o: ErpOrder) => `${o.statusAsOf}|${o.number}`;
      const due = [...orders.values()]
        .filter((o) => o.tenant === tenant && o.status === 'CONFIRMED' && o.statusAsOf < changedBefore)
        .filter((o) => after === null || key(o) > after)
        .sort((a, b) => key(a).localeCompare(key(b)));
      const items = due.slice(0, first);
      return { items, next: due.length > first ? key(items.at(-1)!) : null };
    }) as FetchUnreleased,
  };
  return erp;
}

describe.each(DIALECTS)("runSweep with the ERP's unreleased orders (%s)", (dialect) => {
  let tdb: TestDatabase;
  let store: Store;
  useTestStore(dialect, (opened, database) => ((store = opened), (tdb = database)));

  const setup = () => {
    const tenant = newTenant();
    const feed = recordingNotifier();
    const engine = createExceptionEngine();
    const erp = fakeErp();
    const queries = createExceptionQueries({ store });
    const open = async () =>
      (await queries.list({ tenant }, { first: 50 })).edges
        .map((e) => e.node)
        .map(({ type, orderNumber }) => ({
          type,
          orderNumber,
        }));
    const sweep = (
      now: Date,
      options: { pageSize?: number; maxOrders?: number; passEveryMs?: number } = {},
    ) =>
      runSweep({
        store,
        engine,
        feed,
        now,
        unreleased: { tenants: [tenant], releaseHours: 24, fetchUnreleased: erp.fetchUnreleased, ...options },
      });
    return { tenant, feed, engine, erp, queries, open, sweep };
  };

  it('asks the ERP with each tenant’s own release threshold', async () => {
    const [a, b] = [newTenant(), newTenant()];
    const erp = fakeErp();
    await runSweep({
      store,
      engine: createExceptionEngine(),
      feed: recordingNotifier(),
      now: when(30),
      unreleased: {
        tenants: [a, b],
        releaseHours: (tenant) => (tenant === a ? 24 : 12),
        fetchUnreleased: erp.fetchUnreleased,
      },
    });
    expect(erp.calls).toEqual([
      { tenant: a, changedBefore: at(6), after: null },
      { tenant: b, changedBefore: at(18), after: null },
    ]);
  });

  it('raises NOT_RELEASED for an order the WMS never mentioned and clears it once the WMS has it', async () => {
    const { tenant, feed, engine, erp, queries, open, sweep } = setup();
    erp.set(tenant, 'SO-2000001', 'CONFIRMED', 0);
    erp.set(tenant, 'SO-2000002', 'CONFIRMED', 20);
    const { unreleased } = await sweep(when(30));
    expect(erp.calls).toEqual([{ tenant, changedBefore: at(6), after: null }]);
    expect(unreleased).toBe(1);
    expect(await open()).toEqual([{ type: 'NOT_RELEASED', orderNumber: 'SO-2000001' }]);
    const [raised] = (await queries.list({ tenant }, { first: 1 })).edges;
    expect(raised!.node.summary).toBe(
      `Order SO-2000001 is confirmed in the ERP since ${at(0)} and has not reached the warehouse within 24 h.`,
    );
    expect(feed.nudges.some((n) => n.tenant === tenant)).toBe(true);

    // Released: the ERP lists it no more and the WMS reports it received.
    erp.set(tenant, 'SO-2000001', 'IN_FULFILMENT', 31);
    const sink = createEventSink({ store, engine, feed, now: () => when(31) });
    await sink.ingest({ ...orderStatus('wms-1', 31, 'CONFIRMED', { order: 'SO-2000001' }), tenant });
    expect(await open()).toEqual([]);
    expect(await queries.byId(tenant, raised!.node.id)).toMatchObject({ status: 'RESOLVED' });
    await sweep(when(40), { passEveryMs: 0 });
    expect(await open()).toEqual([]);
  });

  it('clears NOT_RELEASED when the ERP cancels the order', async () => {
    const { tenant, feed, engine, erp, open, sweep } = setup();
    erp.set(tenant, 'SO-2000011', 'CONFIRMED', 0);
    await sweep(when(30));
    expect(await open()).toEqual([{ type: 'NOT_RELEASED', orderNumber: 'SO-2000011' }]);
    erp.set(tenant, 'SO-2000011', 'CANCELLED', 32);
    const fetchErpOrders = async (t: string, numbers: readonly string[]) =>
      numbers.map((n) => (t === tenant ? (erp.orders.get(n) ?? null) : null));
    await compareWithErp({ store, engine, feed, now: when(33), fetchErpOrders });
    expect(await open()).toEqual([]);
  });

  it('covers a backlog larger than one sweep over successive sweeps, from the saved cursor', async () => {
    const { tenant, erp, open, sweep } = setup();
    for (let i = 1; i <= 7; i++) erp.set(tenant, `SO-200010${i}`, 'CONFIRMED', i);
    const bounded = { pageSize: 2, maxOrders: 4, passEveryMs: 3_600_000 };
    expect((await sweep(when(40), bounded)).unreleased).toBe(4);
    expect(await open()).toHaveLength(4);
    // The next sweep runs later, on another replica: it goes on where the first stopped, same bound.
    const other = await tdb.open();
    const engine = createExceptionEngine();
    await runSweep({
      store: other,
      engine,
      feed: recordingNotifier(),
      now: when(40.5),
      unreleased: { tenants: [tenant], releaseHours: 24, fetchUnreleased: erp.fetchUnreleased, ...bounded },
    });
    expect(await open()).toHaveLength(7);
    const after = (i: number) => `${at(i)}|SO-200010${i}`;
    expect(erp.calls.map((c) => [c.changedBefore, c.after])).toEqual([
      [at(16), null],
      [at(16), after(2)],
      [at(16), after(4)],
      [at(16), after(6)],
    ]);
    // The pass is complete: no new one before passEveryMs from its start, then from the top.
    await sweep(when(40.9), bounded);
    expect(erp.calls).toHaveLength(4);
    await sweep(when(41), bounded);
    expect(erp.calls.slice(4).map((c) => [c.changedBefore, c.after])).toEqual([
      [at(17), null],
      [at(17), after(2)],
    ]);
  });

  it('starts the pass over when the ERP refuses the saved cursor', async () => {
    const { tenant, erp, open, sweep } = setup();
    for (let i = 1; i <= 3; i++) erp.set(tenant, `SO-200020${i}`, 'CONFIRMED', i);
    await sweep(when(40), { pageSize: 1, maxOrders: 1 });
    erp.refuseCursors = true;
    await sweep(when(41), { pageSize: 2, maxOrders: 2 });
    expect(erp.calls.map((c) => [c.changedBefore, c.after])).toEqual([
      [at(16), null],
      [at(16), `${at(1)}|SO-2000201`],
      [at(17), null],
    ]);
    expect(await open()).toHaveLength(2);
  });

  it('goes on with the other tenants when the ERP fails for one', async () => {
    const { tenant, feed, engine, erp, open } = setup();
    erp.set(tenant, 'SO-2000301', 'CONFIRMED', 0);
    const failed: string[] = [];
    const broken = newTenant();
    await runSweep({
      store,
      engine,
      feed,
      now: when(30),
      unreleased: {
        tenants: [broken, tenant],
        releaseHours: 24,
        fetchUnreleased: (t, before, page) =>
          t === broken
            ? Promise.reject(new UpstreamError('UPSTREAM_UNAVAILABLE', 'ERP', 'ERP is unavailable.'))
            : erp.fetchUnreleased(t, before, page),
        onError: (_error, t) => failed.push(t),
      },
    });
    expect(failed).toEqual([broken]);
    expect(await open()).toEqual([{ type: 'NOT_RELEASED', orderNumber: 'SO-2000301' }]);
  });
});
