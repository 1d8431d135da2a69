import { subjectKey, type EngineResult, type Subject } from '../domain/exception-engine.js';
import type { SubjectKind } from '../domain/exception.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import type { TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { createSubjectSet, type SubjectSet } from '../store/subject-set.js';
import { writeEngineResults, type EngineStep } from '../store/write-engine-results.js';

type SubjectRow = { tenant: string; kind: string; id: string };
const refOf = (row: SubjectRow) => ({ kind: row.kind as SubjectKind, id: row.id });

/**
 * The loop sweeps and drift checks share: read a page of subjects (outside a transaction), let
 * `prepare` do slow work such as upstream calls, then in one transaction lock and re-read the
 * page's subjects, evaluate each and persist through `writeEngineResults`; nudge after commit.
 * Returns how many subjects were evaluated.
 */
export async function forEachSubjectBatch<R extends SubjectRow, P = undefined>(options: {
  store: Store;
  feed: ChangeNotifier;
  at: string;
  teamOf: TeamOf;
  limit: number;
  maxSubjects: number;
  page(after: R | null): Promise<R[]>;
  prepare?(rows: R[]): Promise<P>;
  evaluate(subject: Subject, prepared: P): Promise<EngineResult | null>;
}): Promise<number> {
  const { store, feed, at, teamOf, limit, maxSubjects } = options;
  let evaluated = 0;
  let after: R | null = null;
  while (evaluated < maxSubjects) {
    const rows = await options.page(after);
    if (rows.length === 0) break;
    const prepared = (options.prepare ? await options.prepare(rows) : undefined) as P;
    const nudges = await inTransaction(store, async (trx) => {
      const sets = new Map<string, { set: SubjectSet; current: ReadonlyMap<string, Subject> }>();
      const steps: EngineStep[] = [];
      // Lock every subject of the page up front, tenant by tenant in sorted key order.
      for (const tenant of [...new Set(rows.map((r) => r.tenant))].sort()) {
        const set = createSubjectSet(trx, store.dialect, tenant);
        sets.set(tenant, {
          set,
          current: await set.load(rows.filter((r) => r.tenant === tenant).map(refOf)),
        });
      }
      for (const row of rows) {
        const { set, current } = sets.get(row.tenant)!;
        const subject = current.get(subjectKey(refOf(row)));
        if (!subject) continue;
        const result = await options.evaluate(subject, prepared);
        if (!result) continue;
        await set.update(result.subjects);
        steps.push({ tenant: row.tenant, result });
      }
      const all = [...sets.values()].map((s) => s.set);
      return writeEngineResults(trx, store.dialect, { sets: all, steps }, { at, teamOf });
    });
    for (const nudge of nudges) feed.notify(nudge);
    evaluated += rows.length;
    after = rows.at(-1)!;
    if (rows.length < limit) break;
  }
  return evaluated;
}
