import type { WorldOrder } from './types.js';
import { getWorld, type World } from './world.js';

/** One order's references of every kind, each resolvable to that order in its own system. */
export interface SampleReferences {
  erpOrderNumber: string;
  wmsReference: string;
  channelReference: string;
  customerPo: string;
  trackingNumber: string;
  rmaNumber: string;
  ticketId: string;
  customerEmail: string;
}

function sampleOf(o: WorldOrder): SampleReferences | null {
  const tracking = o.wms?.shipments.find((s) => s.trackingNumber)?.trackingNumber;
  // The ticket must name the order in its order field, or nothing can resolve it to this order.
  const ticket = o.tickets.find((t) => t.orderField !== null);
  const rma = o.returns[0]?.rma;
  if (!o.wms || !o.channelRef || !o.customerPo || !tracking || !ticket || !rma || !o.customer.email)
    return null;
  return {
    erpOrderNumber: o.number,
    wmsReference: o.wms.ref,
    channelReference: o.channelRef,
    customerPo: o.customerPo,
    trackingNumber: tracking,
    rmaNumber: rma,
    ticketId: String(ticket.id),
    customerEmail: o.customer.email,
  };
}

const memo = new WeakMap<World, Map<string, SampleReferences[]>>();

/**
 * `count` orders of the tenant that have a reference of every kind (shipped, returned, with a
 * ticket), spread evenly over the tenant's orders; always the same ones. Fewer if fewer exist.
 *
 * @example
 * const [sample] = sampleReferences('acme', 1);
 * sample?.trackingNumber; // resolves to sample.erpOrderNumber through the WMS
 */
export function sampleReferences(
  tenant: string,
  count: number,
  world: World = getWorld(),
): SampleReferences[] {
  let byTenant = memo.get(world);
  if (!byTenant) {
    byTenant = new Map();
    for (const o of world.orders) {
      const sample = sampleOf(o);
      if (!sample) continue;
      const list = byTenant.get(o.tenant) ?? [];
      list.push(sample);
      byTenant.set(o.tenant, list);
    }
    memo.set(world, byTenant);
  }
  const all = byTenant.get(tenant) ?? [];
  if (count >= all.length) return all.slice();
  const step = all.length / count;
  return Array.from({ length: Math.max(0, count) }, (_, i) => all[Math.floor(i * step)]!);
}
