import { http, type HttpHandler } from 'msw';
import type { Scenario, SimState } from './sim-state.js';
import { json } from './system-errors.js';

const CHECKS: Record<keyof Scenario, (v: unknown) => boolean> = {
  latencyMs: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  down: (v) => typeof v === 'boolean',
  hang: (v) => typeof v === 'boolean',
  errorRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
};

function parsePatch(body: unknown): Partial<Scenario> | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
  const patch: Partial<Scenario> = {};
  for (const [key, value] of Object.entries(body)) {
    const check = CHECKS[key as keyof Scenario];
    if (!check) return `unknown field ${key}`;
    if (!check(value)) return `invalid value for ${key}`;
    Object.assign(patch, { [key]: value });
  }
  return patch;
}

/**
 * The `/_sim` control routes (no auth, not counted in stats).
 *
 * @example
 * setupServer(...createControlHandlers(sim, 'http://erp.test'), ...businessHandlers);
 */
export function createControlHandlers(sim: SimState, origin = '*'): HttpHandler[] {
  return [
    http.put(`${origin}/_sim/scenario`, async ({ request }) => {
      const body = await request.json().catch(() => undefined);
      const patch = parsePatch(body);
      if (typeof patch === 'string') return json({ error: patch }, 400);
      return json(sim.update(patch));
    }),
    http.get(`${origin}/_sim/scenario`, () => json(sim.scenario)),
    http.get(`${origin}/_sim/stats`, () => json(sim.stats())),
    http.post(`${origin}/_sim/reset`, () => {
      sim.reset();
      return json({ ok: true });
    }),
  ];
}
