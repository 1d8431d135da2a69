import type { Tenant } from './bff-client.js';
import type { Child } from './fork-child.js';
import { percentiles, type Percentiles } from './percentiles.js';
import type { SseLoadControl } from './sse-load-control.js';
import type { TurnReply, TurnRequest } from './sse-load-process.js';

export interface NotifySide {
  /** The subscriber groups (opened beforehand) whose frames are timed, all on the same events. */
  groups: string[];
  /** Where events are posted, and as what. */
  origin: string;
  mode: TurnRequest['mode'];
  tenants: Tenant[];
  frameBytes?: number;
  /** The server processes whose CPU this side is charged (`cpuUsage()` deltas over its turns). */
  servers: Child<unknown>[];
}

export interface NotifyOptions {
  ratePerS: number;
  /** Events per side per round. */
  eventsPerTurn: number;
  /** Events per side first, not measured: JIT, connections, the store's first pages. */
  warmupEvents: number;
  /** Sides take turns this many times, so drift on a shared machine hits all alike. */
  rounds: number;
  /** Bound on waiting for frames after a turn's last answer. */
  drainMs: number;
}

export interface NotifyResult extends Percentiles {
  /** Post start → frame read, every (event, subscriber); left out of the JSON. */
  samples: number[];
  /** Per event, the median over its subscribers (see `publish-turn.ts`); not for the JSON either. */
  eventMedians: Record<string, number>;
  posted: number;
  postErrors: number;
  firstError: string | null;
  post: Percentiles;
  frames: {
    expected: number;
    received: number;
    missing: number;
    duplicates: number;
    unexpected: number;
    /** Other sides' frames read during this side's turns. */
    foreign: number;
  };
  /** Frames delivered per second of this side's turns (offered: rate × subscribers per tenant). */
  framesPerS: number;
  streamErrors: number;
  dataBytes: number;
  /** Server CPU (the side's processes) per posted event, and cores it kept busy during its turns. */
  serverCpuUsPerEvent: number;
  serverCores: number;
  /** The client process (subscribers and poster) over the same turns. */
  clientCores: number;
  clientLoopDelayP99Ms: number;
  durationMs: number;
}

/**
 * The notify benches' counterpart of `measureSides`: each side is warmed up, then the sides take
 * turns for `rounds` open-loop turns at `ratePerS`, and each is charged only its own turns' frames
 * and server CPU. Latencies are pooled over the rounds; results are per subscriber group.
 * @example const { bff, raw } = await measureNotify(load, [bffSide, rawSide], { ratePerS: 100, eventsPerTurn: 200, warmupEvents: 50, rounds: 2, drainMs: 30_000 });
 */
export async function measureNotify(
  load: SseLoadControl,
  sides: NotifySide[],
  options: NotifyOptions,
): Promise<Record<string, NotifyResult>> {
  const turn = (side: NotifySide, events: number) =>
    load.turn({
      groups: side.groups,
      origin: side.origin,
      mode: side.mode,
      tenants: side.tenants,
      frameBytes: side.frameBytes,
      events,
      ratePerS: options.ratePerS,
      maxMs: (events / options.ratePerS) * 1000 + 5000,
      drainMs: options.drainMs,
    });
  for (const side of sides) {
    const warm = await turn(side, options.warmupEvents);
    if (warm.postErrors) throw new Error(`${side.groups.join('+')} warm-up failed: ${warm.firstPostError}`);
  }
  const turns = sides.map(() => [] as Measured[]);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, side] of sides.entries()) {
      const before = await cpuOf(side.servers);
      const reply = await turn(side, options.eventsPerTurn);
      turns[i]!.push({ reply, serverCpuUs: (await cpuOf(side.servers)) - before });
    }
  }
  return Object.fromEntries(
    sides.flatMap((side, i) => side.groups.map((group) => [group, merge(turns[i]!, group)])),
  );
}

interface Measured {
  reply: TurnReply;
  serverCpuUs: number;
}

function merge(turns: Measured[], group: string): NotifyResult {
  const replies = turns.map((t) => t.reply);
  const frames = replies.map((r) => r.groups[group]!);
  const sum = <T>(of: (x: T) => number, xs: T[]) => xs.reduce((s, x) => s + of(x), 0);
  const samples = frames.flatMap((f) => f.samples);
  const received = samples.length;
  const posted = sum((r) => r.posted, replies);
  const durationMs = sum((f) => f.durationMs, frames);
  const serverCpuUs = sum((t) => t.serverCpuUs, turns);
  const missing = sum((f) => f.missing, frames);
  return {
    ...percentiles(samples),
    samples,
    eventMedians: Object.assign({}, ...frames.map((f) => f.eventMedians)) as Record<string, number>,
    posted,
    postErrors: sum((r) => r.postErrors, replies),
    firstError:
      replies.find((r) => r.firstPostError)?.firstPostError ??
      replies.find((r) => r.firstStreamError)?.firstStreamError ??
      null,
    post: percentiles(replies.flatMap((r) => r.postSamples)),
    frames: {
      expected: received + missing,
      received,
      missing,
      duplicates: sum((f) => f.duplicates, frames),
      unexpected: sum((f) => f.unexpected, frames),
      foreign: sum((r) => r.foreignFrames, replies),
    },
    framesPerS: (received / durationMs) * 1000,
    streamErrors: Math.max(...replies.map((r) => r.streamErrors)),
    dataBytes: sum((f) => f.dataBytes * f.samples.length, frames) / Math.max(1, received),
    serverCpuUsPerEvent: serverCpuUs / Math.max(1, posted),
    serverCores: serverCpuUs / 1000 / durationMs,
    clientCores: sum((r) => r.clientCpuUs, replies) / 1000 / durationMs,
    clientLoopDelayP99Ms: Math.max(...replies.map((r) => r.clientLoopDelayP99Ms)),
    durationMs,
  };
}

async function cpuOf(servers: Child<unknown>[]): Promise<number> {
  const usages = await Promise.all(servers.map((s) => s.cpu()));
  return usages.reduce((sum, u) => sum + u.user + u.system, 0);
}
