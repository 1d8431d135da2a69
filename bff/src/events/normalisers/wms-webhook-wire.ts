import { z } from 'zod';

/**
 * The WMS simulator's webhooks, as `mocks/WIRE.md` ("WMS webhooks") defines them. Only intake sees
 * these shapes. Unknown extra fields are allowed: the WMS may add some.
 */
export const wmsEnvelope = z.object({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  occurred_at: z.number().int().nonnegative(),
  account: z.string().min(1),
  data: z.record(z.unknown()),
});

const orderRef = {
  order_ref: z.string().min(1),
  client_order_ref: z.string().min(1),
};
const lineRef = z.string().regex(/^\d+$/, 'must be the ERP line number in digits');
const quantity = z.number().int().nonnegative();

export const wmsData = {
  'order.status_changed': z.object({
    ...orderRef,
    status_code: z.number().int(),
    status_text: z.string(),
    ship_by: z.number().int().nullable().optional(),
  }),
  'order.short_picked': z.object({
    ...orderRef,
    client_line_ref: lineRef,
    sku: z.string().min(1),
    qty_ordered: quantity,
    qty_picked: quantity,
    qty_short: z.number().int().positive(),
    short_reason: z.string().min(1),
  }),
  'order.backordered': z.object({
    ...orderRef,
    client_line_ref: lineRef,
    sku: z.string().min(1),
    qty_backordered: z.number().int().positive(),
  }),
  'order.held': z.object({ ...orderRef, hold_reason: z.string().min(1) }),
  'order.hold_released': z.object({ ...orderRef, hold_reason: z.string().min(1) }),
  'shipment.created': z.object({
    ...orderRef,
    shipment_id: z.string().min(1),
    carrier_code: z.string().nullable(),
    service_level: z.string().nullable().optional(),
    tracking_no: z.string().min(1).nullable(),
  }),
  'return.received': z.object({
    rma_no: z.string().min(1),
    client_order_ref: z.string().min(1),
    lines: z.array(z.object({ client_line_ref: lineRef, sku: z.string(), qty_received: quantity })),
  }),
  'return.inspected': z.object({
    rma_no: z.string().min(1),
    client_order_ref: z.string().min(1),
    result: z.string().min(1),
    reason: z.string().nullable(),
  }),
} as const;

export type WmsEventType = keyof typeof wmsData;
export type WmsData<T extends WmsEventType> = z.infer<(typeof wmsData)[T]>;

export function isWmsEventType(type: string): type is WmsEventType {
  return Object.hasOwn(wmsData, type);
}
