/** The webhook formats the simulators post, one intake route and signature scheme each. */
export type SimulatorSource = 'wms' | 'easypost' | 'aftership' | 'zendesk';

/**
 * One signing secret per format. The BFF's `WebhookSecrets` (which also has `cloudevents`) fits
 * here as it is, so a tenant's `webhookSecrets` from the tenants file can be passed straight in.
 */
export type SimulatorSecrets = Readonly<Record<SimulatorSource, string>>;

/**
 * The secrets a sender signs with: one set for every tenant, or each tenant's own (as the BFF's
 * tenants file has them, where one tenant's secret does not sign for another).
 */
export type TenantSecrets = SimulatorSecrets | ((tenant: string) => SimulatorSecrets);

/** The secret a tenant's webhook of `source` is signed with. */
export function secretFor(secrets: TenantSecrets, tenant: string, source: SimulatorSource): string {
  return (typeof secrets === 'function' ? secrets(tenant) : secrets)[source];
}
