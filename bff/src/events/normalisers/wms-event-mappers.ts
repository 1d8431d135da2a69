import type { z } from 'zod';
import type { EventBody } from '../../domain/event.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import { wmsOrderStatus } from '../../domain/order-status.js';
import { invalid, quoted, unmappable, zodReason, type Rejected } from './normalised.js';
import { isoFromMillis } from './wire-time.js';
import { wmsData, type WmsEventType } from './wms-webhook-wire.js';

/** Maps one WMS event type's `data` to a canonical body, or says why it cannot. */
export type WmsEventMapper = (data: unknown) => EventBody | Rejected;

/**
 * The WMS groups status codes by hundreds; these are the families `wmsOrderStatus` knows. A code in
 * another family (say 550) says nothing about the order's phase, so it is kept, not guessed.
 */
const KNOWN_STATUS_FAMILIES = new Set([0, 1, 2, 8, 9]);

/** Validates `data` against its type's schema and resolves `client_order_ref` before mapping. */
function mapper<S extends z.ZodType<{ client_order_ref: string }>>(
  schema: S,
  map: (data: z.infer<S>, orderNumber: string) => EventBody | Rejected,
): WmsEventMapper {
  return (data) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) return invalid(zodReason(parsed.error, ['data']));
    const orderNumber = normaliseOrderNumber(parsed.data.client_order_ref);
    // The WMS writes the ERP number zero-padded to 10 digits; anything else names no order.
    if (orderNumber === null) return invalid('data.client_order_ref: not a client order reference');
    return map(parsed.data, orderNumber);
  };
}

export const WMS_EVENT_MAPPERS: Record<WmsEventType, WmsEventMapper> = {
  'order.status_changed': mapper(wmsData['order.status_changed'], (d, orderNumber) => {
    if (!KNOWN_STATUS_FAMILIES.has(Math.floor(d.status_code / 100))) {
      return unmappable(`WMS status code ${d.status_code} is in no known family`);
    }
    return {
      type: 'wms.order.status',
      orderNumber,
      wmsReference: d.order_ref,
      status: wmsOrderStatus(d.status_code),
      nativeCode: String(d.status_code),
      shipBy: d.ship_by === null || d.ship_by === undefined ? null : isoFromMillis(d.ship_by),
    };
  }),
  'order.short_picked': mapper(wmsData['order.short_picked'], (d, orderNumber) => ({
    type: 'wms.short_pick',
    orderNumber,
    lineNumber: Number(d.client_line_ref),
    sku: d.sku,
    shortQuantity: d.qty_short,
    reason: d.short_reason,
  })),
  'order.backordered': mapper(wmsData['order.backordered'], (d, orderNumber) => ({
    type: 'wms.backorder',
    orderNumber,
    lineNumber: Number(d.client_line_ref),
    sku: d.sku,
    quantity: d.qty_backordered,
  })),
  'order.held': mapper(wmsData['order.held'], (d, orderNumber) => ({
    type: 'wms.hold',
    orderNumber,
    reason: d.hold_reason,
    released: false,
  })),
  'order.hold_released': mapper(wmsData['order.hold_released'], (d, orderNumber) => ({
    type: 'wms.hold',
    orderNumber,
    reason: d.hold_reason,
    released: true,
  })),
  'shipment.created': mapper(wmsData['shipment.created'], (d, orderNumber) => ({
    type: 'wms.shipment.created',
    orderNumber,
    shipmentId: d.shipment_id,
    trackingNumber: d.tracking_no,
    carrier: d.carrier_code,
  })),
  'return.received': mapper(wmsData['return.received'], (d, orderNumber) => ({
    type: 'return.status',
    rmaNumber: d.rma_no,
    orderNumber,
    status: 'RECEIVED',
    reason: null,
  })),
  'return.inspected': mapper(wmsData['return.inspected'], (d, orderNumber) => {
    const result = d.result.toUpperCase();
    if (result !== 'ACCEPTED' && result !== 'REJECTED') {
      return unmappable(`unknown inspection result ${quoted(d.result)}`);
    }
    const status = result === 'ACCEPTED' ? 'INSPECTED' : 'REJECTED';
    return { type: 'return.status', rmaNumber: d.rma_no, orderNumber, status, reason: d.reason };
  }),
};
