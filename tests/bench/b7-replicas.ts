import { loadavg } from 'node:os';
import { createTestDatabase, TEST_REDIS_URL } from '../support/test-store.js';
import type { BenchContext } from './bench-context.js';
import { createBffClient } from './bff-client.js';
import { openExceptionSubscribers } from './exception-subscribers.js';
import { forkChild } from './fork-child.js';
import { measureNotify, type NotifyOptions } from './measure-notify.js';
import { addedPerEvent, complete, figuresOf, frames, machineNote, problems } from './notify-report.js';
import { percentiles } from './percentiles.js';
import type { NotifyServerConfig } from './notify-server.js';
import { ms, verdict, type BenchReport, type Row } from './report.js';
import { createSseLoadControl } from './sse-load-control.js';

/**
 * Below saturation on purpose: B5 shows that a fan-out of 50,000 frames/s saturates a replica, and
 * a saturated replica's queue, not the hop, would then decide the figures. 2 × 2,500 frames/s here.
 */
const SUBSCRIBERS_PER_REPLICA = 25;
// 1,500 events: a p99 over events that share one commit each is about its 15th-worst event.
const NOTIFY: NotifyOptions = {
  ratePerS: 100,
  eventsPerTurn: 250,
  warmupEvents: 100,
  rounds: 6,
  drainMs: 10_000,
};

/**
 * B7: two replicas on one PostgreSQL schema and Redis; every event is posted to replica A, and
 * subscribers of the same tenant listen on A (single process: A commits, nudges its own tail and
 * writes the frames) and on B (replicas: the nudge goes A → Redis → B, which reads the change from
 * PostgreSQL and writes the frames). Both groups are timed on the very same events, so a slow
 * commit on PostgreSQL lands in both alike and the difference is what the second replica adds.
 */
export async function runB7(ctx: BenchContext): Promise<BenchReport> {
  const loadAtStart = loadavg()[0]!;
  const db = await createTestDatabase('postgres');
  const dropSchema = ctx.onStop(() => db.drop());
  try {
    // The schema's tables are created once, before two replicas race to.
    await (await db.open()).close();
    const config: NotifyServerConfig = {
      upstreamUrls: ctx.simUrls,
      databaseUrl: db.url,
      redisUrl: TEST_REDIS_URL,
    };
    const [a, b, client] = await Promise.all([
      forkChild<{ url: string }>(new URL('./notify-server.ts', import.meta.url), [JSON.stringify(config)]),
      forkChild<{ url: string }>(new URL('./notify-server.ts', import.meta.url), [JSON.stringify(config)]),
      forkChild<{ url: string }>(new URL('./sse-load-process.ts', import.meta.url)),
    ]);
    const [bffA, bffB] = await Promise.all([
      createBffClient(a.info.url, { connections: 4 }),
      createBffClient(b.info.url, { connections: 4 }),
    ]);
    try {
      const load = createSseLoadControl(client.info.url);
      for (const [group, url, bff] of [
        ['single', a.info.url, bffA],
        ['replicas', b.info.url, bffB],
      ] as const)
        await openExceptionSubscribers(load, {
          group,
          url,
          bff,
          tenant: 'acme',
          count: SUBSCRIBERS_PER_REPLICA,
        });
      const results = await measureNotify(
        load,
        [
          {
            groups: ['single', 'replicas'],
            origin: a.info.url,
            mode: 'webhook',
            tenants: ['acme'],
            servers: [a, b],
          },
        ],
        NOTIFY,
      );
      const s = results['single']!;
      const r = results['replicas']!;
      const added = (p: 'p50' | 'p90' | 'p99') => r[p] - s[p];
      const perEvent = percentiles(addedPerEvent(s, r));
      const rows: Row[] = [
        row('p50 ms', ms(r.p50), ms(s.p50), signed(added('p50')), '≤ +2 ms', verdict(added('p50') <= 2)),
        row('p90 ms', ms(r.p90), ms(s.p90), signed(added('p90'))),
        row('p99 ms', ms(r.p99), ms(s.p99), signed(added('p99')), '≤ +5 ms', verdict(added('p99') <= 5)),
        row('max ms', ms(r.max), ms(s.max), ''),
        // The same events compared one by one: what B adds, without the commit both wait for.
        row('added per event p50 / p99 ms', `${signed(perEvent.p50)} / ${signed(perEvent.p99)}`, '', ''),
        row(
          'frames received / expected',
          frames(r),
          frames(s),
          '',
          'all, once',
          verdict(complete(r) && complete(s)),
        ),
        // Shared by both groups: the same turns, posts and processes.
        row('post → answer p50 / p99 ms (replica A)', `${ms(s.post.p50)} / ${ms(s.post.p99)}`, 'same', ''),
        row('CPU ms/event, both replicas', ms(s.serverCpuUsPerEvent / 1000), 'same', ''),
        row(
          'client cores busy, loop delay p99',
          `${s.clientCores.toFixed(2)}, ${ms(s.clientLoopDelayP99Ms)} ms`,
          'same',
          '',
        ),
      ];
      return {
        id: 'B7',
        title: `two replicas on PostgreSQL + Redis: post on one, ${SUBSCRIBERS_PER_REPLICA} subscribers on each, ${NOTIFY.ratePerS} events/s`,
        settings: {
          subscribersPerReplica: SUBSCRIBERS_PER_REPLICA,
          notify: NOTIFY,
          store: 'PostgreSQL (fresh schema)',
          pubsub: 'Redis',
        },
        rows,
        figures: { replicas: figuresOf(r), single: figuresOf(s), addedPerEvent: perEvent },
        notes: [
          machineNote(loadAtStart),
          'Latency = webhook POST start → the frame read at a subscriber, every (event, subscriber) pair; poster and subscribers share one client process (one clock).',
          `single process: subscribers on replica A, where every event is posted (its own tail is nudged in-process). two replicas: subscribers on B (the nudge crosses Redis, B reads PostgreSQL). ${SUBSCRIBERS_PER_REPLICA} of tenant acme on each, timed on the same events.`,
          'Both groups in each turn, not turns taken: in trial runs with turns, a few PostgreSQL commits of 100+ ms landing in one side’s turns moved p99 by ±100 ms, twenty times the target.',
          `${NOTIFY.rounds} turns of ${NOTIFY.eventsPerTurn} events, open loop at ${NOTIFY.ratePerS}/s, after ${NOTIFY.warmupEvents} warm-up events; CPU is both replicas' over the turns.`,
          ...problems('replicas', r),
          ...problems('single', s),
        ],
      };
    } finally {
      await Promise.all([bffA.close(), bffB.close()]);
      await Promise.all([client.close(), a.close(), b.close()]);
    }
  } finally {
    await dropSchema();
  }
}

const row = (
  metric: string,
  replicas: string,
  single: string,
  added: string,
  target = '',
  result: Row['result'] = '',
): Row => ({ metric, 'two replicas': replicas, 'single process': single, added, target, result });

const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`;
