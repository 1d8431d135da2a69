import { Pool } from 'undici';
import { candidateKinds } from '../../bff/src/domain/order-ref.js';
import type { Tenant } from './bff-client.js';
import type { System } from './sim-control.js';
import type { SimUrls } from './simulators-process.js';

/** Each system's account for a tenant and auth header, as the adapters send them (the simulators accept any credentials). */
const ACCOUNT: Record<System, { header: string; tenants: Record<Tenant, string>; auth: string }> = {
  erp: { header: 'x-company', tenants: { acme: 'ACME', globex: 'GLOBEX' }, auth: 'Bearer embedded-erp-key' },
  wms: {
    header: 'x-wms-account',
    tenants: { acme: 'acme-eu', globex: 'globex-us' },
    auth: 'ApiKey embedded-wms-key',
  },
  crm: {
    header: 'x-zendesk-subdomain',
    tenants: { acme: 'acme', globex: 'globex' },
    auth: `Basic ${Buffer.from('orderlens@example.com/token:embedded-crm-token').toString('base64')}`,
  },
};
const ORDER_FIELD = 'custom_field_360001234567';

/**
 * B1's second baseline: a hand-written client that makes the same upstream HTTP calls the BFF makes
 * for an order 360 (ERP order with expansions, WMS order query, Zendesk search with sideloaded users,
 * and for a tracking number first the lookups the BFF tries), in parallel per dependency level,
 * reading and parsing every body; no GraphQL, no mapping. Its pools are larger than any concurrency
 * the bench uses, so it never queues: it is the best any client could do against these upstreams.
 * `page` does the same for B2's search page.
 * @example const fanOut = createFanOut(simUrls); await fanOut('SO-1000123', 'acme');
 */
export function createFanOut(urls: SimUrls) {
  const pools = {
    erp: new Pool(urls.erp, { connections: 64 }),
    wms: new Pool(urls.wms, { connections: 64 }),
    crm: new Pool(urls.crm, { connections: 64 }),
  };
  const call = async (system: System, tenant: Tenant, path: string, body?: unknown): Promise<any> => {
    const { header, tenants, auth } = ACCOUNT[system];
    const res = await pools[system].request({
      path,
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        authorization: auth,
        [header]: tenants[tenant],
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      headersTimeout: 2000,
      bodyTimeout: 2000,
    });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`${system} ${path}: HTTP ${res.statusCode}`);
    return JSON.parse(text);
  };
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

  /**
   * Level 2 (or 1 for an order number): the three systems' reads for one order, together, the
   * slowest system's first as the BFF sends them; resolves to the three parsed bodies.
   */
  const order360 = async (number: string, tenant: Tenant) => {
    const [wms, crm, erp] = await Promise.all([
      call('wms', tenant, '/wms/v2/orders/query', { client_order_refs: [number.slice(3).padStart(10, '0')] }),
      call(
        'crm',
        tenant,
        `/api/v2/search.json?${query({
          query: `type:ticket ${ORDER_FIELD}:${number}`,
          per_page: '100',
          page: '1',
          include: 'tickets(users)',
        })}`,
      ),
      call(
        'erp',
        tenant,
        `/api/v1/sales-orders?${query({ numbers: number, expand: 'customer,returns,credit_memos' })}`,
      ),
    ]);
    if (!erp.items?.length) throw new Error(`ERP has no order ${number}`);
    return { erp, wms, crm };
  };

  return {
    order360,
    /** A tracking number: the WMS lookup (and the ERP customer-PO lookup the BFF tries alongside for numeric ones), then `order360`. */
    async byTrackingNumber(tracking: string, tenant: Tenant) {
      const [wms] = await Promise.all([
        call('wms', tenant, '/wms/v2/orders/query', { tracking_numbers: [tracking] }),
        candidateKinds(tracking).includes('CUSTOMER_PO')
          ? call(
              'erp',
              tenant,
              `/api/v1/sales-orders/lookup?${query({ by: 'customer_po', values: tracking })}`,
            )
          : null,
      ]);
      const ref: string | undefined = wms.orders?.[0]?.client_order_ref;
      if (!ref) throw new Error(`WMS has no order for ${tracking}`);
      return order360(`SO-${ref.slice(-7)}`, tenant);
    },
    /** B2's page: the ERP name search, then one WMS query and one Zendesk search for its orders together. */
    async page(name: string, tenant: Tenant) {
      const expand = 'customer,returns,credit_memos';
      const search = await call(
        'erp',
        tenant,
        `/api/v1/sales-orders/search?${query({ name, limit: '50', expand })}`,
      );
      const numbers: string[] = search.items.map((o: { order_no: string }) => o.order_no);
      const terms = ['type:ticket', ...numbers.map((n) => `${ORDER_FIELD}:${n}`)].join(' ');
      await Promise.all([
        call('wms', tenant, '/wms/v2/orders/query', {
          client_order_refs: numbers.map((n) => n.slice(3).padStart(10, '0')),
        }),
        (async () => {
          // Followed like the adapter does (Zendesk pages of 100), so the calls stay the same.
          for (let page = 1; page <= 10; page++) {
            const params = { query: terms, per_page: '100', page: String(page), include: 'tickets(users)' };
            if (!(await call('crm', tenant, `/api/v2/search.json?${query(params)}`)).next_page) break;
          }
        })(),
      ]);
      return numbers.length;
    },
    close: () => Promise.all(Object.values(pools).map((p) => p.close())).then(() => undefined),
  };
}

export type FanOut = ReturnType<typeof createFanOut>;
