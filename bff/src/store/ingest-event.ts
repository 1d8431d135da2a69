import type { Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { IngestOutcome } from '../events/event-sink.js';
import type { ChangeNudge } from './change.js';
import type { Database } from './database.js';
import type { TeamOf } from './exception-writes.js';
import { eventTime } from './iso-time.js';
import type { Dialect } from './migrations.js';
import { createSubjectSet } from './subject-set.js';
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
  const inserted = await trx
    .insertInto('events')
    .values({
      source: event.source,
      event_id: event.id,
      tenant: event.tenant,
      type: event.body.type,
      occurred_at: eventTime(event.occurredAt),
      received_at: at,
      payload: JSON.stringify(event.body),
    })
    .onConflict((oc) => oc.columns(['tenant', 'source', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (!inserted) return { outcome: 'duplicate', nudges: [] };

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
      await trx
        .insertInto('unmatched_events')
        .values({
          tenant: next.tenant,
          subject_kind: result.unmatched.kind,
          subject_id: result.unmatched.id,
          source: next.source,
          event_id: next.id,
          occurred_at: eventTime(next.occurredAt),
        })
        .onConflict((oc) => oc.columns(['tenant', 'source', 'event_id']).doNothing())
        .execute();
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

/** The events that waited for a subject, oldest first; they stop waiting (re-kept if still unmatched). */
async function takeWaiting(
  trx: Transaction<Database>,
  tenant: string,
  kind: string,
  id: string,
): Promise<CanonicalEvent[]> {
  const rows = await trx
    .selectFrom('unmatched_events as u')
    .innerJoin('events as e', (j) =>
      j
        .onRef('e.tenant', '=', 'u.tenant')
        .onRef('e.source', '=', 'u.source')
        .onRef('e.event_id', '=', 'u.event_id'),
    )
    .select(['e.source', 'e.event_id', 'e.tenant', 'e.occurred_at', 'e.payload'])
    .where('u.tenant', '=', tenant)
    .where('u.subject_kind', '=', kind)
    .where('u.subject_id', '=', id)
    .orderBy('u.occurred_at')
    .orderBy('u.event_id')
    .execute();
  if (rows.length === 0) return [];
  await trx
    .deleteFrom('unmatched_events')
    .where('tenant', '=', tenant)
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', id)
    .execute();
  return rows.map((r) => ({
    source: r.source,
    id: r.event_id,
    tenant: r.tenant,
    occurredAt: r.occurred_at,
    body: JSON.parse(r.payload) as CanonicalEvent['body'],
  }));
}
