import type { Insertable, Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { IngestOutcome } from '../events/event-sink.js';
import type { ChangeNudge } from './change.js';
import type { Database, EventsTable } from './database.js';
import type { TeamOf } from './exception-writes.js';
import { eventTime } from './iso-time.js';
import type { Dialect } from './migrations.js';
import { reusableQuery } from './reusable-query.js';
import { createSubjectSet } from './subject-set.js';
import { keepUnmatched, takeWaiting } from './unmatched-events.js';
import { writeEngineResults, type EngineStep } from './write-engine-results.js';

/** Replays per event are bounded so a pathological engine cannot loop inside a transaction. */
const MAX_STEPS = 1000;

/**
 * Everything one event does, inside the caller's transaction: records it (a repeat of
 * `(source, id)` is a duplicate and does nothing; scoped by tenant, so two tenants' senders can never
 * swallow each other's events), runs the engine on its subjects, keeps it aside
 * when its subject is unknown, replays the events that waited for any subject it created (oldest
 * first), and persists the lot through `writeEngineResults`.
 */
export async function ingestEvent(
  trx: Transaction<Database>,
  dialect: Dialect,
  event: CanonicalEvent,
  options: { engine: ExceptionEngine; now: Date; teamOf: TeamOf; heldLocks?: Set<string> },
): Promise<{ outcome: IngestOutcome; nudges: ChangeNudge[] }> {
  const { engine, now } = options;
  const at = now.toISOString();
  const inserted = await insertEvent(trx, {
    source: event.source,
    event_id: event.id,
    tenant: event.tenant,
    type: event.body.type,
    occurred_at: eventTime(event.occurredAt),
    received_at: at,
    payload: JSON.stringify(event.body),
  });
  if (inserted.rows.length === 0) return { outcome: 'duplicate', nudges: [] };

  const set = createSubjectSet(trx, dialect, event.tenant, options.heldLocks);
  const steps: EngineStep[] = [];
  const queue: CanonicalEvent[] = [event];
  let outcome: IngestOutcome = 'applied';
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (steps.length >= MAX_STEPS)
      throw new Error(`Event ${event.source}:${event.id} replays too many events`);
    const result = engine.apply(next, await set.load(engine.subjectsOf(next)), now);
    const appeared = await set.update(result.subjects);
    const touchedOrders = [
      'orderNumber' in next.body ? next.body.orderNumber : null,
      ...result.subjects.map((s) => s.orderNumber),
    ].filter((n): n is string => Boolean(n));
    steps.push({ tenant: next.tenant, result, touchedOrders });
    if (result.unmatched) {
      if (next === event) outcome = 'unmatched';
      await keepUnmatched(trx, next, result.unmatched);
    }
    for (const subject of appeared)
      queue.push(...(await takeWaiting(trx, subject.tenant, subject.kind, subject.id)));
  }
  const nudges = await writeEngineResults(
    trx,
    dialect,
    { sets: [set], steps },
    { at, teamOf: options.teamOf },
  );
  return { outcome, nudges };
}

const insertEvent = reusableQuery((db, e: Insertable<EventsTable>) =>
  db
    .insertInto('events')
    .values({
      source: e.source,
      event_id: e.event_id,
      tenant: e.tenant,
      type: e.type,
      occurred_at: e.occurred_at,
      received_at: e.received_at,
      payload: e.payload,
    })
    .onConflict((oc) => oc.columns(['tenant', 'source', 'event_id']).doNothing())
    .returning('event_id'),
);
