import { startEventGenerator } from './events/index.js';
import { startSimulators } from './server.js';
import type { TenantId } from './world/tenants.js';
import { getWorld } from './world/world.js';

function port(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number (0-65535), got "${raw}"`);
    process.exit(1);
  }
  return value;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required when SIM_EVENTS_URL is set`);
    process.exit(1);
  }
  return value;
}

// The only place in mocks/ that reads the environment.
const world = getWorld();
const sims = await startSimulators({
  erpPort: port('SIM_ERP_PORT'),
  wmsPort: port('SIM_WMS_PORT'),
  crmPort: port('SIM_CRM_PORT'),
  host: process.env['SIM_HOST'] || undefined,
});
console.log(
  `World: ${world.orders.length} orders generated in ${world.generationMs.toFixed(0)} ms (seed ${world.seed})`,
);
const each = (pick: (t: (typeof world.tenants)[number]) => string) => world.tenants.map(pick).join('|');
console.log(`ERP ${sims.erp.url}  (X-Company: ${each((t) => t.companyCode)})`);
console.log(`WMS ${sims.wms.url}  (X-Wms-Account: ${each((t) => t.wmsAccount)})`);
console.log(`CRM ${sims.crm.url}  (X-Zendesk-Subdomain: ${each((t) => t.zendeskSubdomain)})`);
// With SIM_EVENTS_URL (a running BFF), the WMS, carriers and helpdesk also post their webhooks.
const events = new AbortController();
const eventsUrl = process.env['SIM_EVENTS_URL'];
if (eventsUrl) {
  // Each tenant signs with its own secrets, named as the BFF's default tenants file references them.
  const tenants = (process.env['SIM_EVENTS_TENANTS'] || 'acme,globex').split(',').map((t) => t.trim());
  const secrets = Object.fromEntries(
    tenants.map((t) => {
      const name = (source: string) => `WEBHOOK_SECRET_${source}_${t.toUpperCase().replace(/-/g, '_')}`;
      const [wms, easypost, aftership, zendesk] = ['WMS', 'EASYPOST', 'AFTERSHIP', 'ZENDESK'].map((s) =>
        required(name(s)),
      ) as [string, string, string, string];
      return [t, { wms, easypost, aftership, zendesk }];
    }),
  );
  startEventGenerator({
    targetUrl: eventsUrl,
    tenants: tenants.filter((t): t is TenantId => world.tenants.some((w) => w.id === t)),
    secrets: (tenant) => secrets[tenant]!,
    signal: events.signal,
    intervalMs: Number(process.env['SIM_EVENTS_INTERVAL_MS']) || undefined,
  });
  console.log(`Webhooks → ${eventsUrl}/events/<tenant>/<source>`);
}
const stop = async () => {
  events.abort();
  await sims.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
