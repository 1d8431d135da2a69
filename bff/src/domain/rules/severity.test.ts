import { describe, expect, it } from 'vitest';
import { createExceptionEngine } from './create-exception-engine.js';
import {
  ORDER_NO,
  TN,
  at,
  erpOrder,
  label,
  orderStatus,
  scan,
  shortPick,
  when,
} from './__fixtures__/event-fixtures.js';
import { exposureStartsAt, severityOf } from './severity.js';
import { createStoreDouble } from './__fixtures__/store-double.js';
import { HOUR } from './time.js';

const now = when(0).getTime();

describe('severityOf', () => {
  it('keeps the base severity without exposure or a KEY customer', () => {
    expect(severityOf('LOW', { tier: 'STANDARD', promiseAt: now + 48 * HOUR, now })).toBe('LOW');
    expect(severityOf('MEDIUM', { tier: null, promiseAt: null, now })).toBe('MEDIUM');
  });

  it('steps up once when the promise falls due within 24 h or has passed', () => {
    expect(severityOf('MEDIUM', { tier: null, promiseAt: now + 24 * HOUR, now })).toBe('HIGH');
    expect(severityOf('MEDIUM', { tier: null, promiseAt: now - HOUR, now })).toBe('HIGH');
  });

  it('steps up once for a KEY customer, and twice with exposure', () => {
    expect(severityOf('LOW', { tier: 'KEY', promiseAt: null, now })).toBe('MEDIUM');
    expect(severityOf('LOW', { tier: 'KEY', promiseAt: now, now })).toBe('HIGH');
  });

  it('caps at CRITICAL', () => {
    expect(severityOf('HIGH', { tier: 'KEY', promiseAt: now, now })).toBe('CRITICAL');
    expect(severityOf('CRITICAL', { tier: 'KEY', promiseAt: now, now })).toBe('CRITICAL');
  });

  it('says when exposure starts, and nothing once it has', () => {
    expect(exposureStartsAt(now + 30 * HOUR, now)).toBe(now + 6 * HOUR);
    expect(exposureStartsAt(now + 3 * HOUR, now)).toBeNull();
    expect(exposureStartsAt(null, now)).toBeNull();
  });
});

describe('severity in the engine', () => {
  it('raises a short pick one step when the ship-by is within 24 h', () => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(20) }), when(1));
    store.ingest(shortPick('p1', 1), when(1));
    expect(store.open.get(`ORDER:${ORDER_NO}:SHORT_PICK`)?.severity).toBe('HIGH');
  });

  it('wakes when the promise comes within 24 h and refreshes the severity', () => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(50) }), when(1));
    store.ingest(shortPick('p1', 1), when(1));
    expect(store.open.get(`ORDER:${ORDER_NO}:SHORT_PICK`)?.severity).toBe('MEDIUM');
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe(at(26));
    store.wakeDue(when(26));
    expect(store.open.get(`ORDER:${ORDER_NO}:SHORT_PICK`)?.severity).toBe('HIGH');
    expect(store.subject('ORDER', ORDER_NO)?.wakeAt).toBe(at(50));
  });

  it('remembers a KEY tier from the ERP on the order and uses it for later order rules', () => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT'), when(1));
    store.compare(erpOrder('IN_FULFILMENT', 0, { tier: 'KEY' }), when(1));
    store.ingest(shortPick('p1', 2), when(3));
    expect(store.open.get(`ORDER:${ORDER_NO}:SHORT_PICK`)?.severity).toBe('HIGH');
  });

  it('re-rates open order exceptions when a comparison reveals a KEY customer', () => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(shortPick('p1', 2), when(3));
    store.compare(erpOrder('IN_FULFILMENT', 0, { tier: 'KEY' }), when(4));
    expect(store.open.get(`ORDER:${ORDER_NO}:SHORT_PICK`)?.severity).toBe('HIGH');
  });

  it('carries the KEY tier to shipments that appear later, capped at CRITICAL', () => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(orderStatus('o1', 0, 'IN_FULFILMENT'), when(1));
    store.compare(erpOrder('IN_FULFILMENT', 0, { tier: 'KEY' }), when(1));
    store.ingest(label('l1', 2), when(3));
    store.ingest(scan('s1', 3, 'InTransit_002', { eta: at(30) }), when(4));
    store.ingest(scan('s2', 10, 'AttemptFail_001'), when(11));
    expect(store.open.get(`SHIPMENT:${TN}:FAILED_ATTEMPT`)?.severity).toBe('CRITICAL');
    store.ingest(scan('s3', 12, 'Exception_013'), when(13));
    expect(store.open.get(`SHIPMENT:${TN}:LOST`)?.severity).toBe('CRITICAL');
  });
});
