import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub as createYogaPubSub } from 'graphql-yoga';
import { Redis, type RedisOptions } from 'ioredis';
import type { ChangeNudge } from '../store/change.js';

export interface ChangePubSub {
  /** Tells every replica (this one included) that a tenant has changes up to `seq`. */
  publish(nudge: ChangeNudge): void;
  /** Calls `listener` for each nudge until the returned function is called. */
  subscribe(listener: (nudge: ChangeNudge) => void): () => Promise<void>;
  /** Resolves once this replica receives what is published (Redis acknowledged the subscription). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** Redis for cross-replica delivery; unset = in-process only (the embedded default). */
  redisUrl?: string | null;
  /** The channel; tests give each file its own so parallel files do not hear each other. */
  channel?: string;
}

type Topics = Record<string, [ChangeNudge]>;

/**
 * Pub/sub for change nudges, on GraphQL Yoga's `createPubSub`: an in-process EventTarget by
 * default, Redis (one publishing and one subscribing connection) when `redisUrl` is set. It carries
 * only `{ tenant, seq }`: the changes themselves are read from the store, so a lost message (Redis
 * pub/sub is at-most-once) only delays delivery until the change feed's next poll.
 * @example const pubsub = createPubSub({ redisUrl: env.redisUrl }); pubsub.publish({ tenant: 'acme', seq: 42 });
 */
export function createPubSub({ redisUrl, channel = 'orderlens:changes' }: PubSubOptions = {}): ChangePubSub {
  // The publisher drops what it cannot send at once (a lost nudge only waits for the poll), so an
  // outage neither queues stale nudges nor rejects them later; the subscriber's SUBSCRIBE waits for Redis.
  const redis = redisUrl
    ? {
        publisher: connect(redisUrl, { enableOfflineQueue: false }),
        subscriber: connect(redisUrl, { maxRetriesPerRequest: null }),
      }
    : null;
  const pubsub = createYogaPubSub<Topics>(
    redis
      ? {
          eventTarget: createRedisEventTarget({
            publishClient: redis.publisher,
            subscribeClient: redis.subscriber,
          }),
        }
      : undefined,
  );
  // The event target subscribes lazily and does not say when Redis confirmed; subscribing here
  // too (Redis ignores the repeat) gives `ready` something to wait for.
  const ready = redis ? redis.subscriber.subscribe(channel).then(() => undefined) : Promise.resolve();
  // Nobody may be waiting on it; a Redis outage at start must not become an unhandled rejection.
  ready.catch(() => {});
  const listening = new Set<() => Promise<void>>();

  return {
    publish(nudge) {
      // Published straight through ioredis so a failure is ours to swallow: Yoga's Redis event target
      // leaves the promise of PUBLISH unhandled, and an unhandled rejection ends the process.
      if (redis) void redis.publisher.publish(channel, JSON.stringify(nudge)).catch(() => {});
      else pubsub.publish(channel, nudge);
    },
    subscribe(listener) {
      const repeater = pubsub.subscribe(channel);
      // Repeaters start on the first `next()`, so start consuming now; the listener is synchronous,
      // so the repeater never builds up a backlog.
      void (async () => {
        for await (const nudge of repeater) if (nudge) listener(nudge);
      })().catch(() => {});
      const stop = async () => {
        listening.delete(stop);
        await repeater.return();
      };
      listening.add(stop);
      return stop;
    },
    ready,
    async close() {
      await Promise.all([...listening].map((stop) => stop()));
      // The event target unsubscribes from Redis once its listeners are gone; let it, then quit.
      await new Promise((resolve) => setImmediate(resolve));
      if (redis) await Promise.all([redis.publisher.quit(), redis.subscriber.quit()]).catch(() => {});
    },
  };
}

function connect(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { lazyConnect: false, ...options });
  // ioredis reconnects (and resubscribes) by itself; without a listener every blip is printed as
  // an unhandled error. Missed nudges are made up by the feed's poll.
  client.on('error', () => {});
  return client;
}
