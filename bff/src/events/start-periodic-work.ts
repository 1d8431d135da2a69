import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { ErpOrder } from '../domain/model.js';
import type { BatchResult } from '../domain/ports.js';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import type { TeamOf } from '../store/exception-writes.js';
import { createLeaseRunner } from '../store/lease-runner.js';
import { compareWithErp } from './compare-with-erp.js';
import { runSweep } from './run-sweep.js';

export interface PeriodicWorkOptions {
  store: Store;
  engine: ExceptionEngine;
  feed: ChangeNotifier;
  /** The ERP batch read for drift checks; without it there are none. */
  fetchErpOrders?: (tenant: string, orderNumbers: readonly string[]) => Promise<BatchResult<ErpOrder>>;
  sweepEveryMs?: number;
  driftEveryMs?: number;
  teamOf?: TeamOf;
  now?: () => Date;
  /** Failures of a round (the next round tries again). */
  onError?: (error: unknown, job: string) => void;
}

/**
 * Starts the time sweep and the ERP drift check on a timer each, every replica trying and exactly
 * one running a given job at a time (store leases). Returns a stop function that also gives the
 * leases up, so another replica takes over at once.
 * @example const stop = startPeriodicWork({ store, engine, feed, fetchErpOrders: (t, n) => erp.ordersByNumbers(t, n) });
 */
export function startPeriodicWork(options: PeriodicWorkOptions): () => Promise<void> {
  const { store, engine, feed, teamOf, now = () => new Date() } = options;
  const leases = createLeaseRunner({ store, now, onError: options.onError });
  const stops = [
    leases.every('orderlens:sla-sweep', options.sweepEveryMs ?? 30_000, () =>
      runSweep({ store, engine, feed, now: now(), teamOf }),
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
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
