/** The exception shapes the widget's documents select, written by hand to match them field for field. */
export type ExceptionType =
  | 'SHORT_PICK'
  | 'BACKORDER'
  | 'WAREHOUSE_HOLD'
  | 'DELIVERY_EXCEPTION'
  | 'FAILED_ATTEMPT'
  | 'RETURN_TO_SENDER'
  | 'LOST'
  | 'DAMAGED'
  | 'ADDRESS_PROBLEM'
  | 'RETURN_REJECTED'
  | 'NOT_RELEASED'
  | 'NOT_SHIPPED_BY_PROMISE'
  | 'NO_CARRIER_SCAN'
  | 'ETA_PASSED'
  | 'RETURN_NOT_CREDITED'
  | 'SYSTEM_DRIFT';
export type ExceptionSeverity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type ExceptionStatus = 'OPEN' | 'ACKNOWLEDGED' | 'SNOOZED' | 'RESOLVED';
export type ExceptionChangeKind = 'RAISED' | 'UPDATED' | 'RESOLVED';

/** Every type, in the order the filter offers them. */
export const EXCEPTION_TYPES: readonly ExceptionType[] = [
  'SHORT_PICK',
  'BACKORDER',
  'WAREHOUSE_HOLD',
  'NOT_RELEASED',
  'NOT_SHIPPED_BY_PROMISE',
  'NO_CARRIER_SCAN',
  'DELIVERY_EXCEPTION',
  'FAILED_ATTEMPT',
  'ADDRESS_PROBLEM',
  'ETA_PASSED',
  'LOST',
  'DAMAGED',
  'RETURN_TO_SENDER',
  'RETURN_REJECTED',
  'RETURN_NOT_CREDITED',
  'SYSTEM_DRIFT',
];
/** Most severe first, as the inbox sorts. */
export const SEVERITIES: readonly ExceptionSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** One exception as a row, a toast or an item of the order panel shows it (`ExceptionFields`). */
export interface OrderException {
  id: string;
  type: ExceptionType;
  severity: ExceptionSeverity;
  status: ExceptionStatus;
  subjectKind: 'ORDER' | 'SHIPMENT' | 'RETURN';
  subjectId: string;
  orderNumber: string;
  summary: string;
  dueAt: string;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  assignee: string | null;
  snoozedUntil: string | null;
}

/** `ExceptionFilter` of the schema; omitted fields do not filter. */
export interface ExceptionFilterInput {
  severity?: ExceptionSeverity[];
  type?: ExceptionType[];
  status?: ExceptionStatus[];
  assignedToMe?: boolean;
  orderNumber?: string;
  team?: string;
}

export interface ExceptionListData {
  exceptions: {
    edges: { node: OrderException }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    /** The change-feed position the page was read at. */
    feedCursor: string;
  };
}

export interface ExceptionChangesData {
  exceptionChanges: { cursor: string; kind: ExceptionChangeKind; exception: OrderException };
}
