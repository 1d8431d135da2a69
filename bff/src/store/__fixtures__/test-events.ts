import { randomUUID } from 'node:crypto';
import type { CanonicalEvent, EventBody } from '../../domain/event.js';
import type { ChangeNotifier, ChangeNudge } from '../change.js';

/** A unique tenant per test, so tests sharing one database never see each other's rows. */
export const newTenant = (): string => `t-${randomUUID().slice(0, 8)}`;

let counter = 0;

/** A canonical event with a fresh id (give `id` to repeat one). */
export function testEvent(
  tenant: string,
  body: EventBody,
  options: { id?: string; occurredAt?: string; source?: string } = {},
): CanonicalEvent {
  return {
    source: options.source ?? 'wms',
    id: options.id ?? `ev-${++counter}-${randomUUID().slice(0, 8)}`,
    tenant,
    occurredAt: options.occurredAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    body,
  };
}

export const shortPick = (orderNumber: string, shortQuantity = 2): EventBody => ({
  type: 'wms.short_pick',
  orderNumber,
  lineNumber: 1,
  sku: 'SKU-1',
  shortQuantity,
  reason: 'bin empty',
});

export const hold = (orderNumber: string, released = false, reason = 'payment'): EventBody => ({
  type: 'wms.hold',
  orderNumber,
  reason,
  released,
});

export const orderStatus = (
  orderNumber: string,
  status: 'CONFIRMED' | 'IN_FULFILMENT' | 'SHIPPED',
  shipBy: string | null = null,
): EventBody => ({
  type: 'wms.order.status',
  orderNumber,
  wmsReference: `W-${orderNumber}`,
  status,
  nativeCode: status,
  shipBy,
});

export const shipmentCreated = (orderNumber: string, trackingNumber: string): EventBody => ({
  type: 'wms.shipment.created',
  orderNumber,
  shipmentId: `SH-${trackingNumber}`,
  trackingNumber,
  carrier: 'DHL',
});

export const tracking = (
  trackingNumber: string,
  status: 'IN_TRANSIT' | 'EXCEPTION' | 'DELIVERED',
): EventBody => ({
  type: 'shipment.tracking',
  trackingNumber,
  carrier: 'DHL',
  status,
  carrierCode: status,
  description: status,
  location: null,
  eta: null,
});

/** A notifier that remembers what it was told. */
export function recordingNotifier(): ChangeNotifier & { nudges: ChangeNudge[] } {
  const nudges: ChangeNudge[] = [];
  return { nudges, notify: (n) => void nudges.push(n) };
}
