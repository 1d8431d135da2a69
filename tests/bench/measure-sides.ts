import type { BenchContext } from './bench-context.js';
import { percentiles } from './percentiles.js';
import { runLoad, type LoadResult } from './load.js';
import { SYSTEMS, type System } from './sim-control.js';

export interface PhaseOptions {
  concurrency: number;
  /** Requests measured per side, split evenly over the rounds. */
  requests: number;
  /** Requests sent per side first, at the same concurrency, and not measured: JIT, pools, connections. */
  warmup: number;
  /** Sides take turns this many times, so drift (GC, a busy neighbour on a shared machine) hits all alike. */
  rounds: number;
  /** Bound on each side's turn, so a slow phase cannot run on. */
  maxMs: number;
}

export interface PhaseResult extends LoadResult {
  /** Upstream calls per request, per system, counted by the simulators. */
  callsPerRequest: Record<System, number>;
  /** The BFF process's CPU (user + system) per request, in microseconds. */
  serverCpuUs: number;
  /** The three simulator processes' CPU per request, in microseconds. */
  simulatorsCpuUs: number;
}

type Send = (i: number) => Promise<unknown>;

/**
 * Measures a workload and its baselines side by side: each side is warmed up, then the sides take
 * turns for `rounds` bounded load runs, and each side is charged only the upstream calls and the
 * processes' CPU that happened during its own turns (counter and `cpuUsage()` deltas).
 * @example const { bff, fanOut } = await measureSides(ctx, { bff: sendA, fanOut: sendB }, { concurrency: 1, requests: 80, warmup: 20, rounds: 2, maxMs: 20_000 });
 */
export async function measureSides<K extends string>(
  ctx: BenchContext,
  sides: Record<K, Send>,
  options: PhaseOptions,
): Promise<Record<K, PhaseResult>> {
  const names = Object.keys(sides) as K[];
  const perRound = Math.ceil(options.requests / options.rounds);
  const load = (send: Send, offset: number, requests: number) =>
    runLoad((i) => send(i + offset).then(() => undefined), {
      concurrency: options.concurrency,
      requests,
      maxMs: options.maxMs,
    });
  for (const name of names) {
    // Warm-up indices run past the measured ones, so both touch the same rotation of references.
    const warm = await load(sides[name], options.requests, options.warmup);
    if (warm.errors) throw new Error(`${name} warm-up failed: ${warm.firstError}`);
  }
  const turns = Object.fromEntries(names.map((n) => [n, [] as PhaseResult[]])) as Record<K, PhaseResult[]>;
  for (let round = 0; round < options.rounds; round++) {
    for (const name of names)
      turns[name].push(await turn(ctx, () => load(sides[name], round * perRound, perRound)));
  }
  return Object.fromEntries(names.map((n) => [n, merge(turns[n])])) as Record<K, PhaseResult>;
}

async function turn(ctx: BenchContext, run: () => Promise<LoadResult>): Promise<PhaseResult> {
  const before = await Promise.all([ctx.sims.stats(), ctx.server.cpu(), simulatorsCpu(ctx)]);
  const result = await run();
  const after = await Promise.all([ctx.sims.stats(), ctx.server.cpu(), simulatorsCpu(ctx)]);
  const sent = Math.max(1, result.count + result.errors);
  const calls = (s: System) => (after[0][s].total - before[0][s].total) / sent;
  return {
    ...result,
    callsPerRequest: Object.fromEntries(SYSTEMS.map((s) => [s, calls(s)])) as Record<System, number>,
    serverCpuUs: (cpuUs(after[1]) - cpuUs(before[1])) / sent,
    simulatorsCpuUs: (after[2] - before[2]) / sent,
  };
}

/** One result from several turns: latencies pooled, per-request figures weighted by requests. */
function merge(turns: PhaseResult[]): PhaseResult {
  const sent = turns.reduce((s, t) => s + t.count + t.errors, 0);
  const weighted = (of: (t: PhaseResult) => number) =>
    turns.reduce((s, t) => s + of(t) * (t.count + t.errors), 0) / Math.max(1, sent);
  const samples = turns.flatMap((t) => t.samples);
  const durationMs = turns.reduce((s, t) => s + t.durationMs, 0);
  return {
    ...percentiles(samples),
    errors: turns.reduce((s, t) => s + t.errors, 0),
    firstError: turns.find((t) => t.firstError)?.firstError ?? null,
    durationMs,
    rps: (samples.length / durationMs) * 1000,
    samples,
    callsPerRequest: Object.fromEntries(
      SYSTEMS.map((s) => [s, weighted((t) => t.callsPerRequest[s])]),
    ) as Record<System, number>,
    serverCpuUs: weighted((t) => t.serverCpuUs),
    simulatorsCpuUs: weighted((t) => t.simulatorsCpuUs),
  };
}

const cpuUs = (usage: NodeJS.CpuUsage) => usage.user + usage.system;
const simulatorsCpu = async (ctx: BenchContext) =>
  (await Promise.all(ctx.simulators.map((s) => s.cpu()))).reduce((sum, u) => sum + cpuUs(u), 0);
