import type { Resolvers } from '../generated/resolvers.js';
import { Customer } from './Customer.js';
import { Exception, ExceptionConnection } from './Exception.js';
import { Mutation } from './Mutation.js';
import { OrderChange } from './OrderChange.js';
import { exception, exceptions } from './Query/exceptions.js';
import { Subscription } from './Subscription.js';
import { Order } from './Order.js';
import { OrderConnection } from './OrderConnection.js';
import { LineQuantities, OrderLine, OrderReferences, OrderTotals } from './OrderParts.js';
import { order } from './Query/order.js';
import { searchOrders } from './Query/searchOrders.js';
import { viewer } from './Query/viewer.js';

/** Every resolver, by type; fields not listed resolve by name from their parent. */
export const resolvers: Resolvers = {
  Query: { order, searchOrders, viewer, exceptions, exception },
  Mutation,
  Subscription,
  Exception,
  ExceptionConnection,
  OrderChange,
  Order,
  OrderReferences,
  OrderTotals,
  OrderLine,
  LineQuantities,
  OrderConnection,
  Customer,
};
