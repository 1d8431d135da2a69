import type { Selectable } from 'kysely';
import type { ExceptionSeverity, OrderException } from '../domain/exception.js';
import type { ExceptionsTable } from './database.js';

export type ExceptionRow = Selectable<ExceptionsTable>;

/** Sort rank of a severity: the inbox shows the most severe first. */
export const SEVERITY_RANK: Record<ExceptionSeverity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

/** An exception row as the domain sees it. */
export function toOrderException(row: ExceptionRow): OrderException {
  return {
    id: row.id,
    tenant: row.tenant,
    type: row.type as OrderException['type'],
    subjectKind: row.subject_kind as OrderException['subjectKind'],
    subjectId: row.subject_id,
    orderNumber: row.order_number,
    status: row.status as OrderException['status'],
    severity: row.severity as OrderException['severity'],
    team: row.team,
    assignee: row.assignee,
    snoozedUntil: row.snoozed_until,
    dueAt: row.due_at,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
    summary: row.summary,
    evidence: JSON.parse(row.evidence) as string[],
    suggestedActions: JSON.parse(row.suggested_actions) as string[],
  };
}

/** Columns of an exception, the inverse of `toOrderException`. */
export function toExceptionRow(e: OrderException): ExceptionRow {
  return {
    id: e.id,
    tenant: e.tenant,
    type: e.type,
    subject_kind: e.subjectKind,
    subject_id: e.subjectId,
    order_number: e.orderNumber,
    status: e.status,
    severity: e.severity,
    severity_rank: SEVERITY_RANK[e.severity],
    team: e.team,
    assignee: e.assignee,
    snoozed_until: e.snoozedUntil,
    due_at: e.dueAt,
    opened_at: e.openedAt,
    updated_at: e.updatedAt,
    resolved_at: e.resolvedAt,
    resolution: e.resolution,
    summary: e.summary,
    evidence: JSON.stringify(e.evidence),
    suggested_actions: JSON.stringify(e.suggestedActions),
  };
}
