import { Hono } from 'hono';
import { createApp } from './app.js';
import { DEMO_AGENTS } from './auth/demo-agents.js';
import { signToken } from './auth/sign-token.js';
import { createTokenVerifier, type TokenVerifier } from './auth/verify-token.js';
import type { Viewer } from './auth/viewer.js';
import { DEMO_QUERY } from './demo/demo-query.js';
import { createDemoRoutes, type SampleReferences } from './demo/demo-routes.js';
import { createDeskRoutes } from './demo/desk-routes.js';
import type { DeskOrderSource } from './demo/desk-tickets.js';
import { UnauthenticatedError } from './domain/errors.js';
import type { Env } from './env.js';
import { createDeadLetterRoutes } from './events/dead-letter-routes.js';
import { createIntakeRoutes, type IntakeTenant } from './events/intake-routes.js';
import { createContext } from './graphql/context.js';
import { createSchema } from './graphql/schema.js';
import { createStreamServer, type StreamLimits } from './graphql/stream/create-stream-server.js';
import { createYogaServer } from './graphql/yoga.js';
import type { Infrastructure } from './infrastructure.js';
import type { Services } from './services.js';

export interface WebAppOptions {
  /** The simulators' seeded references: turns on the demo routes (embedded default only). */
  samples?: (tenant: string, count: number) => SampleReferences[];
  /** The simulators' seeded orders, for the demo desk's ticket queue (embedded default only). */
  deskOrders?: () => readonly DeskOrderSource[];
  /** DataLoader batching and caching (default on); off only for the bench's naive baseline. */
  loaderBatching?: boolean;
  /** Stream bounds other than the defaults (tests use short deadlines). */
  streamLimits?: Partial<StreamLimits>;
}

/**
 * The last step of the composition root: the HTTP app over the services — token checks, the
 * schema, Yoga and the stream server with the request context, intake and admin routes, and in
 * the embedded default the demo routes. Starting a server is the caller's job.
 * @example const web = await createWebApp(env, infra, services, { samples }); serve({ fetch: web.app.fetch });
 */
export async function createWebApp(
  env: Env,
  infra: Infrastructure,
  services: Services,
  options: WebAppOptions = {},
): Promise<{ app: Hono; close(): void }> {
  const verify = createTokenVerifier(env.jwt);
  // A token for a tenant the tenants file does not list is refused before anything records it (the
  // identity provider may serve more tenants than this deployment). Every other verified agent is
  // recorded as known to their tenant (at most once per few minutes, without waiting), so that
  // exceptions can be assigned only to agents who exist there.
  const verifyToken: TokenVerifier = (authorization) =>
    verify(authorization).then((viewer) => {
      if (!Object.hasOwn(env.tenants, viewer.tenant)) throw new UnauthenticatedError('Tenant not served.');
      return services.agents.seen(viewer);
    });
  const demo = env.embedded && env.jwt.secret && options.samples;
  // The demo's agents are known from the start, so a lead can assign to one who has not opened the desk yet.
  if (demo) for (const agent of DEMO_AGENTS) services.agents.seen(agent);
  const schema = createSchema();
  const context = (viewer: Viewer, requestId: string) =>
    createContext({
      viewer,
      requestId,
      upstreams: infra.upstreams.clients,
      feed: services.feed,
      exceptions: services.exceptions,
      commands: services.commands,
      loaderBatching: options.loaderBatching,
    });
  const yoga = createYogaServer({
    schema,
    context,
    exploration: env.embedded,
    graphiql: { defaultQuery: DEMO_QUERY, headers: demo ? await demoHeaders(env) : '{}' },
  });
  const tenants = intakeTenants(env);
  const routes = new Hono()
    .route('/', createIntakeRoutes({ sink: services.sink, tenants }))
    .route('/', createDeadLetterRoutes({ sink: services.sink, normalise: { tenants } }));
  if (demo) {
    routes
      .route(
        '/',
        createDemoRoutes({ jwt: { ...env.jwt, secret: env.jwt.secret! }, samples: options.samples! }),
      )
      .route(
        '/',
        createDeskRoutes({ orders: options.deskOrders ?? (() => []), allowedOrigins: env.allowedOrigins }),
      );
  }
  const exploration = env.embedded; // hints ("Did you mean") on the stream as on /graphql
  const streams = createStreamServer({ yoga, schema, context, limits: options.streamLimits, exploration });
  const app = createApp({
    yoga,
    streams,
    verifyToken,
    graphiql: env.embedded,
    allowedOrigins: env.allowedOrigins,
    health: infra.upstreams.health,
    routes,
  });
  return { app, close: () => streams.close() };
}

/** What intake (and a dead-letter replay) reads of each tenant in the tenants file. */
function intakeTenants(env: Env): Record<string, IntakeTenant> {
  return Object.fromEntries(
    Object.values(env.tenants).map((t) => [
      t.id,
      {
        webhookSecrets: t.webhookSecrets,
        wmsAccount: t.wms.account,
        orderFieldId: t.helpdesk.orderNumberFieldId,
      },
    ]),
  );
}

async function demoHeaders(env: Env): Promise<string> {
  const token = await signToken(DEMO_AGENTS[0]!, { ...env.jwt, secret: env.jwt.secret!, expiresIn: '30d' });
  return JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
}
