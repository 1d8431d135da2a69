import { describe, expect, it } from 'vitest';
import { normaliseEasyPost } from './normalise-easypost.js';
import { easyPostEvent } from './webhook-fixtures.js';

const input = (body: unknown) => ({ tenant: 'globex', headers: new Headers(), body });

describe('normaliseEasyPost', () => {
  it('maps a tracker.updated event to a tracking event with status/detail as the code', () => {
    expect(normaliseEasyPost(input(easyPostEvent()))).toEqual({
      kind: 'event',
      event: {
        source: 'easypost',
        id: 'evt_3c7f1e2a9b8d4e6f',
        tenant: 'globex',
        occurredAt: '2026-11-04T09:12:00.000Z',
        body: {
          type: 'shipment.tracking',
          trackingNumber: '9400111899223197428490',
          carrier: 'USPS',
          status: 'EXCEPTION',
          carrierCode: 'failure/lost',
          description: 'Package lost in transit',
          location: 'MEMPHIS, TN, US',
          eta: '2026-11-05T00:00:00.000Z',
        },
      },
    });
  });

  it('lets a detail sharpen a moving parcel and ignores an unknown detail', () => {
    const attempted = normaliseEasyPost(
      input(easyPostEvent({ status: 'in_transit', status_detail: 'attempted_delivery' })),
    );
    expect(attempted.kind === 'event' && attempted.event.body).toMatchObject({
      status: 'ATTEMPT_FAILED',
      carrierCode: 'in_transit/attempted_delivery',
    });
    const novel = normaliseEasyPost(
      input(easyPostEvent({ status: 'out_for_delivery', status_detail: 'drone_dispatched' })),
    );
    expect(novel.kind === 'event' && novel.event.body).toMatchObject({ status: 'OUT_FOR_DELIVERY' });
  });

  it('names carriers the way the WMS does', () => {
    const fedex = normaliseEasyPost(
      input(
        easyPostEvent({ carrier: 'FedEx', status: 'delivered', status_detail: 'arrived_at_destination' }),
      ),
    );
    expect(fedex.kind === 'event' && fedex.event.body).toMatchObject({
      carrier: 'FEDEX',
      status: 'DELIVERED',
    });
  });

  it('keeps EasyPost’s own "unknown" status but dead-letters a status it never documented', () => {
    const unknown = normaliseEasyPost(input(easyPostEvent({ status: 'unknown', status_detail: null })));
    expect(
      unknown.kind === 'event' &&
        unknown.event.body.type === 'shipment.tracking' &&
        unknown.event.body.status,
    ).toBe('UNKNOWN');
    expect(
      normaliseEasyPost(input(easyPostEvent({ status: 'teleported', status_detail: null }))),
    ).toMatchObject({ kind: 'unmappable' });
  });

  it('dead-letters events that are not about trackers', () => {
    expect(normaliseEasyPost(input(easyPostEvent({}, { description: 'batch.updated' })))).toEqual({
      kind: 'unmappable',
      reason: 'EasyPost event "batch.updated" is not a tracker event',
    });
  });

  it('falls back to the tracker’s update time when it has no scans yet', () => {
    const result = normaliseEasyPost(
      input(easyPostEvent({ status: 'pre_transit', status_detail: 'label_created', tracking_details: [] })),
    );
    expect(result.kind === 'event' && result.event).toMatchObject({
      occurredAt: '2026-11-04T09:30:12.000Z',
      body: { status: 'LABEL_CREATED', location: null },
    });
  });

  it('says which field is missing', () => {
    const event = easyPostEvent();
    delete (event.result as Record<string, unknown>)['tracking_code'];
    expect(normaliseEasyPost(input(event))).toEqual({
      kind: 'invalid',
      reason: 'result.tracking_code: Required',
    });
    expect(normaliseEasyPost(input(easyPostEvent({}, { object: 'Tracker' })))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^object: /),
    });
  });
});
