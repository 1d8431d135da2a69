import { startEventGenerator } from './events/index.js';
import { startSimulators } from './server.js';
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
console.log(`ERP ${sims.erp.url}  (X-Company: ACME|GLOBEX)`);
console.log(`WMS ${sims.wms.url}  (X-Wms-Account: acme-eu|globex-us)`);
console.log(`CRM ${sims.crm.url}  (X-Zendesk-Subdomain: acme|globex)`);
// With SIM_EVENTS_URL (a running BFF), the WMS, carriers and helpdesk also post their webhooks.
const events = new AbortController();
const eventsUrl = process.env['SIM_EVENTS_URL'];
if (eventsUrl) {
  startEventGenerator({
    targetUrl: eventsUrl,
    secrets: {
      wms: required('WEBHOOK_SECRET_WMS'),
      easypost: required('WEBHOOK_SECRET_EASYPOST'),
      aftership: required('WEBHOOK_SECRET_AFTERSHIP'),
      zendesk: required('WEBHOOK_SECRET_ZENDESK'),
    },
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
