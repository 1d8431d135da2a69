/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Canonical case priority. */
export type CasePriority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Normal. */
  | 'NORMAL'
  /** Urgent. */
  | 'URGENT';

/** Canonical helpdesk case status. */
export type CaseStatus =
  /** Closed for good. */
  | 'CLOSED'
  /** Not yet looked at. */
  | 'NEW'
  /** Waiting for a third party. */
  | 'ON_HOLD'
  /** Being worked. */
  | 'OPEN'
  /** Waiting for the customer. */
  | 'PENDING'
  /** Solved. */
  | 'SOLVED';

/** Customer tiers drive exception severity and service levels. */
export type CustomerTier =
  /** Occasional or cash customers. */
  | 'BASIC'
  /** Key accounts with contractual service levels. */
  | 'KEY'
  /** Regular trade customers. */
  | 'STANDARD';

/** How an exception changed. */
export type ExceptionChangeKind =
  /** It was raised. */
  | 'RAISED'
  /** It was resolved, by an agent or because its condition cleared. */
  | 'RESOLVED'
  /** Its status, severity, assignee or evidence changed. */
  | 'UPDATED';

/** Which exceptions an inbox shows. Omitted fields do not filter. */
export type ExceptionFilter = {
  /** Only those assigned to the viewer. */
  assignedToMe?: boolean | null | undefined;
  /** Only this order's (any reference form of the ERP order number). */
  orderNumber?: string | null | undefined;
  /** Only these severities. */
  severity?: Array<ExceptionSeverity> | null | undefined;
  /** Only these statuses; default open, acknowledged and snoozed. */
  status?: Array<ExceptionStatus> | null | undefined;
  /** Only this team's. */
  team?: string | null | undefined;
  /** Only these types. */
  type?: Array<ExceptionType> | null | undefined;
};

/** How urgently an exception needs an agent. */
export type ExceptionSeverity =
  /** A key customer or an SLA about to break. */
  | 'CRITICAL'
  /** Handle now. */
  | 'HIGH'
  /** Can wait. */
  | 'LOW'
  /** Handle today. */
  | 'MEDIUM';

/** Where an exception is in its handling. */
export type ExceptionStatus =
  /** An agent has seen it and is on it. */
  | 'ACKNOWLEDGED'
  /** New, nobody has taken it. */
  | 'OPEN'
  /** Handled, or the condition cleared by itself. */
  | 'RESOLVED'
  /** Put aside until a time. */
  | 'SNOOZED';

/** What an exception is about. */
export type ExceptionSubjectKind =
  /** An order. */
  | 'ORDER'
  /** A return, by RMA number. */
  | 'RETURN'
  /** A shipment, by tracking number. */
  | 'SHIPMENT';

/** What went wrong, by the rule that noticed it. */
export type ExceptionType =
  /** The address is wrong or the customer moved. */
  | 'ADDRESS_PROBLEM'
  /** A line waits for stock. */
  | 'BACKORDER'
  /** The parcel was damaged. */
  | 'DAMAGED'
  /** The carrier reports a delay or problem in delivery. */
  | 'DELIVERY_EXCEPTION'
  /** The estimated delivery passed without delivery. */
  | 'ETA_PASSED'
  /** A delivery attempt failed. */
  | 'FAILED_ATTEMPT'
  /** The carrier lost the parcel. */
  | 'LOST'
  /** Confirmed in the ERP but not released to the warehouse in time. */
  | 'NOT_RELEASED'
  /** Not shipped by the date the warehouse had to ship it. */
  | 'NOT_SHIPPED_BY_PROMISE'
  /** A label was created but the carrier has not scanned the parcel. */
  | 'NO_CARRIER_SCAN'
  /** A return was received but not credited in time. */
  | 'RETURN_NOT_CREDITED'
  /** The warehouse rejected a return. */
  | 'RETURN_REJECTED'
  /** The parcel is going back to the shipper. */
  | 'RETURN_TO_SENDER'
  /** The warehouse picked less than ordered. */
  | 'SHORT_PICK'
  /** ERP and WMS disagree on the order's status or quantities. */
  | 'SYSTEM_DRIFT'
  /** The warehouse holds the order (payment, address, compliance). */
  | 'WAREHOUSE_HOLD';

/** The kinds of reference an order can be found by. */
export type OrderRefKind =
  /** The sales channel's reference (web shop, EDI, marketplace). */
  | 'CHANNEL_REFERENCE'
  /** The customer's purchase-order number. */
  | 'CUSTOMER_PO'
  /** ERP sales-order number, e.g. `SO-1000123`. */
  | 'ERP_ORDER_NUMBER'
  /** A return merchandise authorisation number. */
  | 'RMA_NUMBER'
  /** A helpdesk ticket id whose order-number field names the order. */
  | 'TICKET_ID'
  /** A carrier tracking number of one of the order's shipments. */
  | 'TRACKING_NUMBER'
  /** The warehouse's own order reference. */
  | 'WMS_REFERENCE';

/**
 * The lifecycle of an order across all systems, in canonical form. Every system's native status maps
 * to exactly one of these; an unknown native code falls back to the nearest family.
 */
export type OrderStatus =
  /** Cancelled as a whole. */
  | 'CANCELLED'
  /** Closed and invoiced. */
  | 'COMPLETED'
  /** Confirmed and waiting to be released to the warehouse. */
  | 'CONFIRMED'
  /** Every shipment delivered. */
  | 'DELIVERED'
  /** Released to the warehouse, nothing shipped yet. */
  | 'IN_FULFILMENT'
  /** Held by the ERP: credit, payment, or manual review. */
  | 'ON_HOLD'
  /** Some lines or quantities shipped, others still open. */
  | 'PARTIALLY_SHIPPED'
  /** Taken, not yet confirmed by the ERP (e.g. awaiting approval). */
  | 'PENDING'
  /** Everything shipped. */
  | 'SHIPPED';

/** Kinds of money going back to the customer. */
export type RefundKind =
  /** Credit memo against the customer's account. */
  | 'CREDIT_MEMO'
  /** Money returned to the payment method. */
  | 'REFUND';

/** Status of a refund. */
export type RefundStatus =
  /** Paid out or posted. */
  | 'COMPLETED'
  /** Failed or rejected. */
  | 'FAILED'
  /** Requested, waiting for approval or processing. */
  | 'PENDING';

/** What happens to returned goods. */
export type ReturnDisposition =
  /** Scrapped. */
  | 'DISCARD'
  /** Not decided yet. */
  | 'PENDING'
  /** Sent for repair. */
  | 'REPAIR'
  /** Back to sellable stock. */
  | 'RESTOCK'
  /** Sold as seconds. */
  | 'SALVAGE';

/** Canonical return status: requested → authorized → in transit → received → inspected → credited / rejected. */
export type ReturnStatus =
  /** RMA issued. */
  | 'AUTHORIZED'
  /** Cancelled before it came back. */
  | 'CANCELLED'
  /** Credit issued. */
  | 'CREDITED'
  /** Inspected; disposition decided. */
  | 'INSPECTED'
  /** On its way back. */
  | 'IN_TRANSIT'
  /** Received in the warehouse. */
  | 'RECEIVED'
  /** Rejected. */
  | 'REJECTED'
  /** Customer asked to return. */
  | 'REQUESTED';

/**
 * Canonical shipment status. Carrier and WMS codes map to one of these; an unknown code falls back to
 * its family (e.g. an unknown AfterShip `Exception_0xx` subtag to `EXCEPTION`).
 */
export type ShipmentStatus =
  /** A delivery attempt failed. */
  | 'ATTEMPT_FAILED'
  /** Waiting at a pickup point for the customer. */
  | 'AVAILABLE_FOR_PICKUP'
  /** Cancelled before it left. */
  | 'CANCELLED'
  /** Delivered. */
  | 'DELIVERED'
  /** A carrier exception: delay, damage, loss, address problem. */
  | 'EXCEPTION'
  /** With the carrier, moving. */
  | 'IN_TRANSIT'
  /** Label created; the carrier has not scanned the parcel yet. */
  | 'LABEL_CREATED'
  /** On the vehicle for final delivery. */
  | 'OUT_FOR_DELIVERY'
  /** Being picked or packed in the warehouse. */
  | 'PREPARING'
  /** Being sent or sent back to the shipper. */
  | 'RETURNED_TO_SENDER'
  /** The status could not be determined. */
  | 'UNKNOWN';

/** The upstream systems Orderlens federates. */
export type SourceSystem =
  /** Parcel carriers: tracking milestones and ETA. */
  | 'CARRIER'
  /** Helpdesk / CRM: cases, requesters, comments. */
  | 'CRM'
  /** Enterprise resource planning: customers, orders, prices, invoices, refunds, RMAs. */
  | 'ERP'
  /** Warehouse management: allocation, pick, pack, ship, return receipt. */
  | 'WMS';

export type CustomerOrdersQueryVariables = Exact<{
  email: string;
  first: number;
}>;


export type CustomerOrdersQuery = { searchOrders: { edges: Array<{ node: { id: string, placedAt: string, status: OrderStatus, references: { customerPo: string | null, channelReference: string | null }, customer: { name: string } | null, totals: { total: { amount: string, currency: string } } } }>, pageInfo: { hasNextPage: boolean } } | null };

export type AcknowledgeExceptionMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeExceptionMutation = { acknowledgeException: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } };

export type SnoozeExceptionMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type SnoozeExceptionMutation = { snoozeException: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } };

export type ResolveExceptionMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ResolveExceptionMutation = { resolveException: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } };

export type AssignExceptionMutationVariables = Exact<{
  id: string | number;
  agentId?: string | null | undefined;
}>;


export type AssignExceptionMutation = { assignException: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } };

export type ExceptionChangesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  filter?: ExceptionFilter | null | undefined;
}>;


export type ExceptionChangesSubscription = { exceptionChanges: { cursor: string, kind: ExceptionChangeKind, exception: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } } };

export type ExceptionFieldsFragment = { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null };

export type ExceptionListQueryVariables = Exact<{
  filter?: ExceptionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExceptionListQuery = { exceptions: { feedCursor: string, edges: Array<{ node: { id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderPanelQueryVariables = Exact<{
  ref: string;
  kind?: OrderRefKind | null | undefined;
}>;


export type OrderPanelQuery = { order: { id: string, placedAt: string, status: OrderStatus, promisedDate: string | null, references: { erpOrderNumber: string, wmsReference: string | null, channelReference: string | null, channel: string | null, customerPo: string | null }, customer: { id: string, number: string, name: string, email: string | null, tier: CustomerTier, creditHold: boolean } | null, systemStatuses: Array<{ system: SourceSystem, nativeStatus: string, status: OrderStatus | null, asOf: string }>, lines: Array<{ id: string, lineNumber: number, sku: string, description: string, promisedDate: string | null, quantities: { ordered: number, allocated: number | null, picked: number | null, shipped: number | null, backordered: number | null, cancelled: number, returned: number, refunded: number }, total: { amount: string, currency: string } }>, totals: { total: { amount: string, currency: string }, refunded: { amount: string, currency: string } | null }, shipments: Array<{ id: string, warehouse: string, carrier: string | null, service: string | null, trackingNumber: string | null, trackingUrl: string | null, status: ShipmentStatus, shippedAt: string | null, eta: string | null, deliveredAt: string | null, milestones: Array<{ at: string, status: ShipmentStatus, description: string, location: string | null }> }> | null, returns: Array<{ id: string, rmaNumber: string, status: ReturnStatus, requestedAt: string, creditMemoNumber: string | null, lines: Array<{ lineNumber: number, sku: string, quantity: number, receivedQuantity: number, reason: string, disposition: ReturnDisposition }> }> | null, refunds: Array<{ id: string, kind: RefundKind, status: RefundStatus, reason: string | null, createdAt: string, rmaNumber: string | null, amount: { amount: string, currency: string } }> | null, cases: Array<{ id: string, subject: string, status: CaseStatus, priority: CasePriority | null, updatedAt: string, url: string | null, requester: { name: string } | null }> | null, timeline: Array<{ at: string, system: SourceSystem, kind: string, summary: string }>, exceptions: Array<{ id: string, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, subjectKind: ExceptionSubjectKind, subjectId: string, orderNumber: string, summary: string, dueAt: string, openedAt: string, updatedAt: string, resolvedAt: string | null, assignee: string | null, snoozedUntil: string | null }> } | null };
