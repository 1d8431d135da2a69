import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpServerOptions } from './server-options.js';

const SMALL = { headersMs: 300, requestMs: 600, keepAliveMs: 300, checkIntervalMs: 50 };

let server: ServerType | undefined;
afterEach(async () => {
  if (!server) return;
  const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
  if ('closeAllConnections' in server) server.closeAllConnections();
  await closed;
  server = undefined;
});

async function listen(app: Hono, timeouts = SMALL): Promise<number> {
  return new Promise((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: httpServerOptions(timeouts) },
      () => resolve((s.address() as AddressInfo).port),
    );
    server = s;
  });
}

/** A raw client: what it was sent, and when the server closed the connection (ms after connecting). */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const started = Date.now();
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
  /** Resolves with the time it closed, or `null` if it was still open after `ms`. */
  const closedWithin = (ms: number) =>
    Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
  return { socket, closedWithin, received: () => received };
}

/** Writes a header line every `everyMs`, never ending the headers, until the socket closes. */
function trickle(socket: Socket, everyMs: number) {
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write('X-Slow: 1\r\n');
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}

const app = () =>
  new Hono()
    .get('/', (c) => c.text('ok'))
    .post('/', async (c) => c.text(await c.req.text().catch(() => 'cut off')));

describe('httpServerOptions', () => {
  it('cuts off a client that sends its headers slowly within the headers timeout', async () => {
    const client = rawClient(await listen(app()));
    trickle(client.socket, 50);
    const closedAfter = await client.closedWithin(2_000);
    expect(closedAfter).not.toBeNull();
    expect(closedAfter!).toBeLessThan(SMALL.headersMs + 2 * SMALL.checkIntervalMs + 300);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client that sends its body slowly within the request timeout', async () => {
    const client = rawClient(await listen(app()));
    client.socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
    const timer = setInterval(() => !client.socket.destroyed && client.socket.write('x'), 50);
    const closedAfter = await client.closedWithin(2_000);
    clearInterval(timer);
    expect(closedAfter).not.toBeNull();
    expect(closedAfter!).toBeLessThan(SMALL.requestMs + 2 * SMALL.checkIntervalMs + 300);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const client = rawClient(await listen(app()));
    client.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const closedAfter = await client.closedWithin(2_000);
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(closedAfter).not.toBeNull();
    expect(closedAfter!).toBeGreaterThanOrEqual(SMALL.keepAliveMs - 50);
    // Node waits a further second on top of the timeout, so a client's reuse does not race it.
    expect(closedAfter!).toBeLessThan(SMALL.keepAliveMs + 1_500);
  });

  it('keeps a long-lived response (an event stream) open past the request timeout', async () => {
    const streaming = new Hono().get('/stream', () => {
      let timer: NodeJS.Timeout;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          let n = 0;
          timer = setInterval(() => controller.enqueue(new TextEncoder().encode(`data: ${++n}\n\n`)), 100);
        },
        cancel() {
          clearInterval(timer);
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    });
    const client = rawClient(await listen(streaming));
    client.socket.write('GET /stream HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n');
    const lifetime = SMALL.requestMs * 3;
    expect(await client.closedWithin(lifetime)).toBeNull();
    const frames = client.received().match(/data: \d+/g) ?? [];
    expect(frames.length).toBeGreaterThan(lifetime / 100 - 5);
    client.socket.destroy();
  });

  it('defaults to seconds, not Node’s minutes', () => {
    expect(httpServerOptions()).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    });
  });
});
