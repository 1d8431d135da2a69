import { afterEach, describe, expect, it } from 'vitest';
import type { StoredChange } from '../store/change.js';
import { createFeedSubscription, DIRECT } from './feed-subscription.js';
import { createTenantTail, type FeedChange } from './tenant-tail.js';

const change = (seq: number): StoredChange =>
  ({ seq, tenant: 'acme', topic: 'exception', key: `k${seq}`, payload: {}, createdAt: '' }) as StoredChange;

describe('createFeedSubscription: the direct hand-over', () => {
  let rows: StoredChange[] = [];
  const tail = createTenantTail({
    read: async (after) => rows.filter((r) => r.seq > after),
    latest: async () => 0,
    pollMs: 60_000,
    batchSize: 100,
    maxQueue: 100,
  });
  afterEach(() => tail.stop());

  const commit = async (...seqs: number[]) => {
    rows = seqs.map(change);
    tail.nudge(seqs.at(-1));
    await new Promise((r) => setTimeout(r, 5));
  };

  it('hands live changes to a waiting consumer that takes them, and queues the ones it refuses, in order', async () => {
    await tail.ready;
    const feed = createFeedSubscription({
      tail,
      read: async () => [],
      after: null,
      accepts: (c) => c.seq !== 3,
      batchSize: 100,
      onClose() {},
    });
    const taken: number[] = [];
    // Takes odd changes only: an even one is "not ready", so it and everything after it queue.
    feed[DIRECT]((c: FeedChange) => c.seq % 2 === 1 && taken.push(c.seq) > 0);
    const waiting = feed.next();
    await commit(1, 2, 3, 4, 5);
    expect(taken).toEqual([1]);
    feed[DIRECT](null);
    const seen = [(await waiting).value?.seq, (await feed.next()).value?.seq, (await feed.next()).value?.seq];
    // 3 is filtered out; 5 queued behind 2 and 4 although it could have been taken.
    expect(seen).toEqual([2, 4, 5]);

    await commit(6, 7);
    expect((await feed.next()).value?.seq).toBe(6);
    expect((await feed.next()).value?.seq).toBe(7);
    await feed.return!();
  });
});

describe('createFeedSubscription: a subscriber that stops consuming', () => {
  it('forgets its queue once it is full, holding no change, and reads them back from the table in order', async () => {
    let rows: StoredChange[] = [];
    const tail = createTenantTail({
      read: async (after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
      latest: async () => 0,
      pollMs: 60_000,
      batchSize: 100,
      maxQueue: 3,
    });
    await tail.ready;
    const feed = createFeedSubscription({
      tail,
      read: async (after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
      after: null,
      accepts: (c) => c.seq !== 4,
      batchSize: 2,
      onClose() {},
    });
    rows = Array.from({ length: 10 }, (_, i) => change(i + 1));
    tail.nudge(10);
    await new Promise((r) => setTimeout(r, 5));
    expect(tail.stats()).toEqual({ subscribers: 1, queued: 0, overflows: 1 });

    const seen: number[] = [];
    for (let i = 0; i < 9; i++) seen.push((await feed.next()).value!.seq);
    expect(seen).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
    // Caught up: live again.
    rows.push(change(11));
    tail.nudge(11);
    expect((await feed.next()).value?.seq).toBe(11);
    await feed.return!();
    tail.stop();
  });
});
