import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import {
  createDeadLetters,
  markReplayed,
  waitingEventDeadLetter,
  type DeadLetter,
} from '../store/dead-letters.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch, reapplyBatch, releaseBatch } from '../store/ingest-batch.js';
import { MAX_STEPS, type PendingRelease } from '../store/ingest-event.js';
import { isTransientStoreError } from '../store/is-transient-store-error.js';
import { strandedSubjects, takeWaiting } from '../store/unmatched-events.js';
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
  /**
   * Told when releasing waiting events failed after the event itself committed: a transient
   * failure leaves them waiting (the periodic `releaseStranded` tries again); a waiting event
   * whose own step fails is moved to the dead-letter list.
   */
  onReleaseError?: (error: unknown, subject: PendingRelease) => void;
}

/** Rounds of release per subject: a backlog of this many batches is beyond anything a sender makes. */
const MAX_RELEASE_ROUNDS = 1000;

/**
 * Subjects queued for release on one replica. Past it, a subject is left to the periodic
 * `releaseStranded`: its events wait durably in `unmatched_events`, so nothing is lost, and a burst
 * of labels cannot grow the queue without bound.
 */
const MAX_QUEUED_RELEASES = 10_000;

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

  // One step of releasing `s`'s waiting events, in its own transaction; what is still pending.
  const releaseStep = async (s: PendingRelease, steps = maxSteps) => {
    const result = await inTransaction(store, (trx) =>
      releaseBatch(trx, store.dialect, s, { engine, now: now(), teamOf, maxSteps: steps }),
    );
    for (const nudge of result.nudges) feed.notify(nudge);
    return result.pending;
  };

  // The oldest event waiting for `s` stops waiting and is kept as a dead letter, in one transaction.
  const deadLetterFirstWaiting = (s: PendingRelease, error: unknown) =>
    inTransaction(store, async (trx) => {
      const { events } = await takeWaiting(trx, s.tenant, s.kind, s.id, 1);
      for (const event of events) await deadLetters.add(waitingEventDeadLetter(event, error), trx);
    });

  // A release transaction that failed for good (a waiting event whose engine step throws is
  // already dead-lettered inside it; this is any other failure): its waiting events are applied
  // one per transaction until the one that fails is found and dead-lettered, so it cannot hold the
  // others back forever. A transient failure leaves them all waiting for the next try.
  async function isolateFailure(s: PendingRelease, error: unknown): Promise<PendingRelease[]> {
    options.onReleaseError?.(error, s);
    if (isTransientStoreError(error)) return [];
    const others: PendingRelease[] = [];
    for (let i = 0; i < (maxSteps ?? MAX_STEPS); i++) {
      try {
        const pending = await releaseStep(s, 1);
        others.push(...pending.filter((p) => !sameSubject(p, s)));
        if (!pending.some((p) => sameSubject(p, s))) return others;
      } catch (stepError) {
        if (isTransientStoreError(stepError)) {
          options.onReleaseError?.(stepError, s);
          return others;
        }
        await deadLetterFirstWaiting(s, stepError);
        break;
      }
    }
    return [...others, s];
  }

  // Waiting events an event released past the step limit: the event itself is committed and its
  // sender answered; the rest follow here in transactions of bounded size. Should one fail, the
  // events stay waiting (and `releaseStranded` finishes them), so nothing acknowledged is lost.
  async function release(subjects: PendingRelease[]): Promise<void> {
    for (const subject of subjects) {
      let next: PendingRelease[] = [subject];
      for (let round = 0; next.length > 0 && round < MAX_RELEASE_ROUNDS; round++) {
        const current = next;
        next = [];
        for (const s of current) {
          try {
            next.push(...(await releaseStep(s)));
          } catch (error) {
            const rest = await isolateFailure(s, error).catch((failure: unknown) => {
              options.onReleaseError?.(failure, s);
              return [];
            });
            next.push(...rest);
          }
        }
      }
    }
  }

  // Releases run one at a time per replica, off the commit path: a label that frees a large
  // backlog does not hold back the webhooks that arrive behind it.
  const queued = new Map<string, PendingRelease>();
  let draining: Promise<void> | null = null;
  function schedule(subjects: readonly PendingRelease[]): void {
    for (const s of subjects) {
      if (queued.size >= MAX_QUEUED_RELEASES) break;
      queued.set(JSON.stringify([s.tenant, s.kind, s.id]), s);
    }
    if (draining || queued.size === 0) return;
    draining = (async () => {
      try {
        for (let [key, s] = first(queued); key !== undefined; [key, s] = first(queued)) {
          queued.delete(key);
          await release([s!]).catch((error) => options.onReleaseError?.(error, s!));
        }
      } finally {
        draining = null;
      }
    })();
  }

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
      await release(subjects);
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
    async settled(): Promise<void> {
      while (draining) await draining;
    },
  };
}

function first<K, V>(map: Map<K, V>): [K | undefined, V | undefined] {
  const entry = map.entries().next();
  return entry.done ? [undefined, undefined] : entry.value;
}

const sameSubject = (a: PendingRelease, b: PendingRelease) =>
  a.tenant === b.tenant && a.kind === b.kind && a.id === b.id;

export type OrderlensEventSink = ReturnType<typeof createEventSink>;
