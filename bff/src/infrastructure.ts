import type { Env } from './env.js';
import { createPubSub, type ChangePubSub } from './events/create-pubsub.js';
import { createStore, type Store } from './store/create-store.js';
import { createUpstreams, type UpstreamSet } from './upstream/create-upstreams.js';

/** What the services run on: one pool per upstream, the store and cross-replica pub/sub. */
export interface Infrastructure {
  upstreams: UpstreamSet;
  /** A SQLite file, or PostgreSQL when `DATABASE_URL` is set. */
  store: Store;
  /** In-process, or Redis when `REDIS_URL` is set. */
  pubsub: ChangePubSub;
  /** Closes pub/sub, the store and the pools, after the services that use them. */
  close(): Promise<void>;
}

/**
 * The first step of the composition root: the connections the process holds for its whole life.
 * @example const infra = await createInfrastructure(env, { erp: 'http://127.0.0.1:4101', wms: '…', crm: '…' });
 */
export async function createInfrastructure(
  env: Env,
  upstreamUrls: { erp: string; wms: string; crm: string },
): Promise<Infrastructure> {
  const store = await createStore(env.store);
  const pubsub = createPubSub({ redisUrl: env.redisUrl });
  const upstreams = createUpstreams(env, upstreamUrls);
  return {
    upstreams,
    store,
    pubsub,
    async close() {
      await pubsub.close();
      await store.close();
      await upstreams.close();
    },
  };
}
