import type { CustomerOrdersQuery, OrderPanelQuery } from './generated/operations.js';

/**
 * Names for the parts of the order documents' results that the widget's parts take, aliased from the
 * generated types (`npm run codegen`), so a change to `schema/` or a document reaches every use.
 */
export type {
  CasePriority,
  CaseStatus,
  CustomerTier,
  OrderRefKind,
  OrderStatus,
  RefundKind,
  RefundStatus,
  ReturnDisposition,
  ReturnStatus,
  ShipmentStatus,
  SourceSystem,
} from './generated/operations.js';

/** Everything the order panel shows of one order (`OrderPanel`). */
export type Order = NonNullable<OrderPanelQuery['order']>;
export type Money = Order['totals']['total'];
export type SystemStatus = Order['systemStatuses'][number];
export type OrderLine = Order['lines'][number];
export type Shipment = NonNullable<Order['shipments']>[number];
export type Milestone = Shipment['milestones'][number];
export type Return = NonNullable<Order['returns']>[number];
export type Refund = NonNullable<Order['refunds']>[number];
export type Case = NonNullable<Order['cases']>[number];
export type TimelineEvent = Order['timeline'][number];

/** One of a customer's recent orders, as the picker lists it (`CustomerOrders`). */
export type OrderSummary = NonNullable<CustomerOrdersQuery['searchOrders']>['edges'][number]['node'];
