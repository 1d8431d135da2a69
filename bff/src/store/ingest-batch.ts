import { CompiledQuery, type Transaction } from 'kysely';
import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { IngestOutcome } from './ingest-outcome.js';
import { lockChanges } from './append-changes.js';
import type { ChangeNudge } from './change.js';
import type { Database } from './database.js';
import type { TeamOf } from './exception-writes.js';
import { isRetryable } from './in-transaction.js';
import { applyRecorded, ingestEvent, releaseWaiting, type PendingRelease } from './ingest-event.js';
import { lockSubjects } from './lock-subjects.js';
import type { Dialect } from './migrations.js';

/**
 * Several events in one transaction (group commit: one commit, and on SQLite one WAL write, for
 * all of them), each still all-or-nothing on its own: it runs inside a savepoint, and one that
 * fails is rolled back alone and reported as its error while the others commit.
 * On PostgreSQL every subject the events name and every tenant's change lock are taken first, in
 * sorted order and outside the savepoints (a lock taken inside one would go with its rollback).
 */
export async function ingestBatch(
  trx: Transaction<Database>,
  dialect: Dialect,
  events: readonly CanonicalEvent[],
  options: BatchOptions,
): Promise<{ outcomes: (IngestOutcome | Error)[]; nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  let held = new Set<string>();
  const refs = events.flatMap((e) => options.engine.subjectsOf(e).map((r) => ({ ...r, tenant: e.tenant })));
  await lockSubjects(trx, dialect, refs, held);
  for (const tenant of [...new Set(events.map((e) => e.tenant))].sort())
    await lockChanges(trx, dialect, tenant);

  const single = events.length === 1;
  const outcomes: (IngestOutcome | Error)[] = [];
  const top = new Map<string, number>();
  const pending: PendingRelease[] = [];
  for (const [i, event] of events.entries()) {
    const savepoint = `ingest_${i}`;
    const before = new Set(held);
    if (!single) await trx.executeQuery(CompiledQuery.raw(`savepoint ${savepoint}`));
    try {
      const result = await ingestEvent(trx, dialect, event, { ...options, heldLocks: held });
      const { outcome, nudges } = result;
      if (!single) await trx.executeQuery(CompiledQuery.raw(`release savepoint ${savepoint}`));
      outcomes.push(outcome);
      pending.push(...result.pending);
      for (const n of nudges) top.set(n.tenant, Math.max(top.get(n.tenant) ?? 0, n.seq));
    } catch (error) {
      // Alone, or aborted for a concurrent writer (retried whole): fail the transaction.
      if (single || isRetryable(error)) throw error;
      await trx.executeQuery(CompiledQuery.raw(`rollback to savepoint ${savepoint}`));
      await trx.executeQuery(CompiledQuery.raw(`release savepoint ${savepoint}`));
      held = before;
      outcomes.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return { outcomes, nudges: [...top].map(([tenant, seq]) => ({ tenant, seq })), pending };
}

interface BatchOptions {
  engine: ExceptionEngine;
  now: Date;
  teamOf: TeamOf;
  /** Engine steps per event's transaction share; see `MAX_STEPS`. */
  maxSteps?: number;
}

/**
 * One bounded step of releasing the events still waiting for one subject (left `pending` by
 * `ingestBatch`), in its own transaction: the subject and its tenant's changes are locked first,
 * as `ingestBatch` does. Returns what is still pending after it.
 */
export async function releaseBatch(
  trx: Transaction<Database>,
  dialect: Dialect,
  subject: PendingRelease,
  options: BatchOptions,
): Promise<{ nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const held = new Set<string>();
  await lockSubjects(trx, dialect, [subject], held);
  await lockChanges(trx, dialect, subject.tenant);
  return releaseWaiting(trx, dialect, subject.tenant, [subject], { ...options, heldLocks: held });
}

/**
 * Applies again, in its own transaction, an event already recorded (a waiting event whose step
 * failed when it was released, replayed from the dead-letter list after a fix): its subjects and
 * its tenant's changes are locked first, as `ingestBatch` does.
 */
export async function reapplyBatch(
  trx: Transaction<Database>,
  dialect: Dialect,
  event: CanonicalEvent,
  options: BatchOptions,
): Promise<{ outcome: 'applied' | 'unmatched'; nudges: ChangeNudge[]; pending: PendingRelease[] }> {
  const held = new Set<string>();
  const refs = options.engine.subjectsOf(event).map((r) => ({ ...r, tenant: event.tenant }));
  await lockSubjects(trx, dialect, refs, held);
  await lockChanges(trx, dialect, event.tenant);
  return applyRecorded(trx, dialect, event, { ...options, heldLocks: held });
}
