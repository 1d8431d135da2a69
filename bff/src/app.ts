import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { authenticate, type AuthEnv } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/verify-token.js';
import { bodyLimit } from './graphql/body-limit.js';
import { createGraphqlHandler, opensStream } from './graphql/graphql-handler.js';
import {
  describeError,
  errorResponse,
  graphqlErrorResponse,
  respondWithError,
} from './http/error-response.js';
import type { YogaServer } from './graphql/yoga.js';
import type { StreamServer } from './graphql/stream/create-stream-server.js';

export interface AppDeps {
  yoga: YogaServer;
  /** GraphQL over SSE (subscriptions) at /graphql/stream. */
  streams: StreamServer;
  verifyToken: TokenVerifier;
  /** Whether Yoga serves GraphiQL (exploration on); only then may a page request skip the token. */
  graphiql?: boolean;
  /** Origins allowed to call the API from a browser (desk hosts); same-origin is always allowed. */
  allowedOrigins: string[];
  /** Per-system breaker state for /health. */
  health: () => { system: string; state: string }[];
  /** Extra routes mounted at the root (the embedded demo's). */
  routes?: Hono;
}

const MAX_BODY_BYTES = 100 * 1024;

const GRAPHQL_PATHS = new Set(['/graphql', '/graphql/stream']);

/**
 * The HTTP shell: CORS, body limit, one bearer authentication for every route that needs a viewer
 * (`/graphql`, `/graphql/stream`, `/admin/*`), /graphql and /health, and one error boundary:
 * GraphQL-shaped on the GraphQL routes, `{ error: { code, message } }` on every other. Tests call
 * `app.request(...)` in-process.
 * @example const app = createApp({ yoga, streams, verifyToken, allowedOrigins: [], health: () => [] });
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono<AuthEnv>();
  app.onError((error, c) => {
    if (!GRAPHQL_PATHS.has(c.req.path)) return respondWithError(error);
    const { status, code, message } = describeError(error);
    return graphqlErrorResponse(c.req.raw, status, code, message);
  });
  app.notFound((c) => errorResponse('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`));
  const authenticated = authenticate(deps.verifyToken);
  // GraphiQL's page carries no token (it sends one with each query it runs); without GraphiQL, a
  // page request is a request like any other and needs one.
  const graphiqlPage: MiddlewareHandler = (c, next) => {
    const request = c.req.raw;
    const html = (request.headers.get('accept') ?? '').includes('text/html');
    if (deps.graphiql && request.method === 'GET' && html && c.req.path === '/graphql')
      return deps.yoga.fetch(request, {}) as Promise<Response>;
    return next();
  };
  const graphqlCors = cors({
    origin: (origin) => (deps.allowedOrigins.includes(origin) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'X-GraphQL-Event-Stream-Token'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    maxAge: 600,
  });
  // Only browsers send Origin; without one there is no CORS to answer, and skipping the middleware
  // keeps Yoga's response unwrapped (its `Vary` header would make Hono copy the body stream).
  const corsForBrowsers: MiddlewareHandler = (c, next) =>
    c.req.header('origin') ? graphqlCors(c, next) : next();
  app.use('/graphql', corsForBrowsers);
  // An event stream is written straight to the socket, past Hono's response, so the stream server
  // sends these headers itself; Hono's middleware would rebuild the response.
  app.use('/graphql/stream', (c, next) => (opensStream(c.req.raw) ? next() : corsForBrowsers(c, next)));
  app.get('/health', (c) => c.json({ status: 'ok', upstreams: deps.health() }));

  // `/graphql/stream` is GraphQL over SSE (the graphql-sse protocol), whose single connection mode
  // also reserves (PUT) and stops (DELETE) streams; every request is authenticated the same way.
  app.on(
    ['GET', 'POST', 'PUT', 'DELETE'],
    ['/graphql', '/graphql/stream'],
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        graphqlErrorResponse(c.req.raw, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'),
    }),
    graphiqlPage,
    authenticated,
    createGraphqlHandler(deps),
  );
  // Admin routes check the viewer's permission themselves (auth/permissions.ts).
  app.use('/admin/*', authenticated);
  if (deps.routes) app.route('/', deps.routes);
  return app as unknown as Hono;
}
