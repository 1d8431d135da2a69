import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { wakeSnoozed } from '../store/wake-snoozed.js';
import { forEachSubjectBatch } from './for-each-subject-batch.js';
import { sweepUnreleased, type SweepUnreleasedOptions } from './sweep-unreleased.js';

type DueRow = { tenant: string; kind: string; id: string; wake_at: string | null };

export interface SweepOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  now: Date;
  /** Subjects per transaction. */
  limit?: number;
  /** Stop after this many subjects; the next sweep continues with the rest. */
  maxSubjects?: number;
  teamOf?: TeamOf;
  /**
   * Also ask the ERP for confirmed orders it has not released within the threshold, which no event
   * names (see `sweepUnreleased`); without it the time rules see only orders events brought.
   */
  unreleased?: Omit<SweepUnreleasedOptions, 'store' | 'engine' | 'feed' | 'now' | 'teamOf'>;
}

/**
 * The time rules: every subject whose `wakeAt` has passed goes through `engine.wake`, a batch per
 * transaction, persisted exactly as events are (raise, refresh, clear, feed changes). Snoozed
 * exceptions whose time has come go back to OPEN; with `unreleased`, orders the ERP never released
 * get NOT_RELEASED even when no event ever named them. Run it under a lease so one replica does it.
 * @example const { woken } = await leases.withLease('sweep', 60_000, () => runSweep({ store, engine, feed, now: new Date() }));
 */
export async function runSweep(
  options: SweepOptions,
): Promise<{ woken: number; unsnoozed: number; unreleased: number }> {
  const { store, engine, feed, now, limit = 200, maxSubjects = 10_000, teamOf = defaultTeamOf } = options;
  const at = now.toISOString();
  const woken = await forEachSubjectBatch<DueRow>({
    store,
    feed,
    at,
    teamOf,
    limit,
    maxSubjects,
    // Keyset over (wake_at, tenant, kind, id): a subject the engine leaves due is not taken twice in a run.
    page: (after) =>
      store.db
        .selectFrom('subjects')
        .select(['tenant', 'kind', 'id', 'wake_at'])
        .where('wake_at', '<=', at)
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb(
              eb.refTuple('wake_at', 'tenant', 'kind', 'id'),
              '>',
              eb.tuple(after!.wake_at ?? at, after!.tenant, after!.kind, after!.id),
            ),
          ),
        )
        .orderBy('wake_at')
        .orderBy('tenant')
        .orderBy('kind')
        .orderBy('id')
        .limit(limit)
        .execute(),
    evaluate: async (subject) => {
      // Re-read under the lock: an event may have moved its wake time since the page was read.
      if (subject.wakeAt === null || subject.wakeAt > at) return null;
      return engine.wake(subject, now);
    },
  });
  const { count, nudges } = await inTransaction(store, (trx) =>
    wakeSnoozed(trx, store.dialect, at, maxSubjects),
  );
  for (const nudge of nudges) feed.notify(nudge);
  // Last: the upstream reads are the slow, fallible part, and the local rules must not wait on them.
  const unreleased = options.unreleased
    ? (await sweepUnreleased({ ...options.unreleased, store, engine, feed, now, teamOf })).checked
    : 0;
  return { woken, unsnoozed: count, unreleased };
}
