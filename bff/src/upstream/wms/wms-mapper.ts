import type { TimelineEvent, WmsOrder } from '../../domain/model.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import { wmsOrderStatus, wmsStatusKind } from '../../domain/order-status.js';
import { shipmentKind } from '../../domain/shipment-status.js';
import { epochMillis } from '../wire-time.js';
import { lineNumber, toShipment } from './wms-shipment-mapper.js';
import type { WmsOrderWire } from './wms-wire.js';

/**
 * Maps a WMS order to the canonical `WmsOrder`, keyed by the ERP order number it fulfils.
 *
 * @example toWmsOrder(wire).orderNumber // 'SO-1000123' from client_order_ref '0001000123'
 */
export function toWmsOrder(wire: WmsOrderWire): WmsOrder {
  const orderNumber = normaliseOrderNumber(wire.client_order_ref);
  if (orderNumber === null) {
    throw new Error(`WMS order ${wire.order_ref} names no ERP order number we understand.`);
  }
  const shipments = wire.shipments.map(toShipment);
  const history: TimelineEvent[] = wire.history.map((h) => ({
    at: epochMillis(h.ts),
    system: 'WMS',
    kind: wmsStatusKind(h.code),
    summary: h.text,
  }));
  const tracking: TimelineEvent[] = shipments.flatMap((s) =>
    s.milestones.map((m) => ({
      at: m.at,
      system: 'CARRIER' as const,
      kind: shipmentKind(m.status),
      summary: m.location
        ? `${s.carrier ?? 'Carrier'}: ${m.description} (${m.location})`
        : `${s.carrier ?? 'Carrier'}: ${m.description}`,
    })),
  );
  return {
    orderNumber,
    wmsReference: wire.order_ref,
    nativeStatus: `${wire.status_code} ${wire.status_text}`.trim(),
    status: wmsOrderStatus(wire.status_code),
    statusAsOf: epochMillis(wire.updated_at),
    lines: wire.lines.map((l) => ({
      lineNumber: lineNumber(l.client_line_ref),
      allocated: l.qty_allocated,
      picked: l.qty_picked,
      shipped: l.qty_shipped,
      backordered: l.qty_backordered,
    })),
    shipments,
    timeline: [...history, ...tracking].sort((a, b) => a.at.localeCompare(b.at)),
  };
}
