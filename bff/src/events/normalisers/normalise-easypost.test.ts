import { describe, expect, it } from 'vitest';
import { createExceptionEngine } from '../../domain/rules/create-exception-engine.js';
import { label, when } from '../../domain/rules/__fixtures__/event-fixtures.js';
import { createStoreDouble } from '../../domain/rules/__fixtures__/store-double.js';
import { EASYPOST_STATUS, EASYPOST_STATUS_DETAIL, easyPostStatus } from '../../domain/easypost-codes.js';
import { normaliseEasyPost } from './normalise-easypost.js';
import { easyPostEvent } from './__fixtures__/webhook-fixtures.js';
import {
  EASYPOST_DOCUMENTED_DETAILS,
  EASYPOST_DOCUMENTED_STATUSES,
} from '../../../../tests/support/easypost-documented-codes.js';

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

  it('lets a detail sharpen a moving parcel and falls back to the status for an undocumented one', () => {
    const refused = normaliseEasyPost(
      input(easyPostEvent({ status: 'out_for_delivery', status_detail: 'refused' })),
    );
    expect(refused.kind === 'event' && refused.event.body).toMatchObject({
      status: 'EXCEPTION',
      carrierCode: 'out_for_delivery/refused',
    });
    const novel = normaliseEasyPost(
      input(easyPostEvent({ status: 'out_for_delivery', status_detail: 'drone_dispatched' })),
    );
    expect(novel.kind === 'event' && novel.event.body).toMatchObject({ status: 'OUT_FOR_DELIVERY' });
  });

  it('maps the return status detail to the return path', () => {
    const returning = normaliseEasyPost(
      input(easyPostEvent({ status: 'in_transit', status_detail: 'return' })),
    );
    expect(returning.kind === 'event' && returning.event.body).toMatchObject({
      status: 'RETURNED_TO_SENDER',
      carrierCode: 'in_transit/return',
    });
  });

  it('makes status error an exception for an agent', () => {
    const error = normaliseEasyPost(input(easyPostEvent({ status: 'error', status_detail: 'unknown' })));
    expect(error.kind === 'event' && error.event.body).toMatchObject({
      status: 'EXCEPTION',
      carrierCode: 'error/unknown',
    });
  });

  it.each([
    ['error', 'unknown', 'DELIVERY_EXCEPTION'],
    ['in_transit', 'return', 'RETURN_TO_SENDER'],
  ])('raises an exception for an agent from %s/%s', (status, detail, type) => {
    const store = createStoreDouble(createExceptionEngine());
    store.ingest(label('l1', 0, { tn: '9400111899223197428490' }), when(0));
    const result = normaliseEasyPost(input(easyPostEvent({ status, status_detail: detail })));
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    store.ingest({ ...result.event, tenant: 'acme' }, when(60));
    expect(store.types()).toContain(type);
  });

  // docs.easypost.com Tracker: the documented `status` and `status_detail` values, no more, no less.
  it('lists exactly the statuses and status details EasyPost documents, and maps every pair', () => {
    const statuses = EASYPOST_DOCUMENTED_STATUSES;
    const details = EASYPOST_DOCUMENTED_DETAILS;
    expect(Object.keys(EASYPOST_STATUS).sort()).toEqual([...statuses].sort());
    expect(Object.keys(EASYPOST_STATUS_DETAIL).sort()).toEqual([...details].sort());
    for (const status of statuses)
      for (const detail of [...details, null, 'never_documented']) {
        const result = normaliseEasyPost(input(easyPostEvent({ status, status_detail: detail })));
        expect(result.kind).toBe('event');
      }
    expect(easyPostStatus('delivered', 'return')).toBe('DELIVERED');
    expect(easyPostStatus('in_transit', 'never_documented')).toBe('IN_TRANSIT');
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
