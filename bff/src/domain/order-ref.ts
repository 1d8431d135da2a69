import type { OrderRefKind } from './model.js';

/**
 * Which kinds of reference a string given by an agent or a portal can be, most likely first.
 * Forms differ by system (SO- numbers, WO- warehouse refs, RMA- numbers, carrier tracking
 * numbers, ticket ids); where a form is ambiguous every plausible kind is tried in one round trip.
 */
export function candidateKinds(ref: string): OrderRefKind[] {
  const r = ref.trim();
  if (/^#?\s*so[\s-]?\d+$/i.test(r)) return ['ERP_ORDER_NUMBER'];
  if (/^wo-/i.test(r)) return ['WMS_REFERENCE'];
  if (/^rma-?\d+$/i.test(r)) return ['RMA_NUMBER'];
  if (/^\d+$/.test(r)) {
    // Bare digits: an order number without its prefix, a ticket id, or a numeric tracking number.
    if (r.length >= 12) return ['TRACKING_NUMBER', 'CUSTOMER_PO'];
    return ['ERP_ORDER_NUMBER', 'TICKET_ID', 'CUSTOMER_PO', 'CHANNEL_REFERENCE'];
  }
  if (/^1Z[0-9A-Z]{16}$/i.test(r) || /^[A-Z]{2}\d{9}[A-Z]{2}$/.test(r)) return ['TRACKING_NUMBER'];
  return ['CHANNEL_REFERENCE', 'CUSTOMER_PO', 'TRACKING_NUMBER'];
}

export const MAX_REF_LENGTH = 100;
