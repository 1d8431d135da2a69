import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';

export interface BodyLimitOptions {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}

/**
 * Hono's `bodyLimit`, minus its cost on the common case: a request that declares its length is
 * judged by that header alone. Hono's middleware first asks for `request.body`, which makes
 * @hono/node-server build a full `Request` around a web stream of the socket, and the GraphQL
 * request then reads its JSON through that stream instead of @hono/node-server's direct read. A
 * body without a length (chunked) still goes through Hono's counting middleware.
 * @example app.post('/graphql', bodyLimit({ maxSize: 100 * 1024, onError: (c) => c.text('too large', 413) }), handler);
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  const counting = honoBodyLimit(options);
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counting(c, next);
    // Node's HTTP parser has already refused a malformed Content-Length.
    return Number.parseInt(length, 10) > options.maxSize ? Promise.resolve(options.onError(c)) : next();
  };
}
