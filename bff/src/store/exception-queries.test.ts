import { describe, expect, it } from 'vitest';
import type { ExceptionSeverity, OrderException } from '../domain/exception.js';
import type { Store } from './create-store.js';
import { toExceptionRow } from './exception-row.js';
import { createExceptionQueries } from './exception-queries.js';
import { newTenant } from './__fixtures__/test-events.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

let n = 0;
const exception = (tenant: string, o: Partial<OrderException> = {}): OrderException => {
  n++;
  return {
    id: `ex-${String(n).padStart(4, '0')}`,
    tenant,
    type: 'SHORT_PICK',
    subjectKind: 'ORDER',
    subjectId: `SO-${n}`,
    orderNumber: `SO-${n}`,
    severity: 'MEDIUM',
    status: 'OPEN',
    team: 'orders-de',
    assignee: null,
    snoozedUntil: null,
    dueAt: '2026-01-02T00:00:00.000Z',
    openedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    updatedAt: '2026-01-01T00:00:00.000Z',
    resolvedAt: null,
    resolution: null,
    summary: 'short pick',
    evidence: ['wms:1'],
    suggestedActions: ['reship'],
    ...o,
  };
};

describe.each(DIALECTS)('createExceptionQueries (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  const seed = async (list: OrderException[]) => {
    await store.db.insertInto('exceptions').values(list.map(toExceptionRow)).execute();
    return list;
  };

  it('lists most severe first, then oldest first, without resolved ones by default', async () => {
    const tenant = newTenant();
    const [low, critical, high1, high2] = await seed([
      exception(tenant, { severity: 'LOW' }),
      exception(tenant, { severity: 'CRITICAL' }),
      exception(tenant, { severity: 'HIGH' }),
      exception(tenant, { severity: 'HIGH' }),
      exception(tenant, { severity: 'CRITICAL', status: 'RESOLVED' }),
    ]);
    const page = await createExceptionQueries({ store }).list({ tenant }, { first: 10 });
    expect(page.edges.map((e) => e.node.id)).toEqual([critical!.id, high1!.id, high2!.id, low!.id]);
    expect(page.edges[0]!.node).toEqual(critical);
  });

  it('pages with a cursor without skipping or repeating', async () => {
    const tenant = newTenant();
    const severities: ExceptionSeverity[] = ['LOW', 'HIGH', 'MEDIUM', 'CRITICAL'];
    await seed(Array.from({ length: 11 }, (_, i) => exception(tenant, { severity: severities[i % 4]! })));
    const queries = createExceptionQueries({ store });
    const all = (await queries.list({ tenant }, { first: 100 })).edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await queries.list({ tenant }, { first: 3, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(11);
  });

  it('filters by team, severity, type, status, assignee and order number', async () => {
    const tenant = newTenant();
    const [a, b, c, d] = await seed([
      exception(tenant, { team: 'returns', type: 'RETURN_REJECTED', subjectKind: 'RETURN' }),
      exception(tenant, { severity: 'HIGH', assignee: 'agent-anna' }),
      exception(tenant, { status: 'SNOOZED', orderNumber: 'SO-FIND' }),
      exception(tenant, { status: 'RESOLVED' }),
    ]);
    const q = createExceptionQueries({ store });
    const ids = async (f: Parameters<typeof q.list>[0]) =>
      (await q.list(f, { first: 10 })).edges.map((e) => e.node.id);
    expect(await ids({ tenant, team: 'returns' })).toEqual([a!.id]);
    expect(await ids({ tenant, severity: ['HIGH', 'CRITICAL'] })).toEqual([b!.id]);
    expect(await ids({ tenant, type: ['RETURN_REJECTED'] })).toEqual([a!.id]);
    expect(await ids({ tenant, status: ['RESOLVED', 'SNOOZED'] })).toEqual([c!.id, d!.id]);
    expect(await ids({ tenant, assignee: 'agent-anna' })).toEqual([b!.id]);
    expect(await ids({ tenant, orderNumber: 'SO-FIND' })).toEqual([c!.id]);
    expect(await ids({ tenant: newTenant() })).toEqual([]);
  });

  it('rejects a foreign cursor and an out-of-range page size', async () => {
    const q = createExceptionQueries({ store });
    await expect(q.list({ tenant: 'x' }, { first: 5, after: 'garbage' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(q.list({ tenant: 'x' }, { first: 0 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('finds by id only within the tenant', async () => {
    const tenant = newTenant();
    const [e] = await seed([exception(tenant)]);
    const q = createExceptionQueries({ store });
    expect(await q.byId(tenant, e!.id)).toEqual(e);
    expect(await q.byId(newTenant(), e!.id)).toBeNull();
  });

  it('batches by order number in key order, open ones first', async () => {
    const tenant = newTenant();
    const [resolved, open, other] = await seed([
      exception(tenant, { orderNumber: 'SO-A', status: 'RESOLVED', severity: 'CRITICAL' }),
      exception(tenant, { orderNumber: 'SO-A', type: 'BACKORDER' }),
      exception(tenant, { orderNumber: 'SO-B' }),
    ]);
    const lists = await createExceptionQueries({ store }).byOrderNumbers(tenant, ['SO-B', 'SO-NONE', 'SO-A']);
    expect(lists.map((l) => l.map((e) => e.id))).toEqual([[other!.id], [], [open!.id, resolved!.id]]);
  });
});
