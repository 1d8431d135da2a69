import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../exception-engine.js';
import { createExceptionEngine } from './create-exception-engine.js';
import { RMA, at, returnStatus, when } from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const engine = createExceptionEngine();

describe('returnRules', () => {
  it('raises RETURN_REJECTED with the reason', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r1', 0, 'RECEIVED'), when(1));
    store.ingest(returnStatus('r2', 2, 'REJECTED', 'Used, not resaleable'), when(3));
    expect(store.open.get(`RETURN:${RMA}:RETURN_REJECTED`)).toMatchObject({
      orderNumber: 'SO-1000123',
      severity: 'MEDIUM',
      dueAt: at(26),
      summary: `The warehouse rejected return ${RMA} of order SO-1000123: Used, not resaleable.`,
      evidence: ['wms:r2'],
      suggestedActions: ['contact-customer'],
    });
    expect(store.types()).toEqual(['RETURN_REJECTED']);
  });

  it('clears RETURN_REJECTED when the return is credited after all', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r2', 2, 'REJECTED'), when(3));
    store.ingest(returnStatus('r3', 5, 'CREDITED'), when(6));
    expect(store.types()).toEqual([]);
  });

  it('keeps RETURN_REJECTED when an older status arrives late', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r2', 2, 'REJECTED'), when(3));
    store.ingest(returnStatus('r1', 1, 'INSPECTED'), when(4));
    expect(store.types()).toEqual(['RETURN_REJECTED']);
  });

  it('wakes creditHours after receipt and raises RETURN_NOT_CREDITED', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r1', 0, 'RECEIVED'), when(1));
    store.ingest(returnStatus('r2', 4, 'INSPECTED'), when(5));
    expect(store.subject('RETURN', RMA)?.wakeAt).toBe(at(DEFAULT_THRESHOLDS.creditHours));
    store.wakeDue(when(72));
    expect(store.open.get(`RETURN:${RMA}:RETURN_NOT_CREDITED`)).toMatchObject({
      severity: 'HIGH',
      dueAt: at(96),
      summary: `Return ${RMA} of order SO-1000123 was received at ${at(0)} and is not credited after 72 h.`,
      evidence: ['wms:r1'],
      suggestedActions: ['credit-return'],
    });
  });

  it('clears RETURN_NOT_CREDITED on credit', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r1', 0, 'RECEIVED'), when(80));
    expect(store.types()).toEqual(['RETURN_NOT_CREDITED']);
    store.ingest(returnStatus('r3', 79, 'CREDITED'), when(81));
    expect(store.types()).toEqual([]);
    expect(store.subject('RETURN', RMA)?.wakeAt).toBeNull();
  });

  it('never raises RETURN_NOT_CREDITED when the credit came before the receipt was reported', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r3', 10, 'CREDITED'), when(80));
    store.ingest(returnStatus('r1', 0, 'RECEIVED'), when(80));
    expect(store.types()).toEqual([]);
  });

  it('does not ask to credit a rejected or cancelled return', () => {
    const store = createStoreDouble(engine);
    store.ingest(returnStatus('r1', 0, 'RECEIVED'), when(80));
    store.ingest(returnStatus('r2', 1, 'CANCELLED'), when(80));
    expect(store.types()).toEqual([]);
  });
});
