import { DAY, HOUR, MINUTE } from '../../world/clock.js';
import type { Tenant } from '../../world/tenants.js';
import type { ReturnRecord, WorldOrder } from '../../world/types.js';
import { clientOrderRef } from '../../wms/project.js';
import type { StoryEvent } from './story-event.js';

const RECEIVED = new Set<ReturnRecord['status']>(['RCVD', 'INSP', 'CRED', 'REJ']);
const INSPECTED = new Set<ReturnRecord['status']>(['INSP', 'CRED', 'REJ']);

/** The world keeps no rejection text; one per return reason, as an inspector would write it. */
const REJECTION: Record<string, string> = {
  DAMAGED: 'Damage caused by use, not in transit',
  WRONG_ITEM: 'Returned item is not the item shipped',
  NOT_NEEDED: 'Opened and used beyond return condition',
  DEFECT: 'No defect found on inspection',
  LATE: 'Returned after the return window closed',
};

/**
 * The warehouse's side of returns: receipt, then inspection (accepted or rejected). The world
 * records only when a return was created, so receipt is three days later and inspection a day after
 * that, both before the world's "now".
 */
export function returnTimeline(o: WorldOrder, tenant: Tenant, worldNow: number): StoryEvent[] {
  const events: StoryEvent[] = [];
  for (const r of o.returns) {
    if (!RECEIVED.has(r.status)) continue;
    const receivedAt = Math.max(r.created + MINUTE, Math.min(r.created + 3 * DAY, worldNow - 2 * HOUR));
    const base = { rma_no: r.rma, client_order_ref: clientOrderRef(o.number) };
    const event = (worldAt: number, type: 'return.received' | 'return.inspected', data: object) => ({
      tenant: tenant.id,
      source: 'wms' as const,
      worldAt,
      subject: { kind: 'RETURN' as const, id: r.rma },
      orderNumber: o.number,
      situation: null,
      type,
      payload: { kind: 'wms' as const, type, data: { ...base, ...data } },
    });
    const lines = r.lines.map((l) => ({
      client_line_ref: String(l.pos),
      sku: l.sku,
      qty_received: l.qtyReceived,
    }));
    const received: StoryEvent = event(receivedAt, 'return.received', { lines });
    if (r.status === 'RCVD' || r.status === 'INSP') received.situation = 'return_not_credited';
    events.push(received);
    if (!INSPECTED.has(r.status)) continue;
    const rejected = r.status === 'REJ';
    const inspected: StoryEvent = event(
      Math.max(receivedAt + MINUTE, Math.min(receivedAt + DAY, worldNow - HOUR)),
      'return.inspected',
      {
        result: rejected ? 'REJECTED' : 'ACCEPTED',
        reason: rejected ? (REJECTION[r.lines[0]?.reason ?? ''] ?? 'Not in returnable condition') : null,
      },
    );
    if (rejected) inspected.situation = 'return_rejected';
    events.push(inspected);
  }
  return events;
}
