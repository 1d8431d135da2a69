import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ErpOrder } from '../domain/model.js';
import type { BatchResult } from '../domain/ports.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { forEachSubjectBatch } from './for-each-subject-batch.js';

type OrderRow = { tenant: string; kind: string; id: string };

export interface CompareWithErpOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  now: Date;
  /** The ERP's orders by number, in key order (`ErpClient.ordersByNumbers`). */
  fetchErpOrders(tenant: string, orderNumbers: readonly string[]): Promise<BatchResult<ErpOrder>>;
  /** Orders per ERP call and per transaction (at most the ERP's `maxBatch`). */
  batchSize?: number;
  maxSubjects?: number;
  /** Only orders whose subject changed since then (ISO 8601): the ones still moving. */
  updatedSince?: string;
  teamOf?: TeamOf;
}

/**
 * The drift rules: every ORDER subject against the ERP's view of it, in batches. The ERP is asked
 * outside any transaction; an order it cannot give (missing, or its batch failed) is skipped this
 * round rather than judged on no data. Results persist exactly as events do.
 * @example await leases.withLease('erp-drift', 300_000, () => compareWithErp({ store, engine, feed, now: new Date(), fetchErpOrders: (t, n) => erp.ordersByNumbers(t, n) }));
 */
export async function compareWithErp(options: CompareWithErpOptions): Promise<{ compared: number }> {
  const {
    store,
    engine,
    feed,
    now,
    batchSize = 100,
    maxSubjects = 100_000,
    teamOf = defaultTeamOf,
  } = options;
  let compared = 0;
  await forEachSubjectBatch<OrderRow, Map<string, ErpOrder>>({
    store,
    feed,
    at: now.toISOString(),
    teamOf,
    limit: batchSize,
    maxSubjects,
    page: (after) =>
      store.db
        .selectFrom('subjects')
        .select(['tenant', 'kind', 'id'])
        .where('kind', '=', 'ORDER')
        .$if(options.updatedSince !== undefined, (q) => q.where('updated_at', '>=', options.updatedSince!))
        .$if(after !== null, (q) =>
          q.where((eb) => eb(eb.refTuple('tenant', 'id'), '>', eb.tuple(after!.tenant, after!.id))),
        )
        .orderBy('tenant')
        .orderBy('id')
        .limit(batchSize)
        .execute(),
    prepare: async (rows) => {
      const found = new Map<string, ErpOrder>();
      for (const tenant of new Set(rows.map((r) => r.tenant))) {
        const numbers = rows.filter((r) => r.tenant === tenant).map((r) => r.id);
        const orders = await options.fetchErpOrders(tenant, numbers).catch(() => []);
        numbers.forEach((n, i) => {
          const order = orders[i];
          if (order && !(order instanceof Error)) found.set(`${tenant}:${n}`, order);
        });
      }
      return found;
    },
    evaluate: async (subject, found) => {
      const erp = found.get(`${subject.tenant}:${subject.id}`);
      if (!erp) return null;
      compared++;
      return engine.compareErp(subject, erp, now);
    },
  });
  return { compared };
}
