import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { createDeadLetters, markReplayed, type DeadLetter } from '../store/dead-letters.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch, reapplyBatch } from '../store/ingest-batch.js';
import type { PendingRelease } from '../store/ingest-event.js';
import { strandedSubjects } from '../store/unmatched-events.js';
import type { EventSink, IngestOutcome } from './event-sink.js';
import { createGroupCommit } from './group-commit.js';
import { createWaitingReleaser } from './create-waiting-releaser.js';

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
  /**
   * Told when releasing waiting events failed after the event itself committed: a transient
   * failure leaves them waiting (the periodic `releaseStranded` tries again); a waiting event
   * whose own step fails is moved to the dead-letter list.
   */
  onReleaseError?: (error: unknown, subject: PendingRelease) => void;
}

/**
 * The durable end of event intake: `ingest` records the event, its subject changes and its
 * exception changes in one transaction and resolves only after commit (so intake answers 202 only
 * then); then it nudges the feed. Events that arrive in the same event-loop turn, or while a
 * transaction runs, are committed together (group commit), each still all-or-nothing. Waiting
 * events that an event released past one transaction's step limit follow after its commit, off
 * the commit path (one release at a time per replica; `settled` waits for them); a waiting event
 * whose step fails for good becomes a dead letter. Dead letters are kept for an admin to list and
 * replay.
 * @example
 * const sink = createEventSink({ store, engine, feed });
 * await sink.ingest(event); // 'applied' | 'duplicate' | 'unmatched'
 * await sink.replayDeadLetter(id, (entry) => intake.reprocess(entry));
 */
export function createEventSink(options: EventSinkOptions) {
  const { store, engine, feed, now = () => new Date(), teamOf = defaultTeamOf } = options;
  const deadLetters = createDeadLetters({ store, now });
  const { maxSteps } = options;

  const releaser = createWaitingReleaser({
    store,
    engine,
    feed,
    now,
    teamOf,
    maxSteps,
    deadLetters,
    onReleaseError: options.onReleaseError,
  });
  const { schedule } = releaser;

  const submit = createGroupCommit<CanonicalEvent, IngestOutcome>(
    async (events) => {
      const { outcomes, nudges, pending } = await inTransaction(store, (trx) =>
        ingestBatch(trx, store.dialect, events, { engine, now: now(), teamOf, maxSteps }),
      );
      for (const nudge of nudges) feed.notify(nudge);
      if (pending.length > 0) schedule(pending);
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
      await releaser.release(subjects);
      return subjects.length;
    },
    /** A page of a tenant's unreplayed dead letters, newest first, with a cursor for the next. */
    pageDeadLetters: deadLetters.page,
    /** Replays one through `reprocess` and marks it replayed (NOT_FOUND for another tenant's, when given). */
    replayDeadLetter: deadLetters.replay,
    /**
     * Applies again the event a `waiting-event` dead letter holds (a waiting event whose step
     * failed when its subject appeared), for a replay after a fix: the event is already recorded,
     * so it is run through the rules as if it had just been released, and the entry is marked
     * replayed in the same transaction (a second replay at once is CONFLICT, never a second effect).
     * Rejects with the rules' error when it still fails, and changes nothing then.
     */
    async reapplyWaitingEvent(entry: DeadLetter): Promise<'applied' | 'unmatched'> {
      const event = JSON.parse(entry.body) as CanonicalEvent;
      if (event.tenant !== entry.tenant)
        throw new Error(`Dead letter ${entry.id} holds another tenant's event.`);
      const result = await inTransaction(store, async (trx) => {
        const applied = await reapplyBatch(trx, store.dialect, event, {
          engine,
          now: now(),
          teamOf,
          maxSteps,
        });
        await markReplayed(trx, entry.id, now());
        return applied;
      });
      for (const nudge of result.nudges) feed.notify(nudge);
      if (result.pending.length > 0) schedule(result.pending);
      return result.outcome;
    },
    /** Resolves once the releases queued so far (and any queued meanwhile) are done: tests, shutdown. */
    settled: releaser.settled,
  };
}

export type OrderlensEventSink = ReturnType<typeof createEventSink>;
