import type { OrderStatus } from './model.js';

/**
 * ERP `doc_status` → canonical. The ERP's "delivered" is its outbound delivery document (goods
 * issue), i.e. the goods left the warehouse; receipt by the customer is a carrier fact.
 */
const ERP_ORDER_STATUS: Record<string, OrderStatus> = {
  DRAFT: 'PENDING',
  OPEN: 'CONFIRMED',
  HOLD_CREDIT: 'ON_HOLD',
  HOLD_MANUAL: 'ON_HOLD',
  RELEASED: 'IN_FULFILMENT',
  PART_DELIVERED: 'PARTIALLY_SHIPPED',
  DELIVERED: 'SHIPPED',
  INVOICED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
};

/** Maps an ERP document status; unknown future codes fall back by name, then to CONFIRMED. */
export function erpOrderStatus(docStatus: string): OrderStatus {
  const known = ERP_ORDER_STATUS[docStatus.toUpperCase()];
  if (known) return known;
  const code = docStatus.toUpperCase();
  if (code.startsWith('HOLD')) return 'ON_HOLD';
  if (code.includes('CANCEL')) return 'CANCELLED';
  // The ERP holds the order and says nothing we understand: it is at least confirmed.
  return 'CONFIRMED';
}

const WMS_ORDER_STATUS: Record<number, OrderStatus> = {
  100: 'CONFIRMED',
  130: 'IN_FULFILMENT',
  150: 'IN_FULFILMENT',
  160: 'IN_FULFILMENT',
  165: 'IN_FULFILMENT',
  170: 'IN_FULFILMENT',
  175: 'IN_FULFILMENT',
  180: 'IN_FULFILMENT',
  190: 'PARTIALLY_SHIPPED',
  200: 'SHIPPED',
  250: 'DELIVERED',
  800: 'ON_HOLD',
  900: 'CANCELLED',
};

/** The WMS groups its codes by hundreds, so an unknown code still says which phase it is in. */
const WMS_FAMILY: Record<number, OrderStatus> = {
  0: 'PENDING',
  1: 'IN_FULFILMENT',
  2: 'SHIPPED',
  8: 'ON_HOLD',
  9: 'CANCELLED',
};

/** Maps a WMS numeric status code; an unknown code falls back to its family by hundreds. */
export function wmsOrderStatus(code: number): OrderStatus {
  return WMS_ORDER_STATUS[code] ?? WMS_FAMILY[Math.floor(code / 100)] ?? 'IN_FULFILMENT';
}

const WMS_STATUS_NAME: Record<number, string> = {
  100: 'received',
  130: 'released',
  150: 'allocated',
  160: 'partially_allocated',
  165: 'picking',
  170: 'picked',
  175: 'short_picked',
  180: 'packed',
  190: 'partially_shipped',
  200: 'shipped',
  250: 'delivered',
  800: 'on_hold',
  900: 'cancelled',
};

/** A short timeline kind for a WMS status code, e.g. `fulfilment.allocated`. */
export function wmsStatusKind(code: number): string {
  return `fulfilment.${WMS_STATUS_NAME[code] ?? 'status_changed'}`;
}
