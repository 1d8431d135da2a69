import type { CustomerResolvers } from '../generated/resolvers.js';
import { searchOrderPage } from './Query/searchOrders.js';

export const Customer: CustomerResolvers = {
  orders: (customer, { first, after }, ctx) =>
    searchOrderPage(ctx, { customerNumber: customer.number }, first, after),
};
