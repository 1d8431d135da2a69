import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../domain/event.js';
import { createExceptionEngine } from '../../domain/rules/create-exception-engine.js';
import { T0, label, when } from '../../domain/rules/__fixtures__/event-fixtures.js';
import { createStoreDouble } from '../../domain/rules/__fixtures__/store-double.js';
import { NO_SCAN_REPORTED } from '../../domain/shipment-status.js';
import { normaliseAfterShip } from './normalise-aftership.js';
import { afterShipWebhook } from './__fixtures__/webhook-fixtures.js';

const input = (body: unknown) => ({ tenant: 'acme', headers: new Headers(), body });
const body = (result: ReturnType<typeof normaliseAfterShip>) =>
  result.kind === 'event' ? result.event.body : result;

describe('normaliseAfterShip', () => {
  it('maps a tracking_update to a tracking event with the subtag as the code', () => {
    expect(normaliseAfterShip(input(afterShipWebhook()))).toEqual({
      kind: 'event',
      event: {
        source: 'aftership',
        id: '1a7b2e0c-4d5f-4b8a-9c3e-6f1d2a3b4c5d',
        tenant: 'acme',
        occurredAt: '2026-11-04T10:00:00.000Z',
        body: {
          type: 'shipment.tracking',
          trackingNumber: 'JJD0001234567',
          carrier: 'DHL',
          status: 'EXCEPTION',
          carrierCode: 'Exception_007',
          description: 'Incorrect Address',
          location: 'Berlin, DEU',
          eta: '2026-11-06T00:00:00.000Z',
        },
      },
    });
  });

  it('falls back from an unknown subtag to its tag', () => {
    expect(
      body(normaliseAfterShip(input(afterShipWebhook({ tag: 'AttemptFail', subtag: 'AttemptFail_099' })))),
    ).toMatchObject({
      status: 'ATTEMPT_FAILED',
      carrierCode: 'AttemptFail_099',
    });
    expect(
      body(normaliseAfterShip(input(afterShipWebhook({ tag: 'Exception', subtag: 'Exception_011' })))),
    ).toMatchObject({ status: 'RETURNED_TO_SENDER' });
  });

  it('uses the tag when the subtag belongs to another tag', () => {
    expect(
      body(normaliseAfterShip(input(afterShipWebhook({ tag: 'Delivered', subtag: 'Exception_013' })))),
    ).toMatchObject({
      status: 'DELIVERED',
      carrierCode: 'Delivered',
    });
  });

  it('dead-letters an unknown tag and events AfterShip Tracking does not send', () => {
    expect(
      normaliseAfterShip(input(afterShipWebhook({ tag: 'Teleported', subtag: 'Teleported_001' }))),
    ).toEqual({
      kind: 'unmappable',
      reason: 'AfterShip tag "Teleported" is in no known family',
    });
    expect(normaliseAfterShip(input(afterShipWebhook({ tag: 'delivered' })))).toMatchObject({
      kind: 'unmappable',
    });
    expect(normaliseAfterShip(input(afterShipWebhook({}, { event: 'tracking_teleported' })))).toEqual({
      kind: 'unmappable',
      reason: 'AfterShip event "tracking_teleported" is not a tracking event',
    });
  });

  it('reads the newer estimated delivery field and an offset-less checkpoint time as UTC', () => {
    const hook = afterShipWebhook(
      {
        expected_delivery: null,
        courier_estimated_delivery_date: { estimated_delivery_date: '2026-11-07' },
        checkpoints: [
          { checkpoint_time: '2026-11-04T10:55:00', message: 'Out for delivery', tag: 'OutForDelivery' },
        ],
        tag: 'OutForDelivery',
        subtag: 'OutForDelivery_001',
        subtag_message: null,
      },
      { ts: undefined },
    );
    const result = normaliseAfterShip(input(hook));
    expect(result.kind === 'event' && result.event).toMatchObject({
      occurredAt: '2026-11-04T10:55:00.000Z',
      body: {
        status: 'OUT_FOR_DELIVERY',
        eta: '2026-11-07T00:00:00.000Z',
        description: 'Out for delivery',
        location: null,
      },
    });
  });

  it('says which field is missing', () => {
    const hook = afterShipWebhook();
    delete (hook.msg as Record<string, unknown>)['tracking_number'];
    expect(normaliseAfterShip(input(hook))).toEqual({
      kind: 'invalid',
      reason: 'msg.tracking_number: Required',
    });
    expect(normaliseAfterShip(input(afterShipWebhook({}, { event_id: undefined })))).toEqual({
      kind: 'invalid',
      reason: 'event_id: Required',
    });
  });

  // AfterShip webhook spec: `edd_revise` (all EDD updates) and `tracking_pending_time` (pending past
  // the account's threshold) carry the same Tracking as `msg`.
  it('maps an edd_revise to the same snapshot with the revised estimate', () => {
    const hook = afterShipWebhook(
      {
        tag: 'InTransit',
        subtag: 'InTransit_002',
        subtag_message: 'Acceptance scan',
        courier_estimated_delivery_date: { estimated_delivery_date: '2026-11-06' },
        latest_estimated_delivery: {
          type: 'specific',
          source: 'Carrier EDD',
          datetime: '2026-11-09',
          datetime_min: null,
          datetime_max: null,
        },
      },
      { event: 'edd_revise' },
    );
    expect(body(normaliseAfterShip(input(hook)))).toMatchObject({
      status: 'IN_TRANSIT',
      carrierCode: 'InTransit_002',
      eta: '2026-11-09T00:00:00.000Z',
    });
  });

  it('maps tracking_pending_time to a no-scan report that is not itself a scan', () => {
    const hook = afterShipWebhook(
      { tag: 'Pending', subtag: 'Pending_001', subtag_message: 'No information yet', checkpoints: [] },
      { event: 'tracking_pending_time' },
    );
    expect(body(normaliseAfterShip(input(hook)))).toMatchObject({
      status: 'LABEL_CREATED',
      carrierCode: NO_SCAN_REPORTED,
    });
  });

  it('lets the return_to_sender flag win over a subtag that says otherwise', () => {
    const back = afterShipWebhook({ tag: 'Delivered', subtag: 'Delivered_001', return_to_sender: true });
    expect(body(normaliseAfterShip(input(back)))).toMatchObject({
      status: 'RETURNED_TO_SENDER',
      carrierCode: 'Delivered_001',
    });
    const notBack = afterShipWebhook({ tag: 'Exception', subtag: 'Exception_010', return_to_sender: false });
    expect(body(normaliseAfterShip(input(notBack)))).toMatchObject({
      status: 'EXCEPTION',
      carrierCode: 'Exception',
    });
  });

  describe('with the exception rules', () => {
    const engine = createExceptionEngine();
    const tn = 'JJD0001234567';
    const at = (h: number) => Math.floor((T0 + h * 3_600_000) / 1000);
    const event = (msg: Record<string, unknown>, envelope: Record<string, unknown>): CanonicalEvent => {
      const result = normaliseAfterShip(input(afterShipWebhook(msg, envelope)));
      if (result.kind !== 'event') throw new Error(`not an event: ${JSON.stringify(result)}`);
      return result.event;
    };
    const moving = { tag: 'InTransit', subtag: 'InTransit_002', expected_delivery: null };

    it('moves the ETA the ETA rule checks when the estimate is revised', () => {
      const store = createStoreDouble(engine);
      store.ingest(label('l1', 0, { tn }), when(0));
      const edd = (date: string) => ({ courier_estimated_delivery_date: { estimated_delivery_date: date } });
      store.ingest(event({ ...moving, ...edd('2026-11-03') }, { event_id: 'u1', ts: at(1) }), when(1));
      store.wakeDue(when(60));
      expect(store.types()).toEqual(['ETA_PASSED']);
      store.ingest(
        event({ ...moving, ...edd('2026-11-10') }, { event_id: 'r1', event: 'edd_revise', ts: at(61) }),
        when(61),
      );
      expect(store.types()).toEqual([]);
    });

    it('raises NO_CARRIER_SCAN when AfterShip reports the parcel pending too long', () => {
      const store = createStoreDouble(engine);
      store.ingest(label('l1', 0, { tn }), when(0));
      const pending = { tag: 'Pending', subtag: 'Pending_001', checkpoints: [] };
      store.ingest(event(pending, { event_id: 'p1', event: 'tracking_pending_time', ts: at(6) }), when(6));
      expect(store.types()).toEqual(['NO_CARRIER_SCAN']);
      store.ingest(event(moving, { event_id: 'u2', ts: at(7) }), when(7));
      expect(store.types()).toEqual([]);
    });
  });
});
