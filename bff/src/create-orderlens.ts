import type { Hono } from 'hono';
import type { Env } from './env.js';
import { createInfrastructure } from './infrastructure.js';
import { createServices, type Services, type ServicesOptions } from './services.js';
import { createWebApp, type WebAppOptions } from './web-app.js';

export interface Orderlens {
  app: Hono;
  /** The services (feed, sink, exception reads and commands, agents), for tests and tools. */
  services: Services;
  /** Stops the stream server and the services, then closes the store, pub/sub and the pools. */
  close(): Promise<void>;
}

/**
 * The composition root's three steps in one call, in the order `main.ts` takes them —
 * infrastructure, services, app — for the tests, benches and replicas that start Orderlens
 * in-process. Starting a server is the caller's job.
 * @example const { app, close } = await createOrderlens(env, { upstreamUrls, samples });
 */
export async function createOrderlens(
  env: Env,
  options: WebAppOptions & ServicesOptions & { upstreamUrls: { erp: string; wms: string; crm: string } },
): Promise<Orderlens> {
  const infra = await createInfrastructure(env, options.upstreamUrls);
  const services = createServices(env, infra, options);
  const web = await createWebApp(env, infra, services, options);
  return {
    app: web.app,
    services,
    async close() {
      web.close();
      await services.close();
      await infra.close();
    },
  };
}
