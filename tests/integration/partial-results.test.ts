import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

const QUERY = /* GraphQL */ `
  query ($ref: String!) {
    order(ref: $ref) {
      id
      customer {
        name
      }
      lines {
        sku
        quantities {
          ordered
          allocated
          picked
        }
      }
      shipments {
        id
        status
      }
      returns {
        rmaNumber
      }
      cases {
        id
      }
      systemStatuses {
        system
      }
    }
  }
`;
const WMS_TIMEOUT_MS = 800;

describe('partial results when one system fails', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      WMS_TIMEOUT_MS: String(WMS_TIMEOUT_MS),
      ERP_TIMEOUT_MS: '800',
      CRM_TIMEOUT_MS: '800',
    });
  });
  afterEach(() => stack.reset());
  afterAll(() => stack.close());

  const ref = () => stack.samples('acme', 1)[0]!.erpOrderNumber;

  for (const mode of [{ down: true }, { hang: true }] as const) {
    const code = 'hang' in mode ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE';
    it(`keeps ERP and CRM data and reports one ${code} when the WMS is ${Object.keys(mode)[0]}`, async () => {
      await stack.scenario('wms', mode);
      const started = performance.now();
      const { status, body } = await stack.gql(QUERY, { ref: ref() });
      const elapsed = performance.now() - started;

      expect(status).toBe(200);
      expect(elapsed).toBeLessThan(WMS_TIMEOUT_MS * 1.2);
      const order = body.data!.order;
      expect(order.customer.name).toEqual(expect.any(String));
      expect(order.cases.length).toBeGreaterThan(0);
      expect(order.returns).toEqual(expect.any(Array));
      expect(order.shipments).toBeNull();
      expect(order.lines[0].quantities.ordered).toBeGreaterThan(0);
      expect(order.lines[0].quantities.allocated).toBeNull();
      expect(order.systemStatuses.map((s: any) => s.system)).not.toContain('WMS');
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toEqual({ code, system: 'WMS' });
      const text = JSON.stringify(body.errors);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4}|at .*\.ts|stack/i);
    });
  }

  it('keeps ERP and WMS data when the CRM is down', async () => {
    await stack.scenario('crm', { down: true });
    const { body } = await stack.gql(QUERY, { ref: ref() });
    expect(body.data!.order.shipments.length).toBeGreaterThan(0);
    expect(body.data!.order.cases).toBeNull();
    expect(body.errors?.map((e: any) => e.extensions)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', system: 'CRM' },
    ]);
  });

  it('answers a null order with an ERP error when the ERP, which owns orders, is down', async () => {
    await stack.scenario('erp', { down: true });
    const { body } = await stack.gql(QUERY, { ref: ref() });
    expect(body.data!.order).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', system: 'ERP' });
  });

  it('opens the WMS breaker after repeated failures and stops calling it', async () => {
    await stack.scenario('wms', { down: true });
    for (let i = 0; i < 12; i++) await stack.gql(QUERY, { ref: ref() });
    const before = (await stack.stats('wms')).total;
    for (let i = 0; i < 10; i++) {
      const { body } = await stack.gql(QUERY, { ref: ref() });
      expect(body.errors?.[0]?.extensions?.system).toBe('WMS');
    }
    const after = (await stack.stats('wms')).total;
    // While open, at most one probe per half-open interval may reach the WMS.
    expect(after - before).toBeLessThanOrEqual(1);
    const health = (await (await fetch(`${stack.url}/health`)).json()) as any;
    expect(health.upstreams.find((u: any) => u.system === 'WMS').state).toMatch(/open/);
  });
});
