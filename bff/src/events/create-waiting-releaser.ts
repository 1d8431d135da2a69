import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { waitingEventDeadLetter, type DeadLetters } from '../store/dead-letters.js';
import type { TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { releaseBatch } from '../store/ingest-batch.js';
import { MAX_STEPS, type PendingRelease } from '../store/ingest-event.js';
import { isTransientStoreError } from '../store/is-transient-store-error.js';
import { takeWaiting } from '../store/unmatched-events.js';

export interface WaitingReleaserOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  now: () => Date;
  teamOf: TeamOf;
  /** Engine steps per transaction (`MAX_STEPS` by default). */
  maxSteps?: number;
  deadLetters: DeadLetters;
  /** Told when a release failed; see `EventSinkOptions.onReleaseError`. */
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
 * Releases the events still waiting for subjects that an ingested event created, past what its own
 * transaction could take: in further transactions of bounded size, one subject at a time per
 * replica and off the commit path (`schedule`), so a label that frees a large backlog does not hold
 * back the webhooks behind it. A waiting event whose step fails for good becomes a dead letter; a
 * transient failure leaves the events waiting for the periodic `releaseStranded`.
 * @example const releaser = createWaitingReleaser({ store, engine, feed, now, teamOf, deadLetters }); releaser.schedule(pending);
 */
export function createWaitingReleaser(options: WaitingReleaserOptions) {
  const { store, engine, feed, now, teamOf, maxSteps, deadLetters } = options;

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

  return {
    /** Releases these subjects' waiting events now, to the end (periodic work, after a crash). */
    release,
    /** Queues these subjects for release after the caller's commit. */
    schedule,
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
