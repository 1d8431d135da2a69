import { request } from 'undici';
import type { SimUrls } from './simulators-process.js';

export type System = 'erp' | 'wms' | 'crm';
export const SYSTEMS: readonly System[] = ['erp', 'wms', 'crm'];
export type Latencies = Record<System, number>;
export type SimStats = Record<System, { total: number; routes: Record<string, number> }>;

/**
 * The simulators' `/_sim` control routes (WIRE.md): latency per system, request counts, reset.
 * @example const sims = createSimControl(urls); await sims.setLatency({ erp: 40, wms: 60, crm: 30 });
 */
export function createSimControl(urls: SimUrls) {
  const call = async (system: System, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown) => {
    const res = await request(`${urls[system]}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      headersTimeout: 5000,
      bodyTimeout: 5000,
    });
    if (res.statusCode !== 200) throw new Error(`${method} ${system}${path}: ${res.statusCode}`);
    return res.body.json();
  };
  const each = <T>(fn: (s: System) => Promise<T>) =>
    Promise.all(SYSTEMS.map(fn)).then(
      (v) => Object.fromEntries(SYSTEMS.map((s, i) => [s, v[i]])) as Record<System, T>,
    );

  return {
    setLatency: (latencies: Latencies) =>
      each((s) => call(s, 'PUT', '/_sim/scenario', { latencyMs: latencies[s] })).then(() => undefined),
    /** Zeroes the counters and puts the scenario back to defaults (latency 0). */
    reset: () => each((s) => call(s, 'POST', '/_sim/reset')).then(() => undefined),
    stats: () => each((s) => call(s, 'GET', '/_sim/stats')) as Promise<SimStats>,
  };
}

export type SimControl = ReturnType<typeof createSimControl>;
