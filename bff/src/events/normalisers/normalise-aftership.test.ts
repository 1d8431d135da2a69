import { describe, expect, it } from 'vitest';
import { normaliseAfterShip } from './normalise-aftership.js';
import { afterShipWebhook } from './webhook-fixtures.js';

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

  it('dead-letters an unknown tag and events that are not tracking updates', () => {
    expect(
      normaliseAfterShip(input(afterShipWebhook({ tag: 'Teleported', subtag: 'Teleported_001' }))),
    ).toEqual({
      kind: 'unmappable',
      reason: 'AfterShip tag "Teleported" is in no known family',
    });
    expect(normaliseAfterShip(input(afterShipWebhook({ tag: 'delivered' })))).toMatchObject({
      kind: 'unmappable',
    });
    expect(normaliseAfterShip(input(afterShipWebhook({}, { event: 'edd_revise' })))).toMatchObject({
      kind: 'unmappable',
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
});
