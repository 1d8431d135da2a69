import { HttpHandler, matchRequestUrl, type RequestHandler } from 'msw';
import { directResolverOf } from './direct-resolver.js';

type Run = (request: Request, handlers: RequestHandler[]) => Promise<Response | undefined>;
type Params = Record<string, string | readonly string[] | undefined>;

/**
 * Answers a request the way MSW's handler loop would, at a fraction of its cost: the first handler
 * that may answer a method and path is found once and remembered, and a business route
 * (`withDirectResolver`) is called directly with its path params. MSW would, for every request
 * and every handler in turn, clone the request, parse its cookies, compile the path pattern and
 * build an AbortController it then aborts — more work than the answer on a simulator serving
 * hundreds of requests a second. Any other handler goes through `run` (MSW's `getResponse`); one
 * that lets the request pass leaves the rest of the list to `run`, so the first to answer wins.
 * @example const router = createRouter(handlers, (request, from) => getResponse(from, request));
 */
export function createRouter(handlers: RequestHandler[], run: Run, { maxEntries = 1000 } = {}) {
  const routes = new Map<string, { index: number; params: Params }>();
  const routeFor = (method: string, url: URL) => {
    const key = `${method} ${url.pathname}`;
    let route = routes.get(key);
    if (!route) {
      let params: Params = {};
      const index = handlers.findIndex((h) => {
        const match = mayAnswer(h, method, url);
        if (match) params = match.params;
        return match !== null;
      });
      route = { index, params };
      // Paths with ids in them (tickets/123.json) would grow the map without end.
      if (routes.size >= maxEntries) routes.clear();
      routes.set(key, route);
    }
    return route;
  };
  return {
    async respond(request: Request, url: URL): Promise<Response | undefined> {
      const { index, params } = routeFor(request.method, url);
      if (index < 0) return undefined;
      const handler = handlers[index]!;
      const direct = directResolverOf(handler);
      if (direct) return direct({ request, params });
      return (await run(request, [handler])) ?? run(request, handlers.slice(index + 1));
    },
  };
}

/** The path params if the handler answers this method and URL; `{}` when only running it can tell. */
function mayAnswer(handler: RequestHandler, method: string, url: URL): { params: Params } | null {
  if (!(handler instanceof HttpHandler)) return { params: {} };
  const { method: wanted, path } = handler.info;
  if (typeof path === 'function') return { params: {} };
  const methodMatches =
    wanted instanceof RegExp ? wanted.test(method) : wanted.toUpperCase() === method.toUpperCase();
  if (!methodMatches) return null;
  const match = matchRequestUrl(url, path);
  return match.matches ? { params: match.params ?? {} } : null;
}
