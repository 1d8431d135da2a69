import { DAY, HOUR, MINUTE } from '../../world/clock.js';
import type { Tenant } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import { WMS_STATUS_TEXT } from '../../world/wms-status.js';
import { clientOrderRef } from '../../wms/project.js';
import type { Situation } from './situations.js';
import type { StoryEvent, WmsEventType } from './story-event.js';

const HOLD_REASONS = ['PAYMENT_DECLINED', 'INVALID_ADDRESS', 'COMPLIANCE', 'CUSTOMER_REQUEST'] as const;
/** Statuses after which the warehouse owes no ship date. */
const DONE = new Set([190, 200, 250, 900]);

/** The world records no hold reason; derive one from the order number so replays agree. */
function holdReasonOf(orderNumber: string): string {
  const digits = [...orderNumber].reduce((sum, c) => sum + (Number(c) || 0), 0);
  return HOLD_REASONS[digits % HOLD_REASONS.length]!;
}

/**
 * The WMS's side of an order's history: each status change, the short picks and backorders the
 * status stands for, holds, and a `shipment.created` as each labelled parcel is handed its label.
 */
export function wmsTimeline(o: WorldOrder, tenant: Tenant): StoryEvent[] {
  const wms = o.wms;
  if (!wms) return [];
  const ids = { order_ref: wms.ref, client_order_ref: clientOrderRef(o.number) };
  const events: StoryEvent[] = [];
  const push = (
    worldAt: number,
    type: WmsEventType,
    data: Record<string, unknown>,
    situation: Situation | null = null,
    shipByOffsetMs?: number | null,
  ) =>
    events.push({
      tenant: tenant.id,
      source: 'wms',
      worldAt,
      subject:
        type === 'shipment.created'
          ? { kind: 'SHIPMENT', id: String(data.tracking_no) }
          : { kind: 'ORDER', id: o.number },
      orderNumber: o.number,
      situation,
      type,
      payload: { kind: 'wms', type, data: { ...ids, ...data }, shipByOffsetMs },
    });
  const shipBy = shipByOf(o);
  for (const h of wms.history) {
    // The warehouse hears of a delivery from the carrier: its status follows the scan.
    const at = h.code === 250 ? h.ts + 1000 : h.ts;
    const status = { status_code: h.code, status_text: WMS_STATUS_TEXT[h.code] ?? 'UNKNOWN' };
    push(
      at,
      'order.status_changed',
      status,
      null,
      DONE.has(h.code) ? null : Math.max(6 * HOUR, shipBy - h.ts),
    );
    for (const l of o.lines) {
      const line = { client_line_ref: String(l.pos), sku: l.sku };
      const short = h.code === 175 && l.shortReason !== null && l.qtyPicked < l.qty;
      if (short) {
        const picked = { qty_ordered: l.qty, qty_picked: l.qtyPicked, qty_short: l.qty - l.qtyPicked };
        push(
          h.ts + 1,
          'order.short_picked',
          { ...line, ...picked, short_reason: l.shortReason },
          'short_pick',
        );
      }
      // A short pick leaves the rest on backorder; a partial allocation does from the start.
      if ((short || h.code === 160) && l.qtyBackordered > 0)
        push(h.ts + 2, 'order.backordered', { ...line, qty_backordered: l.qtyBackordered }, 'backorder');
    }
    if (h.code === 800) push(h.ts + 1, 'order.held', { hold_reason: holdReasonOf(o.number) }, 'hold');
  }
  const packedAt = wms.history.find((h) => h.code === 180)?.ts ?? wms.updatedAt;
  for (const s of wms.shipments) {
    if (!s.trackingNumber) continue;
    push((s.tracking[0]?.ts ?? packedAt) - MINUTE, 'shipment.created', {
      shipment_id: s.id,
      carrier_code: s.carrier,
      service_level: s.service,
      tracking_no: s.trackingNumber,
    });
  }
  return events;
}

/** The warehouse's ship-by: the earliest confirmed line date, else five days after the order. */
function shipByOf(o: WorldOrder): number {
  const confirmed = o.lines.flatMap((l) => (l.confirmedDate === null ? [] : [l.confirmedDate]));
  return confirmed.length > 0 ? Math.min(...confirmed) : o.created + 5 * DAY;
}
