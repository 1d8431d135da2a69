import type { Tenant } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import { SCAN_SITUATION } from './situations.js';
import type { StoryEvent } from './story-event.js';

/**
 * The carriers' side: one webhook per scan. USPS reaches Orderlens through EasyPost; DHL, UPS,
 * FedEx and DPD through AfterShip — the same split as the codes the world writes (`tracking.ts`).
 */
export function carrierTimeline(o: WorldOrder, tenant: Tenant): StoryEvent[] {
  const events: StoryEvent[] = [];
  for (const shipment of o.wms?.shipments ?? []) {
    const tracking = shipment.trackingNumber;
    if (!tracking) continue;
    const seen = new Set<string>();
    shipment.tracking.forEach((scan, index) => {
      const situation = SCAN_SITUATION[scan.milestone] ?? null;
      // A second failed attempt is news to the customer, but the situation began with the first.
      const first = situation !== null && !seen.has(situation);
      if (situation) seen.add(situation);
      events.push({
        tenant: tenant.id,
        source: shipment.carrier === 'USPS' ? 'easypost' : 'aftership',
        worldAt: scan.ts,
        subject: { kind: 'SHIPMENT', id: tracking },
        orderNumber: o.number,
        situation: first ? situation : null,
        type: `scan:${scan.code}`,
        payload: { kind: 'scan', shipment, index },
      });
    });
  }
  return events;
}
