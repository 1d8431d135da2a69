import type { Scenario } from '../shared/sim-state.js';

/**
 * Named ways the WMS misbehaves. Warehouse systems go down for wave planning and batch jobs.
 *
 * @example
 * sim.update(wmsScenarios.down);
 */
export const wmsScenarios = {
  healthy: { latencyMs: 0, down: false, hang: false, errorRate: 0 },
  slow: { latencyMs: 600 },
  flaky: { errorRate: 0.1 },
  down: { down: true },
  hang: { hang: true },
} as const satisfies Record<string, Partial<Scenario>>;
