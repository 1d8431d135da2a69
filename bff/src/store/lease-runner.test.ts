import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './create-store.js';
import { createLeaseRunner } from './lease-runner.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../tests/support/test-store.js';

/** A clock tests move by hand. */
const manualClock = (start = Date.UTC(2026, 0, 1)) => {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
};

describe.each(DIALECTS)('createLeaseRunner (%s)', (dialect) => {
  let tdb: TestDatabase;
  let replicas: [Store, Store];
  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    replicas = [await tdb.open(), await tdb.open()];
  });
  afterAll(() => tdb.drop());

  it('keeps the lease with its holder while it renews, and hands it over once expired', async () => {
    const clock = manualClock();
    const a = createLeaseRunner({ store: replicas[0], holder: 'a', now: clock.now });
    const b = createLeaseRunner({ store: replicas[1], holder: 'b', now: clock.now });
    expect(await a.claim('handover', 1000)).toBe(true);
    expect(await b.claim('handover', 1000)).toBe(false);
    clock.advance(900);
    expect(await a.claim('handover', 1000)).toBe(true);
    clock.advance(900);
    expect(await b.claim('handover', 1000)).toBe(false);
    clock.advance(200);
    expect(await b.claim('handover', 1000)).toBe(true);
    expect(await a.withLease('handover', 1000, async () => 'ran')).toEqual({ ran: false });
  });

  it('lets another replica take a released lease at once', async () => {
    const clock = manualClock();
    const a = createLeaseRunner({ store: replicas[0], holder: 'a', now: clock.now });
    const b = createLeaseRunner({ store: replicas[1], holder: 'b', now: clock.now });
    expect(await a.claim('release', 60_000)).toBe(true);
    await a.release('release');
    expect(await b.claim('release', 60_000)).toBe(true);
  });

  it('runs each round on exactly one of two racing replicas', async () => {
    const clock = manualClock();
    const runners = replicas.map((store, i) =>
      createLeaseRunner({ store, holder: `replica-${i}`, now: clock.now }),
    );
    const ranBy: string[] = [];
    for (let round = 0; round < 25; round++) {
      const outcomes = await Promise.all(
        runners.map((r) => r.withLease('race', 1000, async () => void ranBy.push(r.holder))),
      );
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
      clock.advance(1001); // expired: both may try again
    }
    expect(ranBy).toHaveLength(25);
  });

  it('runs periodic work on one replica only', async () => {
    const runs = new Map<string, number>();
    const stops = replicas.map((store, i) => {
      const runner = createLeaseRunner({ store, holder: `periodic-${i}` });
      // A TTL far beyond the test, so a loaded machine's late tick cannot let the lease expire.
      const count = async () => void runs.set(runner.holder, (runs.get(runner.holder) ?? 0) + 1);
      return runner.every('periodic', 10, count, 10_000);
    });
    await new Promise((r) => setTimeout(r, 150));
    await Promise.all(stops.map((stop) => stop()));
    expect(runs.size).toBe(1);
    expect([...runs.values()][0]).toBeGreaterThanOrEqual(2);
  });
});
