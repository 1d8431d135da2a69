import type { Upstreams } from '../domain/ports.js';
import type { Env } from '../env.js';
import { createCrmClient } from './crm/crm-client.js';
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

/**
 * Builds the three upstream clients, one pool each, from validated config.
 *
 * @example const upstreams = createUpstreams(env, { erp: 'http://127.0.0.1:4101', wms: '…', crm: '…' });
 */
export function createUpstreams(
  env: Pick<Env, 'upstreams'>,
  urls: { erp: string; wms: string; crm: string },
): UpstreamSet {
  const { erp, wms, crm, connections } = env.upstreams;
  const clients = {
    erp: createErpClient({ baseUrl: urls.erp, apiKey: erp.apiKey, timeoutMs: erp.timeoutMs, connections }),
    wms: createWmsClient({ baseUrl: urls.wms, apiKey: wms.apiKey, timeoutMs: wms.timeoutMs, connections }),
    crm: createCrmClient({
      baseUrl: urls.crm,
      email: crm.email,
      apiToken: crm.apiToken,
      timeoutMs: crm.timeoutMs,
      connections,
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
