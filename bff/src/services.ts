import { errorMessage } from './domain/errors.js';
import type { Env } from './env.js';
import { createChangeFeed } from './events/create-change-feed.js';
import { createEventSink } from './events/create-event-sink.js';
import { startPeriodicWork } from './events/start-periodic-work.js';
import { createTenantEngines } from './events/tenant-engines.js';
import type { Infrastructure } from './infrastructure.js';
import { createAgentDirectory } from './store/agent-directory.js';
import { createExceptionCommands } from './store/exception-commands.js';
import { createExceptionQueries } from './store/exception-queries.js';

export interface ServicesOptions {
  /** SLA sweeps and drift checks on timers (default on; off for benches and replicas under test). */
  periodicWork?: boolean;
}

const logFailure = (what: string) => (error: unknown) =>
  console.error(`${what} failed:`, errorMessage(error));

/**
 * The second step of the composition root: each service built once, here, from the infrastructure
 * and the services before it — the change feed, the rules per tenant, the event sink (intake and
 * dead letters), exception reads and commands, the agent directory, and the periodic sweeps (one
 * replica at a time). `close()` stops the sweeps, waits for the agent records being written, and
 * closes the feed; the infrastructure closes after.
 * @example const services = createServices(env, infra); await services.sink.ingest(event);
 */
export function createServices(env: Env, infra: Infrastructure, options: ServicesOptions = {}) {
  const { store, pubsub, upstreams } = infra;
  const feed = createChangeFeed({ store, pubsub });
  // Each tenant's thresholds: the global RULE_* defaults with the tenants file's overrides.
  const thresholdsOf = (tenant: string) =>
    (Object.hasOwn(env.tenants, tenant) ? env.tenants[tenant]?.rules : undefined) ?? env.rules;
  const engine = createTenantEngines(thresholdsOf);
  const sink = createEventSink({
    store,
    engine,
    feed,
    onReleaseError: (error, s) =>
      logFailure(`releasing events waiting for ${s.tenant} ${s.kind} ${s.id}`)(error),
  });
  // Who has used Orderlens, per tenant: the agents an exception may be assigned to.
  const agents = createAgentDirectory({ store, onError: logFailure('recording an agent') });
  const erp = upstreams.clients.erp;
  const stopWork =
    options.periodicWork === false
      ? async () => {}
      : startPeriodicWork({
          store,
          engine,
          feed,
          fetchErpOrders: (tenant, numbers) => erp.ordersByNumbers(tenant, numbers),
          unreleased: {
            tenants: erp.tenants,
            releaseHours: (tenant) => thresholdsOf(tenant).releaseHours,
            fetchUnreleased: (tenant, before, page) => erp.unreleasedOrders(tenant, before, page),
          },
          // Finishes a release of waiting events that a crash cut short.
          releaseStranded: () => sink.releaseStranded(),
          onError: (error, job) => logFailure(`periodic ${job}`)(error),
        });
  return {
    feed,
    sink,
    exceptions: createExceptionQueries({ store }),
    commands: createExceptionCommands({ store, feed }),
    agents,
    async close() {
      await stopWork();
      // Releases of waiting events and agents being recorded write to the store, which closes
      // after the services.
      await Promise.all([sink.settled(), agents.settled()]);
      await feed.close();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
