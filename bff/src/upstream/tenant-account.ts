import { DomainError } from '../domain/errors.js';

/** Looks up the upstream account for a canonical tenant, or says it is not configured. */
export function accountFor<T>(tenants: Readonly<Record<string, T>>, tenant: string, system: string): T {
  const account = Object.hasOwn(tenants, tenant) ? tenants[tenant] : undefined;
  if (account === undefined) throw new TenantNotConfiguredError(system, tenant);
  return account;
}

/** A tenant without an account at this system is a deployment mistake, not an outage. */
export class TenantNotConfiguredError extends DomainError {
  constructor(system: string, tenant: string) {
    super('TENANT_NOT_CONFIGURED', `${system} has no account configured for tenant "${tenant}".`);
  }
}
