import { Hono } from 'hono';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respondWithError } from '../http/error-response.js';
import { createDeskRoutes } from './desk-routes.js';
import type { DeskOrderSource } from './desk-tickets.js';

function builtWidget(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderlens-widget-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'desk.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(dir, 'bridge.html'), '<meta name="orderlens-allowed-origins" content="" />');
  writeFileSync(join(dir, 'orderlens.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'chunk-AbCd1234.js'), 'export {};');
  return dir;
}

const order = (over: Partial<DeskOrderSource> = {}): DeskOrderSource => ({
  tenant: 'acme',
  lifecycle: 'shipped',
  returns: [],
  customer: { contactName: 'Jan', requesterEmail: 'jan@acme.example' },
  tickets: [
    {
      id: 1,
      subject: 'Where is my order?',
      description: 'Hello',
      status: 'open',
      priority: 'normal',
      channel: 'email',
      createdAt: Date.parse('2026-10-30T10:00:00Z'),
      orderField: 'SO-1000001',
      tags: ['wismo'],
    },
  ],
  ...over,
});

describe('createDeskRoutes', () => {
  const routes = (orders: DeskOrderSource[] = [], widgetDir = builtWidget()) =>
    createDeskRoutes({ orders: () => orders, allowedOrigins: ['https://desk.example'], widgetDir });

  it('serves the desk page under a strict content security policy', async () => {
    const res = await routes().request('/desk/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>desk</title>');
    expect((await routes().request('/desk')).status).toBe(302);
  });

  it('serves the widget entry for revalidation and hashed chunks as immutable', async () => {
    const entry = await routes().request('/desk/orderlens.js');
    expect(entry.headers.get('content-type')).toContain('text/javascript');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = await routes().request('/desk/assets/chunk-AbCd1234.js');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves a file outside the widget build', async () => {
    expect((await routes().request('/desk/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await routes().request('/desk/missing.js')).status).toBe(404);
    expect((await routes().request('/desk/%E0%A4%A')).status).toBe(404);
  });

  it('lets only the allowed origins frame the bridge page, and tells the page which they are', async () => {
    const res = await routes().request('/desk/bridge.html');
    expect(res.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://desk.example",
    );
    expect(await res.text()).toContain('content="https://desk.example"');
  });

  it('explains that the widget must be built when it is not', async () => {
    const res = await routes([], mkdtempSync(join(tmpdir(), 'empty-'))).request('/desk/');
    expect(res.status).toBe(503);
  });

  it('lists a tenant’s open tickets and rejects bad parameters', async () => {
    const app = routes([order(), order({ tenant: 'globex' })]);
    const body = (await (await app.request('/demo/tickets?tenant=acme&count=5')).json()) as {
      tickets: unknown[];
    };
    expect(body.tickets).toEqual([
      expect.objectContaining({
        id: '1',
        orderField: 'SO-1000001',
        requester: { name: 'Jan', email: 'jan@acme.example' },
      }),
    ]);
    // Mounted as the app mounts it: the error boundary answers what the routes throw.
    const mounted = new Hono().onError(respondWithError).route('/', app);
    const missing = await mounted.request('/demo/tickets?count=5');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: '`tenant` is required, e.g. `acme`.' },
    });
    expect((await mounted.request('/demo/tickets?tenant=acme&count=500')).status).toBe(400);
  });
});
