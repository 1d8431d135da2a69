import type { StoredChange } from '../store/change.js';
import { withCursor, type FeedChange, type TailSubscriber, type TenantTail } from './tenant-tail.js';

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
export function createFeedSubscription(options: FeedSubscriptionOptions): AsyncIterableIterator<FeedChange> {
  const { tail, read, accepts, batchSize, signal } = options;
  let done = false;
  const sub: TailSubscriber = { position: options.after, live: false, queue: [], accepts, wake: () => {} };

  const close = () => {
    if (done) return;
    done = true;
    sub.queue.length = 0;
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

  const iterator: AsyncIterableIterator<FeedChange> = {
    async next() {
      for (;;) {
        if (done) return { done: true, value: undefined };
        const item = sub.queue.shift();
        if (item) return { done: false, value: item };
        if (!sub.live) await catchUp();
        else await new Promise<void>((resolve) => (sub.wake = resolve));
        sub.wake = () => {};
      }
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
