import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../exception-engine.js';
import type { OrderStatus } from '../model.js';
import { createExceptionEngine } from './create-exception-engine.js';
import { ORDER_NO, erpLine, erpOrder, orderStatus, shortPick, when } from './__fixtures__/event-fixtures.js';
import { statusDisagreement } from './erp-disagreement.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const engine = createExceptionEngine();
const DRIFT = `ORDER:${ORDER_NO}:SYSTEM_DRIFT`;
const minutes = (m: number) => when(10 + m / 60);

/** An order the WMS has at `wms`; the ERP says `erp`; compared first at 10 h, then again `after` minutes later. */
function drifting(wms: OrderStatus, erp: OrderStatus, after: number) {
  const store = createStoreDouble(engine);
  store.ingest(orderStatus('o1', 1, wms), when(2));
  store.compare(erpOrder(erp, 1), minutes(0));
  store.compare(erpOrder(erp, 1), minutes(after));
  return store;
}

describe('statusDisagreement', () => {
  it.each<[OrderStatus, OrderStatus]>([
    ['CANCELLED', 'IN_FULFILMENT'],
    ['CANCELLED', 'SHIPPED'],
    ['CONFIRMED', 'SHIPPED'],
    ['ON_HOLD', 'SHIPPED'],
    ['IN_FULFILMENT', 'PARTIALLY_SHIPPED'],
    ['ON_HOLD', 'IN_FULFILMENT'],
    ['IN_FULFILMENT', 'CANCELLED'],
    ['SHIPPED', 'IN_FULFILMENT'],
  ])('finds ERP %s against WMS %s a contradiction', (erp, wms) => {
    expect(statusDisagreement(erp, wms)).not.toBeNull();
  });

  it.each<[OrderStatus, OrderStatus]>([
    ['CONFIRMED', 'IN_FULFILMENT'],
    ['IN_FULFILMENT', 'CONFIRMED'],
    ['SHIPPED', 'DELIVERED'],
    ['COMPLETED', 'SHIPPED'],
    ['CONFIRMED', 'ON_HOLD'],
  ])('finds ERP %s against WMS %s ordinary lag', (erp, wms) => {
    expect(statusDisagreement(erp, wms)).toBeNull();
  });
});

describe('driftRules', () => {
  it('raises SYSTEM_DRIFT when ERP and WMS disagree for longer than driftMinutes', () => {
    const store = drifting('IN_FULFILMENT', 'CANCELLED', 61);
    expect(store.open.get(DRIFT)).toMatchObject({
      severity: 'LOW',
      summary: `ERP and warehouse disagree on order ${ORDER_NO} since ${minutes(0).toISOString()}: the ERP cancelled it but the warehouse has it IN_FULFILMENT.`,
      evidence: ['wms:o1', `erp:${ORDER_NO}`],
      suggestedActions: ['check-erp'],
    });
  });

  it('waits out driftMinutes before raising', () => {
    expect(drifting('SHIPPED', 'CONFIRMED', 59).types()).toEqual([]);
  });

  it('restarts the clock when the systems agreed in between', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 1, 'SHIPPED'), when(2));
    store.compare(erpOrder('CONFIRMED', 1), minutes(0));
    store.compare(erpOrder('SHIPPED', 1.5), minutes(30));
    store.compare(erpOrder('CONFIRMED', 1.6), minutes(70));
    expect(store.types()).toEqual([]);
    store.compare(erpOrder('CONFIRMED', 1.6), minutes(131));
    expect(store.types()).toEqual(['SYSTEM_DRIFT']);
  });

  it('clears SYSTEM_DRIFT once they agree', () => {
    const store = drifting('IN_FULFILMENT', 'CANCELLED', 90);
    store.ingest(orderStatus('o2', 11, 'CANCELLED'), minutes(91));
    // Only a fresh ERP read confirms agreement.
    expect(store.types()).toEqual(['SYSTEM_DRIFT']);
    store.compare(erpOrder('CANCELLED', 1), minutes(92));
    expect(store.types()).toEqual([]);
    expect(store.subject('ORDER', ORDER_NO)?.state).toMatchObject({ erp: { drift: null } });
  });

  it('honours a configured driftMinutes', () => {
    const quick = createStoreDouble(
      createExceptionEngine({ thresholds: { ...DEFAULT_THRESHOLDS, driftMinutes: 5 } }),
    );
    quick.ingest(orderStatus('o1', 1, 'SHIPPED'), when(2));
    quick.compare(erpOrder('ON_HOLD', 1), minutes(0));
    quick.compare(erpOrder('ON_HOLD', 1), minutes(5));
    expect(quick.types()).toEqual(['SYSTEM_DRIFT']);
  });

  it('raises SYSTEM_DRIFT when WMS quantities contradict the ERP lines', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 1, 'IN_FULFILMENT'), when(2));
    store.ingest(shortPick('p1', 1.5, 10, 30), when(2));
    const lines = [erpLine(10, 24)];
    store.compare(erpOrder('IN_FULFILMENT', 1, { lines }), minutes(0));
    store.compare(erpOrder('IN_FULFILMENT', 1, { lines }), minutes(60));
    expect(store.open.get(DRIFT)?.summary).toContain(
      'the warehouse misses 30 of line 10 but the ERP has only 24 open',
    );
    expect(store.open.get(DRIFT)?.evidence).toEqual(['wms:p1', `erp:${ORDER_NO}`]);
  });

  it('raises SYSTEM_DRIFT for a line the ERP does not have or with another SKU', () => {
    const store = createStoreDouble(engine);
    store.ingest(shortPick('p1', 1, 30, 1), when(2));
    store.ingest(shortPick('p2', 1, 10, 1, 'OTHER-SKU'), when(2));
    store.compare(erpOrder('IN_FULFILMENT', 1), minutes(0));
    store.compare(erpOrder('IN_FULFILMENT', 1), minutes(60));
    const summary = store.open.get(DRIFT)?.summary ?? '';
    expect(summary).toContain('line 30 (BRG-6204-2RS), which the ERP does not have');
    expect(summary).toContain('line 10 is BRG-6204-2RS in the ERP but OTHER-SKU in the warehouse');
  });

  it('ignores an ERP read older than the one it already compared', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 1, 'CANCELLED'), when(2));
    store.compare(erpOrder('CANCELLED', 5), minutes(0));
    store.compare(erpOrder('CONFIRMED', 1), minutes(30));
    store.compare(erpOrder('CONFIRMED', 1), minutes(120));
    expect(store.types()).toEqual([]);
  });

  it('refuses a comparison with a subject that is not this order', () => {
    const result = engine.compareErp(
      { tenant: 'acme', kind: 'SHIPMENT', id: ORDER_NO, orderNumber: ORDER_NO, state: {}, wakeAt: null },
      erpOrder('CANCELLED', 1),
      minutes(0),
    );
    expect(result).toEqual({ subjects: [], raise: [], clear: [] });
  });

  it('does not wake for drift: only the next comparison can confirm it', () => {
    const store = drifting('SHIPPED', 'CONFIRMED', 10);
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBeNull();
  });
});
