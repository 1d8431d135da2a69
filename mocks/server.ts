import type { HttpHandler } from 'msw';
import { createCrmHandlers } from './crm/handlers.js';
import { createErpHandlers } from './erp/handlers.js';
import { serveHandlers } from './shared/serve-handlers.js';
import { createSimState, type SimState } from './shared/sim-state.js';
import { createWmsHandlers } from './wms/handlers.js';

export type SystemName = 'erp' | 'wms' | 'crm';

export const DEFAULT_PORTS: Readonly<Record<SystemName, number>> = { erp: 4101, wms: 4102, crm: 4103 };

export interface RunningSimulator {
  system: SystemName;
  /** Base URL without trailing slash, e.g. "http://127.0.0.1:4101". */
  url: string;
  /** The live scenario and stats, for in-process control without the `/_sim` routes. */
  sim: SimState;
  close(): Promise<void>;
}

export interface RunningSimulators {
  erp: RunningSimulator;
  wms: RunningSimulator;
  crm: RunningSimulator;
  close(): Promise<void>;
}

const FACTORIES: Record<SystemName, (sim: SimState) => HttpHandler[]> = {
  erp: (sim) => createErpHandlers({ sim }),
  wms: (sim) => createWmsHandlers({ sim }),
  crm: (sim) => createCrmHandlers({ sim }),
};

/**
 * Starts one simulated system on loopback. Port 0 picks a free port; read it from `url`.
 *
 * @example
 * const erp = await startSimulator('erp', { port: 0 });
 * await fetch(`${erp.url}/_sim/stats`);
 * await erp.close();
 */
export async function startSimulator(
  system: SystemName,
  options: { port?: number; host?: string } = {},
): Promise<RunningSimulator> {
  const sim = createSimState();
  const served = await serveHandlers(FACTORIES[system](sim), {
    port: options.port ?? DEFAULT_PORTS[system],
    host: options.host ?? '127.0.0.1',
  });
  return { system, url: served.url, sim, close: served.close };
}

/**
 * Starts the ERP, WMS and CRM simulators (defaults 4101/4102/4103 on 127.0.0.1).
 *
 * @example
 * const sims = await startSimulators({ erpPort: 0, wmsPort: 0, crmPort: 0 });
 * sims.erp.url; // "http://127.0.0.1:41234"
 * await sims.close();
 */
export async function startSimulators(
  options: { erpPort?: number; wmsPort?: number; crmPort?: number; host?: string } = {},
): Promise<RunningSimulators> {
  const host = options.host ?? '127.0.0.1';
  const [erp, wms, crm] = await Promise.all([
    startSimulator('erp', { port: options.erpPort ?? DEFAULT_PORTS.erp, host }),
    startSimulator('wms', { port: options.wmsPort ?? DEFAULT_PORTS.wms, host }),
    startSimulator('crm', { port: options.crmPort ?? DEFAULT_PORTS.crm, host }),
  ]);
  return {
    erp,
    wms,
    crm,
    close: async () => {
      await Promise.all([erp.close(), wms.close(), crm.close()]);
    },
  };
}
