import { z } from 'zod';
import type { EventBody } from '../../domain/event.js';
import type { OrderStatus, ReturnStatus, ShipmentStatus } from '../../domain/model.js';

/** Runtime lists of the canonical enums; the `satisfies` and `Exact` checks keep them complete. */
const SHIPMENT = [
  'PREPARING',
  'LABEL_CREATED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'AVAILABLE_FOR_PICKUP',
  'ATTEMPT_FAILED',
  'DELIVERED',
  'EXCEPTION',
  'RETURNED_TO_SENDER',
  'CANCELLED',
  'UNKNOWN',
] as const satisfies readonly ShipmentStatus[];
const ORDER = [
  'PENDING',
  'ON_HOLD',
  'CONFIRMED',
  'IN_FULFILMENT',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly OrderStatus[];
const RETURN = [
  'REQUESTED',
  'AUTHORIZED',
  'IN_TRANSIT',
  'RECEIVED',
  'INSPECTED',
  'CREDITED',
  'REJECTED',
  'CANCELLED',
] as const satisfies readonly ReturnStatus[];

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const complete: [
  Exact<(typeof SHIPMENT)[number], ShipmentStatus>,
  Exact<(typeof ORDER)[number], OrderStatus>,
  Exact<(typeof RETURN)[number], ReturnStatus>,
] = [true, true, true];
void complete;

const text = z.string().min(1);
const isoTime = z.string().datetime({ offset: true });
const count = z.number().int().positive();

/**
 * A canonical event body (`domain/event.ts`) as a CloudEvent's `data`. Producers we control send
 * canonical events, so this is the contract itself, checked field by field.
 */
export const eventBodySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('shipment.tracking'),
    trackingNumber: text,
    carrier: text.nullable(),
    status: z.enum(SHIPMENT),
    carrierCode: text,
    description: z.string(),
    location: z.string().nullable(),
    eta: isoTime.nullable(),
  }),
  z.object({
    type: z.literal('wms.shipment.created'),
    orderNumber: text,
    shipmentId: text,
    trackingNumber: text.nullable(),
    carrier: text.nullable(),
  }),
  z.object({
    type: z.literal('wms.order.status'),
    orderNumber: text,
    wmsReference: text,
    status: z.enum(ORDER),
    nativeCode: text,
    shipBy: isoTime.nullable(),
  }),
  z.object({
    type: z.literal('wms.short_pick'),
    orderNumber: text,
    lineNumber: count,
    sku: text,
    shortQuantity: count,
    reason: z.string(),
  }),
  z.object({
    type: z.literal('wms.backorder'),
    orderNumber: text,
    lineNumber: count,
    sku: text,
    quantity: count,
  }),
  z.object({ type: z.literal('wms.hold'), orderNumber: text, reason: z.string(), released: z.boolean() }),
  z.object({
    type: z.literal('return.status'),
    rmaNumber: text,
    orderNumber: text,
    status: z.enum(RETURN),
    reason: z.string().nullable(),
  }),
  z.object({
    type: z.literal('case.updated'),
    ticketId: text,
    orderNumber: text.nullable(),
    status: text,
    subject: z.string(),
  }),
]) satisfies z.ZodType<EventBody>;

/** The canonical event types, to tell an unknown CloudEvent `type` from a malformed body. */
export const EVENT_TYPES: readonly string[] = eventBodySchema.options.map((o) => o.shape.type.value);
