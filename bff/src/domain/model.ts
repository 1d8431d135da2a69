/**
 * The canonical model in TypeScript: what the upstream mappers produce and the resolvers read.
 * It mirrors `schema/` minus the relations that resolvers load (an order's shipments come from the
 * WMS, its cases from the CRM), so one system's data never waits on another's.
 */
export type SourceSystem = 'ERP' | 'WMS' | 'CARRIER' | 'CRM';

export interface Money {
  /** Decimal string with the currency's minor units, e.g. "129.90". */
  amount: string;
  currency: string;
}

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

export type OrderRefKind =
  | 'ERP_ORDER_NUMBER'
  | 'WMS_REFERENCE'
  | 'CHANNEL_REFERENCE'
  | 'CUSTOMER_PO'
  | 'TRACKING_NUMBER'
  | 'RMA_NUMBER'
  | 'TICKET_ID';

export type CustomerTier = 'KEY' | 'STANDARD' | 'BASIC';

export interface Address {
  name: string | null;
  lines: string[];
  city: string;
  postalCode: string | null;
  country: string;
}

export interface Customer {
  id: string;
  number: string;
  name: string;
  email: string | null;
  phone: string | null;
  tier: CustomerTier;
  creditHold: boolean;
}

export interface TimelineEvent {
  at: string;
  system: SourceSystem;
  kind: string;
  summary: string;
}

export interface SystemStatus {
  system: SourceSystem;
  nativeStatus: string;
  status: OrderStatus | null;
  asOf: string;
}

/** An ERP order line; WMS quantities are merged in by the Order resolvers. */
export interface ErpOrderLine {
  lineNumber: number;
  sku: string;
  description: string;
  ordered: number;
  cancelled: number;
  returned: number;
  refunded: number;
  unitPrice: Money;
  total: Money;
  promisedDate: string | null;
}

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

export interface Return {
  id: string;
  rmaNumber: string;
  status: ReturnStatus;
  requestedAt: string;
  lines: {
    lineNumber: number;
    sku: string;
    quantity: number;
    receivedQuantity: number;
    reason: string;
    disposition: ReturnDisposition;
  }[];
  creditMemoNumber: string | null;
}

export interface Refund {
  id: string;
  kind: 'REFUND' | 'CREDIT_MEMO';
  status: 'PENDING' | 'COMPLETED' | 'FAILED';
  amount: Money;
  reason: string | null;
  createdAt: string;
  rmaNumber: string | null;
}

/** Everything the ERP knows about one order, fetched in one batched call. */
export interface ErpOrder {
  /** The canonical order number, e.g. "SO-1000123"; also the Orderlens order id. */
  number: string;
  tenant: string;
  channel: string | null;
  channelReference: string | null;
  customerPo: string | null;
  customer: Customer;
  placedAt: string;
  nativeStatus: string;
  status: OrderStatus;
  statusAsOf: string;
  promisedDate: string | null;
  shipTo: Address | null;
  lines: ErpOrderLine[];
  totals: { subtotal: Money; shipping: Money; tax: Money; total: Money };
  returns: Return[];
  refunds: Refund[];
  timeline: TimelineEvent[];
}

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

export interface Milestone {
  at: string;
  status: ShipmentStatus;
  carrierCode: string;
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
  lines: { lineNumber: number; sku: string; quantity: number }[];
  packages: { id: string; weightKg: string | null }[];
}

/** Line quantities the WMS owns, keyed by ERP line number. */
export interface WmsLineQuantities {
  lineNumber: number;
  allocated: number;
  picked: number;
  shipped: number;
  backordered: number;
}

/** Everything the WMS knows about one order, fetched in one batched call. */
export interface WmsOrder {
  /** The canonical ERP order number this WMS order fulfils. */
  orderNumber: string;
  wmsReference: string;
  nativeStatus: string;
  status: OrderStatus;
  statusAsOf: string;
  lines: WmsLineQuantities[];
  shipments: Shipment[];
  timeline: TimelineEvent[];
}

export type CaseStatus = 'NEW' | 'OPEN' | 'PENDING' | 'ON_HOLD' | 'SOLVED' | 'CLOSED';
export type CasePriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface Case {
  id: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority | null;
  requester: { id: string; name: string; email: string | null } | null;
  channel: string | null;
  createdAt: string;
  updatedAt: string;
  url: string | null;
  /** The order number as written in the ticket's order field, if any. */
  orderReference: string | null;
  /** That reference normalised to the canonical ERP order number, when it parses as one. */
  orderNumber: string | null;
}

/** A page of results from an upstream search. */
export interface Page<T> {
  items: T[];
  /** Opaque upstream cursor for the next page, null on the last page. */
  next: string | null;
}

export interface OrderSearch {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  customerNumber?: string | null;
}
