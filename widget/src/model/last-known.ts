import type { Order, SourceSystem } from '../client/order-types.js';

export interface KnownOrder {
  order: Order;
  /** When this copy was fetched, ISO 8601. */
  fetchedAt: string;
}

export interface MergedOrder {
  order: Order;
  /** Systems whose part is shown from an earlier answer, with that answer's time. */
  stale: Map<SourceSystem, string>;
}

const WMS_SIDE: readonly SourceSystem[] = ['WMS', 'CARRIER'];

/**
 * Fills the parts of a fresh answer that failed systems left empty with what an earlier answer in
 * this session said, and records which parts are old. Only systems that failed now are filled, so
 * data a system removed on purpose never comes back.
 * @example mergeLastKnown(fresh, known, new Set(['WMS'])).stale.get('WMS') // fetchedAt of `known`
 */
export function mergeLastKnown(
  fresh: Order,
  known: KnownOrder | undefined,
  failed: Set<SourceSystem>,
): MergedOrder {
  const stale = new Map<SourceSystem, string>();
  if (!known || known.order.id !== fresh.id || failed.size === 0) return { order: fresh, stale };
  const old = known.order;
  const order: Order = { ...fresh };
  const wmsDown = failed.has('WMS');
  if (wmsDown && fresh.shipments === null && old.shipments !== null) {
    order.shipments = old.shipments;
    order.references = { ...fresh.references, wmsReference: old.references.wmsReference };
    order.lines = fresh.lines.map((line) => {
      const before = old.lines.find((l) => l.id === line.id);
      if (!before || line.quantities.allocated !== null) return line;
      const q = before.quantities;
      return {
        ...line,
        quantities: {
          ...line.quantities,
          allocated: q.allocated,
          picked: q.picked,
          shipped: q.shipped,
          backordered: q.backordered,
        },
      };
    });
    for (const system of WMS_SIDE) stale.set(system, known.fetchedAt);
  }
  if (failed.has('ERP') && fresh.returns === null && old.returns !== null) {
    Object.assign(order, {
      returns: old.returns,
      refunds: old.refunds,
      customer: fresh.customer ?? old.customer,
    });
    stale.set('ERP', known.fetchedAt);
  }
  if (failed.has('CRM') && fresh.cases === null && old.cases !== null) {
    order.cases = old.cases;
    stale.set('CRM', known.fetchedAt);
  }
  const present = new Set(fresh.systemStatuses.map((s) => s.system));
  const borrowed = old.systemStatuses.filter((s) => !present.has(s.system) && stale.has(s.system));
  order.systemStatuses = [...fresh.systemStatuses, ...borrowed];
  return { order, stale };
}

/**
 * The whole order from an earlier answer, when a failed system left the reference unresolved (the
 * ERP for any order, the WMS for a tracking number): every part is then as old as that answer.
 */
export function lastKnownWhole(known: KnownOrder): MergedOrder {
  const stale = new Map<SourceSystem, string>();
  for (const s of known.order.systemStatuses) stale.set(s.system, known.fetchedAt);
  stale.set('ERP', known.fetchedAt);
  return { order: known.order, stale };
}
