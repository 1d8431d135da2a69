import type { HttpHandler } from 'msw';
import { http } from 'msw';
import { BadRequest, createRouteFactory } from '../shared/business-route.js';
import { createControlHandlers } from '../shared/control-handlers.js';
import { intParam, listParam } from '../shared/params.js';
import { createSimState, type SimState } from '../shared/sim-state.js';
import { json } from '../shared/system-errors.js';
import type { TenantId } from '../world/tenants.js';
import { createErpData, type ErpData, type ErpLookupKind } from './data.js';
import { erpError } from './errors.js';
import { expandsOf, withExpands } from './expand.js';
import { unreleasedOrders } from './unreleased-orders.js';
import type { ErpSalesOrder } from './wire.js';

export const ERP_MAX_BATCH = 50;
const LOOKUP_KINDS: readonly ErpLookupKind[] = ['channel_ref', 'customer_po', 'rma'];
const FILTERS = ['email', 'phone', 'name', 'customer_no'] as const;

// The cursor is opaque to clients; here it is just the offset.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(raw: string | null): number {
  if (!raw) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!match) throw new BadRequest('invalid cursor', 'cursor');
  return Number(match[1]);
}

/**
 * The simulated ERP's MSW handlers (business API, `/_sim` control routes, 404 fallback).
 *
 * Without `origin` they answer on any host and end in a catch-all 404, so give each system its
 * own origin when several share one MSW setup.
 *
 * @example
 * const sim = createSimState();
 * const response = await getResponse(createErpHandlers({ sim }), request);
 */
export function createErpHandlers(
  options: { sim?: SimState; data?: ErpData; origin?: string } = {},
): HttpHandler[] {
  const sim = options.sim ?? createSimState();
  const origin = options.origin ?? '*';
  const data = options.data ?? createErpData();
  const route = createRouteFactory<TenantId>({
    sim,
    origin,
    error: erpError,
    tenantHeader: 'X-Company',
    tenantOf: (code) => data.tenantByCompany(code)?.id,
  });
  return [
    ...createControlHandlers(sim, origin),
    route('get', '/api/v1/sales-orders/lookup', ({ url, tenant }) => {
      const by = url.searchParams.get('by');
      if (!LOOKUP_KINDS.includes(by as ErpLookupKind))
        throw new BadRequest('by must be channel_ref, customer_po or rma', 'by');
      const values = listParam(url, 'values', ERP_MAX_BATCH);
      const matches = values.flatMap((value) =>
        data.lookup(tenant, by as ErpLookupKind, value).map((order_no) => ({ value, order_no })),
      );
      return json({ matches });
    }),
    route('get', '/api/v1/sales-orders/search', ({ url, tenant }) => {
      const given = FILTERS.filter((f) => (url.searchParams.get(f) ?? '').trim() !== '');
      if (given.length !== 1)
        throw new BadRequest(
          'exactly one of email, phone, name, customer_no is required',
          given[1] ?? 'email',
        );
      const limit = intParam(url, 'limit', { min: 1, max: 50, fallback: 20 });
      const offset = decodeCursor(url.searchParams.get('cursor'));
      const expand = expandsOf(url);
      const value = url.searchParams.get(given[0]!)!;
      const key = given[0] === 'customer_no' ? 'customerNo' : given[0]!;
      const numbers = data.ordersOfCustomers(tenant, { [key]: value });
      const page = numbers.slice(offset, offset + limit);
      return json({
        items: page.map((n) => withExpands(data.order(tenant, n)!, expand)),
        next_cursor: offset + limit < numbers.length ? encodeCursor(offset + limit) : null,
      });
    }),
    route('get', '/api/v1/sales-orders/unreleased', unreleasedOrders(data)),
    route('get', '/api/v1/sales-orders', ({ url, tenant }) => {
      const numbers = listParam(url, 'numbers', ERP_MAX_BATCH);
      const expand = expandsOf(url);
      const items: ErpSalesOrder[] = [];
      const missing: string[] = [];
      for (const n of numbers) {
        const order = data.order(tenant, n);
        if (order) items.push(withExpands(order, expand));
        else missing.push(n);
      }
      return json({ items, missing });
    }),
    http.all(origin === '*' ? '*' : `${origin}/*`, () => erpError(404, 'no such endpoint')),
  ];
}
