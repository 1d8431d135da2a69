import type { Scenario } from '../shared/sim-state.js';

/**
 * Named ways the ERP misbehaves, for tests and the demo. ERPs are slow more often than down.
 *
 * @example
 * sim.update(erpScenarios.slow);
 */
export const erpScenarios = {
  healthy: { latencyMs: 0, down: false, hang: false, errorRate: 0 },
  slow: { latencyMs: 1200 },
  flaky: { errorRate: 0.2 },
  down: { down: true },
  hang: { hang: true },
} as const satisfies Record<string, Partial<Scenario>>;
