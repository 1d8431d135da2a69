import type { Upstreams } from '../domain/ports.js';
import { createCrmClient, type HelpdeskAccount } from './crm/crm-client.js';
import { createErpClient } from './erp/erp-client.js';
import type { UpstreamHealth } from './http.js';
import { createWmsClient } from './wms/wms-client.js';

export interface UpstreamSet {
  clients: Upstreams;
  /** Breaker state per system, for /health. */
  health(): UpstreamHealth[];
  /** Destroys the pools. */
  close(): Promise<void>;
}

/** What the clients are built from: the validated config's `upstreams` and `tenants` (env.ts). */
export interface UpstreamsConfig {
  upstreams: {
    erp: { apiKey: string; timeoutMs: number };
    wms: { apiKey: string; timeoutMs: number };
    crm: { email: string; apiToken: string; timeoutMs: number };
    connections: number;
  };
  /** The tenants served, each with its account at every system (the tenants file). */
  tenants: Readonly<
    Record<
      string,
      { id: string; erp: { company: string }; wms: { account: string }; helpdesk: HelpdeskAccount }
    >
  >;
}

/**
 * Builds the three upstream clients, one pool each, from validated config.
 *
 * @example const upstreams = createUpstreams(env, { erp: 'http://127.0.0.1:4101', wms: '…', crm: '…' });
 */
export function createUpstreams(
  env: UpstreamsConfig,
  urls: { erp: string; wms: string; crm: string },
): UpstreamSet {
  const { erp, wms, crm, connections } = env.upstreams;
  const tenants = Object.values(env.tenants);
  const perTenant = <T>(pick: (t: (typeof tenants)[number]) => T) =>
    Object.fromEntries(tenants.map((t) => [t.id, pick(t)]));
  const clients = {
    erp: createErpClient({
      baseUrl: urls.erp,
      apiKey: erp.apiKey,
      timeoutMs: erp.timeoutMs,
      connections,
      companies: perTenant((t) => t.erp.company),
    }),
    wms: createWmsClient({
      baseUrl: urls.wms,
      apiKey: wms.apiKey,
      timeoutMs: wms.timeoutMs,
      connections,
      accounts: perTenant((t) => t.wms.account),
    }),
    crm: createCrmClient({
      baseUrl: urls.crm,
      email: crm.email,
      apiToken: crm.apiToken,
      timeoutMs: crm.timeoutMs,
      connections,
      helpdesks: perTenant((t) => t.helpdesk),
    }),
  };
  return {
    clients,
    health: () => [clients.erp.health(), clients.wms.health(), clients.crm.health()],
    close: async () => {
      await Promise.all([clients.erp.close(), clients.wms.close(), clients.crm.close()]);
    },
  };
}
