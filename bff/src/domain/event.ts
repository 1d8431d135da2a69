import type { OrderStatus, ReturnStatus, ShipmentStatus } from './model.js';

/**
 * A canonical event: what an upstream webhook (or CloudEvent) says, after its signature was checked
 * and its wire shape normalised. `(source, id)` identifies it across retries and replays.
 */
export interface CanonicalEvent {
  /** Where it came from: 'wms', 'easypost', 'aftership', 'zendesk', or a CloudEvents `source`. */
  source: string;
  /** The source's own event id. */
  id: string;
  tenant: string;
  /** When it happened at the source, ISO 8601; ordering uses this, not arrival. */
  occurredAt: string;
  body: EventBody;
}

export type EventBody =
  /** A carrier scan. */
  | {
      type: 'shipment.tracking';
      trackingNumber: string;
      carrier: string | null;
      status: ShipmentStatus;
      /** The carrier's code, e.g. `Exception_013` or `failure/lost`. */
      carrierCode: string;
      description: string;
      location: string | null;
      eta: string | null;
    }
  /** The WMS created a shipment and its label. */
  | {
      type: 'wms.shipment.created';
      orderNumber: string;
      shipmentId: string;
      trackingNumber: string | null;
      carrier: string | null;
    }
  /** The WMS order moved to a new status. `shipBy` is the date the warehouse must ship by. */
  | {
      type: 'wms.order.status';
      orderNumber: string;
      wmsReference: string;
      status: OrderStatus;
      nativeCode: string;
      shipBy: string | null;
    }
  /** A pick found less than ordered. */
  | {
      type: 'wms.short_pick';
      orderNumber: string;
      lineNumber: number;
      sku: string;
      shortQuantity: number;
      reason: string;
    }
  /** A line waits for stock. */
  | { type: 'wms.backorder'; orderNumber: string; lineNumber: number; sku: string; quantity: number }
  /** The warehouse holds the order (payment, address, compliance) or releases the hold. */
  | { type: 'wms.hold'; orderNumber: string; reason: string; released: boolean }
  /** A return moved: received, inspected, rejected, credited. */
  | {
      type: 'return.status';
      rmaNumber: string;
      orderNumber: string;
      status: ReturnStatus;
      reason: string | null;
    }
  /** A helpdesk ticket changed. */
  | { type: 'case.updated'; ticketId: string; orderNumber: string | null; status: string; subject: string };
