import type { OrderException } from './exception-types.js';

/** The shapes the widget's documents select, written by hand to match them field for field. */
export type SourceSystem = 'ERP' | 'WMS' | 'CARRIER' | 'CRM';
export type OrderStatus =
  | 'PENDING'
  | 'ON_HOLD'
  | 'CONFIRMED'
  | 'IN_FULFILMENT'
  | 'PARTIALLY_SHIPPED'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'COMPLETED'
  | 'CANCELLED';
export type ShipmentStatus =
  | 'PREPARING'
  | 'LABEL_CREATED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'AVAILABLE_FOR_PICKUP'
  | 'ATTEMPT_FAILED'
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'RETURNED_TO_SENDER'
  | 'CANCELLED'
  | 'UNKNOWN';
export type ReturnStatus =
  | 'REQUESTED'
  | 'AUTHORIZED'
  | 'IN_TRANSIT'
  | 'RECEIVED'
  | 'INSPECTED'
  | 'CREDITED'
  | 'REJECTED'
  | 'CANCELLED';
export type ReturnDisposition = 'RESTOCK' | 'REPAIR' | 'DISCARD' | 'SALVAGE' | 'PENDING';
export type RefundKind = 'REFUND' | 'CREDIT_MEMO';
export type RefundStatus = 'PENDING' | 'COMPLETED' | 'FAILED';
export type CaseStatus = 'NEW' | 'OPEN' | 'PENDING' | 'ON_HOLD' | 'SOLVED' | 'CLOSED';
export type CasePriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type CustomerTier = 'KEY' | 'STANDARD' | 'BASIC';

export interface Money {
  amount: string;
  currency: string;
}

export interface SystemStatus {
  system: SourceSystem;
  nativeStatus: string;
  status: OrderStatus | null;
  asOf: string;
}

export interface OrderLine {
  id: string;
  lineNumber: number;
  sku: string;
  description: string;
  promisedDate: string | null;
  quantities: {
    ordered: number;
    allocated: number | null;
    picked: number | null;
    shipped: number | null;
    backordered: number | null;
    cancelled: number;
    returned: number;
    refunded: number;
  };
  total: Money;
}

export interface Milestone {
  at: string;
  status: ShipmentStatus;
  description: string;
  location: string | null;
}

export interface Shipment {
  id: string;
  warehouse: string;
  carrier: string | null;
  service: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  status: ShipmentStatus;
  shippedAt: string | null;
  eta: string | null;
  deliveredAt: string | null;
  milestones: Milestone[];
}

export interface Return {
  id: string;
  rmaNumber: string;
  status: ReturnStatus;
  requestedAt: string;
  creditMemoNumber: string | null;
  lines: {
    lineNumber: number;
    sku: string;
    quantity: number;
    receivedQuantity: number;
    reason: string;
    disposition: ReturnDisposition;
  }[];
}

export interface Refund {
  id: string;
  kind: RefundKind;
  status: RefundStatus;
  amount: Money;
  reason: string | null;
  createdAt: string;
  rmaNumber: string | null;
}

export interface Case {
  id: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority | null;
  updatedAt: string;
  url: string | null;
  requester: { name: string } | null;
}

export interface TimelineEvent {
  at: string;
  system: SourceSystem;
  kind: string;
  summary: string;
}

export interface Order {
  id: string;
  placedAt: string;
  status: OrderStatus;
  promisedDate: string | null;
  references: {
    erpOrderNumber: string;
    wmsReference: string | null;
    channelReference: string | null;
    channel: string | null;
    customerPo: string | null;
  };
  customer: {
    id: string;
    number: string;
    name: string;
    email: string | null;
    tier: CustomerTier;
    creditHold: boolean;
  } | null;
  systemStatuses: SystemStatus[];
  lines: OrderLine[];
  totals: { total: Money; refunded: Money | null };
  shipments: Shipment[] | null;
  returns: Return[] | null;
  refunds: Refund[] | null;
  cases: Case[] | null;
  timeline: TimelineEvent[];
  /** Open ones first, then by severity and age (the store's handling order). */
  exceptions: OrderException[];
}

export interface OrderPanelData {
  order: Order | null;
}

export interface OrderSummary {
  id: string;
  placedAt: string;
  status: OrderStatus;
  references: { customerPo: string | null; channelReference: string | null };
  customer: { name: string } | null;
  totals: { total: Money };
}

export interface CustomerOrdersData {
  searchOrders: { edges: { node: OrderSummary }[]; pageInfo: { hasNextPage: boolean } } | null;
}
