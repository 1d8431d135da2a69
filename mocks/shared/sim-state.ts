/** How a simulator misbehaves; see WIRE.md "control routes". */
export interface Scenario {
  latencyMs: number;
  down: boolean;
  hang: boolean;
  errorRate: number;
}

export interface SimStats {
  total: number;
  routes: Record<string, number>;
}

export interface SimState {
  readonly scenario: Readonly<Scenario>;
  /** Merges the given fields into the current scenario. */
  update(patch: Partial<Scenario>): Readonly<Scenario>;
  /** Counts one business request on a route template such as "GET /api/v1/sales-orders". */
  record(route: string): void;
  stats(): SimStats;
  reset(): void;
  /** Draws for `errorRate`; injectable so tests can be exact. */
  random(): number;
}

const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  latencyMs: 0,
  down: false,
  hang: false,
  errorRate: 0,
});

/**
 * The mutable scenario and request counters of one simulator instance.
 *
 * @example
 * const sim = createSimState();
 * sim.update({ latencyMs: 200 });
 */
export function createSimState(options: { random?: () => number } = {}): SimState {
  let scenario: Scenario = { ...DEFAULT_SCENARIO };
  let total = 0;
  let routes = new Map<string, number>();
  return {
    get scenario() {
      return scenario;
    },
    update(patch) {
      scenario = { ...scenario, ...patch };
      return scenario;
    },
    record(route) {
      total++;
      routes.set(route, (routes.get(route) ?? 0) + 1);
    },
    stats: () => ({ total, routes: Object.fromEntries(routes) }),
    reset() {
      scenario = { ...DEFAULT_SCENARIO };
      total = 0;
      routes = new Map();
    },
    random: options.random ?? Math.random,
  };
}
