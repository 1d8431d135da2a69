import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../domain/errors.js';
import { createUpstream, type Upstream, type UpstreamOptions } from './http.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A real loopback server on port 0 that counts the requests it receives. */
async function startServer(handler: Handler): Promise<{ url: string; port: number; calls: () => number }> {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    calls++;
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${port}`, port, calls: () => calls };
}

function upstream(options: Partial<UpstreamOptions> & { baseUrl: string }): Upstream {
  const client = createUpstream({ system: 'WMS', timeoutMs: 300, ...options });
  cleanups.push(() => client.close());
  return client;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UpstreamError);
  return err as UpstreamError;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

describe('createUpstream', () => {
  it('sends the configured and per-call headers and parses the JSON body', async () => {
    const server = await startServer((req, res) =>
      json(res, 200, {
        auth: req.headers.authorization,
        account: req.headers['x-wms-account'],
        url: req.url,
      }),
    );
    const client = upstream({ baseUrl: `${server.url}/prefix/`, headers: { authorization: 'ApiKey k' } });
    const body = await client.json({
      method: 'GET',
      path: '/a',
      query: { ids: '1,2', skip: null },
      headers: { 'x-wms-account': 'acme-eu' },
    });
    expect(body).toEqual({ auth: 'ApiKey k', account: 'acme-eu', url: '/prefix/a?ids=1%2C2' });
  });

  it('fails a hanging upstream with UPSTREAM_TIMEOUT within 1.2 × the timeout', async () => {
    const server = await startServer(() => {});
    const client = upstream({ baseUrl: server.url, timeoutMs: 300 });
    const started = performance.now();
    const err = await failure(client.json({ method: 'GET', path: '/slow' }));
    const elapsed = performance.now() - started;
    expect(err.code).toBe('UPSTREAM_TIMEOUT');
    expect(err.system).toBe('WMS');
    expect(elapsed).toBeLessThan(360);
    expect(err.message).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}|\n\s+at /);
    expect(err.message).not.toContain(String(server.port));
  });

  it('fails a refused connection with UPSTREAM_UNAVAILABLE naming no host or port', async () => {
    const server = await startServer(() => {});
    await cleanups.shift()!();
    const client = upstream({ baseUrl: server.url, retry: false });
    const err = await failure(client.json({ method: 'GET', path: '/x' }));
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.message).toBe('WMS is unavailable.');
    expect(err.message).not.toContain(String(server.port));
  });

  it('retries a 503 on a read and succeeds', async () => {
    const server = await startServer((_req, res) =>
      server.calls() === 1 ? json(res, 503, {}) : json(res, 200, { ok: true }),
    );
    const client = upstream({ baseUrl: server.url });
    await expect(
      client.json({ method: 'POST', path: '/query', body: { a: 1 }, read: true }),
    ).resolves.toEqual({ ok: true });
    expect(server.calls()).toBe(2);
  });

  it('does not retry a write that fails with 503', async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const client = upstream({ baseUrl: server.url });
    const err = await failure(client.json({ method: 'POST', path: '/refund', body: { a: 1 } }));
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.status).toBe(503);
    expect(server.calls()).toBe(1);
  });

  it('maps an unexpected 4xx and an unparsable body to UPSTREAM_BAD_RESPONSE without retrying', async () => {
    const server = await startServer((req, res) =>
      req.url === '/bad' ? json(res, 400, { error: 'x' }) : res.end('<html>'),
    );
    const client = upstream({ baseUrl: server.url });
    expect((await failure(client.json({ method: 'GET', path: '/bad' }))).code).toBe('UPSTREAM_BAD_RESPONSE');
    expect((await failure(client.json({ method: 'GET', path: '/html' }))).code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(server.calls()).toBe(2);
  });

  it('answers null for a status the call expects, such as 404', async () => {
    const server = await startServer((_req, res) => json(res, 404, { error: 'RecordNotFound' }));
    const client = upstream({ baseUrl: server.url });
    await expect(client.json({ method: 'GET', path: '/t/1', nullOn: [404] })).resolves.toBeNull();
  });

  it('keeps attempts within 1.3 × calls when 30 % of calls fail', async () => {
    let n = 0;
    const server = await startServer((_req, res) => (n++ % 10 < 3 ? json(res, 503, {}) : json(res, 200, {})));
    const client = upstream({ baseUrl: server.url, breaker: false, retry: { baseDelayMs: 1 } });
    const calls = 200;
    for (let i = 0; i < calls; i++) await client.json({ method: 'GET', path: '/x' }).catch(() => undefined);
    expect(server.calls()).toBeLessThanOrEqual(1.3 * calls);
  });

  it('opens the breaker after repeated failures, then makes no calls until one half-open probe', async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const client = upstream({
      baseUrl: server.url,
      retry: false,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 200 },
    });
    for (let i = 0; i < 3; i++) await failure(client.json({ method: 'GET', path: '/x' }));
    expect(client.health()).toEqual({ system: 'WMS', state: 'open' });

    const open = await failure(client.json({ method: 'GET', path: '/x' }));
    expect(open.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(server.calls()).toBe(3);

    await new Promise((r) => setTimeout(r, 250));
    await Promise.all(Array.from({ length: 5 }, () => failure(client.json({ method: 'GET', path: '/x' }))));
    expect(server.calls()).toBe(4);
    expect(client.health().state).toBe('open');
  });

  it('closes the breaker again when the half-open probe succeeds', async () => {
    let healthy = false;
    const server = await startServer((_req, res) => json(res, healthy ? 200 : 503, {}));
    const client = upstream({
      baseUrl: server.url,
      retry: false,
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 100 },
    });
    for (let i = 0; i < 2; i++) await failure(client.json({ method: 'GET', path: '/x' }));
    healthy = true;
    await new Promise((r) => setTimeout(r, 150));
    await expect(client.json({ method: 'GET', path: '/x' })).resolves.toEqual({});
    expect(client.health().state).toBe('closed');
  });
});
