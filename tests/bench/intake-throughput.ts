import { Pool } from 'undici';
import { TENANTS } from './bff-client.js';
import type { Child } from './fork-child.js';
import { runLoad, type LoadResult } from './load.js';
import { notifyEvent, type NotifyEvent } from './notify-events.js';

export interface IntakeOptions {
  /** Distinct events measured, after `warmup` more that are not. */
  events: number;
  warmup: number;
  concurrency: number;
  maxMs: number;
  /** Orders from this pair on, so no other phase's order is touched. */
  firstPair: number;
}

export interface IntakeResult extends LoadResult {
  /** The BFF process's CPU per event, in microseconds. */
  serverCpuUs: number;
}

/**
 * Intake throughput: distinct signed WMS webhooks (alternating tenants; each raises or updates an
 * exception) posted closed-loop at `concurrency`, each answered 202 `applied` only after its
 * commit. Bodies are signed before the clock starts, so the load generator only sends.
 * @example const r = await measureIntake(url, server, { events: 10_000, warmup: 1000, concurrency: 64, maxMs: 20_000, firstPair: 1_000_000 });
 */
export async function measureIntake(
  url: string,
  server: Child<unknown>,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const total = options.warmup + options.events;
  const events: NotifyEvent[] = [];
  for (let i = 0; i < total; i++) {
    const pair = Math.floor(i / 2);
    events.push(notifyEvent('webhook', TENANTS[pair % 2]!, options.firstPair + pair, (i % 2) as 0 | 1));
  }
  const pool = new Pool(url, {
    connections: options.concurrency,
    headersTimeout: 15_000,
    bodyTimeout: 15_000,
  });
  const post = async (i: number) => {
    const event = events[i]!;
    const res = await pool.request({
      method: 'POST',
      path: event.path,
      headers: event.headers,
      body: event.body,
    });
    const text = await res.body.text();
    if (res.statusCode !== 202 || !text.includes('"applied"'))
      throw new Error(`${event.path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
  };
  try {
    const warm = await runLoad(post, {
      concurrency: options.concurrency,
      requests: options.warmup,
      maxMs: options.maxMs,
    });
    if (warm.errors) throw new Error(`intake warm-up failed: ${warm.firstError}`);
    const before = await server.cpu();
    const result = await runLoad((i) => post(options.warmup + i), {
      concurrency: options.concurrency,
      requests: options.events,
      maxMs: options.maxMs,
    });
    const after = await server.cpu();
    const cpuUs = after.user + after.system - before.user - before.system;
    return { ...result, serverCpuUs: cpuUs / Math.max(1, result.count + result.errors) };
  } finally {
    await pool.close();
  }
}
