import { UpstreamError } from '../domain/errors.js';
import { subjectKey, type ExceptionEngine } from '../domain/exception-engine.js';
import type { ErpOrder, Page } from '../domain/model.js';
import { newSubject } from '../domain/rules/new-subject.js';
import { HOUR } from '../domain/rules/time.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { defaultTeamOf, type TeamOf } from '../store/exception-writes.js';
import { inTransaction } from '../store/in-transaction.js';
import { createSubjectSet } from '../store/subject-set.js';
import { readSweepPosition, saveSweepPosition, type SweepPosition } from '../store/sweep-position.js';
import { writeEngineResults } from '../store/write-engine-results.js';

const JOB = 'erp-unreleased';

/** The ERP's list of confirmed, unreleased orders (`ErpClient.unreleasedOrders`). */
export type FetchUnreleased = (
  tenant: string,
  changedBefore: string,
  page: { first: number; after: string | null },
) => Promise<Page<ErpOrder>>;

export interface SweepUnreleasedOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  now: Date;
  /** The tenants to ask the ERP about, one after the other. */
  tenants: readonly string[];
  fetchUnreleased: FetchUnreleased;
  /**
   * The NOT_RELEASED threshold (`RULE_RELEASE_HOURS`, or the tenant's override): only orders
   * unreleased for longer are asked for.
   */
  releaseHours: number | ((tenant: string) => number);
  /** Orders per ERP page and per transaction (at most the ERP's 50). */
  pageSize?: number;
  /** Orders per tenant per sweep; the next sweep goes on from the saved cursor. */
  maxOrders?: number;
  /** A finished pass over the list starts again only this long after it began. */
  passEveryMs?: number;
  teamOf?: TeamOf;
  /** A tenant whose ERP read failed; the other tenants still run. Without it the sweep rejects at the end. */
  onError?: (error: unknown, tenant: string) => void;
}

/**
 * NOT_RELEASED for orders the WMS never mentions, which no event would bring: asks the ERP, tenant by
 * tenant, for confirmed orders still unreleased after the threshold and runs each through
 * `engine.compareErp`, creating its ORDER subject when new (persisted exactly as events are). A
 * pass pages through the list with a fixed bound and the ERP's cursor, saved with each page, so a
 * large backlog is covered over successive sweeps of at most `maxOrders` per tenant. It clears
 * when the WMS reports the order (intake) or the ERP cancels it (the drift check reads it again).
 * @example await runSweep({ store, engine, feed, now, unreleased: { tenants: erp.tenants, releaseHours: 24, fetchUnreleased: erp.unreleasedOrders } });
 */
export async function sweepUnreleased(options: SweepUnreleasedOptions): Promise<{ checked: number }> {
  const failures: unknown[] = [];
  let checked = 0;
  for (const tenant of options.tenants) {
    try {
      checked += await sweepTenant(options, tenant);
    } catch (error) {
      if (options.onError) options.onError(error, tenant);
      else failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'The ERP unreleased-orders sweep failed');
  return { checked };
}

async function sweepTenant(options: SweepUnreleasedOptions, tenant: string): Promise<number> {
  const { store, now, pageSize = 50, maxOrders = 500, passEveryMs = 300_000 } = options;
  const at = now.toISOString();
  const fresh = (): SweepPosition => ({
    job: JOB,
    tenant,
    bound: new Date(now.getTime() - releaseHoursOf(options, tenant) * HOUR).toISOString(),
    cursor: null,
    startedAt: at,
  });
  let position = await readSweepPosition(store.db, JOB, tenant);
  if (position?.cursor === null) {
    if (now.getTime() - Date.parse(position.startedAt) < passEveryMs) return 0;
    position = null;
  }
  position ??= fresh();
  // Bounded in ERP calls, not only in orders: a page of orders that do not map still costs one.
  const maxPages = Math.max(1, Math.ceil(maxOrders / pageSize));
  let checked = 0;
  for (let pages = 1; ; pages++) {
    let page: Page<ErpOrder>;
    try {
      page = await options.fetchUnreleased(tenant, position.bound, {
        first: pageSize,
        after: position.cursor,
      });
    } catch (error) {
      // A refused cursor (expired, or the ERP changed) would stop every later sweep here: start over.
      if (!(position.cursor !== null && isRefused(error))) throw error;
      position = fresh();
      page = await options.fetchUnreleased(tenant, position.bound, { first: pageSize, after: null });
    }
    position = { ...position, cursor: page.next };
    await applyPage(options, tenant, page.items, position);
    checked += page.items.length;
    if (position.cursor === null || pages >= maxPages) return checked;
  }
}

/** One page in one transaction: fold each ERP order into its subject, persist, save the position. */
async function applyPage(
  options: SweepUnreleasedOptions,
  tenant: string,
  orders: readonly ErpOrder[],
  position: SweepPosition,
): Promise<void> {
  const { store, engine, feed, now, teamOf = defaultTeamOf } = options;
  const at = now.toISOString();
  const nudges = await inTransaction(store, async (trx) => {
    const set = createSubjectSet(trx, store.dialect, tenant);
    const current = await set.load(orders.map((o) => ({ kind: 'ORDER' as const, id: o.number })));
    const steps = [];
    for (const order of orders) {
      const subject =
        current.get(subjectKey({ kind: 'ORDER', id: order.number })) ??
        newSubject(tenant, 'ORDER', order.number);
      const result = engine.compareErp(subject, order, now);
      await set.update(result.subjects);
      steps.push({ tenant, result });
    }
    await saveSweepPosition(trx, position, at);
    return writeEngineResults(trx, store.dialect, { sets: [set], steps }, { at, teamOf });
  });
  for (const nudge of nudges) feed.notify(nudge);
}

const isRefused = (error: unknown): boolean =>
  error instanceof UpstreamError && error.code === 'UPSTREAM_BAD_RESPONSE';

function releaseHoursOf(options: SweepUnreleasedOptions, tenant: string): number {
  return typeof options.releaseHours === 'number' ? options.releaseHours : options.releaseHours(tenant);
}
