import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Tenant } from './bff-client.js';
import type { NotifyEvent } from './notify-events.js';
import { percentiles, type Percentiles } from './percentiles.js';

export interface TurnOptions {
  events: readonly NotifyEvent[];
  /** Open loop: event i is posted at start + i / rate, whether or not earlier ones were answered. */
  ratePerS: number;
  /** Stop posting after this long even if events remain. */
  maxMs: number;
  /** After the last answer, wait at most this long for frames still on their way. */
  drainMs: number;
  /** The groups timed, each with its streams per tenant: every change reaches each of them once. */
  groups: Record<string, (tenant: Tenant) => number>;
  /** Posts one event; resolves on its accepted answer and rejects on any other. */
  post(event: NotifyEvent): Promise<void>;
}

/** What one group of subscribers received in a turn. */
export interface GroupFrames {
  /** Post start → frame read, per (event, subscriber), in ms. */
  samples: number[];
  /** Per event (change key): the median over its subscribers, for comparing groups event by event. */
  eventMedians: Record<string, number>;
  /** Frames expected and not received within the drain. */
  missing: number;
  /** Frames received beyond one per subscriber, and frames for no event of this turn. */
  duplicates: number;
  unexpected: number;
  /** Mean length of a frame's data, in characters. */
  dataBytes: number;
  /** Wall time from the first post to the group's last frame (or the drain's end). */
  durationMs: number;
}

export interface TurnResult {
  groups: Record<string, GroupFrames>;
  posted: number;
  postErrors: number;
  firstPostError: string | null;
  /** Post round trips (until the answer), in ms. */
  post: Percentiles;
  postSamples: number[];
  /** This process's own CPU and event-loop delay: if they are high, the client is in the figures. */
  clientCpuUs: number;
  clientLoopDelayP99Ms: number;
}

/**
 * One measured turn of a notify bench, in the process that also holds the subscribers, so post
 * start and frame arrival are read off one monotonic clock. `receive` is the subscribers' frame
 * callback for this turn; `run` posts at the given rate and waits for every expected frame. Several
 * groups timed in one turn see the very same events at the very same moments.
 * @example const turn = createTurn({ events, ratePerS: 100, maxMs: 6000, drainMs: 5000, groups: { raw: count }, post }); current = turn.receive; const r = await turn.run();
 */
export function createTurn(options: TurnOptions) {
  const groups = Object.keys(options.groups);
  const trackers = new Map(groups.map((g) => [g, createTracker()]));
  let outstanding = 0;
  let allIn: (() => void) | null = null;

  return {
    receive(group: string, key: string | null, at: number, dataBytes: number): void {
      if (trackers.get(group)?.receive(key, at, dataBytes) && --outstanding === 0) allIn?.();
    },

    async run(): Promise<TurnResult> {
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const cpu0 = process.cpuUsage();
      const postTimes: number[] = [];
      let postErrors = 0;
      let firstPostError: string | null = null;
      const posts: Promise<void>[] = [];
      const interval = 1000 / options.ratePerS;
      const started = performance.now();
      for (const [i, event] of options.events.entries()) {
        const wait = started + i * interval - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (performance.now() - started > options.maxMs) break;
        const t0 = performance.now();
        for (const g of groups) {
          const expected = options.groups[g]!(event.tenant);
          trackers.get(g)!.expect(event.key, t0, expected);
          outstanding += expected;
        }
        posts.push(
          options.post(event).then(
            () => void postTimes.push(performance.now() - t0),
            (error: unknown) => {
              postErrors++;
              firstPostError ??= error instanceof Error ? error.message : String(error);
            },
          ),
        );
      }
      await Promise.all(posts);
      if (outstanding > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.drainMs);
          allIn = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      allIn = null;
      const cpu = process.cpuUsage(cpu0);
      loop.disable();
      const now = performance.now();
      return {
        groups: Object.fromEntries(groups.map((g) => [g, trackers.get(g)!.result(started, now)])),
        posted: posts.length,
        postErrors,
        firstPostError,
        post: percentiles(postTimes),
        postSamples: postTimes,
        clientCpuUs: cpu.user + cpu.system,
        clientLoopDelayP99Ms: loop.percentile(99) / 1e6,
      };
    },
  };
}

/** One group's frames: expected per event key, received, timed. */
function createTracker() {
  const pending = new Map<string, { t0: number; expected: number; latencies: number[] }>();
  const samples: number[] = [];
  let missing = 0;
  let duplicates = 0;
  let unexpected = 0;
  let dataChars = 0;
  let lastFrameAt = 0;
  return {
    expect(key: string, t0: number, expected: number) {
      pending.set(key, { t0, expected, latencies: [] });
      missing += expected;
    },
    /** True when the frame was one that was waited for. */
    receive(key: string | null, at: number, dataBytes: number): boolean {
      const p = key === null ? undefined : pending.get(key);
      if (!p) {
        unexpected++;
        return false;
      }
      if (p.latencies.length >= p.expected) {
        duplicates++;
        return false;
      }
      missing--;
      samples.push(at - p.t0);
      p.latencies.push(at - p.t0);
      dataChars += dataBytes;
      lastFrameAt = at;
      return true;
    },
    result(started: number, now: number): GroupFrames {
      const eventMedians: Record<string, number> = {};
      for (const [key, p] of pending)
        if (p.latencies.length) eventMedians[key] = percentiles(p.latencies).p50;
      return {
        samples,
        eventMedians,
        missing,
        duplicates,
        unexpected,
        dataBytes: samples.length ? dataChars / samples.length : 0,
        durationMs: (missing === 0 && samples.length ? lastFrameAt : now) - started,
      };
    },
  };
}
