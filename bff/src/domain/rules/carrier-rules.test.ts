import { describe, expect, it } from 'vitest';
import { createExceptionEngine } from './create-exception-engine.js';
import { TN, label, scan, when } from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

/** A shipment with its label and a first scan, fed in time order at `now`. */
function shipment(...later: ReturnType<typeof scan>[]) {
  const store = createStoreDouble(createExceptionEngine());
  const now = when(100);
  for (const e of [label('l1', 0), scan('s1', 1, 'InTransit_002'), ...later]) store.ingest(e, now);
  return store;
}

describe('carrierRules', () => {
  it.each([
    ['Exception_013', 'LOST'],
    ['failure/lost', 'LOST'],
    ['Exception_012', 'DAMAGED'],
    ['failure/damaged', 'DAMAGED'],
    ['Exception_007', 'ADDRESS_PROBLEM'],
    ['Exception_002', 'ADDRESS_PROBLEM'],
    ['in_transit/address_correction', 'ADDRESS_PROBLEM'],
    ['AttemptFail_002', 'FAILED_ATTEMPT'],
    ['Exception_011', 'RETURN_TO_SENDER'],
    ['return_to_sender/return', 'RETURN_TO_SENDER'],
    ['Exception_004', 'DELIVERY_EXCEPTION'],
    ['Exception_009', 'DELIVERY_EXCEPTION'],
    ['in_transit/weather_delay', 'DELIVERY_EXCEPTION'],
    ['failure/delivery_exception', 'DELIVERY_EXCEPTION'],
  ])('raises on carrier code %s the %s exception', (code, type) => {
    const store = shipment(scan('s2', 5, code));
    expect(store.types()).toEqual([type]);
  });

  it('falls back to the family for unknown carrier codes without throwing', () => {
    expect(shipment(scan('s2', 5, 'Exception_077')).types()).toEqual(['DELIVERY_EXCEPTION']);
    expect(shipment(scan('s2', 5, 'AttemptFail_042')).types()).toEqual(['FAILED_ATTEMPT']);
    expect(shipment(scan('s2', 5, 'failure/teleported')).types()).toEqual(['DELIVERY_EXCEPTION']);
    expect(shipment(scan('s2', 5, 'InTransit_099'), scan('s3', 6, 'beamed/up')).types()).toEqual([]);
  });

  it('reads the problem from the normalised status when the code belongs to no known family', () => {
    const store = shipment(scan('s2', 5, 'XX-17', { status: 'EXCEPTION' }));
    expect(store.types()).toEqual(['DELIVERY_EXCEPTION']);
  });

  it('writes one sentence with the order, the tracking number and the carrier description', () => {
    const store = shipment(scan('s2', 5, 'Exception_013', { description: 'Shipment lost' }));
    const [lost] = [...store.open.values()];
    expect(lost).toMatchObject({
      type: 'LOST',
      subjectKind: 'SHIPMENT',
      subjectId: TN,
      orderNumber: 'SO-1000123',
      severity: 'HIGH',
      dueAt: '2026-11-02T17:00:00.000Z',
      evidence: ['aftership:s2'],
      suggestedActions: ['contact-carrier', 'reship', 'refund'],
    });
    expect(lost?.summary).toBe(
      `UPS reports shipment ${TN} of order SO-1000123 lost: "Shipment lost" (Exception_013).`,
    );
  });

  it.each(['InTransit_003', 'OutForDelivery_001', 'Delivered_001'])(
    'clears a generic exception, failed attempt, address problem and damage when %s follows',
    (code) => {
      for (const problem of ['Exception_005', 'AttemptFail_001', 'Exception_007', 'Exception_012']) {
        const store = shipment(scan('s2', 5, problem), scan('s3', 6, code));
        expect(store.types()).toEqual([]);
      }
    },
  );

  it('keeps LOST and RETURN_TO_SENDER open through later transit scans', () => {
    expect(shipment(scan('s2', 5, 'Exception_013'), scan('s3', 6, 'InTransit_003')).types()).toEqual([
      'LOST',
    ]);
    expect(shipment(scan('s2', 5, 'Exception_011'), scan('s3', 6, 'OutForDelivery_001')).types()).toEqual([
      'RETURN_TO_SENDER',
    ]);
  });

  it('clears LOST and RETURN_TO_SENDER on delivery', () => {
    expect(shipment(scan('s2', 5, 'Exception_013'), scan('s3', 9, 'Delivered_001')).types()).toEqual([]);
    expect(shipment(scan('s2', 5, 'Exception_011'), scan('s3', 9, 'Delivered_001')).types()).toEqual([]);
  });

  it('does not count delivery back to the sender as delivery', () => {
    const store = shipment(
      scan('s2', 5, 'return_to_sender/return'),
      scan('s3', 9, 'return_to_sender/delivered'),
    );
    expect(store.types()).toEqual(['RETURN_TO_SENDER']);
  });

  it('keeps a problem open when the progress scan happened before it, even if it arrives after', () => {
    const store = shipment(scan('s2', 5, 'Exception_005'), scan('s3', 4, 'InTransit_003'));
    expect(store.types()).toEqual(['DELIVERY_EXCEPTION']);
  });

  it('raises nothing for an exception stamped after delivery: delivery is final', () => {
    const store = shipment(
      scan('s2', 5, 'Delivered_001'),
      scan('s3', 7, 'Exception_012'),
      scan('s4', 8, 'InTransit_003'),
    );
    expect(store.types()).toEqual([]);
    expect(store.subject('SHIPMENT', TN)?.state).toMatchObject({ delivered: { ev: 'aftership:s2' } });
  });

  it('raises a new failed attempt after the parcel went out again and failed again', () => {
    const store = shipment(scan('s2', 5, 'AttemptFail_001'), scan('s3', 20, 'OutForDelivery_001'));
    expect(store.types()).toEqual([]);
    store.ingest(scan('s4', 22, 'AttemptFail_002'), when(100));
    expect([...store.open.values()][0]?.evidence).toEqual(['aftership:s4']);
  });

  it('lets a later LOST or RETURN_TO_SENDER supersede earlier delays and failed attempts', () => {
    const store = shipment(
      scan('s2', 5, 'Exception_005'),
      scan('s3', 6, 'AttemptFail_001'),
      scan('s4', 9, 'Exception_011'),
    );
    expect(store.types()).toEqual(['RETURN_TO_SENDER']);
  });
});
