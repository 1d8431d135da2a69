import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../exception-engine.js';
import { createExceptionEngine } from './create-exception-engine.js';
import { TN, at, label, scan, when } from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const engine = createExceptionEngine();

describe('shipmentTimeRules', () => {
  it('wakes at label time + firstScanHours and raises NO_CARRIER_SCAN then', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    expect(store.subject('SHIPMENT', TN)?.wakeAt).toBe(at(24));
    store.wakeDue(when(23.9));
    expect(store.types()).toEqual([]);
    store.wakeDue(when(24));
    expect(store.open.get(`SHIPMENT:${TN}:NO_CARRIER_SCAN`)).toMatchObject({
      severity: 'MEDIUM',
      dueAt: at(32),
      evidence: ['wms:l1'],
      suggestedActions: ['contact-carrier'],
    });
    expect(store.subject('SHIPMENT', TN)?.wakeAt).toBeNull();
  });

  it('honours a configured firstScanHours', () => {
    const store = createStoreDouble(
      createExceptionEngine({ thresholds: { ...DEFAULT_THRESHOLDS, firstScanHours: 6 } }),
    );
    store.ingest(label('l1', 0), when(1));
    expect(store.subject('SHIPMENT', TN)?.wakeAt).toBe(at(6));
  });

  it('clears NO_CARRIER_SCAN when the first scan arrives, late as it may be', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(30));
    expect(store.types()).toEqual(['NO_CARRIER_SCAN']);
    store.ingest(scan('s1', 29, 'InTransit_002'), when(31));
    expect(store.types()).toEqual([]);
  });

  it('does not count the carrier merely receiving label data as a scan', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(30));
    store.ingest(scan('s1', 1, 'InfoReceived_001'), when(30));
    expect(store.types()).toEqual(['NO_CARRIER_SCAN']);
  });

  it('clears NO_CARRIER_SCAN when the carrier cancels the label', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(30));
    store.ingest(scan('s1', 2, 'Exception_020'), when(30));
    expect(store.types()).toEqual([]);
  });

  it('wakes at the ETA and raises ETA_PASSED when the parcel is not delivered', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    store.ingest(scan('s1', 1, 'InTransit_002', { eta: at(48) }), when(2));
    expect(store.subject('SHIPMENT', TN)?.wakeAt).toBe(at(48));
    store.wakeDue(when(49));
    expect(store.open.get(`SHIPMENT:${TN}:ETA_PASSED`)).toMatchObject({
      summary: `Shipment ${TN} of order SO-1000123 was expected by ${at(48)} and is not delivered (last status: IN_TRANSIT).`,
      // The promise (the ETA) has passed: one step above the rule's MEDIUM.
      severity: 'HIGH',
      evidence: ['aftership:s1'],
    });
  });

  it('reads a date-only ETA as the end of that day', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    store.ingest(scan('s1', 1, 'InTransit_002', { eta: '2026-11-04' }), when(2));
    expect(store.subject('SHIPMENT', TN)?.wakeAt).toBe('2026-11-05T00:00:00.000Z');
  });

  it('clears ETA_PASSED on delivery and on a new, later ETA', () => {
    const late = createStoreDouble(engine);
    late.ingest(label('l1', 0), when(50));
    late.ingest(scan('s1', 1, 'InTransit_002', { eta: at(48) }), when(50));
    expect(late.types()).toEqual(['ETA_PASSED']);
    late.ingest(scan('s2', 49, 'InTransit_004', { eta: at(72) }), when(50));
    expect(late.types()).toEqual([]);
    expect(late.subject('SHIPMENT', TN)?.wakeAt).toBe(at(72));
    late.ingest(scan('s3', 60, 'Delivered_001'), when(80));
    expect(late.types()).toEqual([]);
    expect(late.subject('SHIPMENT', TN)?.wakeAt).toBeNull();
  });

  it('leaves ETA_PASSED to the LOST exception once the parcel is lost', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(50));
    store.ingest(scan('s1', 1, 'InTransit_002', { eta: at(48) }), when(50));
    store.ingest(scan('s2', 20, 'Exception_013'), when(50));
    expect(store.types()).toEqual(['LOST']);
  });
});
