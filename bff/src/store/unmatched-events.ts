import type { Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import type { SubjectRef } from '../domain/exception-engine.js';
import type { Database } from './database.js';
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

/** The events that waited for a subject, oldest first; they stop waiting (re-kept if still unmatched). */
export async function takeWaiting(
  trx: Transaction<Database>,
  tenant: string,
  kind: string,
  id: string,
): Promise<CanonicalEvent[]> {
  const { rows } = await selectWaiting(trx, { tenant, kind, id });
  if (rows.length === 0) return [];
  await deleteWaiting(trx, { tenant, kind, id });
  return rows.map((r) => ({
    source: r.source,
    id: r.event_id,
    tenant: r.tenant,
    occurredAt: r.occurred_at,
    body: JSON.parse(r.payload) as CanonicalEvent['body'],
  }));
}

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
    .orderBy('u.event_id'),
);

const deleteWaiting = reusableQuery((db, s: SubjectOf) =>
  db
    .deleteFrom('unmatched_events')
    .where('tenant', '=', s.tenant)
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id),
);
