import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createRouter } from './create-router.js';
import { markReceived } from './received-at.js';
import { serializeResponse } from './serialized-response.js';

export interface ServedHandlers {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}

async function handle(
  router: ReturnType<typeof createRouter>,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const received = performance.now();
  // The request's signal aborts when the client goes away, which is what ends a hung or slow
  // handler. Only then: aborting after every answer would build an AbortError (and its stack) each.
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', origin);
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers: toHeaders(req),
    body: body?.toString('utf8'),
    signal: controller.signal,
  });
  markReceived(request, received);
  const response = await router.respond(request, url);
  if (controller.signal.aborted) return;
  if (!response) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no handler"}');
    return;
  }
  const { status, headers, payload } = await serializeResponse(response);
  res.writeHead(status, headers).end(payload);
}

/**
 * Serves MSW handlers over real HTTP on loopback, because undici (and so the BFF) bypasses MSW's
 * in-process interception. Business routes are called directly once matched, everything else goes
 * through `getResponse` (`createRouter`).
 *
 * @example
 * const { url, close } = await serveHandlers(createErpHandlers(), { port: 0 });
 */
export async function serveHandlers(
  handlers: RequestHandler[],
  options: { port?: number; host?: string } = {},
): Promise<ServedHandlers> {
  const host = options.host ?? '127.0.0.1';
  let origin = `http://${host}`;
  const router = createRouter(handlers, (request, from) => getResponse(from, request));
  const server = createServer((req, res) => {
    handle(router, origin, req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets and hung requests would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
