import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { createDeadLetters } from '../store/dead-letters.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch, releaseBatch } from '../store/ingest-batch.js';
import type { PendingRelease } from '../store/ingest-event.js';
import { strandedSubjects } from '../store/unmatched-events.js';
import type { EventSink, IngestOutcome } from './event-sink.js';
import { createGroupCommit } from './group-commit.js';

export interface EventSinkOptions {
  store: Store;
  engine: ExceptionEngine;
  /** Told about committed changes (the change feed, which nudges every replica through pub/sub). */
  feed: ChangeNotifier;
  now?: () => Date;
  /** Whose inbox a new exception lands in. */
  teamOf?: TeamOf;
  /** Most events committed together when they arrive faster than one transaction takes. */
  maxBatch?: number;
  /** Engine steps per transaction (`MAX_STEPS` by default); waiting events past it go in later ones. */
  maxSteps?: number;
  /** Told when releasing waiting events failed after the event itself committed (they stay waiting). */
  onReleaseError?: (error: unknown, subject: PendingRelease) => void;
}

/** Rounds of release per subject: a backlog of this many batches is beyond anything a sender makes. */
const MAX_RELEASE_ROUNDS = 1000;

/**
 * The durable end of event intake: `ingest` records the event, its subject changes and its
 * exception changes in one transaction and resolves only after commit (so intake answers 202 only
 * then); then it nudges the feed. Events that arrive in the same event-loop turn, or while a
 * transaction runs, are committed together (group commit), each still all-or-nothing. Dead letters
 * are kept for an admin to list and replay.
 * @example
 * const sink = createEventSink({ store, engine, feed });
 * await sink.ingest(event); // 'applied' | 'duplicate' | 'unmatched'
 * await sink.replayDeadLetter(id, (entry) => intake.reprocess(entry));
 */
export function createEventSink(options: EventSinkOptions) {
  const { store, engine, feed, now = () => new Date(), teamOf = defaultTeamOf } = options;
  const deadLetters = createDeadLetters({ store, now });
  const { maxSteps } = options;

  // Waiting events an event released past the step limit: the event itself is committed, and the
  // rest follow in transactions of bounded size, before its sender is answered. Should one fail,
  // the events stay waiting and nothing acknowledged is lost.
  async function release(subjects: PendingRelease[]): Promise<void> {
    for (const subject of subjects) {
      let next: PendingRelease[] = [subject];
      for (let round = 0; next.length > 0 && round < MAX_RELEASE_ROUNDS; round++) {
        const current = next;
        next = [];
        for (const s of current) {
          try {
            const result = await inTransaction(store, (trx) =>
              releaseBatch(trx, store.dialect, s, { engine, now: now(), teamOf, maxSteps }),
            );
            for (const nudge of result.nudges) feed.notify(nudge);
            next.push(...result.pending);
          } catch (error) {
            options.onReleaseError?.(error, s);
          }
        }
      }
    }
  }

  const submit = createGroupCommit<CanonicalEvent, IngestOutcome>(
    async (events) => {
      const { outcomes, nudges, pending } = await inTransaction(store, (trx) =>
        ingestBatch(trx, store.dialect, events, { engine, now: now(), teamOf, maxSteps }),
      );
      for (const nudge of nudges) feed.notify(nudge);
      if (pending.length > 0) await release(pending);
      return outcomes;
    },
    { maxBatch: options.maxBatch },
  );
  const sink = {
    ingest: submit,
    async deadLetter(entry) {
      await deadLetters.add(entry);
    },
  } satisfies EventSink;
  return {
    ...sink,
    /** A tenant's unreplayed dead letters, newest first (first page). */
    listDeadLetters: deadLetters.list,
    /**
     * Finishes releases cut short (waiting events whose subject exists), up to `limit` subjects;
     * for periodic work, so a crash between two bounded release transactions loses nothing.
     * Returns how many subjects it released.
     */
    async releaseStranded({ limit = 100 }: { limit?: number } = {}): Promise<number> {
      const subjects = await strandedSubjects(store.db, limit);
      await release(subjects);
      return subjects.length;
    },
    /** A page of a tenant's unreplayed dead letters, newest first, with a cursor for the next. */
    pageDeadLetters: deadLetters.page,
    /** Replays one through `reprocess` and marks it replayed (NOT_FOUND for another tenant's, when given). */
    replayDeadLetter: deadLetters.replay,
  };
}

export type OrderlensEventSink = ReturnType<typeof createEventSink>;
