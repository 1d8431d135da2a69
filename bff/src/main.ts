import { serve } from '@hono/node-server';
import { startEventGenerator } from '../../mocks/events/index.js';
import { startSimulators } from '../../mocks/server.js';
import { getWorld, sampleReferences, TENANTS } from '../../mocks/world/index.js';
import { EnvError, readEnv } from './env.js';
import { httpServerOptions } from './http/server-options.js';
import { createInfrastructure } from './infrastructure.js';
import { createServices } from './services.js';
import { createWebApp } from './web-app.js';

/**
 * Starts Orderlens: the composition root. It reads the environment once, builds the infrastructure
 * (pools, store, pub/sub), then the services, then the app, and serves it. Without upstream URLs
 * this is the embedded default: the simulated ERP, WMS and CRM start on loopback first, and the
 * demo routes are on.
 */
async function main(): Promise<void> {
  const env = readEnv();
  const sims = env.embedded
    ? await startSimulators({
        erpPort: env.simulatorPorts.erp,
        wmsPort: env.simulatorPorts.wms,
        crmPort: env.simulatorPorts.crm,
      })
    : null;
  const upstreamUrls = sims
    ? { erp: sims.erp.url, wms: sims.wms.url, crm: sims.crm.url }
    : { erp: env.upstreams.erp.url!, wms: env.upstreams.wms.url!, crm: env.upstreams.crm.url! };
  const infra = await createInfrastructure(env, upstreamUrls);
  const services = createServices(env, infra);
  const web = await createWebApp(env, infra, services, {
    samples: sims ? sampleReferences : undefined,
    deskOrders: sims ? () => getWorld().orders : undefined,
  });
  const events = new AbortController();
  // Our own header, body and keep-alive timeouts rather than Node's 300 s (http/server-options.ts).
  const serverOptions = httpServerOptions();
  const listening = { fetch: web.app.fetch, port: env.port, hostname: env.host, serverOptions };
  const server = serve(listening, (info) => {
    const base = `http://${env.host}:${info.port}`;
    console.log(`Orderlens BFF on ${base} (${env.embedded ? 'embedded simulators' : 'real upstreams'})`);
    if (sims) {
      const sample = sampleReferences('acme', 1)[0];
      console.log(`  simulators: ERP ${sims.erp.url}  WMS ${sims.wms.url}  CRM ${sims.crm.url}`);
      console.log(`  GraphiQL:   ${base}/graphql  (a demo agent's token is filled in)`);
      console.log(`  demo desk:  ${base}/desk/  (tickets with the Orderlens panel in the sidebar)`);
      console.log(
        `  try:        { "ref": "${sample?.erpOrderNumber}" } or any other reference from ${base}/demo/samples`,
      );
      // The warehouse and carriers come alive: signed webhooks raise exceptions every few seconds.
      // Each configured tenant the simulators know signs with its own secrets from the tenants file.
      const simulated = TENANTS.filter((t) => Object.hasOwn(env.tenants, t.id));
      const tenantOf = (id: string) => env.tenants[id]!;
      startEventGenerator({
        targetUrl: `http://127.0.0.1:${info.port}`,
        tenants: simulated.map((t) => t.id),
        secrets: (tenant) => tenantOf(tenant).webhookSecrets,
        signal: events.signal,
        creditHours: (tenant) => tenantOf(tenant).rules.creditHours,
      });
      console.log(`  events:     the simulated WMS and carriers post webhooks to ${base}/events/…`);
    }
  });
  const stop = async () => {
    events.abort();
    server.close();
    web.close();
    await services.close();
    await infra.close();
    await sims?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
