import type { ChangeNotifier, ChangeNudge, ChangeTopic, StoredChange } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { latestSeq, readChanges } from '../store/read-changes.js';
import type { ChangePubSub } from './create-pubsub.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.js';
import { createFeedSubscription, type DirectFeed } from './feed-subscription.js';
import { createTenantTail, type FeedChange, type TenantTail } from './tenant-tail.js';

export type { FeedChange } from './tenant-tail.js';

export interface ChangeFeedOptions {
  store: Store;
  pubsub: ChangePubSub;
  /** How often each tail reads without a nudge: the bound on delay when a nudge is lost. */
  pollMs?: number;
  batchSize?: number;
  /**
   * Changes buffered per subscriber before it forgets them and falls back to reading the table
   * itself from its position (a reader that stopped reading holds at most this many).
   */
  maxQueue?: number;
}

export interface SubscribeOptions {
  /** Resume after this cursor (backlog first); null or absent = live changes only. */
  after?: string | null;
  topics?: readonly ChangeTopic[];
  /** Further filtering, e.g. one order's changes; filtered changes still move the cursor. */
  filter?: (change: StoredChange) => boolean;
  signal?: AbortSignal;
}

/**
 * The durable change feed of decision 0005. Subscribers get a tenant's changes from the `changes`
 * table, exactly once and in order, the backlog after their cursor first and then live; pub/sub
 * nudges only say when to read. One tail per tenant per replica serves all its subscribers.
 * @example
 * const feed = createChangeFeed({ store, pubsub });
 * for await (const change of feed.subscribe('acme', { after: cursor, topics: ['exception'], signal })) send(change);
 * feed.notify({ tenant: 'acme', seq: 42 }); // after a commit: every replica's tail reads
 */
export function createChangeFeed(options: ChangeFeedOptions) {
  const { store, pubsub, pollMs = 1000, batchSize = 500, maxQueue = 1000 } = options;
  const read = (tenant: string) => (after: number, limit: number) =>
    readChanges(store.db, tenant, after, limit);
  const tails = new Map<string, TenantTail>();
  const open = new Set<AsyncIterableIterator<FeedChange>>();
  const stopListening = pubsub.subscribe((nudge) => tails.get(nudge.tenant)?.nudge(nudge.seq));

  const tailOf = (tenant: string) => {
    let tail = tails.get(tenant);
    if (!tail) {
      tail = createTenantTail({
        read: read(tenant),
        latest: () => latestSeq(store.db, tenant),
        pollMs,
        batchSize,
        maxQueue,
      });
      tails.set(tenant, tail);
    }
    return tail;
  };

  const feed = {
    subscribe(tenant: string, opts: SubscribeOptions = {}): DirectFeed {
      const after = decodeFeedCursor(opts.after);
      const topics = opts.topics ? new Set(opts.topics) : null;
      const tail = tailOf(tenant);
      // onClose may run during construction (an already aborted signal), before `subscription` is set.
      let subscription: DirectFeed | undefined;
      let closed = false;
      subscription = createFeedSubscription({
        tail,
        read: read(tenant),
        after,
        accepts: (c) => (!topics || topics.has(c.topic)) && (!opts.filter || opts.filter(c)),
        batchSize,
        signal: opts.signal,
        onClose() {
          closed = true;
          if (subscription) open.delete(subscription);
          // The last subscriber gone: stop polling for this tenant.
          if (tail.size === 0 && tails.get(tenant) === tail) {
            tail.stop();
            tails.delete(tenant);
          }
        },
      });
      if (!closed) open.add(subscription);
      return subscription;
    },
    /** After a commit: this replica's tail reads at once, the others when pub/sub reaches them. */
    notify(nudge: ChangeNudge) {
      tails.get(nudge.tenant)?.nudge(nudge.seq);
      pubsub.publish(nudge);
    },
    /** The cursor of the tenant's latest change: subscribe `after` it for "everything from now on". */
    async head(tenant: string): Promise<string> {
      return encodeFeedCursor(await latestSeq(store.db, tenant));
    },
    /** Live subscribers on this replica and the changes queued for them, e.g. `{ acme: { … } }`. */
    stats(): Record<string, { subscribers: number; queued: number; overflows: number }> {
      const byTenant: Record<string, { subscribers: number; queued: number; overflows: number }> = {};
      for (const [tenant, tail] of tails) byTenant[tenant] = tail.stats();
      return byTenant;
    },
    /** Ends every open subscription and stops the tails. */
    async close() {
      await stopListening();
      await Promise.all([...open].map((s) => s.return?.()));
      for (const tail of tails.values()) tail.stop();
      tails.clear();
    },
  } satisfies ChangeNotifier & Record<string, unknown>;
  return feed;
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
