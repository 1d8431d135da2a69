import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export type Route = (req: RecordedRequest) => { status?: number; body: unknown };

/**
 * A real HTTP server on a loopback port 0 for adapter tests: routes by `METHOD /path` and records
 * every request, because undici bypasses in-process interception.
 *
 * @example const server = await startLoopbackServer({ 'GET /api/v1/sales-orders': () => ({ body: { items: [] } }) });
 */
export async function startLoopbackServer(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: raw === '' ? undefined : JSON.parse(raw),
      };
      requests.push(recorded);
      const route = routes[`${recorded.method} ${recorded.path}`];
      const answer = route ? route(recorded) : { status: 404, body: { error: 'InvalidEndpoint' } };
      res
        .writeHead(answer.status ?? 200, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
