import { describe, expect, it } from 'vitest';
import { callHandlers } from '../shared/call-handlers.js';
import { getWorld } from '../world/world.js';
import { sampleReferences } from '../world/sample-references.js';
import { createErpHandlers } from '../erp/handlers.js';
import { createWmsHandlers } from './handlers.js';

const URL_ = 'http://wms.test/wms/v2/orders/query';
const AS_ACME = { authorization: 'Bearer t', 'x-wms-account': 'acme-eu' };
const released = (tenant: string, n: number) =>
  getWorld()
    .orders.filter((o) => o.tenant === tenant && o.wms)
    .slice(0, n);

describe('WMS orders query', () => {
  it('finds orders by client order ref, WMS ref and tracking number', async () => {
    const handlers = createWmsHandlers();
    const [s] = sampleReferences('acme', 1);
    const clientRef = s!.erpOrderNumber.replace('SO-', '').padStart(10, '0');
    for (const json of [
      { client_order_refs: [clientRef] },
      { order_refs: [s!.wmsReference] },
      { tracking_numbers: [s!.trackingNumber] },
    ]) {
      const res = await callHandlers(handlers, URL_, { headers: AS_ACME, json });
      expect(res.status).toBe(200);
      expect(res.body.orders).toHaveLength(1);
      expect(res.body.orders[0]).toMatchObject({ order_ref: s!.wmsReference, client_order_ref: clientRef });
      expect(typeof res.body.orders[0].updated_at).toBe('number');
    }
  });

  it('answers a batch of 100, leaving unknown and unreleased orders out', async () => {
    const handlers = createWmsHandlers();
    const orders = released('acme', 99);
    const unreleased = getWorld().orders.find((o) => o.tenant === 'acme' && !o.wms)!;
    const refs = [...orders.map((o) => o.number), unreleased.number].map((n) => n.slice(3).padStart(10, '0'));
    const res = await callHandlers(handlers, URL_, { headers: AS_ACME, json: { client_order_refs: refs } });
    expect(res.body.orders).toHaveLength(99);
  });

  it('keeps tenants apart: an acme order asked as globex-us is left out', async () => {
    const handlers = createWmsHandlers();
    const [o] = released('acme', 1);
    const res = await callHandlers(handlers, URL_, {
      headers: { ...AS_ACME, 'x-wms-account': 'globex-us' },
      json: { order_refs: [o!.wms!.ref] },
    });
    expect(res.body.orders).toEqual([]);
  });

  it('answers 400 in its own shape for over 100 values, two keys, an unknown key or a bad body', async () => {
    const handlers = createWmsHandlers();
    const bodies = [
      { order_refs: Array.from({ length: 101 }, (_, i) => `WO-DE1-${i}`) },
      { order_refs: ['a'], tracking_numbers: ['b'] },
      { order_numbers: ['a'] },
      { order_refs: [] },
      { order_refs: [42] },
      [1, 2],
    ];
    for (const json of bodies) {
      const res = await callHandlers(handlers, URL_, { headers: AS_ACME, json });
      expect(res.status, JSON.stringify(json).slice(0, 40)).toBe(400);
      expect(res.body).toMatchObject({
        status: 400,
        errors: [{ field: expect.any(String), reason: expect.any(String) }],
      });
    }
  });

  it('answers 401 without Authorization, 400 without an account, 404 for an unknown one', async () => {
    const handlers = createWmsHandlers();
    const json = { order_refs: ['WO-DE1-004001'] };
    expect(
      (await callHandlers(handlers, URL_, { headers: { 'x-wms-account': 'acme-eu' }, json })).status,
    ).toBe(401);
    expect((await callHandlers(handlers, URL_, { headers: { authorization: 'x' }, json })).status).toBe(400);
    expect(
      (
        await callHandlers(handlers, URL_, {
          headers: { authorization: 'x', 'x-wms-account': 'umbrella' },
          json,
        })
      ).status,
    ).toBe(404);
  });

  it('shares one MSW handler list with another system when each has its own origin', async () => {
    const handlers = [
      ...createErpHandlers({ origin: 'http://erp.test' }),
      ...createWmsHandlers({ origin: 'http://wms.test' }),
    ];
    const [o] = released('acme', 1);
    const wms = await callHandlers(handlers, 'http://wms.test/wms/v2/orders/query', {
      headers: AS_ACME,
      json: { order_refs: [o!.wms!.ref] },
    });
    expect(wms.body.orders).toHaveLength(1);
    const erp = await callHandlers(handlers, `http://erp.test/api/v1/sales-orders?numbers=${o!.number}`, {
      headers: { authorization: 'x', 'x-company': 'ACME' },
    });
    expect(erp.body.items).toHaveLength(1);
  });
});
