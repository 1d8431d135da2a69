import { loadavg } from 'node:os';
import type { BenchContext } from './bench-context.js';
import { createBffClient, TENANTS } from './bff-client.js';
import { openExceptionSubscribers } from './exception-subscribers.js';
import { forkChild } from './fork-child.js';
import { measureIntake, type IntakeOptions } from './intake-throughput.js';
import { measureNotify, type NotifyOptions } from './measure-notify.js';
import { complete, figuresOf, frames, machineNote, problems } from './notify-report.js';
import type { NotifyServerConfig } from './notify-server.js';
import { ms, verdict, type BenchReport, type Row } from './report.js';
import { createSseLoadControl } from './sse-load-control.js';

const SUBSCRIBERS_PER_TENANT = 500;
// Turns are short because a saturated side needs many times the turn to deliver its backlog, and
// the next turn must not start while it does; the drain bound is what keeps the run bounded.
const NOTIFY: NotifyOptions = {
  ratePerS: 100,
  eventsPerTurn: 200,
  warmupEvents: 50,
  rounds: 2,
  drainMs: 30_000,
};
const INTAKE: IntakeOptions = {
  events: 10_000,
  warmup: 1000,
  concurrency: 64,
  maxMs: 20_000,
  firstPair: 1_000_000,
};
const INTAKE_TARGET = 2000;

/**
 * B5: 1,000 SSE subscribers (500 per tenant) of `exceptionChanges` on the embedded store (SQLite),
 * 100 signed WMS webhooks a second through intake; post start → frame read at every subscriber,
 * against a raw node:http SSE endpoint writing pre-serialised frames of the same size to 1,000
 * streams at the same rate. Then intake throughput on its own.
 */
export async function runB5(ctx: BenchContext): Promise<BenchReport> {
  const loadAtStart = loadavg()[0]!;
  const config: NotifyServerConfig = { upstreamUrls: ctx.simUrls };
  const [server, raw, client] = await Promise.all([
    forkChild<{ url: string }>(new URL('./notify-server.ts', import.meta.url), [JSON.stringify(config)]),
    forkChild<{ url: string }>(new URL('./raw-sse-server.ts', import.meta.url)),
    forkChild<{ url: string }>(new URL('./sse-load-process.ts', import.meta.url)),
  ]);
  const bff = await createBffClient(server.info.url, { connections: 4 });
  try {
    // Throughput first, on an idle server with no subscribers: what intake and the store can take.
    const intake = await measureIntake(server.info.url, server, INTAKE);

    const load = createSseLoadControl(client.info.url);
    let openMs = 0;
    for (const tenant of TENANTS) {
      openMs += (
        await openExceptionSubscribers(load, {
          group: 'bff',
          url: server.info.url,
          bff,
          tenant,
          count: SUBSCRIBERS_PER_TENANT,
        })
      ).ms;
      openMs += (
        await load.open({
          group: 'raw',
          origin: raw.info.url,
          method: 'GET',
          path: `/stream/${tenant}`,
          headers: {},
          tenant,
          count: SUBSCRIBERS_PER_TENANT,
          maxMs: 30_000,
        })
      ).ms;
    }
    // The raw frames are padded to the length of the subscription's frames, read off a first turn.
    const probe = await load.turn({
      groups: ['bff'],
      origin: server.info.url,
      mode: 'webhook',
      tenants: [...TENANTS],
      events: 20,
      ratePerS: NOTIFY.ratePerS,
      maxMs: 5000,
      drainMs: 10_000,
    });
    const probed = probe.groups['bff']!;
    if (probe.postErrors || probed.missing)
      throw new Error(
        `probe turn: ${probe.postErrors} post errors (${probe.firstPostError}), ${probed.missing} frames missing`,
      );
    const frameBytes = Math.round(probed.dataBytes);

    const results = await measureNotify(
      load,
      [
        {
          groups: ['raw'],
          origin: raw.info.url,
          mode: 'raw',
          tenants: [...TENANTS],
          frameBytes,
          servers: [raw],
        },
        {
          groups: ['bff'],
          origin: server.info.url,
          mode: 'webhook',
          tenants: [...TENANTS],
          servers: [server],
        },
      ],
      NOTIFY,
    );
    const r = results['raw']!;
    const b = results['bff']!;

    const offered = NOTIFY.ratePerS * SUBSCRIBERS_PER_TENANT;
    const rows: Row[] = [
      row(
        'p50 ms',
        ms(b.p50),
        ms(r.p50),
        `+${(b.p50 - r.p50).toFixed(1)} ms`,
        `≤ raw + 2 = ${(r.p50 + 2).toFixed(1)}`,
        verdict(b.p50 <= r.p50 + 2),
      ),
      row('p90 ms', ms(b.p90), ms(r.p90), `+${(b.p90 - r.p90).toFixed(1)} ms`),
      row('p99 ms', ms(b.p99), ms(r.p99), `+${(b.p99 - r.p99).toFixed(1)} ms`, '≤ 50', verdict(b.p99 <= 50)),
      row('max ms', ms(b.max), ms(r.max), ''),
      row(
        `frames/s delivered (offered ${offered.toLocaleString('en')})`,
        b.framesPerS.toFixed(0),
        r.framesPerS.toFixed(0),
        '',
      ),
      row(
        'frames received / expected',
        frames(b),
        frames(r),
        '',
        'all, once',
        verdict(complete(b) && complete(r)),
      ),
      row(
        'post → answer p50 / p99 ms',
        `${ms(b.post.p50)} / ${ms(b.post.p99)}`,
        `${ms(r.post.p50)} / ${ms(r.post.p99)}`,
        '',
      ),
      row(
        'server CPU ms/event',
        ms(b.serverCpuUsPerEvent / 1000),
        ms(r.serverCpuUsPerEvent / 1000),
        `${(b.serverCpuUsPerEvent / r.serverCpuUsPerEvent).toFixed(1)}×`,
      ),
      row('server cores busy', b.serverCores.toFixed(2), r.serverCores.toFixed(2), ''),
      // What one core could sustain at this fan-out, from the CPU each event cost.
      row(
        `events/s one core sustains (offered ${NOTIFY.ratePerS})`,
        (1e6 / b.serverCpuUsPerEvent).toFixed(0),
        (1e6 / r.serverCpuUsPerEvent).toFixed(0),
        '',
      ),
      row(
        'client cores busy, loop delay p99',
        `${b.clientCores.toFixed(2)}, ${ms(b.clientLoopDelayP99Ms)} ms`,
        `${r.clientCores.toFixed(2)}, ${ms(r.clientLoopDelayP99Ms)} ms`,
        '',
      ),
      {
        metric: `intake events/s (SQLite, c=${INTAKE.concurrency})`,
        Orderlens: intake.rps.toFixed(0),
        'raw SSE': '',
        difference: '',
        target: `≥ ${INTAKE_TARGET}`,
        result: verdict(intake.rps >= INTAKE_TARGET && intake.errors === 0),
      },
      row(
        'intake post p50 / p99 ms, CPU µs/event',
        `${ms(intake.p50)} / ${ms(intake.p99)}, ${intake.serverCpuUs.toFixed(0)}`,
        '',
        '',
      ),
    ];
    return {
      id: 'B5',
      title: `webhook → ${SUBSCRIBERS_PER_TENANT * TENANTS.length} SSE subscribers at ${NOTIFY.ratePerS} events/s; intake throughput`,
      settings: {
        subscribersPerTenant: SUBSCRIBERS_PER_TENANT,
        tenants: TENANTS,
        notify: NOTIFY,
        intake: INTAKE,
        frameDataBytes: frameBytes,
        store: 'SQLite (embedded)',
      },
      rows,
      figures: { orderlens: figuresOf(b), raw: figuresOf(r), intake, openSubscribersMs: openMs },
      notes: [
        machineNote(loadAtStart),
        `Latency = webhook POST start → the frame read at a subscriber, every (event, subscriber) pair: ${b.frames.received} for Orderlens, ${r.frames.received} raw; poster and subscribers share one client process (one clock), the servers run in processes of their own.`,
        `Events alternate tenants, so each reaches its tenant's ${SUBSCRIBERS_PER_TENANT} subscribers (${offered.toLocaleString('en')} frames/s offered). Each order gets a short pick (RAISED) then a second line short (UPDATED).`,
        'A side that cannot deliver at the offered rate queues: its latency then grows with the length of the turn, and "frames/s delivered" and "events/s one core sustains" say how far it is from the load.',
        `raw SSE = node:http, the change's data pre-serialised once per event (${frameBytes} chars, padded to Orderlens's) and written to every stream of the tenant.`,
        `Sides take turns (${NOTIFY.rounds} rounds of ${NOTIFY.eventsPerTurn} events each, open loop at ${NOTIFY.ratePerS}/s) after ${NOTIFY.warmupEvents} warm-up events each.`,
        `Intake: ${INTAKE.events.toLocaleString('en')} distinct signed webhooks after ${INTAKE.warmup} warm-up, closed loop at c=${INTAKE.concurrency}, before any subscriber is connected; 202 only after commit.`,
        ...problems('Orderlens', b),
        ...problems('raw', r),
        ...(intake.errors ? [`intake: ${intake.errors} errors, first: ${intake.firstError}`] : []),
      ],
    };
  } finally {
    await bff.close();
    await Promise.all([client.close(), server.close(), raw.close()]);
  }
}

const row = (
  metric: string,
  orderlens: string,
  raw: string,
  difference: string,
  target = '',
  result: Row['result'] = '',
): Row => ({
  metric,
  Orderlens: orderlens,
  'raw SSE': raw,
  difference,
  target,
  result,
});
