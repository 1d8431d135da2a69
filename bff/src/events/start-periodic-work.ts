import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ErpOrder } from '../domain/model.js';
import type { BatchResult } from '../domain/ports.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import type { TeamOf } from '../store/exception-writes.js';
import { createLeaseRunner } from '../store/lease-runner.js';
import { compareWithErp } from './compare-with-erp.js';
import { runSweep, type SweepOptions } from './run-sweep.js';

export interface PeriodicWorkOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  /** The ERP batch read for drift checks; without it there are none. */
  fetchErpOrders?: (tenant: string, orderNumbers: readonly string[]) => Promise<BatchResult<ErpOrder>>;
  /**
   * The ERP's unreleased-orders list, the tenants to ask it about and the NOT_RELEASED threshold:
   * the sweep then flags orders the WMS never heard of. Without it, it does not ask.
   */
  unreleased?: Omit<NonNullable<SweepOptions['unreleased']>, 'onError'>;
  /**
   * How long after start the sweep first asks the ERP for unreleased orders (default: the drift
   * interval, when the drift check first reads the ERP too).
   */
  unreleasedDelayMs?: number;
  /**
   * Finishes releases of waiting events that a stopped process cut short (the event sink's
   * `releaseStranded`); without it, none are finished. Safe beside a live release: both lock the
   * subject, and what one released the other no longer finds waiting.
   */
  releaseStranded?: () => Promise<unknown>;
  sweepEveryMs?: number;
  driftEveryMs?: number;
  /** How often `releaseStranded` runs (default a minute). */
  releaseEveryMs?: number;
  teamOf?: TeamOf;
  now?: () => Date;
  /** Failures of a round (the next round tries again). */
  onError?: (error: unknown, job: string) => void;
}

/**
 * Starts the time sweep (with the ERP's unreleased orders), the ERP drift check and the finishing
 * of stranded releases on a timer each, every replica trying and exactly one running a given job
 * at a time (store leases). Returns a stop function that also gives the leases up, so another
 * replica takes over at once.
 * @example const stop = startPeriodicWork({ store, engine, feed, fetchErpOrders: (t, n) => erp.ordersByNumbers(t, n), releaseStranded: () => sink.releaseStranded() });
 */
export function startPeriodicWork(options: PeriodicWorkOptions): () => Promise<void> {
  const { store, engine, feed, teamOf, now = () => new Date() } = options;
  const leases = createLeaseRunner({ store, now, onError: options.onError });
  // One tenant's ERP failure is reported on its own and does not stop the sweep for the others.
  const unreleased = options.unreleased && {
    ...options.unreleased,
    onError: (error: unknown, tenant: string) => options.onError?.(error, `orderlens:sla-sweep (${tenant})`),
  };
  // The first ERP read waits a drift interval, as the drift check's first run does: a process that
  // lives briefly (a test, a demo just opened) is not handed the ERP's whole backlog at once.
  const asksErpFrom = now().getTime() + (options.unreleasedDelayMs ?? options.driftEveryMs ?? 300_000);
  const stops = [
    leases.every('orderlens:sla-sweep', options.sweepEveryMs ?? 30_000, () =>
      runSweep({
        store,
        engine,
        feed,
        now: now(),
        teamOf,
        unreleased: now().getTime() >= asksErpFrom ? unreleased : undefined,
      }),
    ),
  ];
  const fetchErpOrders = options.fetchErpOrders;
  if (fetchErpOrders) {
    stops.push(
      leases.every('orderlens:erp-drift', options.driftEveryMs ?? 300_000, () =>
        compareWithErp({ store, engine, feed, now: now(), fetchErpOrders, teamOf }),
      ),
    );
  }
  const releaseStranded = options.releaseStranded;
  if (releaseStranded) {
    stops.push(leases.every('orderlens:release-stranded', options.releaseEveryMs ?? 60_000, releaseStranded));
  }
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
