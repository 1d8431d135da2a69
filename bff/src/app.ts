import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { randomUUID } from 'node:crypto';
import type { TokenVerifier } from './auth/verify-token.js';
import { DomainError } from './domain/errors.js';
import { bodyLimit } from './graphql/body-limit.js';
import { directAnswerType, runQueryDirectly } from './graphql/direct-query.js';
import { plainResponse } from './graphql/plain-response.js';
import type { YogaServer } from './graphql/yoga.js';
import type { StreamServer } from './stream/create-stream-server.js';

export interface AppDeps {
  yoga: YogaServer;
  /** GraphQL over SSE (subscriptions) at /graphql/stream. */
  streams: StreamServer;
  verifyToken: TokenVerifier;
  /** Origins allowed to call the API from a browser (desk hosts); same-origin is always allowed. */
  allowedOrigins: string[];
  /** Per-system breaker state for /health. */
  health: () => { system: string; state: string }[];
  /** Extra routes mounted at the root (the embedded demo's). */
  routes?: Hono;
}

const MAX_BODY_BYTES = 100 * 1024;

/**
 * The HTTP shell: CORS, body limit, bearer authentication, /graphql and /health. Tests call
 * `app.request(...)` in-process.
 * @example const app = createApp({ yoga, verifyToken, allowedOrigins: [], health: () => [] });
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
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
  // sends these headers itself (`streamCors`); Hono's middleware would rebuild the response.
  app.use('/graphql/stream', (c, next) => (opensStream(c.req.raw) ? next() : corsForBrowsers(c, next)));
  const streamCors = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin');
    return origin && deps.allowedOrigins.includes(origin)
      ? { 'access-control-allow-origin': origin, vary: 'Origin' }
      : {};
  };
  app.get('/health', (c) => c.json({ status: 'ok', upstreams: deps.health() }));

  // `/graphql/stream` is GraphQL over SSE (the graphql-sse protocol), whose single connection mode
  // also reserves (PUT) and stops (DELETE) streams; every request is authenticated the same way.
  app.on(
    ['GET', 'POST', 'PUT', 'DELETE'],
    ['/graphql', '/graphql/stream'],
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => graphqlError(c.req.raw, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'),
    }),
    async (c) => {
      const request = c.req.raw;
      const html = (request.headers.get('accept') ?? '').includes('text/html');
      if (request.method === 'GET' && html && new URL(request.url).pathname === '/graphql') {
        return deps.yoga.fetch(request, {}); // GraphiQL, where enabled; it sends the token itself
      }
      let viewer;
      try {
        viewer = await deps.verifyToken(request.headers.get('authorization'));
      } catch (error) {
        const message = error instanceof DomainError ? error.message : 'A valid bearer token is required.';
        return graphqlError(request, 401, 'UNAUTHENTICATED', message);
      }
      const requestId = /^[\w-]{1,64}$/.test(request.headers.get('x-request-id') ?? '')
        ? request.headers.get('x-request-id')!
        : randomUUID();
      if (c.req.path === '/graphql/stream')
        return deps.streams.handle(c, viewer, requestId, opensStream(request) ? streamCors(request) : {});
      // Plain JSON queries skip Yoga's HTTP layer (decisions/0013); the body can be read only once,
      // so what the direct path leaves to Yoga, Yoga gets as read.
      const answerType = directAnswerType(request);
      if (!answerType) return plainResponse(await deps.yoga.fetch(request, { viewer, requestId }));
      const body = await request.text();
      const direct = await runQueryDirectly(deps.yoga, request, body, answerType, viewer, requestId);
      if (direct) return direct;
      const again = new Request(request.url, { method: 'POST', headers: request.headers, body });
      return plainResponse(await deps.yoga.fetch(again, { viewer, requestId }));
    },
  );
  if (deps.routes) app.route('/', deps.routes);
  return app;
}

const opensStream = (request: Request) => (request.headers.get('accept') ?? '').includes('text/event-stream');

function graphqlError(request: Request, status: number, code: string, message: string): Response {
  const accept = request.headers.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json'
    : 'application/json';
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: {
      'content-type': `${type}; charset=utf-8`,
      ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    },
  });
}
