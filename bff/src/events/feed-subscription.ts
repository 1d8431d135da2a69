import type { StoredChange } from '../store/change.js';
import { withCursor, type FeedChange, type TailSubscriber, type TenantTail } from './tenant-tail.js';

/**
 * The key of a feed subscription's direct hand-over: `iterator[DIRECT](take)` while the consumer
 * waits, `iterator[DIRECT](null)` while it is busy. `take(change)` returns true when it has written
 * the change; false leaves it to `next()`. Order holds because the tail hands over only when
 * nothing is queued ahead, and the consumer arms it only once it has drained what `next()` had.
 */
export const DIRECT = Symbol('feed.direct');

export type DirectFeed = AsyncIterableIterator<FeedChange> & {
  [DIRECT](take: ((change: FeedChange) => boolean) | null): void;
};

export interface FeedSubscriptionOptions {
  tail: TenantTail;
  /** Reads the table directly while catching up. */
  read(afterSeq: number, limit: number): Promise<StoredChange[]>;
  /** Start after this `seq`; null = only changes after the tail's current head (live only). */
  after: number | null;
  accepts(change: StoredChange): boolean;
  batchSize: number;
  signal?: AbortSignal;
  onClose(): void;
}

/**
 * One subscriber's iterator: first the backlog after its cursor, read page by page from the table
 * (only when it has consumed the previous page, so a slow reader holds one page at most), then the
 * changes its tenant's tail hands it. It switches to live only once its position has reached the
 * tail's head, and the tail skips anything at or before its position: no gap and no duplicate.
 * `return()` and the abort signal end it at once, even while it waits.
 */
export function createFeedSubscription(options: FeedSubscriptionOptions): DirectFeed {
  const { tail, read, accepts, batchSize, signal } = options;
  let done = false;
  const sub: TailSubscriber = {
    position: options.after,
    live: false,
    queue: [],
    accepts,
    wake: () => {},
    direct: null,
  };

  const close = () => {
    if (done) return;
    done = true;
    sub.queue.length = 0;
    sub.direct = null;
    tail.remove(sub);
    signal?.removeEventListener('abort', close);
    sub.wake();
    options.onClose();
  };

  async function catchUp(): Promise<void> {
    await tail.ready;
    while (!done && !sub.live && sub.queue.length === 0 && sub.position !== null) {
      const changes = await read(sub.position, batchSize);
      if (done) return;
      for (const change of changes) {
        if (change.seq <= sub.position) continue;
        if (accepts(change)) sub.queue.push(withCursor(change));
        sub.position = change.seq;
      }
      // Synchronous from here to the switch: the tail cannot deliver in between.
      const head = tail.head ?? 0;
      if (changes.length < batchSize && sub.position >= head) sub.live = true;
      // Nothing after our position yet behind the head: those rows were pruned; continue at the head.
      else if (changes.length === 0) Object.assign(sub, { position: head, live: true });
    }
  }

  tail.add(sub);
  if (signal?.aborted) close();
  else signal?.addEventListener('abort', close, { once: true });

  const end: IteratorResult<FeedChange> = { done: true, value: undefined };
  async function slowNext(): Promise<IteratorResult<FeedChange>> {
    for (;;) {
      if (done) return end;
      const item = sub.queue.shift();
      if (item) return { done: false, value: item };
      if (!sub.live) await catchUp();
      else await new Promise<void>((resolve) => (sub.wake = resolve));
      sub.wake = () => {};
    }
  }

  const iterator: DirectFeed = {
    [DIRECT](take) {
      sub.direct = done ? null : take;
    },
    // A live subscriber waits with its resolver in `wake`, so the tail's hand-over resumes the
    // consumer in one step: a thousand subscribers pay one promise each per change, not three.
    next() {
      if (done) return Promise.resolve(end);
      const item = sub.queue.shift();
      if (item) return Promise.resolve({ done: false, value: item });
      if (!sub.live) return slowNext();
      return new Promise((resolve) => {
        sub.wake = () => {
          sub.wake = () => {};
          const ready = done ? undefined : sub.queue.shift();
          resolve(ready ? { done: false, value: ready } : slowNext());
        };
      });
    },
    async return() {
      close();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
