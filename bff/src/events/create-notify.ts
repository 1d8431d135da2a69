import type { Upstreams } from '../domain/ports.js';
import type { Env } from '../env.js';
import { createAgentDirectory } from '../store/agent-directory.js';
import { createStore } from '../store/create-store.js';
import { createExceptionCommands } from '../store/exception-commands.js';
import { createExceptionQueries } from '../store/exception-queries.js';
import { createChangeFeed } from './create-change-feed.js';
import { createEventSink } from './create-event-sink.js';
import { createPubSub } from './create-pubsub.js';
import { startPeriodicWork } from './start-periodic-work.js';
import { createTenantEngines } from './tenant-engines.js';

/**
 * The notify flow's parts, built once per process in dependency order: the store (SQLite file, or
 * PostgreSQL), pub/sub (in-process, or Redis), the durable change feed, the rules engine, the event
 * sink, exception reads and commands, and the periodic sweeps (one replica at a time). `close()`
 * takes them down in reverse.
 * @example const notify = await createNotify(env, upstreams); await notify.sink.ingest(event);
 */
export async function createNotify(env: Env, upstreams: Upstreams, options: { periodicWork?: boolean } = {}) {
  const store = await createStore(env.store);
  const pubsub = createPubSub({ redisUrl: env.redisUrl });
  const feed = createChangeFeed({ store, pubsub });
  // Each tenant's thresholds: the global RULE_* defaults with the tenants file's overrides.
  const thresholdsOf = (tenant: string) =>
    (Object.hasOwn(env.tenants, tenant) ? env.tenants[tenant]?.rules : undefined) ?? env.rules;
  const engine = createTenantEngines(thresholdsOf);
  const sink = createEventSink({ store, engine, feed });
  const stopWork =
    options.periodicWork === false
      ? async () => {}
      : startPeriodicWork({
          store,
          engine,
          feed,
          fetchErpOrders: (tenant, numbers) => upstreams.erp.ordersByNumbers(tenant, numbers),
          unreleased: {
            tenants: upstreams.erp.tenants,
            releaseHours: (tenant) => thresholdsOf(tenant).releaseHours,
            fetchUnreleased: (tenant, before, page) => upstreams.erp.unreleasedOrders(tenant, before, page),
          },
          onError: (error, job) =>
            console.error(`periodic ${job} failed:`, error instanceof Error ? error.message : error),
        });
  return {
    sink,
    feed,
    exceptions: createExceptionQueries({ store }),
    commands: createExceptionCommands({ store, feed }),
    // Who has used Orderlens, per tenant: the agents an exception may be assigned to.
    agents: createAgentDirectory({
      store,
      onError: (error) =>
        console.error('recording an agent failed:', error instanceof Error ? error.message : error),
    }),
    async close() {
      await stopWork();
      await feed.close();
      await pubsub.close();
      await store.close();
    },
  };
}

export type Notify = Awaited<ReturnType<typeof createNotify>>;
