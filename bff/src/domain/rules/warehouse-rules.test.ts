import { describe, expect, it } from 'vitest';
import { createExceptionEngine } from './create-exception-engine.js';
import {
  at,
  backorder,
  erpLine,
  erpOrder,
  hold,
  orderStatus,
  shortPick,
  when,
} from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const NOW = when(10);

function order(...events: Parameters<ReturnType<typeof createStoreDouble>['ingest']>[0][]) {
  const store = createStoreDouble(createExceptionEngine());
  for (const e of events) store.ingest(e, NOW);
  return store;
}

describe('warehouseRules', () => {
  it('raises SHORT_PICK with the line, SKU, shortage and reason', () => {
    const store = order(
      orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(100) }),
      shortPick('p1', 2, 10, 4),
    );
    const [short] = [...store.open.values()];
    expect(short).toMatchObject({
      type: 'SHORT_PICK',
      subjectKind: 'ORDER',
      subjectId: 'SO-1000123',
      severity: 'MEDIUM',
      dueAt: at(10),
      evidence: ['wms:p1'],
      suggestedActions: ['contact-customer', 'cancel-line', 'refund'],
    });
    expect(short?.summary).toBe(
      'Order SO-1000123 was short-picked: line 10 (BRG-6204-2RS) is 4 short (STOCKOUT).',
    );
  });

  it('makes a short pick due by the ship-by when that comes before 8 h', () => {
    const store = order(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(5) }), shortPick('p1', 2));
    expect(store.open.get('ORDER:SO-1000123:SHORT_PICK')?.dueAt).toBe(at(5));
  });

  it('lists every short line in one exception per order', () => {
    const store = order(shortPick('p1', 2, 10, 4), shortPick('p2', 3, 20, 1, 'SKU-2'));
    expect(store.types()).toEqual(['SHORT_PICK']);
    expect(store.open.get('ORDER:SO-1000123:SHORT_PICK')?.evidence).toEqual(['wms:p1', 'wms:p2']);
  });

  it.each(['SHIPPED', 'DELIVERED', 'CANCELLED'] as const)(
    'clears SHORT_PICK and BACKORDER when the WMS later says %s',
    (status) => {
      const store = order(shortPick('p1', 2), backorder('b1', 2, 20), orderStatus('o2', 3, status));
      expect(store.types()).toEqual([]);
    },
  );

  it('keeps SHORT_PICK when the finishing status is older than the short pick', () => {
    const store = order(orderStatus('o2', 1, 'SHIPPED'), shortPick('p1', 2));
    expect(store.types()).toEqual(['SHORT_PICK']);
  });

  it('does not reopen shortages when a status stamped after SHIPPED arrives', () => {
    const store = order(
      shortPick('p1', 2),
      orderStatus('o2', 3, 'SHIPPED'),
      orderStatus('o3', 4, 'IN_FULFILMENT'),
    );
    expect(store.types()).toEqual([]);
  });

  it('clears SHORT_PICK and BACKORDER on a line the ERP cancelled', () => {
    const store = order(shortPick('p1', 2, 10), backorder('b1', 2, 10));
    store.compare(erpOrder('IN_FULFILMENT', 0, { lines: [erpLine(10, 24, 24)] }), NOW);
    expect(store.types()).toEqual([]);
  });

  it('raises BACKORDER and clears it when the order ships', () => {
    const store = order(backorder('b1', 2, 10, 6));
    expect(store.open.get('ORDER:SO-1000123:BACKORDER')?.summary).toBe(
      'Order SO-1000123 is backordered: line 10 (BRG-6204-2RS) waits for 6.',
    );
    store.ingest(orderStatus('o2', 8, 'SHIPPED'), NOW);
    expect(store.types()).toEqual([]);
  });

  it('raises WAREHOUSE_HOLD and clears it on release', () => {
    const store = order(hold('h1', 1));
    expect(store.open.get('ORDER:SO-1000123:WAREHOUSE_HOLD')).toMatchObject({
      summary: 'The warehouse is holding order SO-1000123: PaymentDeclined.',
      suggestedActions: ['release-order', 'contact-customer'],
    });
    store.ingest(hold('h2', 2, true), NOW);
    expect(store.types()).toEqual([]);
  });

  it('ignores a release older than the hold', () => {
    expect(order(hold('h1', 3), hold('h0', 2, true)).types()).toEqual(['WAREHOUSE_HOLD']);
  });

  it('clears WAREHOUSE_HOLD when the warehouse later moves the order on without a release', () => {
    const store = order(hold('h1', 1), orderStatus('o1', 1, 'ON_HOLD'));
    expect(store.types()).toEqual(['WAREHOUSE_HOLD']);
    store.ingest(orderStatus('o2', 4, 'IN_FULFILMENT'), NOW);
    expect(store.types()).toEqual([]);
  });
});
