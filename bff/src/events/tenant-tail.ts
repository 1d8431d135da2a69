import type { StoredChange } from '../store/change.js';
import { encodeFeedCursor } from './feed-cursor.js';

/** A change as a subscriber receives it: with its resume cursor. */
export type FeedChange = StoredChange & { cursor: string };

/** One subscriber's place in a tenant's feed. */
export interface TailSubscriber {
  /** The last `seq` accounted for (delivered or filtered out); null = start at the tail's head. */
  position: number | null;
  /** Fed by the tail; when false it reads the table itself until it has caught up. */
  live: boolean;
  queue: FeedChange[];
  accepts(change: StoredChange): boolean;
  /** Called after the tail queued changes for it. */
  wake(): void;
  /**
   * A consumer that can take a change synchronously (the SSE fan-out) sets this while it waits:
   * a change that would be first in an empty queue goes straight to it; false = queue it after all.
   */
  direct: ((change: FeedChange) => boolean) | null;
}

export interface TenantTailOptions {
  read(afterSeq: number, limit: number): Promise<StoredChange[]>;
  latest(): Promise<number>;
  pollMs: number;
  batchSize: number;
  /** A subscriber that lets more than this many changes pile up falls back to reading the table. */
  maxQueue: number;
}

export const withCursor = (change: StoredChange): FeedChange => ({
  ...change,
  cursor: encodeFeedCursor(change.seq),
});

/**
 * The one reader of a tenant's changes on this replica: on a nudge or a poll it reads what was
 * committed after its head and hands each change to every live subscriber, so a thousand
 * subscribers cost one query, not a thousand. A missed nudge only waits for the next poll.
 */
export function createTenantTail(options: TenantTailOptions) {
  const { read, pollMs, batchSize, maxQueue } = options;
  const subscribers = new Set<TailSubscriber>();
  let head: number | null = null;
  let reading = false;
  let again = false;

  const place = (sub: TailSubscriber) => {
    if (sub.position === null) {
      sub.position = head;
      sub.live = true;
    }
  };
  let stopped = false;
  const ready = (async () => {
    // Until the store answers there is no head to start live subscribers at; keep asking.
    while (head === null && !stopped) {
      try {
        head = await options.latest();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }
    for (const sub of subscribers) place(sub);
  })();
  const timer = setInterval(() => void pump(), pollMs);
  timer.unref();

  function deliver(changes: StoredChange[]) {
    const items = changes.map(withCursor);
    for (const sub of subscribers) {
      if (!sub.live || sub.position === null) continue;
      let added = false;
      for (const item of items) {
        if (item.seq <= sub.position) continue;
        if (sub.queue.length >= maxQueue) {
          // Too slow to keep in memory: it re-reads from its position once it drained its queue.
          sub.live = false;
          break;
        }
        if (sub.accepts(item) && !(sub.queue.length === 0 && sub.direct?.(item))) {
          sub.queue.push(item);
          added = true;
        }
        sub.position = item.seq;
      }
      if (added) sub.wake();
    }
    const last = changes.at(-1);
    if (last) head = last.seq;
  }

  async function pump(): Promise<void> {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      await ready;
      if (head === null) return;
      do {
        again = false;
        for (let page = batchSize; page === batchSize;) {
          const changes = await read(head, batchSize);
          deliver(changes);
          page = changes.length;
        }
      } while (again);
    } catch {
      // The store is unreachable for now; the next nudge or poll tries again.
    } finally {
      reading = false;
    }
  }

  return {
    get head() {
      return head;
    },
    /** Resolves once the head is known and subscribers waiting for it are placed. */
    ready,
    get size() {
      return subscribers.size;
    },
    add(sub: TailSubscriber) {
      subscribers.add(sub);
      if (head !== null) place(sub);
    },
    remove(sub: TailSubscriber) {
      subscribers.delete(sub);
    },
    /** Something was committed up to `seq` (unknown: read anyway). */
    nudge(seq?: number) {
      if (seq !== undefined && head !== null && seq <= head) return;
      void pump();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      subscribers.clear();
    },
  };
}

export type TenantTail = ReturnType<typeof createTenantTail>;
