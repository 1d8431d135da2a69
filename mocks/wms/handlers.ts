import type { HttpHandler } from 'msw';
import { http } from 'msw';
import { BadRequest, createRouteFactory } from '../shared/business-route.js';
import { createControlHandlers } from '../shared/control-handlers.js';
import { createSimState, type SimState } from '../shared/sim-state.js';
import { json } from '../shared/system-errors.js';
import type { TenantId } from '../world/tenants.js';
import { createWmsData, type WmsData } from './data.js';
import { wmsError } from './errors.js';
import type { WmsQueryKey, WmsWireOrder } from './wire.js';

export const WMS_MAX_BATCH = 100;
const KEYS: readonly WmsQueryKey[] = ['client_order_refs', 'order_refs', 'tracking_numbers'];

async function parseQuery(request: Request): Promise<{ key: WmsQueryKey; values: string[] }> {
  const body: unknown = await request.json().catch(() => {
    throw new BadRequest('body must be JSON', 'body');
  });
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new BadRequest('body must be a JSON object', 'body');
  const keys = Object.keys(body);
  if (keys.length !== 1 || !KEYS.includes(keys[0] as WmsQueryKey)) {
    throw new BadRequest(
      `exactly one of ${KEYS.join(', ')} is required`,
      keys.find((k) => !KEYS.includes(k as WmsQueryKey)) ?? 'body',
    );
  }
  const key = keys[0] as WmsQueryKey;
  const values = (body as Record<string, unknown>)[key];
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    !values.every((v) => typeof v === 'string' && v.trim() !== '')
  ) {
    throw new BadRequest('must be a non-empty array of non-empty strings', key);
  }
  if (values.length > WMS_MAX_BATCH)
    throw new BadRequest(`at most ${WMS_MAX_BATCH} values, got ${values.length}`, key);
  return { key, values: values as string[] };
}

/**
 * The simulated WMS's MSW handlers (business API, `/_sim` control routes, 404 fallback).
 *
 * Without `origin` they answer on any host and end in a catch-all 404, so give each system its
 * own origin when several share one MSW setup.
 *
 * @example
 * const response = await getResponse(createWmsHandlers(), request);
 */
export function createWmsHandlers(
  options: { sim?: SimState; data?: WmsData; origin?: string } = {},
): HttpHandler[] {
  const sim = options.sim ?? createSimState();
  const origin = options.origin ?? '*';
  const data = options.data ?? createWmsData();
  const route = createRouteFactory<TenantId>({
    sim,
    origin,
    error: wmsError,
    tenantHeader: 'X-Wms-Account',
    tenantOf: (account) => data.tenantByAccount(account)?.id,
  });
  return [
    ...createControlHandlers(sim, origin),
    route('post', '/wms/v2/orders/query', async ({ request, tenant }) => {
      const { key, values } = await parseQuery(request);
      const seen = new Set<WmsWireOrder>();
      for (const value of values) {
        const order = data.find(tenant, key, value);
        if (order) seen.add(order);
      }
      return json({ orders: [...seen] });
    }),
    http.all(origin === '*' ? '*' : `${origin}/*`, () => wmsError(404, 'no such endpoint', 'path')),
  ];
}
