import type { GraphQLResolveInfo } from 'graphql';
import type { ErpOrder as ErpOrderModel, Customer as CustomerModel, Shipment as ShipmentModel, Return as ReturnModel, Refund as RefundModel, Case as CaseModel } from '../../domain/model.js';
import type { OrderLineParent as OrderLineParentModel, OrderPage as OrderPageModel, OrderEdgeParent as OrderEdgeParentModel, ExceptionEdgeParent as ExceptionEdgeParentModel, ExceptionPageParent as ExceptionPageParentModel, ExceptionChangeParent as ExceptionChangeParentModel, OrderChangeParent as OrderChangeParentModel } from '../parents.js';
import type { Viewer as ViewerModel } from '../../auth/viewer.js';
import type { OrderException as OrderExceptionModel } from '../../domain/exception.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Street lines. */
  lines: Array<Scalars['String']['output']>;
  /** Addressee name. */
  name: Maybe<Scalars['String']['output']>;
  /** Postal code. */
  postalCode: Maybe<Scalars['String']['output']>;
};

/** A helpdesk case (ticket). */
export type Case = {
  __typename?: 'Case';
  /** Channel it came in through, e.g. `email`, `web`, `voice`. */
  channel: Maybe<Scalars['String']['output']>;
  /** When it was created, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Stable id: the helpdesk ticket id. */
  id: Scalars['ID']['output'];
  /** The order number as written in the ticket's order field, if any. */
  orderReference: Maybe<Scalars['String']['output']>;
  /** Canonical priority. Null when the helpdesk has none. */
  priority: Maybe<CasePriority>;
  /** Who raised it. */
  requester: Maybe<Requester>;
  /** Canonical status. */
  status: CaseStatus;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** When it last changed, ISO 8601. */
  updatedAt: Scalars['String']['output'];
  /** The helpdesk's own page for the case. Only http(s) URLs are returned. */
  url: Maybe<Scalars['String']['output']>;
};

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

/** A customer as the ERP knows it. */
export type Customer = {
  __typename?: 'Customer';
  /** Whether the ERP holds this customer's new orders for credit reasons. */
  creditHold: Scalars['Boolean']['output'];
  /** Primary contact email. */
  email: Maybe<Scalars['String']['output']>;
  /** Stable Orderlens id of the customer. */
  id: Scalars['ID']['output'];
  /** Company or person name. */
  name: Scalars['String']['output'];
  /** The ERP customer number. */
  number: Scalars['String']['output'];
  /** The customer's orders, newest first. Null when the ERP is unavailable. */
  orders: Maybe<OrderConnection>;
  /** Primary contact phone number, in E.164 form. */
  phone: Maybe<Scalars['String']['output']>;
  /** Service tier. */
  tier: CustomerTier;
};


/** A customer as the ERP knows it. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Customer tiers drive exception severity and service levels. */
export type CustomerTier =
  /** Occasional or cash customers. */
  | 'BASIC'
  /** Key accounts with contractual service levels. */
  | 'KEY'
  /** Regular trade customers. */
  | 'STANDARD';

/** A problem with an order that an agent should know about before the customer calls. */
export type Exception = {
  __typename?: 'Exception';
  /** The agent it is assigned to. */
  assignee: Maybe<Scalars['String']['output']>;
  /** When it must be handled by, ISO 8601. */
  dueAt: Scalars['String']['output'];
  /** The events that show it, as `source:id`. */
  evidence: Array<Scalars['String']['output']>;
  /** Its handling, oldest first. */
  history: Array<ExceptionHistoryEntry>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was raised, ISO 8601. */
  openedAt: Scalars['String']['output'];
  /** The order, loaded from the systems of record. Null when the ERP is unavailable. */
  order: Maybe<Order>;
  /** The order it belongs to. */
  orderNumber: Scalars['String']['output'];
  /** The note it was resolved with. */
  resolution: Maybe<Scalars['String']['output']>;
  /** When it was resolved, ISO 8601. */
  resolvedAt: Maybe<Scalars['String']['output']>;
  /** How urgent it is. */
  severity: ExceptionSeverity;
  /** Until when it is snoozed, ISO 8601. */
  snoozedUntil: Maybe<Scalars['String']['output']>;
  /** Where it is in its handling. */
  status: ExceptionStatus;
  /** The order number, tracking number or RMA number it concerns. */
  subjectId: Scalars['String']['output'];
  /** What it concerns. */
  subjectKind: ExceptionSubjectKind;
  /** Actions offered to the agent, e.g. `reship`, `refund`, `contact-carrier`. */
  suggestedActions: Array<Scalars['String']['output']>;
  /** One sentence for the agent. */
  summary: Scalars['String']['output'];
  /** The team whose inbox it is in. */
  team: Maybe<Scalars['String']['output']>;
  /** The rule that raised it. */
  type: ExceptionType;
  /** When it last changed, ISO 8601. */
  updatedAt: Scalars['String']['output'];
};

/** One change on the exception feed. */
export type ExceptionChange = {
  __typename?: 'ExceptionChange';
  /** Resume cursor: pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The exception after the change. */
  exception: Exception;
  /** What kind of change. */
  kind: ExceptionChangeKind;
};

/** How an exception changed. */
export type ExceptionChangeKind =
  /** It was raised. */
  | 'RAISED'
  /** It was resolved, by an agent or because its condition cleared. */
  | 'RESOLVED'
  /** Its status, severity, assignee or evidence changed. */
  | 'UPDATED';

/** A page of exceptions, most severe first, then oldest first. */
export type ExceptionConnection = {
  __typename?: 'ExceptionConnection';
  /** The exceptions on this page. */
  edges: Array<ExceptionEdge>;
  /**
   * The change-feed position this page was read at: subscribe to `exceptionChanges(after: feedCursor)`
   * to receive every change since, so a live inbox misses nothing between its first load and its stream.
   */
  feedCursor: Scalars['String']['output'];
  /** Paging information. */
  pageInfo: PageInfo;
};

/** An edge in an exception connection. */
export type ExceptionEdge = {
  __typename?: 'ExceptionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The exception. */
  node: Exception;
};

/** Which exceptions an inbox shows. Omitted fields do not filter. */
export type ExceptionFilter = {
  /** Only those assigned to the viewer. */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this order's (any reference form of the ERP order number). */
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only these severities. */
  severity?: InputMaybe<Array<ExceptionSeverity>>;
  /** Only these statuses; default open, acknowledged and snoozed. */
  status?: InputMaybe<Array<ExceptionStatus>>;
  /** Only this team's. */
  team?: InputMaybe<Scalars['String']['input']>;
  /** Only these types. */
  type?: InputMaybe<Array<ExceptionType>>;
};

/** One step in an exception's handling. */
export type ExceptionHistoryEntry = {
  __typename?: 'ExceptionHistoryEntry';
  /** What happened, e.g. `raised`, `acknowledged`, `snoozed`, `resolved`, `assigned`, `cleared`. */
  action: Scalars['String']['output'];
  /** Agent id, or `system` for rules. */
  actor: Scalars['String']['output'];
  /** When, ISO 8601. */
  at: Scalars['String']['output'];
  /** The note given, if any. */
  note: Maybe<Scalars['String']['output']>;
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

/** Quantities of one line through the fulfilment graph. */
export type LineQuantities = {
  __typename?: 'LineQuantities';
  /** Reserved against stock in the warehouse. Null when the WMS is unavailable. */
  allocated: Maybe<Scalars['Int']['output']>;
  /** Waiting for stock. Null when the WMS is unavailable. */
  backordered: Maybe<Scalars['Int']['output']>;
  /** Cancelled in the ERP. */
  cancelled: Scalars['Int']['output'];
  /** Ordered by the customer. */
  ordered: Scalars['Int']['output'];
  /** Picked from the shelves. Null when the WMS is unavailable. */
  picked: Maybe<Scalars['Int']['output']>;
  /** Refunded or credited. */
  refunded: Scalars['Int']['output'];
  /** Returned by the customer (received by the warehouse). */
  returned: Scalars['Int']['output'];
  /** Handed to a carrier. Null when the WMS is unavailable. */
  shipped: Maybe<Scalars['Int']['output']>;
};

/** One tracking scan or event from the carrier. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When the carrier recorded it, ISO 8601. */
  at: Scalars['String']['output'];
  /** The carrier's own code, e.g. `Exception_013` or `out_for_delivery`. */
  carrierCode: Scalars['String']['output'];
  /** The carrier's description. */
  description: Scalars['String']['output'];
  /** Where it happened, as the carrier states it. */
  location: Maybe<Scalars['String']['output']>;
  /** Canonical status after this event. */
  status: ShipmentStatus;
};

/** An amount of money. The amount is a decimal string so no precision is lost in transit. */
export type Money = {
  __typename?: 'Money';
  /** Decimal amount with the currency's minor units, e.g. `"129.90"`. */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: Scalars['String']['output'];
};

/** Agent actions. Each is permission-checked and recorded in the exception's history. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Take an open exception: it leaves the new queue. */
  acknowledgeException: Exception;
  /**
   * Assign to an agent, or null to unassign. Anyone who may handle exceptions may take an unassigned
   * one or give back their own; taking over, clearing or giving away someone else's needs a lead or
   * supervisor (FORBIDDEN otherwise). The assignee must be a known agent of the tenant, one who has
   * used Orderlens (BAD_USER_INPUT otherwise).
   */
  assignException: Exception;
  /** Close an exception with a note saying what was done. */
  resolveException: Exception;
  /** Put an exception aside until a time (ISO 8601, in the future, at most 30 days ahead). */
  snoozeException: Exception;
};


/** Agent actions. Each is permission-checked and recorded in the exception's history. */
export type MutationAcknowledgeExceptionArgs = {
  id: Scalars['ID']['input'];
};


/** Agent actions. Each is permission-checked and recorded in the exception's history. */
export type MutationAssignExceptionArgs = {
  agentId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Agent actions. Each is permission-checked and recorded in the exception's history. */
export type MutationResolveExceptionArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Agent actions. Each is permission-checked and recorded in the exception's history. */
export type MutationSnoozeExceptionArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['String']['input'];
};

/**
 * An order with every system's part of the truth. Fields backed by one system are nullable: when that
 * system is down they are null and the response carries an error naming the system.
 */
export type Order = {
  __typename?: 'Order';
  /** Helpdesk cases that mention this order. Null when the CRM is unavailable. */
  cases: Maybe<Array<Case>>;
  /** The customer. Null when the ERP is unavailable. */
  customer: Maybe<Customer>;
  /** Exceptions about this order, its shipments and returns; open ones first. */
  exceptions: Array<Exception>;
  /** Stable Orderlens id (the ERP order number). */
  id: Scalars['ID']['output'];
  /** Order lines with their fulfilment quantities. */
  lines: Array<OrderLine>;
  /** When the order was placed, ISO 8601. */
  placedAt: Scalars['String']['output'];
  /** Promised delivery date, ISO 8601 date. */
  promisedDate: Maybe<Scalars['String']['output']>;
  /** References per system. */
  references: OrderReferences;
  /** Refunds and credit memos. Null when the ERP is unavailable. */
  refunds: Maybe<Array<Refund>>;
  /** Returns (RMAs). Null when the ERP is unavailable. */
  returns: Maybe<Array<Return>>;
  /** Where the order ships to. */
  shipTo: Maybe<Address>;
  /** Shipments, from the WMS with carrier milestones. Null when the WMS is unavailable. */
  shipments: Maybe<Array<Shipment>>;
  /** Canonical lifecycle status, merged from every system that answered. */
  status: OrderStatus;
  /** What each system says, with its freshness. Systems that failed are absent. */
  systemStatuses: Array<SystemStatus>;
  /** Events from all systems, newest first. Entries from a failed system are absent. */
  timeline: Array<TimelineEvent>;
  /** Totals. */
  totals: OrderTotals;
};

/** Something about an order changed (an event arrived, an exception moved). */
export type OrderChange = {
  __typename?: 'OrderChange';
  /** Resume cursor. */
  cursor: Scalars['String']['output'];
  /** The order as it is now. Null when the ERP is unavailable. */
  order: Maybe<Order>;
  /** The ERP order number. */
  orderNumber: Scalars['String']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page. */
  edges: Array<OrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** An edge in an order connection. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Item description. */
  description: Scalars['String']['output'];
  /** Stable id: order number and ERP line number. */
  id: Scalars['ID']['output'];
  /** ERP line number. */
  lineNumber: Scalars['Int']['output'];
  /** Date promised to the customer for this line, ISO 8601 date. */
  promisedDate: Maybe<Scalars['String']['output']>;
  /** Quantities through the fulfilment graph. */
  quantities: LineQuantities;
  /** Stock keeping unit. */
  sku: Scalars['String']['output'];
  /** Line total after discounts. */
  total: Money;
  /** Unit price. */
  unitPrice: Money;
};

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

/** An order's identifiers in each system. They differ on purpose; Orderlens resolves all of them. */
export type OrderReferences = {
  __typename?: 'OrderReferences';
  /** Sales channel name, e.g. `webshop`, `edi`, `phone`. */
  channel: Maybe<Scalars['String']['output']>;
  /** Sales channel reference. */
  channelReference: Maybe<Scalars['String']['output']>;
  /** Customer purchase-order number. */
  customerPo: Maybe<Scalars['String']['output']>;
  /** ERP sales-order number. */
  erpOrderNumber: Scalars['String']['output'];
  /** The warehouse reference, null when the WMS is unavailable or the order is not yet released. */
  wmsReference: Maybe<Scalars['String']['output']>;
};

/** Search orders by customer attributes. */
export type OrderSearch = {
  /** ERP customer number. */
  customerNumber?: InputMaybe<Scalars['String']['input']>;
  /** Customer contact email, exact match, case-insensitive. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Part of the customer's name, case-insensitive. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Customer phone, any formatting. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

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

/** Order totals. */
export type OrderTotals = {
  __typename?: 'OrderTotals';
  /** Refunded or credited so far. Null when the ERP is unavailable. */
  refunded: Maybe<Money>;
  /** Shipping charged. */
  shipping: Money;
  /** Sum of line totals. */
  subtotal: Money;
  /** Tax. */
  tax: Money;
  /** Grand total. */
  total: Money;
};

/** A physical package in a shipment. */
export type Package = {
  __typename?: 'Package';
  /** Package id or SSCC. */
  id: Scalars['ID']['output'];
  /** Weight in kilograms, as a decimal string. */
  weightKg: Maybe<Scalars['String']['output']>;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read access to orders and customers. Every query is scoped to the viewer's tenant. */
export type Query = {
  __typename?: 'Query';
  /** One exception. Null when it does not exist in the viewer's tenant. */
  exception: Maybe<Exception>;
  /** The exception inbox of the viewer's tenant. */
  exceptions: ExceptionConnection;
  /**
   * One order by any of its references. Without `kind` the reference's form decides which systems
   * are asked. Null when no order in the viewer's tenant matches.
   */
  order: Maybe<Order>;
  /**
   * Orders of the customers matching the search, newest first. Exactly one of the filter fields
   * should be given.
   */
  searchOrders: Maybe<OrderConnection>;
  /** Who the request is made as. */
  viewer: Viewer;
};


/** Read access to orders and customers. Every query is scoped to the viewer's tenant. */
export type QueryExceptionArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to orders and customers. Every query is scoped to the viewer's tenant. */
export type QueryExceptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExceptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to orders and customers. Every query is scoped to the viewer's tenant. */
export type QueryOrderArgs = {
  kind?: InputMaybe<OrderRefKind>;
  ref: Scalars['String']['input'];
};


/** Read access to orders and customers. Every query is scoped to the viewer's tenant. */
export type QuerySearchOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: OrderSearch;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A refund or credit memo from the ERP. */
export type Refund = {
  __typename?: 'Refund';
  /** Amount. */
  amount: Money;
  /** When it was created, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Stable id: the ERP document number. */
  id: Scalars['ID']['output'];
  /** Refund or credit memo. */
  kind: RefundKind;
  /** Reason given. */
  reason: Maybe<Scalars['String']['output']>;
  /** RMA it credits, if any. */
  rmaNumber: Maybe<Scalars['String']['output']>;
  /** Status. */
  status: RefundStatus;
};

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

/** A person who raised a case. */
export type Requester = {
  __typename?: 'Requester';
  /** Email address. */
  email: Maybe<Scalars['String']['output']>;
  /** Helpdesk user id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** A return merchandise authorisation. */
export type Return = {
  __typename?: 'Return';
  /** Credit memo number, once credited. */
  creditMemoNumber: Maybe<Scalars['String']['output']>;
  /** Stable id: the RMA number. */
  id: Scalars['ID']['output'];
  /** Lines returned. */
  lines: Array<ReturnLine>;
  /** When it was requested, ISO 8601. */
  requestedAt: Scalars['String']['output'];
  /** RMA number. */
  rmaNumber: Scalars['String']['output'];
  /** Canonical status. */
  status: ReturnStatus;
};

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

/** One line of a return. */
export type ReturnLine = {
  __typename?: 'ReturnLine';
  /** What happens to it. */
  disposition: ReturnDisposition;
  /** ERP line number of the order line. */
  lineNumber: Scalars['Int']['output'];
  /** Quantity requested for return. */
  quantity: Scalars['Int']['output'];
  /** Why the customer returns it. */
  reason: Scalars['String']['output'];
  /** Quantity received in the warehouse. */
  receivedQuantity: Scalars['Int']['output'];
  /** Stock keeping unit. */
  sku: Scalars['String']['output'];
};

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

/** A shipment of (part of) an order, from the WMS, with the carrier's tracking. */
export type Shipment = {
  __typename?: 'Shipment';
  /** Carrier name, e.g. `DHL`, `UPS`. */
  carrier: Maybe<Scalars['String']['output']>;
  /** When it was delivered, ISO 8601. */
  deliveredAt: Maybe<Scalars['String']['output']>;
  /** Estimated delivery, ISO 8601. */
  eta: Maybe<Scalars['String']['output']>;
  /** Stable id: the WMS shipment id. */
  id: Scalars['ID']['output'];
  /** What it contains. */
  lines: Array<ShipmentLine>;
  /** Carrier events, oldest first. */
  milestones: Array<Milestone>;
  /** Its packages. */
  packages: Array<Package>;
  /** Carrier service level, e.g. `Express`. */
  service: Maybe<Scalars['String']['output']>;
  /** When it left the warehouse, ISO 8601. */
  shippedAt: Maybe<Scalars['String']['output']>;
  /** Canonical status. */
  status: ShipmentStatus;
  /** Tracking number. */
  trackingNumber: Maybe<Scalars['String']['output']>;
  /** Public tracking page. Only http(s) URLs are returned. */
  trackingUrl: Maybe<Scalars['String']['output']>;
  /** Warehouse that ships it. */
  warehouse: Scalars['String']['output'];
};

/** Quantity of one order line in a shipment. */
export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  /** ERP line number of the order line. */
  lineNumber: Scalars['Int']['output'];
  /** Quantity in this shipment. */
  quantity: Scalars['Int']['output'];
  /** Stock keeping unit. */
  sku: Scalars['String']['output'];
};

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

/** Live feeds. One streaming connection carries all of an agent's subscriptions. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Changes to the tenant's exceptions: first those after `after` (a cursor from an earlier change),
   * then live. Without `after`, only live changes.
   */
  exceptionChanges: ExceptionChange;
  /** Changes to one order, for an open panel. */
  orderChanged: OrderChange;
};


/** Live feeds. One streaming connection carries all of an agent's subscriptions. */
export type SubscriptionExceptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExceptionFilter>;
};


/** Live feeds. One streaming connection carries all of an agent's subscriptions. */
export type SubscriptionOrderChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  ref: Scalars['String']['input'];
};

/** What one system says about the order, and how fresh that is. */
export type SystemStatus = {
  __typename?: 'SystemStatus';
  /** When the system last changed or confirmed this status. */
  asOf: Scalars['String']['output'];
  /** The system's native status code, as it sent it. */
  nativeStatus: Scalars['String']['output'];
  /** The native status in canonical form. */
  status: Maybe<OrderStatus>;
  /** The system. */
  system: SourceSystem;
};

/** One entry of an order's merged timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** When it happened, ISO 8601. */
  at: Scalars['String']['output'];
  /** A short machine-readable kind, e.g. `order.created`, `shipment.delivered`. */
  kind: Scalars['String']['output'];
  /** What happened, in a sentence. */
  summary: Scalars['String']['output'];
  /** The system it came from. */
  system: SourceSystem;
};

/** The agent making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Agent id. */
  id: Scalars['ID']['output'];
  /** Roles, e.g. `agent`, `lead`, `supervisor`. */
  roles: Array<Scalars['String']['output']>;
  /** Teams the agent belongs to. */
  teams: Array<Scalars['String']['output']>;
  /** Tenant the agent works for. */
  tenant: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseModel>;
  CasePriority: CasePriority;
  CaseStatus: CaseStatus;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerTier: CustomerTier;
  Exception: ResolverTypeWrapper<OrderExceptionModel>;
  ExceptionChange: ResolverTypeWrapper<ExceptionChangeParentModel>;
  ExceptionChangeKind: ExceptionChangeKind;
  ExceptionConnection: ResolverTypeWrapper<ExceptionPageParentModel>;
  ExceptionEdge: ResolverTypeWrapper<ExceptionEdgeParentModel>;
  ExceptionFilter: ExceptionFilter;
  ExceptionHistoryEntry: ResolverTypeWrapper<ExceptionHistoryEntry>;
  ExceptionSeverity: ExceptionSeverity;
  ExceptionStatus: ExceptionStatus;
  ExceptionSubjectKind: ExceptionSubjectKind;
  ExceptionType: ExceptionType;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LineQuantities: ResolverTypeWrapper<OrderLineParentModel>;
  Milestone: ResolverTypeWrapper<Milestone>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<ErpOrderModel>;
  OrderChange: ResolverTypeWrapper<OrderChangeParentModel>;
  OrderConnection: ResolverTypeWrapper<OrderPageModel>;
  OrderEdge: ResolverTypeWrapper<OrderEdgeParentModel>;
  OrderLine: ResolverTypeWrapper<OrderLineParentModel>;
  OrderRefKind: OrderRefKind;
  OrderReferences: ResolverTypeWrapper<ErpOrderModel>;
  OrderSearch: OrderSearch;
  OrderStatus: OrderStatus;
  OrderTotals: ResolverTypeWrapper<ErpOrderModel>;
  Package: ResolverTypeWrapper<Package>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundModel>;
  RefundKind: RefundKind;
  RefundStatus: RefundStatus;
  Requester: ResolverTypeWrapper<Requester>;
  Return: ResolverTypeWrapper<ReturnModel>;
  ReturnDisposition: ReturnDisposition;
  ReturnLine: ResolverTypeWrapper<ReturnLine>;
  ReturnStatus: ReturnStatus;
  Shipment: ResolverTypeWrapper<ShipmentModel>;
  ShipmentLine: ResolverTypeWrapper<ShipmentLine>;
  ShipmentStatus: ShipmentStatus;
  SourceSystem: SourceSystem;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemStatus: ResolverTypeWrapper<SystemStatus>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  Boolean: Scalars['Boolean']['output'];
  Case: CaseModel;
  Customer: CustomerModel;
  Exception: OrderExceptionModel;
  ExceptionChange: ExceptionChangeParentModel;
  ExceptionConnection: ExceptionPageParentModel;
  ExceptionEdge: ExceptionEdgeParentModel;
  ExceptionFilter: ExceptionFilter;
  ExceptionHistoryEntry: ExceptionHistoryEntry;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LineQuantities: OrderLineParentModel;
  Milestone: Milestone;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: ErpOrderModel;
  OrderChange: OrderChangeParentModel;
  OrderConnection: OrderPageModel;
  OrderEdge: OrderEdgeParentModel;
  OrderLine: OrderLineParentModel;
  OrderReferences: ErpOrderModel;
  OrderSearch: OrderSearch;
  OrderTotals: ErpOrderModel;
  Package: Package;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Refund: RefundModel;
  Requester: Requester;
  Return: ReturnModel;
  ReturnLine: ReturnLine;
  Shipment: ShipmentModel;
  ShipmentLine: ShipmentLine;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SystemStatus: SystemStatus;
  TimelineEvent: TimelineEvent;
  Viewer: ViewerModel;
};

export type AddressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['CasePriority']>, ParentType, ContextType>;
  requester?: Resolver<Maybe<ResolversTypes['Requester']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  creditHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['CustomerTier'], ParentType, ContextType>;
};

export type ExceptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Exception'] = ResolversParentTypes['Exception']> = {
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ExceptionHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ExceptionSeverity'], ParentType, ContextType>;
  snoozedUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExceptionStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['ExceptionSubjectKind'], ParentType, ContextType>;
  suggestedActions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExceptionType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExceptionChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExceptionChange'] = ResolversParentTypes['ExceptionChange']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exception?: Resolver<ResolversTypes['Exception'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExceptionChangeKind'], ParentType, ContextType>;
};

export type ExceptionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExceptionConnection'] = ResolversParentTypes['ExceptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExceptionEdge']>, ParentType, ContextType>;
  feedCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ExceptionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExceptionEdge'] = ResolversParentTypes['ExceptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Exception'], ParentType, ContextType>;
};

export type ExceptionHistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExceptionHistoryEntry'] = ResolversParentTypes['ExceptionHistoryEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LineQuantitiesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineQuantities'] = ResolversParentTypes['LineQuantities']> = {
  allocated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backordered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  picked?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  carrierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeException?: Resolver<ResolversTypes['Exception'], ParentType, ContextType, RequireFields<MutationAcknowledgeExceptionArgs, 'id'>>;
  assignException?: Resolver<ResolversTypes['Exception'], ParentType, ContextType, RequireFields<MutationAssignExceptionArgs, 'id'>>;
  resolveException?: Resolver<ResolversTypes['Exception'], ParentType, ContextType, RequireFields<MutationResolveExceptionArgs, 'id' | 'note'>>;
  snoozeException?: Resolver<ResolversTypes['Exception'], ParentType, ContextType, RequireFields<MutationSnoozeExceptionArgs, 'id' | 'until'>>;
};

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  cases?: Resolver<Maybe<Array<ResolversTypes['Case']>>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  exceptions?: Resolver<Array<ResolversTypes['Exception']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  references?: Resolver<ResolversTypes['OrderReferences'], ParentType, ContextType>;
  refunds?: Resolver<Maybe<Array<ResolversTypes['Refund']>>, ParentType, ContextType>;
  returns?: Resolver<Maybe<Array<ResolversTypes['Return']>>, ParentType, ContextType>;
  shipTo?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  shipments?: Resolver<Maybe<Array<ResolversTypes['Shipment']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  systemStatuses?: Resolver<Array<ResolversTypes['SystemStatus']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['OrderTotals'], ParentType, ContextType>;
};

export type OrderChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderChange'] = ResolversParentTypes['OrderChange']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<ResolversTypes['LineQuantities'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderReferencesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderReferences'] = ResolversParentTypes['OrderReferences']> = {
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channelReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerPo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  erpOrderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wmsReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrderTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderTotals'] = ResolversParentTypes['OrderTotals']> = {
  refunded?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  shipping?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PackageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weightKg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exception?: Resolver<Maybe<ResolversTypes['Exception']>, ParentType, ContextType, RequireFields<QueryExceptionArgs, 'id'>>;
  exceptions?: Resolver<ResolversTypes['ExceptionConnection'], ParentType, ContextType, RequireFields<QueryExceptionsArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'ref'>>;
  searchOrders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<QuerySearchOrdersArgs, 'filter' | 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RefundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RefundKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rmaNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReturnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return']> = {
  creditMemoNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReturnLine']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rmaNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReturnStatus'], ParentType, ContextType>;
};

export type ReturnLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReturnLine'] = ResolversParentTypes['ReturnLine']> = {
  disposition?: Resolver<ResolversTypes['ReturnDisposition'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShipmentLine']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  packages?: Resolver<Array<ResolversTypes['Package']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trackingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShipmentLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentLine'] = ResolversParentTypes['ShipmentLine']> = {
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  exceptionChanges?: SubscriptionResolver<ResolversTypes['ExceptionChange'], "exceptionChanges", ParentType, ContextType, Partial<SubscriptionExceptionChangesArgs>>;
  orderChanged?: SubscriptionResolver<ResolversTypes['OrderChange'], "orderChanged", ParentType, ContextType, RequireFields<SubscriptionOrderChangedArgs, 'ref'>>;
};

export type SystemStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SystemStatus'] = ResolversParentTypes['SystemStatus']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Address?: AddressResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Exception?: ExceptionResolvers<ContextType>;
  ExceptionChange?: ExceptionChangeResolvers<ContextType>;
  ExceptionConnection?: ExceptionConnectionResolvers<ContextType>;
  ExceptionEdge?: ExceptionEdgeResolvers<ContextType>;
  ExceptionHistoryEntry?: ExceptionHistoryEntryResolvers<ContextType>;
  LineQuantities?: LineQuantitiesResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderChange?: OrderChangeResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderReferences?: OrderReferencesResolvers<ContextType>;
  OrderTotals?: OrderTotalsResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  Requester?: RequesterResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnLine?: ReturnLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentLine?: ShipmentLineResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SystemStatus?: SystemStatusResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

