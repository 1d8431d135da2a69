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
  let overflows = 0;

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

  // Change-major: every subscriber gets change n before any gets n + 1, so the renderers' small
  // memo (the last few changes) serves a whole page, and a subscriber's order holds as before.
  function deliver(changes: StoredChange[]) {
    // Woken once the whole page is queued (a consumer resumed earlier could see a later change
    // handed over directly before an earlier one it was given); only a queue that was empty has a
    // consumer waiting on it.
    const woken: TailSubscriber[] = [];
    for (const change of changes) {
      const item = withCursor(change);
      for (const sub of subscribers) {
        if (!sub.live || sub.position === null || item.seq <= sub.position) continue;
        if (sub.accepts(item) && !(sub.queue.length === 0 && sub.direct?.(item))) {
          if (sub.queue.length >= maxQueue) {
            overflow(sub, item);
            continue;
          }
          if (sub.queue.push(item) === 1) woken.push(sub);
        }
        sub.position = item.seq;
      }
    }
    for (const sub of woken) sub.wake();
    const last = changes.at(-1);
    if (last) head = last.seq;
  }

  /**
   * Too slow to keep in memory: it forgets what was queued and goes back to just before it, so it
   * holds no changes (nor the frames rendered for them) and re-reads them from the table, in order,
   * once it asks again.
   */
  function overflow(sub: TailSubscriber, next: FeedChange) {
    sub.position = (sub.queue[0] ?? next).seq - 1;
    sub.queue.length = 0;
    sub.live = false;
    overflows++;
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
    /** Subscribers, the changes queued for them, and how many fell back to the table (for tests). */
    stats() {
      let queued = 0;
      for (const sub of subscribers) queued += sub.queue.length;
      return { subscribers: subscribers.size, queued, overflows };
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
