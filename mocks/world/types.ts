import type { Customer } from './customers.js';
import type { TenantId } from './tenants.js';
import type { Milestone } from './tracking.js';

/** The lifecycle state an order is generated in; each system projects it into its own status. */
export type Lifecycle =
  | 'draft'
  | 'pending'
  | 'credit_hold'
  | 'manual_hold'
  | 'in_fulfilment'
  | 'partially_shipped'
  | 'shipped'
  | 'delivered'
  | 'invoiced'
  | 'cancelled';

export type Carrier = 'DHL' | 'UPS' | 'FEDEX' | 'DPD' | 'USPS';

/** Amounts are integer cents in the tenant's currency. */
export interface OrderLine {
  pos: number;
  sku: string;
  name: string;
  qty: number;
  unitPriceCents: number;
  discountPct: number;
  lineAmountCents: number;
  confirmedDate: number | null;
  qtyCancelled: number;
  qtyReturned: number;
  qtyCredited: number;
  // WMS side
  qtyAllocated: number;
  qtyPicked: number;
  qtyShipped: number;
  qtyBackordered: number;
  shortReason: string | null;
}

export interface TrackingEvent {
  ts: number;
  code: string;
  text: string;
  place: string | null;
  /** What the scan means, whatever the carrier's code (for the event generator; not on the wire). */
  milestone: Milestone;
}

export interface Shipment {
  id: string;
  warehouse: string;
  carrier: Carrier;
  service: 'EXPRESS' | 'STANDARD' | 'ECONOMY' | 'GROUND';
  trackingNumber: string | null;
  trackingUrl: string | null;
  state: 'PICKING' | 'PACKED' | 'LABELLED' | 'DISPATCHED' | 'CANCELLED';
  shippedAt: number | null;
  eta: number | null;
  lines: { pos: number; sku: string; qty: number }[];
  parcels: { sscc: string; weightG: number }[];
  /** The carrier's story of the parcel, and how it ends (for tests and the event generator). */
  tracking: TrackingEvent[];
  outcome: TrackingOutcome | null;
}

export type TrackingOutcome =
  | 'label_only'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'delayed'
  | 'failed_attempt'
  | 'available_for_pickup'
  | 'returned_to_sender'
  | 'lost'
  | 'damaged';

export interface WmsState {
  ref: string;
  warehouse: string;
  statusCode: number;
  statusText: string;
  updatedAt: number;
  shipments: Shipment[];
  history: { ts: number; code: number; text: string }[];
}

export interface ReturnLine {
  pos: number;
  sku: string;
  qty: number;
  qtyReceived: number;
  reason: 'DAMAGED' | 'WRONG_ITEM' | 'NOT_NEEDED' | 'DEFECT' | 'LATE';
  disposition: 'RESTOCK' | 'REPAIR' | 'SCRAP' | 'SALVAGE' | '';
}

export interface ReturnRecord {
  rma: string;
  status: 'REQ' | 'AUTH' | 'TRANSIT' | 'RCVD' | 'INSP' | 'CRED' | 'REJ' | 'CANC';
  created: number;
  lines: ReturnLine[];
  creditMemo: string | null;
}

export interface CreditMemo {
  docNo: string;
  type: 'CREDIT_MEMO' | 'REFUND';
  status: 'OPEN' | 'POSTED' | 'PAID' | 'FAILED';
  amountCents: number;
  reason: string | null;
  created: number;
  rma: string | null;
}

export interface OrderEvent {
  ts: number;
  type:
    | 'CREATED'
    | 'RELEASED'
    | 'HOLD'
    | 'HOLD_RELEASED'
    | 'INVOICED'
    | 'CANCELLED'
    | 'RMA_CREATED'
    | 'CREDIT_POSTED';
  text: string;
}

export interface Comment {
  id: number;
  authorId: number;
  body: string;
  public: boolean;
  createdAt: number;
}

export interface Ticket {
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  priority: 'urgent' | 'high' | 'normal' | 'low' | null;
  type: 'question' | 'incident' | 'problem' | 'task' | null;
  requesterId: number;
  assigneeId: number | null;
  createdAt: number;
  updatedAt: number;
  tags: string[];
  channel: 'email' | 'web' | 'voice' | 'chat' | 'api';
  /** The order field as typed, messy on purpose; null when the requester left it empty. */
  orderField: string | null;
  comments: Comment[];
}

export interface WorldOrder {
  tenant: TenantId;
  number: string;
  lifecycle: Lifecycle;
  customer: Customer;
  channel: 'WEB' | 'EDI' | 'PHONE' | 'MARKETPLACE';
  channelRef: string | null;
  customerPo: string | null;
  created: number;
  statusChanged: number;
  requestedDate: number | null;
  shipTo: Customer['address'];
  lines: OrderLine[];
  freightCents: number;
  taxCents: number;
  netCents: number;
  grossCents: number;
  erpStatus:
    | 'OPEN'
    | 'HOLD_CREDIT'
    | 'HOLD_MANUAL'
    | 'DRAFT'
    | 'RELEASED'
    | 'PART_DELIVERED'
    | 'DELIVERED'
    | 'INVOICED'
    | 'CANCELLED';
  events: OrderEvent[];
  /** Null until the ERP releases the order to the warehouse. */
  wms: WmsState | null;
  returns: ReturnRecord[];
  creditMemos: CreditMemo[];
  tickets: Ticket[];
}

/** Every reference by which one order can be found, for tests and benchmarks. */
export interface OrderReferences {
  erpOrderNumber: string;
  wmsReference: string | null;
  channelReference: string | null;
  customerPo: string | null;
  trackingNumbers: string[];
  rmaNumbers: string[];
  ticketIds: string[];
  customerEmail: string | null;
}
