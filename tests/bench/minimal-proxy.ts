import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TENANTS, type Tenant } from './bff-client.js';
import type { FanOut } from './fan-out.js';

/**
 * B1's third baseline: the least a server in the BFF's place could do. A bare `node:http` server
 * takes `GET /order360/{ref}?tenant=acme`, makes the fan-out's upstream calls with undici (the
 * BFF's own HTTP client) and answers with the three upstream bodies as they came, in one JSON
 * object. No token check, no GraphQL, no mapping: what it costs above the fan-out is the price of
 * one more process and hop on this machine, which any BFF pays too.
 * @example const proxy = await startMinimalProxy(createFanOut(simUrls)); // GET `${proxy.url}/order360/SO-1000123?tenant=acme`
 */
export async function startMinimalProxy(fanOut: FanOut): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    answer(fanOut, req, res).catch((error: unknown) => send(res, 502, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(fanOut: FanOut, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://proxy');
  const [, route, ref] = url.pathname.split('/');
  const tenant = url.searchParams.get('tenant') as Tenant;
  if (route !== 'order360' || !ref || !TENANTS.includes(tenant))
    return send(res, 404, { error: 'GET /order360/{ref}?tenant=acme|globex' });
  const reads = /^SO-\d{7}$/.test(ref)
    ? await fanOut.order360(ref, tenant)
    : await fanOut.byTrackingNumber(ref, tenant);
  send(res, 200, reads);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
