import { describe, expect, it } from 'vitest';
import { normaliseWms } from './normalise-wms.js';
import { wmsWebhook } from './__fixtures__/webhook-fixtures.js';

const input = (body: unknown) => ({ tenant: 'acme', headers: new Headers(), body });

describe('normaliseWms', () => {
  it('maps a short pick with the ERP order and line number', () => {
    expect(normaliseWms(input(wmsWebhook('order.short_picked')), 'acme-eu')).toEqual({
      kind: 'event',
      event: {
        source: 'wms',
        id: 'wev-acme-eu-000000481',
        tenant: 'acme',
        occurredAt: '2026-11-02T08:00:00.000Z',
        body: {
          type: 'wms.short_pick',
          orderNumber: 'SO-1000123',
          lineNumber: 20,
          sku: 'BRG-6204-2RS',
          shortQuantity: 4,
          reason: 'STOCKOUT',
        },
      },
    });
  });

  it('maps a status change through the WMS code table, keeping the native code and ship-by date', () => {
    const result = normaliseWms(input(wmsWebhook('order.status_changed')), 'acme-eu');
    expect(result.kind === 'event' && result.event.body).toEqual({
      type: 'wms.order.status',
      orderNumber: 'SO-1000123',
      wmsReference: 'WO-DE1-004812',
      status: 'IN_FULFILMENT',
      nativeCode: '175',
      shipBy: '2026-11-05T00:00:00.000Z',
    });
  });

  it('maps an unknown status code to its family by hundreds', () => {
    const result = normaliseWms(
      input(wmsWebhook('order.status_changed', { status_code: 820, ship_by: null })),
      'acme-eu',
    );
    expect(result.kind === 'event' && result.event.body).toMatchObject({
      status: 'ON_HOLD',
      nativeCode: '820',
      shipBy: null,
    });
  });

  it('dead-letters a status code of no known family', () => {
    expect(normaliseWms(input(wmsWebhook('order.status_changed', { status_code: 550 })), 'acme-eu')).toEqual({
      kind: 'unmappable',
      reason: 'WMS status code 550 is in no known family',
    });
  });

  it('dead-letters an unknown event type', () => {
    expect(normaliseWms(input(wmsWebhook('wave.released', {})), 'acme-eu')).toMatchObject({
      kind: 'unmappable',
    });
  });

  it('maps backorders, holds and their release, and new shipments', () => {
    const body = (type: string) => {
      const r = normaliseWms(input(wmsWebhook(type)), 'acme-eu');
      return r.kind === 'event' ? r.event.body : r;
    };
    expect(body('order.backordered')).toEqual({
      type: 'wms.backorder',
      orderNumber: 'SO-1000123',
      lineNumber: 20,
      sku: 'BRG-6204-2RS',
      quantity: 4,
    });
    expect(body('order.held')).toEqual({
      type: 'wms.hold',
      orderNumber: 'SO-1000123',
      reason: 'INVALID_ADDRESS',
      released: false,
    });
    expect(body('order.hold_released')).toMatchObject({ type: 'wms.hold', released: true });
    expect(body('shipment.created')).toEqual({
      type: 'wms.shipment.created',
      orderNumber: 'SO-1000123',
      shipmentId: 'SH-DE1-0093121',
      trackingNumber: 'JJD0001234567',
      carrier: 'DHL',
    });
  });

  it('maps return receipt and inspection outcomes', () => {
    const received = normaliseWms(input(wmsWebhook('return.received')), 'acme-eu');
    expect(received.kind === 'event' && received.event.body).toEqual({
      type: 'return.status',
      rmaNumber: 'RMA-2000123',
      orderNumber: 'SO-1000123',
      status: 'RECEIVED',
      reason: null,
    });
    const rejected = normaliseWms(input(wmsWebhook('return.inspected')), 'acme-eu');
    expect(rejected.kind === 'event' && rejected.event.body).toMatchObject({
      status: 'REJECTED',
      reason: 'Used beyond return condition',
    });
    const accepted = normaliseWms(
      input(wmsWebhook('return.inspected', { result: 'accepted', reason: null })),
      'acme-eu',
    );
    expect(accepted.kind === 'event' && accepted.event.body).toMatchObject({ status: 'INSPECTED' });
    expect(
      normaliseWms(input(wmsWebhook('return.inspected', { result: 'QUARANTINED' })), 'acme-eu'),
    ).toMatchObject({ kind: 'unmappable' });
  });

  it('refuses an event for another tenant’s WMS account', () => {
    expect(
      normaliseWms(input(wmsWebhook('order.held', {}, { account: 'globex-us' })), 'acme-eu'),
    ).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('account') });
  });

  it('says which field is missing or malformed', () => {
    const noRef = wmsWebhook('order.short_picked');
    delete (noRef.data as Record<string, unknown>)['client_order_ref'];
    expect(normaliseWms(input(noRef), 'acme-eu')).toEqual({
      kind: 'invalid',
      reason: 'data.client_order_ref: Required',
    });
    expect(
      normaliseWms(input(wmsWebhook('order.short_picked', { client_order_ref: 'ABC' })), 'acme-eu'),
    ).toEqual({
      kind: 'invalid',
      reason: 'data.client_order_ref: not a client order reference',
    });
    expect(
      normaliseWms(input(wmsWebhook('order.short_picked', { client_line_ref: 'L-2' })), 'acme-eu'),
    ).toMatchObject({ reason: expect.stringMatching(/^data\.client_line_ref: /) });
    expect(
      normaliseWms(input(wmsWebhook('order.held', {}, { occurred_at: '2026-11-01' })), 'acme-eu'),
    ).toMatchObject({ reason: expect.stringMatching(/^occurred_at: /) });
    expect(normaliseWms(input([1, 2]), 'acme-eu')).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^body: /),
    });
  });
});
