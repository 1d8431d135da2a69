import type { OrderChangeResolvers } from '../generated/resolvers.js';
import { loadOrder } from './Query/order.js';

export const OrderChange: OrderChangeResolvers = {
  order: (change, _, ctx) => loadOrder(ctx, change.orderNumber),
};
