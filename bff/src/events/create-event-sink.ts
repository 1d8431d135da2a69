import type { CanonicalEvent } from '../domain/event.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { createDeadLetters } from '../store/dead-letters.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { ingestBatch } from '../store/ingest-batch.js';
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
}

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
  const submit = createGroupCommit<CanonicalEvent, IngestOutcome>(
    async (events) => {
      const { outcomes, nudges } = await inTransaction(store, (trx) =>
        ingestBatch(trx, store.dialect, events, { engine, now: now(), teamOf }),
      );
      for (const nudge of nudges) feed.notify(nudge);
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
    /** A tenant's unreplayed dead letters, newest first. */
    listDeadLetters: deadLetters.list,
    /** Replays one through `reprocess` and marks it replayed (NOT_FOUND for another tenant's, when given). */
    replayDeadLetter: deadLetters.replay,
  };
}

export type OrderlensEventSink = ReturnType<typeof createEventSink>;
