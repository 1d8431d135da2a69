import { embeddedWebhookSecrets } from '../../support/embedded-secrets.js';
import { signWebhook } from '../../../bff/src/events/signatures/sign-webhook.js';
import { getWorld } from '../../../mocks/world/index.js';
import type { WorldOrder } from '../../../mocks/world/types.js';

const ACCOUNT: Record<string, string> = { acme: 'acme-eu', globex: 'globex-us' };
const HOUR = 3_600_000;
let counter = 0;

/**
 * Orders still in the warehouse, with a WMS reference: what a short pick can happen to. Each caller
 * takes its own by index, so tests in one file never raise on the same order.
 */
export function ordersInFulfilment(tenant: 'acme' | 'globex'): WorldOrder[] {
  return getWorld().orders.filter(
    (o) => o.tenant === tenant && o.lifecycle === 'in_fulfilment' && o.wms && o.lines.length > 0,
  );
}

/** Signs and posts one WMS webhook envelope the way the WMS does; throws unless it was accepted. */
async function postWms(baseUrl: string, order: WorldOrder, type: string, data: Record<string, unknown>) {
  const body = JSON.stringify({
    id: `wev-e2e-${process.pid}-${Date.now()}-${++counter}`,
    type,
    occurred_at: Date.now(),
    account: ACCOUNT[order.tenant],
    data: {
      order_ref: order.wms!.ref,
      client_order_ref: order.number.replace(/^SO-/, '').padStart(10, '0'),
      ...data,
    },
  });
  const res = await fetch(`${baseUrl}/events/${order.tenant}/wms`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      ...signWebhook('wms', embeddedWebhookSecrets(order.tenant).wms, body),
    },
  });
  if (res.status !== 202) throw new Error(`WMS webhook ${type}: HTTP ${res.status} ${await res.text()}`);
}

/**
 * The warehouse starts picking an order that must ship within hours, then picks its first line
 * short: a short pick with its ship-by close, which the rules raise as HIGH or (key customer)
 * CRITICAL.
 */
export async function simulateShortPick(baseUrl: string, order: WorldOrder): Promise<void> {
  const line = order.lines[0]!;
  await postWms(baseUrl, order, 'order.status_changed', {
    status_code: 165,
    status_text: 'PICKING',
    ship_by: Date.now() + 6 * HOUR,
  });
  const picked = Math.max(0, line.qty - Math.max(1, Math.ceil(line.qty / 3)));
  await postWms(baseUrl, order, 'order.short_picked', {
    client_line_ref: String(line.pos),
    sku: line.sku,
    qty_ordered: line.qty,
    qty_picked: picked,
    qty_short: line.qty - picked,
    short_reason: 'STOCKOUT',
  });
}

/** The warehouse reports a line of the order on backorder (no ship-by given: a MEDIUM exception). */
export async function simulateBackorder(baseUrl: string, order: WorldOrder): Promise<void> {
  const line = order.lines[0]!;
  await postWms(baseUrl, order, 'order.backordered', {
    client_line_ref: String(line.pos),
    sku: line.sku,
    qty_backordered: line.qty,
  });
}
