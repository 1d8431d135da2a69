import { WORLD_NOW } from '../../world/clock.js';
import { TENANTS } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import type { SimulatorSource } from '../signing/sources.js';
import { carrierTimeline } from './carrier-timeline.js';
import { returnTimeline } from './return-timeline.js';
import type { StoryEvent } from './story-event.js';
import { ticketTimeline } from './ticket-timeline.js';
import { wmsTimeline } from './wms-timeline.js';

const ALL: readonly SimulatorSource[] = ['wms', 'easypost', 'aftership', 'zendesk'];

/**
 * Everything the WMS, the carriers and the helpdesk would have sent about one world order, oldest
 * first. Each `shipment.created` precedes its parcel's first scan, each receipt its inspection.
 *
 * @example orderTimeline(getWorld().orderByNumber.get('SO-1000123')!).map((e) => e.type)
 */
export function orderTimeline(
  order: WorldOrder,
  options: { sources?: readonly SimulatorSource[]; worldNow?: number } = {},
): StoryEvent[] {
  const tenant = TENANTS.find((t) => t.id === order.tenant);
  if (!tenant || !order.wms) return [];
  const sources = new Set(options.sources ?? ALL);
  const events = [
    ...wmsTimeline(order, tenant),
    ...carrierTimeline(order, tenant),
    ...returnTimeline(order, tenant, options.worldNow ?? WORLD_NOW),
    ...ticketTimeline(order, tenant),
  ].filter((e) => sources.has(e.source));
  // Stable: events of one moment keep the order their builder gave them (status, then its lines).
  return events.sort((a, b) => a.worldAt - b.worldAt);
}
