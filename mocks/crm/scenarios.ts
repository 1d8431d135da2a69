import type { Scenario } from '../shared/sim-state.js';

/**
 * Named ways the helpdesk misbehaves. A SaaS helpdesk rate-limits and blips more than it dies.
 *
 * @example
 * sim.update(crmScenarios.flaky);
 */
export const crmScenarios = {
  healthy: { latencyMs: 0, down: false, hang: false, errorRate: 0 },
  slow: { latencyMs: 400 },
  flaky: { errorRate: 0.05 },
  down: { down: true },
  hang: { hang: true },
} as const satisfies Record<string, Partial<Scenario>>;
