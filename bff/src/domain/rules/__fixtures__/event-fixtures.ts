/**
 * Builders of canonical events and ERP orders for the rule tests: explicit ids, times as hours after
 * T0, so a test reads as a timeline. Test support only; nothing in the engine imports it.
 */
import type { CanonicalEvent, EventBody } from '../../event.js';
import type {
  CustomerTier,
  ErpOrder,
  ErpOrderLine,
  OrderStatus,
  ReturnStatus,
  ShipmentStatus,
} from '../../model.js';
import { trackingStatus } from '../../shipment-status.js';
import { HOUR } from '../time.js';

export const T0 = Date.parse('2026-11-02T08:00:00.000Z');
export const ORDER_NO = 'SO-1000123';
export const TN = '1Z9X4E7742123456';
export const RMA = 'RMA-20001';

/** An instant `h` hours after T0, as ISO and as a Date. */
export const at = (h: number): string => new Date(T0 + h * HOUR).toISOString();
export const when = (h: number): Date => new Date(T0 + h * HOUR);

const event = (source: string, id: string, h: number, body: EventBody): CanonicalEvent => ({
  source,
  id,
  tenant: 'acme',
  occurredAt: at(h),
  body,
});

export function scan(
  id: string,
  h: number,
  code: string,
  opts: {
    description?: string;
    eta?: string | null;
    status?: ShipmentStatus;
    tn?: string;
    source?: string;
  } = {},
): CanonicalEvent {
  return event(opts.source ?? 'aftership', id, h, {
    type: 'shipment.tracking',
    trackingNumber: opts.tn ?? TN,
    carrier: 'UPS',
    status: opts.status ?? trackingStatus(code),
    carrierCode: code,
    description: opts.description ?? `scan ${code}`,
    location: null,
    eta: opts.eta ?? null,
  });
}

export const label = (
  id: string,
  h: number,
  opts: { tn?: string | null; order?: string } = {},
): CanonicalEvent =>
  event('wms', id, h, {
    type: 'wms.shipment.created',
    orderNumber: opts.order ?? ORDER_NO,
    shipmentId: 'SH-DE1-0093121',
    trackingNumber: opts.tn === undefined ? TN : opts.tn,
    carrier: 'UPS',
  });

export const orderStatus = (
  id: string,
  h: number,
  status: OrderStatus,
  opts: { shipBy?: string | null; order?: string } = {},
): CanonicalEvent =>
  event('wms', id, h, {
    type: 'wms.order.status',
    orderNumber: opts.order ?? ORDER_NO,
    wmsReference: 'WO-DE1-004812',
    status,
    nativeCode: status,
    shipBy: opts.shipBy ?? null,
  });

export const shortPick = (id: string, h: number, line = 10, qty = 4, sku = 'BRG-6204-2RS'): CanonicalEvent =>
  event('wms', id, h, {
    type: 'wms.short_pick',
    orderNumber: ORDER_NO,
    lineNumber: line,
    sku,
    shortQuantity: qty,
    reason: 'STOCKOUT',
  });

export const backorder = (id: string, h: number, line = 10, qty = 4, sku = 'BRG-6204-2RS'): CanonicalEvent =>
  event('wms', id, h, { type: 'wms.backorder', orderNumber: ORDER_NO, lineNumber: line, sku, quantity: qty });

export const hold = (id: string, h: number, released = false, reason = 'PaymentDeclined'): CanonicalEvent =>
  event('wms', id, h, { type: 'wms.hold', orderNumber: ORDER_NO, reason, released });

export const returnStatus = (
  id: string,
  h: number,
  status: ReturnStatus,
  reason: string | null = null,
): CanonicalEvent =>
  event('wms', id, h, { type: 'return.status', rmaNumber: RMA, orderNumber: ORDER_NO, status, reason });

const money = { amount: '10.00', currency: 'EUR' };

export const erpLine = (
  lineNumber: number,
  ordered: number,
  cancelled = 0,
  sku = 'BRG-6204-2RS',
): ErpOrderLine => ({
  lineNumber,
  sku,
  description: sku,
  ordered,
  cancelled,
  returned: 0,
  refunded: 0,
  unitPrice: money,
  total: money,
  promisedDate: null,
});

/** An ERP order whose status was set `asOfH` hours after T0. */
export function erpOrder(
  status: OrderStatus,
  asOfH: number,
  opts: { tier?: CustomerTier; lines?: ErpOrderLine[]; promisedDate?: string | null } = {},
): ErpOrder {
  return {
    number: ORDER_NO,
    tenant: 'acme',
    channel: null,
    channelReference: null,
    customerPo: null,
    customer: {
      id: 'C1',
      number: '10001',
      name: 'Acme GmbH',
      email: null,
      phone: null,
      tier: opts.tier ?? 'STANDARD',
      creditHold: false,
    },
    placedAt: at(-48),
    nativeStatus: status,
    status,
    statusAsOf: at(asOfH),
    promisedDate: opts.promisedDate ?? null,
    shipTo: null,
    lines: opts.lines ?? [erpLine(10, 24)],
    totals: { subtotal: money, shipping: money, tax: money, total: money },
    returns: [],
    refunds: [],
    timeline: [],
  };
}
