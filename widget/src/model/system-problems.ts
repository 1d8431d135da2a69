import type { GraphQLErrorEntry } from '../client/bff-client.js';
import type { SourceSystem } from '../client/order-types.js';

export interface SystemProblem {
  system: SourceSystem;
  /** `UPSTREAM_UNAVAILABLE` or `UPSTREAM_TIMEOUT`. */
  code: string;
  /** When the widget first saw this system fail in a row of failures, ISO 8601. */
  since: string;
}

const SYSTEMS: readonly string[] = ['ERP', 'WMS', 'CARRIER', 'CRM'];

/** The upstream systems a GraphQL response reports as failed, one entry each. */
export function failedSystems(errors: readonly GraphQLErrorEntry[]): Map<SourceSystem, string> {
  const failed = new Map<SourceSystem, string>();
  for (const error of errors) {
    const system = error.extensions?.system;
    if (system && SYSTEMS.includes(system) && !failed.has(system as SourceSystem)) {
      failed.set(system as SourceSystem, error.extensions?.code ?? 'UPSTREAM_UNAVAILABLE');
    }
  }
  return failed;
}

/**
 * Remembers since when each system has been failing, across the panel's requests: the BFF says a
 * system is down now, the agent wants to know for how long.
 * @example const since = createDownSince(); since.update(failedSystems(errors), new Date());
 */
export function createDownSince() {
  const firstSeen = new Map<SourceSystem, string>();
  return {
    /** `asked`: the systems the request depended on; only they can have recovered. */
    update(failed: Map<SourceSystem, string>, now: Date, asked?: readonly SourceSystem[]): SystemProblem[] {
      for (const system of [...firstSeen.keys()]) {
        if (!failed.has(system) && (!asked || asked.includes(system))) firstSeen.delete(system);
      }
      return [...failed].map(([system, code]) => {
        if (!firstSeen.has(system)) firstSeen.set(system, now.toISOString());
        return { system, code, since: firstSeen.get(system)! };
      });
    },
  };
}
