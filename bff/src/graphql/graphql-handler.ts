import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { AuthEnv } from '../auth/authenticate.js';
import { directAnswerType, runQueryDirectly } from './direct-query.js';
import type { StreamServer } from './stream/create-stream-server.js';
import type { YogaServer } from './yoga.js';

export interface GraphqlHandlerOptions {
  yoga: YogaServer;
  /** GraphQL over SSE (subscriptions) at /graphql/stream. */
  streams: StreamServer;
  /** Origins allowed to call the API from a browser; the stream server answers their CORS itself. */
  allowedOrigins: string[];
}

/** Whether a request asks for an event stream (it is then written straight to the socket). */
export const opensStream = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('text/event-stream');

/**
 * `/graphql` and `/graphql/stream` for an authenticated viewer (the app's `authenticate` has set
 * it): `/graphql/stream` to the stream server, the only place subscriptions are served; plain JSON
 * queries through Yoga's envelop without its HTTP layer (decisions/0013); everything else to Yoga
 * whole, which refuses a subscription with a coded 400 (`useSubscriptionsAtStream`) rather than
 * stream it without the stream server's bounds.
 * @example app.on(['GET', 'POST'], ['/graphql', '/graphql/stream'], authenticated, createGraphqlHandler({ yoga, streams, allowedOrigins }));
 */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  const { yoga, streams, allowedOrigins } = options;
  // An event stream is written past Hono's response, so its CORS headers are the stream server's to send.
  const streamCors = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin');
    return origin && allowedOrigins.includes(origin)
      ? { 'access-control-allow-origin': origin, vary: 'Origin' }
      : {};
  };
  return async (c: Context<AuthEnv>): Promise<Response> => {
    const request = c.req.raw;
    const viewer = c.get('viewer');
    const requestId = /^[\w-]{1,64}$/.test(request.headers.get('x-request-id') ?? '')
      ? request.headers.get('x-request-id')!
      : randomUUID();
    if (c.req.path === '/graphql/stream')
      return streams.handle(c, viewer, requestId, opensStream(request) ? streamCors(request) : {});
    // The body can be read only once, so what the direct path leaves to Yoga, Yoga gets as read.
    const answerType = directAnswerType(request);
    if (!answerType) return yoga.fetch(request, { viewer, requestId });
    const body = await request.text();
    const direct = await runQueryDirectly(yoga, request, body, answerType, viewer, requestId);
    if (direct) return direct;
    const again = new Request(request.url, { method: 'POST', headers: request.headers, body });
    return yoga.fetch(again, { viewer, requestId });
  };
}
