import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeNotifier } from '../store/change.js';
import type { Store } from '../store/create-store.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import { readChanges } from '../store/read-changes.js';
import {
  hold,
  newTenant,
  recordingNotifier,
  shortPick,
  testEvent,
} from '../store/__fixtures__/test-events.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../../../tests/support/test-store.js';
import { createChangeFeed, type FeedChange } from './create-change-feed.js';
import { createEventSink } from './create-event-sink.js';
import { createPubSub, type ChangePubSub } from './create-pubsub.js';
import { encodeFeedCursor } from './feed-cursor.js';

/** Takes `n` changes, failing after `ms` rather than hanging. */
async function take(iterator: AsyncIterator<FeedChange>, n: number, ms = 3000): Promise<FeedChange[]> {
  const out: FeedChange[] = [];
  const deadline = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`got ${out.length} of ${n}`)), ms).unref(),
  );
  while (out.length < n) {
    const next = await Promise.race([iterator.next(), deadline]);
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/** Ingests `count` short picks (two changes each: the exception and the order). */
const ingestMany = (
  sink: { ingest: ReturnType<typeof createEventSink>['ingest'] },
  tenant: string,
  count: number,
  prefix = 'SO',
) =>
  Promise.all(
    Array.from({ length: count }, (_, i) => sink.ingest(testEvent(tenant, shortPick(`${prefix}-${i}`)))),
  );

const seqs = (changes: { seq: number }[]) => changes.map((c) => c.seq);

/** A pub/sub that loses every message, like Redis during a cut. */
const deafPubSub = (): ChangePubSub => ({
  publish() {},
  subscribe: () => async () => {},
  ready: Promise.resolve(),
  close: async () => {},
});

describe('createChangeFeed (sqlite, in-process pub/sub)', () => {
  let tdb: TestDatabase;
  let store: Store;
  let pubsub: ChangePubSub;
  let feed: ReturnType<typeof createChangeFeed>;
  beforeAll(async () => {
    tdb = await createTestDatabase('sqlite');
    store = await tdb.open();
    pubsub = createPubSub();
    feed = createChangeFeed({ store, pubsub, pollMs: 60_000 });
  });
  afterAll(async () => {
    await feed.close();
    await pubsub.close();
    await tdb.drop();
  });
  const sinkFor = (notifier: ChangeNotifier = feed) =>
    createEventSink({ store, engine: createFakeEngine(), feed: notifier });

  it('delivers the backlog after the cursor, then live changes, in order', async () => {
    const tenant = newTenant();
    const sink = sinkFor();
    await ingestMany(sink, tenant, 3);
    const backlog = await readChanges(store.db, tenant, 0, 100);
    const sub = feed.subscribe(tenant, { after: encodeFeedCursor(backlog[1]!.seq) });
    const first = await take(sub, 4);
    expect(seqs(first)).toEqual(seqs(backlog.slice(2)));
    await ingestMany(sink, tenant, 2, 'LIVE');
    const live = await take(sub, 4);
    expect(seqs(live)).toEqual(seqs((await readChanges(store.db, tenant, 0, 100)).slice(6)));
    expect(live[0]!.cursor).toBe(encodeFeedCursor(live[0]!.seq));
    await sub.return!();
  });

  it('gives only live changes without a cursor', async () => {
    const tenant = newTenant();
    const sink = sinkFor();
    await ingestMany(sink, tenant, 2);
    const sub = feed.subscribe(tenant);
    await new Promise((r) => setTimeout(r, 20));
    await sink.ingest(testEvent(tenant, hold('SO-H')));
    const [exception, order] = await take(sub, 2);
    expect(exception).toMatchObject({
      topic: 'exception',
      payload: { kind: 'RAISED', exception: { type: 'WAREHOUSE_HOLD' } },
    });
    expect(order).toMatchObject({ topic: 'order', key: 'SO-H', payload: { orderNumber: 'SO-H' } });
    await sub.return!();
  });

  it('resumes from the last cursor after a disconnect without gaps or duplicates', async () => {
    const tenant = newTenant();
    const sink = sinkFor();
    const controller = new AbortController();
    const sub = feed.subscribe(tenant, { after: encodeFeedCursor(0), signal: controller.signal });
    await ingestMany(sink, tenant, 5);
    const before = await take(sub, 6);
    controller.abort();
    expect(await sub.next()).toEqual({ done: true, value: undefined });
    await ingestMany(sink, tenant, 5, 'WHILE-AWAY');
    const resumed = feed.subscribe(tenant, { after: before.at(-1)!.cursor });
    const rest = await take(resumed, 14);
    await resumed.return!();
    expect(seqs([...before, ...rest])).toEqual(seqs(await readChanges(store.db, tenant, 0, 100)));
  });

  it('filters by topic while the cursor keeps moving', async () => {
    const tenant = newTenant();
    const sink = sinkFor();
    const sub = feed.subscribe(tenant, { after: encodeFeedCursor(0), topics: ['order'] });
    await ingestMany(sink, tenant, 3);
    const got = await take(sub, 3);
    expect(got.map((c) => c.topic)).toEqual(['order', 'order', 'order']);
    await sub.return!();
  });

  it('ends a waiting subscriber when its signal aborts', async () => {
    const controller = new AbortController();
    const sub = feed.subscribe(newTenant(), { signal: controller.signal });
    const pending = sub.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => feed.subscribe('t', { after: 'nonsense' })).toThrow(/cursor/);
  });

  it('lets a subscriber that fell behind catch up from the table', async () => {
    const small = createChangeFeed({ store, pubsub, pollMs: 60_000, maxQueue: 3, batchSize: 4 });
    const tenant = newTenant();
    const sink = sinkFor(small);
    const sub = small.subscribe(tenant);
    await new Promise((r) => setTimeout(r, 20));
    await ingestMany(sink, tenant, 10);
    await new Promise((r) => setTimeout(r, 50));
    const got = await take(sub, 20);
    expect(seqs(got)).toEqual(seqs(await readChanges(store.db, tenant, 0, 100)));
    await small.close();
  });

  it('serves a thousand subscribers of a tenant with one read per nudge', async () => {
    let reads = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => ((reads += args.node.kind === 'SelectQueryNode' ? 1 : 0), args.node),
      transformResult: async (args) => args.result,
    };
    const countingStore = { ...store, db: store.db.withPlugin(counting) };
    const many = createChangeFeed({ store: countingStore, pubsub, pollMs: 60_000 });
    const tenant = newTenant();
    const subs = Array.from({ length: 1000 }, () => many.subscribe(tenant));
    await new Promise((r) => setTimeout(r, 50));
    reads = 0;
    await sinkFor(many).ingest(testEvent(tenant, shortPick('SO-MANY')));
    const received = await Promise.all(subs.map((s) => take(s, 2)));
    expect(received.every((r) => r.length === 2 && r[0]!.seq === received[0]![0]!.seq)).toBe(true);
    expect(reads).toBeLessThanOrEqual(2);
    await many.close();
  });

  it('recovers a missed nudge with its poll', async () => {
    const polling = createChangeFeed({ store, pubsub: deafPubSub(), pollMs: 50 });
    const tenant = newTenant();
    const sub = polling.subscribe(tenant, { after: encodeFeedCursor(0) });
    // The sink tells nobody: only the poll can find the change.
    await sinkFor(recordingNotifier()).ingest(testEvent(tenant, shortPick('SO-LOST')));
    expect(await take(sub, 2, 2000)).toHaveLength(2);
    await polling.close();
  });
});

describe('createChangeFeed (two replicas on PostgreSQL and Redis)', () => {
  let tdb: TestDatabase;
  const closers: (() => Promise<unknown>)[] = [];
  const channel = `orderlens-test:${randomUUID()}`;

  const replica = async () => {
    const store = await tdb.open();
    const pubsub = createPubSub({ redisUrl: TEST_REDIS_URL, channel });
    await pubsub.ready;
    // A long poll: what arrives quickly arrived through Redis.
    const feed = createChangeFeed({ store, pubsub, pollMs: 60_000 });
    closers.push(
      () => feed.close(),
      () => pubsub.close(),
    );
    return { store, feed, sink: createEventSink({ store, engine: createFakeEngine(), feed }) };
  };

  beforeAll(async () => {
    tdb = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await tdb.drop();
  });

  it('delivers a change ingested on one replica to a subscriber on the other', async () => {
    const [a, b] = [await replica(), await replica()];
    const tenant = newTenant();
    const sub = b.feed.subscribe(tenant);
    await new Promise((r) => setTimeout(r, 50));
    await a.sink.ingest(testEvent(tenant, shortPick('SO-X')));
    const got = await take(sub, 2, 5000);
    expect(got.map((c) => c.topic)).toEqual(['exception', 'order']);
    await sub.return!();
  });

  it('gives subscribers on both replicas every change once, in commit order, under concurrent writers', async () => {
    const [a, b] = [await replica(), await replica()];
    const tenant = newTenant();
    const start = encodeFeedCursor(0);
    const subs = [a.feed.subscribe(tenant, { after: start }), b.feed.subscribe(tenant, { after: start })];
    await Promise.all([ingestMany(a.sink, tenant, 40, 'A'), ingestMany(b.sink, tenant, 40, 'B')]);
    const expected = seqs(await readChanges(a.store.db, tenant, 0, 1000));
    expect(expected).toHaveLength(160);
    for (const sub of subs) {
      expect(seqs(await take(sub, 160, 5000))).toEqual(expected);
      await sub.return!();
    }
  });
});
