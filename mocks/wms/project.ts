import type { WmsState, WorldOrder } from '../world/types.js';
import type { WmsWireOrder } from './wire.js';

/** `SO-1000123` → `"0001000123"`: the WMS stores the ERP number unprefixed, zero-padded to 10. */
export function clientOrderRef(orderNo: string): string {
  return orderNo.replace(/^SO-/, '').padStart(10, '0');
}

/** The WMS's view of a released world order. */
export function toWmsOrder(o: WorldOrder, wms: WmsState): WmsWireOrder {
  return {
    order_ref: wms.ref,
    client_order_ref: clientOrderRef(o.number),
    warehouse: wms.warehouse,
    status_code: wms.statusCode,
    status_text: wms.statusText,
    updated_at: wms.updatedAt,
    lines: o.lines.map((l) => ({
      client_line_ref: String(l.pos),
      sku: l.sku,
      qty_ordered: l.qty,
      qty_allocated: l.qtyAllocated,
      qty_picked: l.qtyPicked,
      qty_shipped: l.qtyShipped,
      qty_backordered: l.qtyBackordered,
      short_reason: l.shortReason,
    })),
    shipments: wms.shipments.map((s) => ({
      shipment_id: s.id,
      warehouse: s.warehouse,
      carrier_code: s.carrier,
      service_level: s.service,
      tracking_no: s.trackingNumber,
      tracking_url: s.trackingUrl,
      state: s.state,
      shipped_at: s.shippedAt,
      eta: s.eta,
      lines: s.lines.map((l) => ({ client_line_ref: String(l.pos), sku: l.sku, qty: l.qty })),
      parcels: s.parcels.map((p) => ({ sscc: p.sscc, weight_g: p.weightG })),
      tracking_events: s.tracking.map((e) => ({ ts: e.ts, code: e.code, text: e.text, place: e.place })),
    })),
    history: wms.history.map((h) => ({ ts: h.ts, code: h.code, text: h.text })),
  };
}
