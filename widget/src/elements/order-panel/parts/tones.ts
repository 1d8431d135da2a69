import type { OrderStatus, ShipmentStatus } from '../../../client/order-types.js';
import type { Tone } from './render-context.js';

/** How alarming each status is, for its badge colour; the label always says it in words too. */
export const ORDER_TONE: Record<OrderStatus, Tone> = {
  PENDING: 'neutral',
  ON_HOLD: 'danger',
  CONFIRMED: 'info',
  IN_FULFILMENT: 'info',
  PARTIALLY_SHIPPED: 'warn',
  SHIPPED: 'info',
  DELIVERED: 'ok',
  COMPLETED: 'ok',
  CANCELLED: 'neutral',
};

export const SHIPMENT_TONE: Record<ShipmentStatus, Tone> = {
  PREPARING: 'neutral',
  LABEL_CREATED: 'info',
  IN_TRANSIT: 'info',
  OUT_FOR_DELIVERY: 'info',
  AVAILABLE_FOR_PICKUP: 'warn',
  ATTEMPT_FAILED: 'danger',
  DELIVERED: 'ok',
  EXCEPTION: 'danger',
  RETURNED_TO_SENDER: 'danger',
  CANCELLED: 'neutral',
  UNKNOWN: 'neutral',
};
