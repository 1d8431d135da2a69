import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ExceptionKey } from '../domain/exception-engine.js';
import type { ExceptionDraft, OrderException } from '../domain/exception.js';
import type { ExceptionChangePayload } from './change.js';
import type { Executor } from './database.js';
import { addHistory, SYSTEM_ACTOR } from './exception-history.js';
import { toExceptionRow, toOrderException, type ExceptionRow } from './exception-row.js';
import { isoTime, laterThan } from './iso-time.js';
import { reusableQuery } from './reusable-query.js';

/** Decides whose inbox a new exception lands in. */
export type TeamOf = (draft: ExceptionDraft, tenant: string) => string | null;

/** Returns go to the returns team; everything else to the tenant's general queue (no team). */
export const defaultTeamOf: TeamOf = (draft) => (draft.subjectKind === 'RETURN' ? 'returns' : null);

/** Evidence kept per exception: the latest events are the ones an agent reads. */
const MAX_EVIDENCE = 50;

/** The open (not resolved) exception for a key, if any. */
async function findOpenException(
  db: Executor,
  tenant: string,
  key: ExceptionKey,
): Promise<OrderException | null> {
  const {
    rows: [row],
  } = await selectOpen(db, {
    tenant,
    subjectKind: key.subjectKind,
    subjectId: key.subjectId,
    type: key.type,
  });
  return row ? toOrderException(row) : null;
}

const selectOpen = reusableQuery((db, key: { tenant: string } & ExceptionKey) =>
  db
    .selectFrom('exceptions')
    .selectAll()
    .where('tenant', '=', key.tenant)
    .where('subject_kind', '=', key.subjectKind)
    .where('subject_id', '=', key.subjectId)
    .where('type', '=', key.type)
    // A literal, not a parameter: SQLite uses the partial index `exceptions_one_open` only when it
    // can see the query's condition is the index's own (with a parameter: ~4× slower).
    .where('status', '<>', sql.lit('RESOLVED')),
);

const insertException = reusableQuery((db, row: ExceptionRow) =>
  db.insertInto('exceptions').values(columnsOf(row)),
);

// Setting an indexed column rewrites its index entries even when the value is the same, so the
// columns that never change stay out of the update.
const updateException = reusableQuery((db, row: ExceptionRow) => {
  const { id, tenant, type, subject_kind, subject_id, opened_at, ...changing } = columnsOf(row);
  return db.updateTable('exceptions').set(changing).where('id', '=', id);
});

/** Every column read off `row` by name (a placeholder row has no keys to spread). */
const columnsOf = (row: ExceptionRow): ExceptionRow => ({
  id: row.id,
  tenant: row.tenant,
  type: row.type,
  subject_kind: row.subject_kind,
  subject_id: row.subject_id,
  order_number: row.order_number,
  status: row.status,
  severity: row.severity,
  severity_rank: row.severity_rank,
  team: row.team,
  assignee: row.assignee,
  snoozed_until: row.snoozed_until,
  due_at: row.due_at,
  opened_at: row.opened_at,
  updated_at: row.updated_at,
  resolved_at: row.resolved_at,
  resolution: row.resolution,
  summary: row.summary,
  evidence: row.evidence,
  suggested_actions: row.suggested_actions,
});

/** Writes an exception's new state and its history line. Caller holds the tenant's change lock. */
export async function saveException(
  db: Executor,
  next: OrderException,
  history: { actor: string; action: string; note: string | null },
  isNew = false,
): Promise<void> {
  const row = toExceptionRow(next);
  if (isNew) await insertException(db, row);
  else await updateException(db, row);
  await addHistory(db, { exceptionId: next.id, tenant: next.tenant, at: next.updatedAt, ...history });
}

/**
 * Raises an exception, or refreshes the open one for the same key (severity, due time, summary,
 * actions, evidence). Returns the change, or null when nothing an agent would see changed.
 * Caller holds the tenant's change lock, so the one-open-per-key check cannot race.
 */
export async function raiseException(
  db: Executor,
  tenant: string,
  draft: ExceptionDraft,
  at: string,
  teamOf: TeamOf,
): Promise<ExceptionChangePayload | null> {
  const open = await findOpenException(db, tenant, draft);
  const dueAt = isoTime(draft.dueAt);
  if (!open) {
    const exception: OrderException = {
      ...draft,
      dueAt,
      evidence: [...new Set(draft.evidence)].slice(-MAX_EVIDENCE),
      id: randomUUID(),
      tenant,
      status: 'OPEN',
      team: teamOf(draft, tenant),
      assignee: null,
      snoozedUntil: null,
      openedAt: at,
      updatedAt: at,
      resolvedAt: null,
      resolution: null,
    };
    await saveException(db, exception, { actor: SYSTEM_ACTOR, action: 'raised', note: draft.summary }, true);
    return { kind: 'RAISED', exception };
  }
  const evidence = [...new Set([...open.evidence, ...draft.evidence])].slice(-MAX_EVIDENCE);
  const changed = [
    open.severity !== draft.severity && `severity ${open.severity} → ${draft.severity}`,
    open.dueAt !== dueAt && 'due time',
    open.summary !== draft.summary && 'summary',
    open.orderNumber !== draft.orderNumber && 'order',
    open.suggestedActions.join('\n') !== draft.suggestedActions.join('\n') && 'suggested actions',
    evidence.join('\n') !== open.evidence.join('\n') && 'evidence',
  ].filter((c): c is string => Boolean(c));
  if (changed.length === 0) return null;
  const exception: OrderException = {
    ...open,
    severity: draft.severity,
    dueAt,
    summary: draft.summary,
    orderNumber: draft.orderNumber,
    suggestedActions: draft.suggestedActions,
    evidence,
    updatedAt: laterThan(open.updatedAt, at),
  };
  await saveException(db, exception, { actor: SYSTEM_ACTOR, action: 'updated', note: changed.join(', ') });
  return { kind: 'UPDATED', exception };
}

/** Resolves the open exception for a key because its condition cleared; null when none is open. */
export async function clearException(
  db: Executor,
  tenant: string,
  key: ExceptionKey,
  at: string,
): Promise<ExceptionChangePayload | null> {
  const open = await findOpenException(db, tenant, key);
  if (!open) return null;
  const resolution = 'The condition cleared.';
  const updatedAt = laterThan(open.updatedAt, at);
  const exception: OrderException = {
    ...open,
    status: 'RESOLVED',
    resolvedAt: updatedAt,
    resolution,
    updatedAt,
  };
  await saveException(db, exception, { actor: SYSTEM_ACTOR, action: 'cleared', note: resolution });
  return { kind: 'RESOLVED', exception };
}
