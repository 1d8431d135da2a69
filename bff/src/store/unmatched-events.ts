import { sql, type Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import type { SubjectRef } from '../domain/exception-engine.js';
import type { SubjectKind } from '../domain/exception.js';
import type { Database, Executor } from './database.js';
import { eventTime } from './iso-time.js';
import { reusableQuery } from './reusable-query.js';

/** Keeps an event aside until its subject (e.g. a tracking number's shipment) appears. */
export async function keepUnmatched(
  trx: Transaction<Database>,
  event: CanonicalEvent,
  subject: SubjectRef,
): Promise<void> {
  await insertUnmatched(trx, {
    tenant: event.tenant,
    kind: subject.kind,
    id: subject.id,
    source: event.source,
    eventId: event.id,
    occurredAt: eventTime(event.occurredAt),
  });
}

/**
 * Up to `limit` of the events that waited for a subject, oldest first; those stop waiting (re-kept
 * if still unmatched). `more` says whether others still wait, for a later batch: a subject that
 * hundreds of events waited for is released in bounded steps, never in one unbounded transaction.
 */
export async function takeWaiting(
  trx: Transaction<Database>,
  tenant: string,
  kind: string,
  id: string,
  limit: number,
): Promise<{ events: CanonicalEvent[]; more: boolean }> {
  if (limit <= 0) {
    const any = await trx
      .selectFrom('unmatched_events')
      .select('event_id')
      .where('tenant', '=', tenant)
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', id)
      .limit(1)
      .execute();
    return { events: [], more: any.length > 0 };
  }
  const { rows } = await selectWaiting(trx, { tenant, kind, id });
  if (rows.length === 0) return { events: [], more: false };
  const taken = rows.slice(0, Math.min(limit, WAITING_PAGE - 1));
  if (rows.length === taken.length) await deleteWaiting(trx, { tenant, kind, id });
  else
    for (let i = 0; i < taken.length; i += DELETE_CHUNK) {
      const chunk = taken.slice(i, i + DELETE_CHUNK);
      await trx
        .deleteFrom('unmatched_events')
        .where('tenant', '=', tenant)
        .where('subject_kind', '=', kind)
        .where('subject_id', '=', id)
        .where((eb) =>
          eb.or(chunk.map((r) => eb.and([eb('source', '=', r.source), eb('event_id', '=', r.event_id)]))),
        )
        .execute();
    }
  return {
    events: taken.map((r) => ({
      source: r.source,
      id: r.event_id,
      tenant: r.tenant,
      occurredAt: r.occurred_at,
      body: JSON.parse(r.payload) as CanonicalEvent['body'],
    })),
    more: rows.length > taken.length,
  };
}

/**
 * Subjects that exist and still have events waiting for them. Waiting only ever lasts until the
 * subject appears, so these are releases cut short (the process stopped between two of their
 * bounded transactions); `releaseStranded` finishes them.
 */
export async function strandedSubjects(
  db: Executor,
  limit: number,
): Promise<{ tenant: string; kind: SubjectKind; id: string }[]> {
  const rows = await db
    .selectFrom('unmatched_events as u')
    .innerJoin('subjects as s', (j) =>
      j
        .onRef('s.tenant', '=', 'u.tenant')
        .onRef('s.kind', '=', 'u.subject_kind')
        .onRef('s.id', '=', 'u.subject_id'),
    )
    .select(['u.tenant', 'u.subject_kind', 'u.subject_id'])
    .distinct()
    .orderBy('u.tenant')
    .orderBy('u.subject_kind')
    .orderBy('u.subject_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ tenant: r.tenant, kind: r.subject_kind as SubjectKind, id: r.subject_id }));
}

/** Keys per delete statement, well under SQLite's bound-parameter limit. */
const DELETE_CHUNK = 200;

type SubjectOf = { tenant: string; kind: string; id: string };

const insertUnmatched = reusableQuery(
  (db, u: SubjectOf & { source: string; eventId: string; occurredAt: string }) =>
    db
      .insertInto('unmatched_events')
      .values({
        tenant: u.tenant,
        subject_kind: u.kind,
        subject_id: u.id,
        source: u.source,
        event_id: u.eventId,
        occurred_at: u.occurredAt,
      })
      .onConflict((oc) => oc.columns(['tenant', 'source', 'event_id']).doNothing()),
);

/**
 * Rows one read of a subject's waiting events returns at most: more than a transaction's step
 * budget, so `more` can be told. A literal, not a parameter: SQLite re-plans a statement whose LIMIT
 * is bound on every run (~12 µs against ~1.5 µs), and this read runs for every subject an event
 * creates, nearly always finding nothing.
 */
const WAITING_PAGE = 1001;

const selectWaiting = reusableQuery((db, s: SubjectOf) =>
  db
    .selectFrom('unmatched_events as u')
    .innerJoin('events as e', (j) =>
      j
        .onRef('e.tenant', '=', 'u.tenant')
        .onRef('e.source', '=', 'u.source')
        .onRef('e.event_id', '=', 'u.event_id'),
    )
    .select(['e.source', 'e.event_id', 'e.tenant', 'e.occurred_at', 'e.payload'])
    .where('u.tenant', '=', s.tenant)
    .where('u.subject_kind', '=', s.kind)
    .where('u.subject_id', '=', s.id)
    .orderBy('u.occurred_at')
    .orderBy('u.event_id')
    .limit(sql.lit(WAITING_PAGE)),
);

const deleteWaiting = reusableQuery((db, s: SubjectOf) =>
  db
    .deleteFrom('unmatched_events')
    .where('tenant', '=', s.tenant)
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id),
);
