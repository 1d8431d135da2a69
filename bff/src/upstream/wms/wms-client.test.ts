import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackServer, type Route } from '../__fixtures__/loopback-server.js';
import { createWmsClient } from './wms-client.js';
import { wmsOrder, wmsShipment } from './__fixtures__/wms-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function setup(
  route: Route,
  accounts: Record<string, string> = { acme: 'acme-eu', globex: 'globex-us' },
) {
  const server = await startLoopbackServer({ 'POST /wms/v2/orders/query': route });
  const wms = createWmsClient({ baseUrl: server.url, apiKey: 'wms-key', timeoutMs: 1000, accounts });
  cleanups.push(server.close, wms.close);
  return { server, wms };
}

/** Knows every client ref except 0001999999; 0001000002 carries a line ref that cannot map. */
const query: Route = (req) => {
  const refs = (req.body as { client_order_refs: string[] }).client_order_refs;
  return {
    body: {
      orders: refs
        .filter((r) => r !== '0001999999')
        .map((r, i) =>
          wmsOrder({
            order_ref: `WO-DE1-${String(i).padStart(6, '0')}`,
            client_order_ref: r,
            lines:
              r === '0001000002' ? [{ ...wmsOrder().lines[0]!, client_line_ref: 'ten' }] : wmsOrder().lines,
          }),
        ),
    },
  };
};

describe('createWmsClient', () => {
  it('resolves a batch in one query, in key order, with null and per-key errors', async () => {
    const { server, wms } = await setup(query);
    const result = await wms.ordersByNumbers('acme', ['SO-1000001', 'SO-1999999', 'SO-1000002', 'bogus']);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toEqual({
      client_order_refs: ['0001000001', '0001999999', '0001000002'],
    });
    expect(server.requests[0]?.headers.authorization).toBe('ApiKey wms-key');
    expect(server.requests[0]?.headers['x-wms-account']).toBe('acme-eu');
    expect(result.map((r) => (r instanceof Error ? 'error' : (r?.orderNumber ?? null)))).toEqual([
      'SO-1000001',
      null,
      'error',
      null,
    ]);
  });

  it('chunks by the WMS cap of 100 and keeps tenants apart by account', async () => {
    const { server, wms } = await setup(query, { acme: 'acme-eu', globex: 'globex-us' });
    await wms.ordersByNumbers(
      'globex',
      Array.from({ length: 150 }, (_, i) => `SO-${1100000 + i}`),
    );
    expect(
      server.requests.map((r) => (r.body as { client_order_refs: string[] }).client_order_refs.length),
    ).toEqual([100, 50]);
    expect(server.requests.every((r) => r.headers['x-wms-account'] === 'globex-us')).toBe(true);
  });

  it('resolves tracking numbers to order numbers', async () => {
    const { server, wms } = await setup(() => ({
      body: { orders: [wmsOrder({ shipments: [wmsShipment({ tracking_no: '1Z999AA10123456784' })] })] },
    }));
    const result = await wms.orderNumbersByRef('acme', 'TRACKING_NUMBER', ['1z999aa10123456784', 'UNKNOWN']);
    expect(result).toEqual(['SO-1000123', null]);
    expect(server.requests[0]?.body).toEqual({ tracking_numbers: ['1z999aa10123456784', 'UNKNOWN'] });
  });

  it('resolves WMS references to order numbers', async () => {
    const { wms } = await setup(() => ({ body: { orders: [wmsOrder()] } }));
    expect(await wms.orderNumbersByRef('acme', 'WMS_REFERENCE', ['WO-DE1-004812'])).toEqual(['SO-1000123']);
  });

  it('retries the read-only query once after a 503', async () => {
    let calls = 0;
    const { server, wms } = await setup((req) => (++calls === 1 ? { status: 503, body: {} } : query(req)));
    const [order] = await wms.ordersByNumbers('acme', ['SO-1000001']);
    expect(server.requests).toHaveLength(2);
    expect(order).toMatchObject({ orderNumber: 'SO-1000001' });
  });
});
