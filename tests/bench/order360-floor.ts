import type { OrderRefKind } from '../../bff/src/domain/model.js';
import { candidateKinds } from '../../bff/src/domain/order-ref.js';
import type { Latencies, System } from './sim-control.js';

/** Which system `Query.order` asks to turn a reference of each kind into an order number. */
const LOOKUP: Record<OrderRefKind, System | null> = {
  ERP_ORDER_NUMBER: null, // parsed locally, no call
  WMS_REFERENCE: 'wms',
  TRACKING_NUMBER: 'wms',
  CHANNEL_REFERENCE: 'erp',
  CUSTOMER_PO: 'erp',
  RMA_NUMBER: 'erp',
  TICKET_ID: 'crm', // a ticket naming its order; without one, an ERP search adds a level
};

/**
 * The order 360 query's floor for one reference, from how `Query.order` behaves: every candidate
 * kind of the reference is looked up at once (level 1, the slowest lookup system; none for an ERP
 * order number), then ERP, WMS and CRM are read together (level 2, the slowest of the three).
 * @example order360Floor('SO-1000123', { erp: 40, wms: 60, crm: 30 }) // 60
 */
export function order360Floor(ref: string, latency: Latencies): { floor: number; levels: number[] } {
  const lookups = candidateKinds(ref)
    .map((k) => LOOKUP[k])
    .filter((s): s is System => s !== null);
  const fanOut = Math.max(latency.erp, latency.wms, latency.crm);
  const levels = lookups.length ? [Math.max(...lookups.map((s) => latency[s])), fanOut] : [fanOut];
  return { floor: levels.reduce((a, b) => a + b, 0), levels };
}
