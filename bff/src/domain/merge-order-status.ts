import type { OrderStatus } from './model.js';

/** How far along the happy path each status is; the merge takes the furthest. */
const PROGRESS: Record<OrderStatus, number> = {
  PENDING: 0,
  ON_HOLD: 0,
  CONFIRMED: 1,
  IN_FULFILMENT: 2,
  PARTIALLY_SHIPPED: 3,
  SHIPPED: 4,
  DELIVERED: 5,
  COMPLETED: 6,
  CANCELLED: 0,
};

/**
 * One lifecycle status from what the ERP and the WMS say. The ERP decides holds, cancellation and
 * completion (it owns the order); otherwise the system that has seen the order further along wins,
 * because the WMS learns of picks and shipments before the ERP is told.
 */
export function mergeOrderStatus(erp: OrderStatus, wms: OrderStatus | null): OrderStatus {
  if (erp === 'CANCELLED' || erp === 'ON_HOLD' || erp === 'COMPLETED' || erp === 'PENDING') return erp;
  if (!wms || wms === 'CANCELLED' || wms === 'ON_HOLD' || wms === 'PENDING') return erp;
  return PROGRESS[wms] > PROGRESS[erp] ? wms : erp;
}
