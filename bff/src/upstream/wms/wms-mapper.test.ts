import { describe, expect, it } from 'vitest';
import { wmsOrder, wmsShipment } from './__fixtures__/wms-fixtures.js';
import { toWmsOrder } from './wms-mapper.js';
import { toShipment } from './wms-shipment-mapper.js';

describe('toWmsOrder', () => {
  it('keys the order by the ERP number behind client_order_ref and maps status and lines', () => {
    const order = toWmsOrder(wmsOrder());
    expect(order).toMatchObject({
      orderNumber: 'SO-1000123',
      wmsReference: 'WO-DE1-004812',
      nativeStatus: '190 PARTIALLY_SHIPPED',
      status: 'PARTIALLY_SHIPPED',
      statusAsOf: '2026-11-02T16:00:00.000Z',
    });
    expect(order.lines).toEqual([
      { lineNumber: 10, allocated: 24, picked: 20, shipped: 20, backordered: 4 },
      { lineNumber: 20, allocated: 0, picked: 0, shipped: 0, backordered: 2 },
    ]);
  });

  it('falls back to the family for an unknown WMS status code', () => {
    expect(toWmsOrder(wmsOrder({ status_code: 185, status_text: 'STAGED' })).status).toBe('IN_FULFILMENT');
    expect(toWmsOrder(wmsOrder({ status_code: 230, status_text: 'HANDED_OVER' })).status).toBe('SHIPPED');
  });

  it('merges WMS history and carrier milestones into one ordered timeline', () => {
    const order = toWmsOrder(wmsOrder());
    expect(order.timeline.map((e) => [e.system, e.kind])).toEqual([
      ['WMS', 'fulfilment.released'],
      ['WMS', 'fulfilment.allocated'],
      ['WMS', 'fulfilment.partially_shipped'],
      ['CARRIER', 'shipment.label_created'],
      ['CARRIER', 'shipment.in_transit'],
    ]);
    expect(order.timeline.at(-1)?.summary).toBe('DHL: Arrived at facility (Leipzig, DE)');
  });

  it('throws when client_order_ref is no order number, so that order fails alone', () => {
    expect(() => toWmsOrder(wmsOrder({ client_order_ref: 'ABC' }))).toThrow(/no ERP order number/);
  });
});

describe('toShipment', () => {
  it('maps carrier, tracking, dates, lines and packages', () => {
    expect(toShipment(wmsShipment())).toMatchObject({
      id: 'SH-DE1-0093121',
      warehouse: 'DE1',
      carrier: 'DHL',
      service: 'STANDARD',
      trackingNumber: '00340434161234567890',
      status: 'IN_TRANSIT',
      shippedAt: '2026-11-02T16:00:00.000Z',
      eta: '2026-11-04T10:00:00.000Z',
      deliveredAt: null,
      lines: [{ lineNumber: 10, sku: 'BRG-6204-2RS', quantity: 20 }],
      packages: [{ id: '003401234567890123', weightKg: '4.2' }],
    });
  });

  it('derives the status from the latest scan, even when scans arrive unsorted', () => {
    const base = Date.UTC(2026, 10, 3);
    const shipment = toShipment(
      wmsShipment({
        tracking_events: [
          { ts: base + 2, code: 'Delivered_001', text: 'Delivered', place: 'Berlin, DE' },
          { ts: base + 1, code: 'OutForDelivery_001', text: 'Out for delivery', place: 'Berlin, DE' },
        ],
      }),
    );
    expect(shipment.status).toBe('DELIVERED');
    expect(shipment.deliveredAt).toBe(new Date(base + 2).toISOString());
    expect(shipment.milestones.map((m) => m.carrierCode)).toEqual(['OutForDelivery_001', 'Delivered_001']);
  });

  it('uses the WMS state when the carrier has not scanned yet', () => {
    expect(toShipment(wmsShipment({ state: 'LABELLED', tracking_events: [] })).status).toBe('LABEL_CREATED');
    expect(toShipment(wmsShipment({ state: 'TELEPORTED', tracking_events: [] })).status).toBe('UNKNOWN');
  });

  it('maps unknown AfterShip subtags to their tag and EasyPost codes with detail', () => {
    const usps = toShipment(
      wmsShipment({
        carrier_code: 'USPS',
        tracking_events: [
          { ts: 1, code: 'Exception_077', text: 'Something new', place: null },
          { ts: 2, code: 'in_transit/lost', text: 'Lost', place: null },
        ],
      }),
    );
    expect(usps.milestones.map((m) => m.status)).toEqual(['EXCEPTION', 'EXCEPTION']);
  });

  it('drops tracking URLs that are not http(s)', () => {
    expect(toShipment(wmsShipment({ tracking_url: 'javascript:alert(1)' })).trackingUrl).toBeNull();
    expect(toShipment(wmsShipment({ tracking_url: 'ftp://x.example/1' })).trackingUrl).toBeNull();
    expect(toShipment(wmsShipment({ tracking_url: null })).trackingUrl).toBeNull();
  });

  it('formats parcel weights exactly and leaves a missing weight null', () => {
    const shipment = toShipment(
      wmsShipment({
        parcels: [
          { sscc: 'a', weight_g: 250 },
          { sscc: 'b', weight_g: 3000 },
          { sscc: 'c', weight_g: null },
        ],
      }),
    );
    expect(shipment.packages.map((p) => p.weightKg)).toEqual(['0.25', '3', null]);
  });
});
