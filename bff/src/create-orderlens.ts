import { Hono } from 'hono';
import { DEMO_AGENTS } from './auth/demo-agents.js';
import { signToken } from './auth/sign-token.js';
import { createTokenVerifier, type TokenVerifier } from './auth/verify-token.js';
import { createApp } from './app.js';
import { DEMO_QUERY } from './demo/demo-query.js';
import { createDemoRoutes, type SampleReferences } from './demo/demo-routes.js';
import { createDeskRoutes } from './demo/desk-routes.js';
import type { DeskOrderSource } from './demo/desk-tickets.js';
import type { Env } from './env.js';
import { createSchema } from './graphql/schema.js';
import { createYogaServer } from './graphql/yoga.js';
import type { Viewer } from './auth/viewer.js';
import { createContext } from './graphql/context.js';
import { createStreamServer, type StreamLimits } from './stream/create-stream-server.js';
import { createUpstreams } from './upstream/create-upstreams.js';
import { createDeadLetterRoutes } from './events/dead-letter-routes.js';
import { createIntakeRoutes, type IntakeTenant } from './events/intake-routes.js';
import { createNotify, type Notify } from './events/create-notify.js';

export interface Orderlens {
  app: Hono;
  /** The notify flow (store, feed, sink), for tests and the event generator. */
  notify: Notify;
  /** Stops periodic work and closes the feed, the store and the upstream pools. */
  close(): Promise<void>;
}

/**
 * Builds the BFF from validated config: upstream clients, schema, Yoga, the Hono shell and, in the
 * embedded default, the demo routes. Starting servers is the caller's job (`main.ts`, tests).
 * @example const { app, close } = createOrderlens(env, { upstreamUrls, samples });
 */
export async function createOrderlens(
  env: Env,
  options: {
    upstreamUrls: { erp: string; wms: string; crm: string };
    samples?: (tenant: string, count: number) => SampleReferences[];
    /** The simulators' seeded orders, for the demo desk's ticket queue (embedded default only). */
    deskOrders?: () => readonly DeskOrderSource[];
    /** DataLoader batching and caching (default on); off only for the bench's naive baseline. */
    loaderBatching?: boolean;
    /** SLA sweeps and drift checks on timers (default on). */
    periodicWork?: boolean;
    /** Stream bounds other than the defaults (tests use short deadlines). */
    streamLimits?: Partial<StreamLimits>;
  },
): Promise<Orderlens> {
  const upstreams = createUpstreams(env, options.upstreamUrls);
  const notify = await createNotify(env, upstreams.clients, { periodicWork: options.periodicWork });
  const verify = createTokenVerifier(env.jwt);
  // Every verified agent is recorded as known to their tenant (at most once per few minutes, without
  // waiting), so that exceptions can be assigned only to agents who exist there.
  const verifyToken: TokenVerifier = (authorization) => verify(authorization).then(notify.agents.seen);
  const demo = env.embedded && env.jwt.secret && options.samples;
  const headers = demo ? await demoHeaders(env) : '{}';
  const schema = createSchema();
  const context = (viewer: Viewer, requestId: string) =>
    createContext({
      viewer,
      requestId,
      upstreams: upstreams.clients,
      notify,
      loaderBatching: options.loaderBatching,
    });
  const yoga = createYogaServer({
    schema,
    context,
    exploration: env.embedded,
    graphiql: { defaultQuery: DEMO_QUERY, headers },
  });
  const tenants = intakeTenants(env);
  const routes = new Hono()
    .route('/', createIntakeRoutes({ sink: notify.sink, tenants }))
    .route('/', createDeadLetterRoutes({ sink: notify.sink, normalise: { tenants } }));
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
  const streams = createStreamServer({ yoga, schema, context, limits: options.streamLimits });
  const app = createApp({
    yoga,
    streams,
    verifyToken,
    graphiql: env.embedded,
    allowedOrigins: env.allowedOrigins,
    health: upstreams.health,
    routes,
  });
  return {
    app,
    notify,
    close: async () => {
      streams.close();
      await notify.close();
      await upstreams.close();
    },
  };
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
