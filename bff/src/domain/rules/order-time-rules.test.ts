import { describe, expect, it } from 'vitest';
import { createExceptionEngine } from './create-exception-engine.js';
import { ORDER_NO, at, erpOrder, orderStatus, when } from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const engine = createExceptionEngine();
const KEY = `ORDER:${ORDER_NO}`;

describe('orderTimeRules', () => {
  it('wakes at the ship-by and raises NOT_SHIPPED_BY_PROMISE if the order has not shipped', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(30) }), when(1));
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe(at(30));
    store.wakeDue(when(30));
    expect(store.open.get(`${KEY}:NOT_SHIPPED_BY_PROMISE`)).toMatchObject({
      severity: 'HIGH',
      dueAt: at(34),
      summary: `Order ${ORDER_NO} had to ship by ${at(30)} and has not shipped (warehouse status IN_FULFILMENT).`,
      evidence: ['wms:o1'],
      suggestedActions: ['contact-customer', 'cancel-line'],
    });
  });

  it('reads a date-only ship-by as the end of that day', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: '2026-11-03' }), when(1));
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe('2026-11-04T00:00:00.000Z');
  });

  it('raises at once when the ship-by has already passed, and says a partial shipment is partial', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o1', 0, 'PARTIALLY_SHIPPED', { shipBy: at(5) }), when(6));
    expect(store.open.get(`${KEY}:NOT_SHIPPED_BY_PROMISE`)?.summary).toContain('has shipped only in part');
  });

  it.each(['SHIPPED', 'CANCELLED'] as const)(
    'clears NOT_SHIPPED_BY_PROMISE when the order is %s',
    (status) => {
      const store = createStoreDouble(engine);
      store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(5) }), when(6));
      expect(store.types()).toEqual(['NOT_SHIPPED_BY_PROMISE']);
      store.ingest(orderStatus('o2', 7, status), when(8));
      expect(store.types()).toEqual([]);
      expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBeNull();
    },
  );

  it('does not let a late, older status reopen a shipped order', () => {
    const store = createStoreDouble(engine);
    store.ingest(orderStatus('o2', 7, 'SHIPPED', { shipBy: at(5) }), when(8));
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(5) }), when(9));
    expect(store.types()).toEqual([]);
  });

  it('raises NOT_RELEASED for an ERP-confirmed order the WMS never mentioned, after releaseHours', () => {
    const store = createStoreDouble(engine);
    store.compare(erpOrder('CONFIRMED', 0), when(2));
    expect(store.types()).toEqual([]);
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe(at(24));
    store.wakeDue(when(24));
    expect(store.open.get(`${KEY}:NOT_RELEASED`)).toMatchObject({
      severity: 'MEDIUM',
      dueAt: at(28),
      summary: `Order ${ORDER_NO} is confirmed in the ERP since ${at(0)} and has not reached the warehouse within 24 h.`,
      evidence: [`erp:${ORDER_NO}`],
      suggestedActions: ['release-order', 'check-erp'],
    });
  });

  it('keeps the release clock from the first releasable status, not the latest ERP change', () => {
    const store = createStoreDouble(engine);
    store.compare(erpOrder('CONFIRMED', 0), when(2));
    store.compare(erpOrder('IN_FULFILMENT', 20), when(21));
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe(at(24));
  });

  it('clears NOT_RELEASED when any WMS event for the order arrives', () => {
    const store = createStoreDouble(engine);
    store.compare(erpOrder('CONFIRMED', 0), when(30));
    expect(store.types()).toEqual(['NOT_RELEASED']);
    store.ingest(orderStatus('o1', 29, 'CONFIRMED'), when(31));
    expect(store.types()).toEqual([]);
  });

  it('clears NOT_RELEASED when the ERP puts the order on hold or cancels it', () => {
    const store = createStoreDouble(engine);
    store.compare(erpOrder('CONFIRMED', 0), when(30));
    store.compare(erpOrder('ON_HOLD', 29), when(31));
    expect(store.types()).toEqual([]);
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBeNull();
  });
});
