import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackServer, type Route } from '../__fixtures__/loopback-server.js';
import { createErpClient } from './erp-client.js';
import { erpSalesOrder } from './__fixtures__/erp-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function setup(
  routes: Record<string, Route>,
  companies: Record<string, string> = { acme: 'ACME', globex: 'GLOBEX' },
) {
  const server = await startLoopbackServer(routes);
  const erp = createErpClient({ baseUrl: server.url, apiKey: 'secret-key', timeoutMs: 1000, companies });
  cleanups.push(server.close, erp.close);
  return { server, erp };
}

/** Answers the numbers it knows, the way the ERP does: any order, unknown ones in `missing`. */
const salesOrders: Route = (req) => {
  const numbers = (req.query.get('numbers') ?? '').split(',');
  const known = numbers.filter((n) => n !== 'SO-1999999');
  return {
    body: {
      items: known
        .reverse()
        .map((n) =>
          erpSalesOrder({ order_no: n, status_changed: n === 'SO-1000002' ? 'garbage' : '20261103141500' }),
        ),
      missing: numbers.filter((n) => !known.includes(n)),
    },
  };
};

describe('createErpClient', () => {
  it('resolves a batch of order numbers in one call, in key order, with null and per-key errors', async () => {
    const { server, erp } = await setup({ 'GET /api/v1/sales-orders': salesOrders });
    const result = await erp.ordersByNumbers('acme', [
      'so1000001',
      'SO-1999999',
      'SO-1000002',
      'not an order',
      'SO-1000003',
    ]);
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req?.headers.authorization).toBe('Bearer secret-key');
    expect(req?.headers['x-company']).toBe('ACME');
    expect(req?.query.get('numbers')).toBe('SO-1000001,SO-1999999,SO-1000002,SO-1000003');
    expect(req?.query.get('expand')).toBe('customer,returns,credit_memos');
    expect(result.map((r) => (r instanceof Error ? 'error' : r === null ? null : r.number))).toEqual([
      'SO-1000001',
      null,
      'error',
      null,
      'SO-1000003',
    ]);
  });

  it('chunks numbers by the ERP cap of 50', async () => {
    const { server, erp } = await setup({ 'GET /api/v1/sales-orders': salesOrders });
    const numbers = Array.from({ length: 120 }, (_, i) => `SO-${1100000 + i}`);
    const result = await erp.ordersByNumbers('acme', numbers);
    expect(erp.maxBatch).toBe(50);
    expect(server.requests.map((r) => r.query.get('numbers')?.split(',').length)).toEqual([50, 50, 20]);
    expect(result.every((r) => r !== null && !(r instanceof Error))).toBe(true);
  });

  it('sends the configured company code per tenant and rejects an unconfigured tenant', async () => {
    const { server, erp } = await setup({ 'GET /api/v1/sales-orders': salesOrders }, { globex: 'GLX01' });
    await erp.ordersByNumbers('globex', ['SO-1000001']);
    expect(server.requests[0]?.headers['x-company']).toBe('GLX01');
    await expect(erp.ordersByNumbers('acme', ['SO-1000001'])).rejects.toMatchObject({
      code: 'TENANT_NOT_CONFIGURED',
    });
  });

  it('looks up order numbers by reference in one call, in key order', async () => {
    const { server, erp } = await setup({
      'GET /api/v1/sales-orders/lookup': () => ({
        body: { matches: [{ value: 'PO 4711/2026', order_no: 'SO-1000123' }] },
      }),
    });
    const result = await erp.orderNumbersByRef('acme', 'CUSTOMER_PO', ['PO 0000', 'po 4711/2026']);
    expect(result).toEqual([null, 'SO-1000123']);
    expect(server.requests[0]?.query.get('by')).toBe('customer_po');
  });

  it('searches with exactly one filter and passes the cursor through', async () => {
    const { server, erp } = await setup({
      'GET /api/v1/sales-orders/search': () => ({ body: { items: [erpSalesOrder()], next_cursor: 'c2' } }),
    });
    const page = await erp.searchOrders(
      'acme',
      { email: 'a@b.example', name: 'Acme' },
      { first: 500, after: 'c1' },
    );
    expect(page.items.map((o) => o.number)).toEqual(['SO-1000123']);
    expect(page.next).toBe('c2');
    const query = server.requests[0]?.query;
    expect([query?.get('email'), query?.get('name'), query?.get('limit'), query?.get('cursor')]).toEqual([
      'a@b.example',
      null,
      '50',
      'c1',
    ]);
    await expect(erp.searchOrders('acme', {}, { first: 10, after: null })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('lists unreleased orders a page at a time, with the bound in ERP time and the cursor passed through', async () => {
    const { server, erp } = await setup({
      'GET /api/v1/sales-orders/unreleased': () => ({
        body: { items: [erpSalesOrder({ doc_status: 'OPEN' })], next_cursor: 'c2' },
      }),
    });
    const page = await erp.unreleasedOrders('acme', '2026-10-31T00:00:00.000Z', { first: 500, after: 'c1' });
    expect(page).toMatchObject({ items: [{ number: 'SO-1000123', status: 'CONFIRMED' }], next: 'c2' });
    const [req] = server.requests;
    expect(req?.headers['x-company']).toBe('ACME');
    expect(Object.fromEntries(req!.query)).toEqual({
      changed_before: '20261031000000',
      limit: '50',
      cursor: 'c1',
      expand: 'customer',
    });
    expect(erp.tenants).toEqual(['acme', 'globex']);
  });

  it('fails the whole batch with an UpstreamError when the ERP answers 503', async () => {
    const { erp } = await setup({ 'GET /api/v1/sales-orders': () => ({ status: 503, body: {} }) });
    await expect(erp.ordersByNumbers('acme', ['SO-1000001'])).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      system: 'ERP',
    });
  });
});
