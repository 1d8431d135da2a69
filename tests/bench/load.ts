import { percentiles, type Percentiles } from './percentiles.js';

export interface LoadOptions {
  /** Requests in flight at once (closed loop: each worker sends its next one when the last returns). */
  concurrency: number;
  /** Requests to send in all. */
  requests: number;
  /** Stop sending after this long even if `requests` is not reached, so a slow phase cannot run on. */
  maxMs: number;
}

export interface LoadResult extends Percentiles {
  errors: number;
  firstError: string | null;
  durationMs: number;
  /** Requests completed per second of wall time. */
  rps: number;
  /** Every latency, for merging phases; left out of the JSON written to bench-results/. */
  samples: number[];
}

/**
 * A bounded closed-loop load generator: `concurrency` workers call `send(i)` with a global request
 * index (for rotating over references) until `requests` are sent or `maxMs` has passed. Latency is
 * wall time around `send`, which must read the whole response. Failed sends count as errors and add
 * no latency sample.
 * @example const r = await runLoad((i) => client.order360(refs[i % refs.length]!), { concurrency: 20, requests: 1000, maxMs: 15_000 });
 */
export async function runLoad(send: (i: number) => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async () => {
    while (next < options.requests && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await send(i);
        samples.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const durationMs = performance.now() - started;
  return {
    ...percentiles(samples),
    errors,
    firstError,
    durationMs,
    rps: (samples.length / durationMs) * 1000,
    samples,
  };
}
