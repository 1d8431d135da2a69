/** What can go wrong with an order, by the rule that noticed it. */
export const EXCEPTION_TYPES = [
  // from events
  'SHORT_PICK',
  'BACKORDER',
  'WAREHOUSE_HOLD',
  'DELIVERY_EXCEPTION',
  'FAILED_ATTEMPT',
  'RETURN_TO_SENDER',
  'LOST',
  'DAMAGED',
  'ADDRESS_PROBLEM',
  'RETURN_REJECTED',
  // from time (SLA sweeps)
  'NOT_RELEASED',
  'NOT_SHIPPED_BY_PROMISE',
  'NO_CARRIER_SCAN',
  'ETA_PASSED',
  'RETURN_NOT_CREDITED',
  // from systems disagreeing
  'SYSTEM_DRIFT',
] as const;
export type ExceptionType = (typeof EXCEPTION_TYPES)[number];

export type ExceptionSeverity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type ExceptionStatus = 'OPEN' | 'ACKNOWLEDGED' | 'SNOOZED' | 'RESOLVED';
export type SubjectKind = 'ORDER' | 'SHIPMENT' | 'RETURN';

/** What the engine says should exist: one open exception per (tenant, subject, type). */
export interface ExceptionDraft {
  type: ExceptionType;
  subjectKind: SubjectKind;
  subjectId: string;
  orderNumber: string;
  severity: ExceptionSeverity;
  /** When it must be handled by, ISO 8601. */
  dueAt: string;
  /** One sentence for the agent. */
  summary: string;
  /** Event ids `source:id` that show it. */
  evidence: string[];
  /** Action names the agent is offered, e.g. 'reship', 'refund', 'contact-carrier'. */
  suggestedActions: string[];
}

/** An exception as Orderlens keeps it. */
export interface OrderException extends ExceptionDraft {
  id: string;
  tenant: string;
  status: ExceptionStatus;
  team: string | null;
  assignee: string | null;
  snoozedUntil: string | null;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}
