import type { Insertable, Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import {
  subjectKey,
  type EngineResult,
  type ExceptionEngine,
  type SubjectRef,
} from '../domain/exception-engine.js';
import type { IngestOutcome } from './ingest-outcome.js';
import type { ChangeNudge } from './change.js';
import type { Database, EventsTable } from './database.js';
import type { TeamOf } from './exception-writes.js';
import { eventTime } from './iso-time.js';
import type { Dialect } from './migrations.js';
import { reusableQuery } from './reusable-query.js';
import { createSubjectSet } from './subject-set.js';
import { keepDeadLetter, waitingEventDeadLetter } from './dead-letters.js';
import { isTransientStoreError } from './is-transient-store-error.js';
import { keepUnmatched, takeWaiting } from './unmatched-events.js';
import { writeEngineResults, type EngineStep } from './write-engine-results.js';

/**
 * Engine steps per transaction. An event that releases more waiting events than this applies the
 * first ones and leaves the rest waiting, reported as `pending`, for the caller to release in
 * further transactions of the same size: one that always fails past a limit would be refused on
 * every retry, and one without a limit could run as long as the backlog is.
 */
export const MAX_STEPS = 1000;

/** A subject whose waiting events were not all released in this transaction. */
export type PendingRelease = SubjectRef & { tenant: string };

interface ApplyOptions {
  engine: ExceptionEngine;
  now: Date;
  teamOf: TeamOf;
  heldLocks?: Set<string>;
  maxSteps?: number;
}

/**
 * Everything one event does, inside the caller's transaction: records it (a repeat of
 * `(source, id)` is a duplicate and does nothing; scoped by tenant, so two tenants' senders can never
 * swallow each other's events), runs the engine on its subjects, keeps it aside
 * when its subject is unknown, replays the events that waited for any subject it created (oldest
 * first, at most `maxSteps` in all; see `pending`), and persists the lot through `writeEngineResults`.
 */
export async function ingestEvent(
  trx: Transaction<Database>,
  dialect: Dialect,
  event: CanonicalEvent,
  options: ApplyOptions,
): Promise<{ outcome: IngestOutcome; nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const inserted = await insertEvent(trx, {
    source: event.source,
    event_id: event.id,
    tenant: event.tenant,
    type: event.body.type,
    occurred_at: eventTime(event.occurredAt),
    received_at: options.now.toISOString(),
    payload: JSON.stringify(event.body),
  });
  if (inserted.rows.length === 0) return { outcome: 'duplicate', nudges: [], pending: [] };
  return applyRecorded(trx, dialect, event, options);
}

/**
 * What `ingestEvent` does once the event is recorded: runs it through the engine (keeping it aside
 * when its subject is unknown, releasing what waited for subjects it created). Also how an event
 * already recorded is applied again (a waiting event whose step failed, replayed after a fix).
 */
export async function applyRecorded(
  trx: Transaction<Database>,
  dialect: Dialect,
  event: CanonicalEvent,
  options: ApplyOptions,
): Promise<{ outcome: 'applied' | 'unmatched'; nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const { unmatched, nudges, pending } = await applyQueue(trx, dialect, event.tenant, [event], [], options);
  return { outcome: unmatched.has(event) ? 'unmatched' : 'applied', nudges, pending };
}

/**
 * Releases the next events still waiting for subjects that already exist (left `pending` by an
 * earlier transaction), at most `maxSteps` of them, inside the caller's transaction.
 */
export async function releaseWaiting(
  trx: Transaction<Database>,
  dialect: Dialect,
  tenant: string,
  subjects: readonly SubjectRef[],
  options: ApplyOptions,
): Promise<{ nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const { nudges, pending } = await applyQueue(trx, dialect, tenant, [], subjects, options);
  return { nudges, pending };
}

async function applyQueue(
  trx: Transaction<Database>,
  dialect: Dialect,
  tenant: string,
  queue: CanonicalEvent[],
  release: readonly SubjectRef[],
  options: ApplyOptions,
): Promise<{ unmatched: Set<CanonicalEvent>; nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const { engine, now } = options;
  const maxSteps = options.maxSteps ?? MAX_STEPS;
  const set = createSubjectSet(trx, dialect, tenant, options.heldLocks);
  const steps: EngineStep[] = [];
  const unmatched = new Set<CanonicalEvent>();
  const pending = new Map<string, PendingRelease>();
  const released = new Set<CanonicalEvent>();

  const take = async (subject: SubjectRef) => {
    const budget = maxSteps - steps.length - queue.length;
    const { events, more } = await takeWaiting(trx, tenant, subject.kind, subject.id, budget);
    queue.push(...events);
    for (const event of events) released.add(event);
    if (more) pending.set(subjectKey(subject), { tenant, kind: subject.kind, id: subject.id });
  };

  if (release.length > 0) await set.load(release);
  for (const subject of release) await take(subject);
  for (let next = queue.shift(); next; next = queue.shift()) {
    let result: EngineResult;
    try {
      result = engine.apply(next, await set.load(engine.subjectsOf(next)), now);
    } catch (error) {
      // The event being ingested fails whole (its sender is told); a waiting one whose step fails
      // for good would fail on every release and hold back the event that released it, so it is
      // kept as a dead letter instead (the step has no effect until written below).
      if (!released.has(next) || isTransientStoreError(error)) throw error;
      await keepDeadLetter(trx, waitingEventDeadLetter(next, error), now);
      continue;
    }
    const appeared = await set.update(result.subjects);
    const touchedOrders = [
      'orderNumber' in next.body ? next.body.orderNumber : null,
      ...result.subjects.map((s) => s.orderNumber),
    ].filter((n): n is string => Boolean(n));
    steps.push({ tenant: next.tenant, result, touchedOrders });
    if (result.unmatched) {
      unmatched.add(next);
      await keepUnmatched(trx, next, result.unmatched);
    }
    for (const subject of appeared) await take(subject);
  }
  const nudges = await writeEngineResults(
    trx,
    dialect,
    { sets: [set], steps },
    { at: now.toISOString(), teamOf: options.teamOf },
  );
  return { unmatched, nudges, pending: [...pending.values()] };
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
