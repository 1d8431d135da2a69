import type { ExceptionEngine, RuleThresholds } from '../domain/exception-engine.js';
import { createExceptionEngine } from '../domain/rules/create-exception-engine.js';

/**
 * One exception engine per tenant behind the engine's own interface, so each tenant's rules run
 * with its thresholds (the tenants file's overrides of the RULE_* defaults). Every event and
 * subject names its tenant, which picks the engine; engines are built once, on first use.
 *
 * @example const engine = createTenantEngines((tenant) => env.tenants[tenant]?.rules ?? env.rules);
 */
export function createTenantEngines(thresholdsOf: (tenant: string) => RuleThresholds): ExceptionEngine {
  const engines = new Map<string, ExceptionEngine>();
  const of = (tenant: string): ExceptionEngine => {
    let engine = engines.get(tenant);
    if (!engine) engines.set(tenant, (engine = createExceptionEngine({ thresholds: thresholdsOf(tenant) })));
    return engine;
  };
  return {
    // Which subjects an event concerns does not depend on thresholds.
    subjectsOf: (event) => of(event.tenant).subjectsOf(event),
    apply: (event, current, now) => of(event.tenant).apply(event, current, now),
    wake: (subject, now) => of(subject.tenant).wake(subject, now),
    compareErp: (subject, erp, now) => of(subject.tenant).compareErp(subject, erp, now),
  };
}
