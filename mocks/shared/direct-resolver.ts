import type { HttpHandler } from 'msw';

export type DirectResolver = (info: {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}) => Promise<Response>;

const resolvers = new WeakMap<HttpHandler, DirectResolver>();

/**
 * Registers the function an MSW handler resolves with, so the HTTP server can call it once it has
 * matched the route itself. Only for resolvers that need nothing of MSW's resolver info but the
 * request and the path params.
 * @example return withDirectResolver(http.get(path, resolve), resolve);
 */
export function withDirectResolver<H extends HttpHandler>(handler: H, resolve: DirectResolver): H {
  resolvers.set(handler, resolve);
  return handler;
}

/** The handler's registered resolver, if it has one. */
export function directResolverOf(handler: unknown): DirectResolver | undefined {
  return resolvers.get(handler as HttpHandler);
}
