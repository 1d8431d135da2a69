import { embeddedWebhookSecrets } from '../support/embedded-secrets.js';
import { signWebhook } from '../../bff/src/events/signatures/sign-webhook.js';
import type { Tenant } from './bff-client.js';

/** The change every subscriber of a tenant is told about: an exception raised, or updated. */
export type ChangeKind = 'RAISED' | 'UPDATED';

/** One event to post: where, what, and the change subscribers will receive for it. */
export interface NotifyEvent {
  tenant: Tenant;
  path: string;
  body: string;
  headers: Record<string, string>;
  /** `<order number>|<kind>`, as `changeKey` reads it from a received frame. */
  key: string;
}

const WMS_ACCOUNT: Record<Tenant, string> = { acme: 'acme-eu', globex: 'globex-us' };
/** Bench orders are 7-digit ERP numbers above the seeded world's, so no event is a duplicate. */
const FIRST_ORDER = 8_000_000;
let eventIds = 0;

export const benchOrder = (n: number) => `SO-${FIRST_ORDER + n}`;

/**
 * Event `pair * 2 + step` of a run: each order gets a short pick on line 10 (the exception is
 * RAISED) and then one on line 20 (its summary changes: UPDATED), so every event is one change.
 * `webhook` is the signed WMS webhook to `POST /events/:tenant/wms`; `raw` is the same change as the
 * raw SSE baseline publishes it: the JSON the subscription would carry, padded to `frameBytes`.
 * @example const e = notifyEvent('webhook', 'acme', 7, 0); await pool.request({ method: 'POST', ...e });
 */
export function notifyEvent(
  mode: 'webhook' | 'raw',
  tenant: Tenant,
  pair: number,
  step: 0 | 1,
  frameBytes = 0,
): NotifyEvent {
  const orderNumber = benchOrder(pair);
  const kind: ChangeKind = step === 0 ? 'RAISED' : 'UPDATED';
  const key = `${orderNumber}|${kind}`;
  if (mode === 'raw') {
    const data = JSON.stringify({
      data: {
        exceptionChanges: {
          cursor: 'YzE6MTAwMDA',
          kind,
          exception: { id: '00000000-0000-4000-8000-000000000000', orderNumber },
        },
      },
    });
    const body = data.slice(0, -1) + ' '.repeat(Math.max(0, frameBytes - data.length)) + '}';
    return { tenant, path: `/publish/${tenant}`, body, headers: { 'content-type': 'application/json' }, key };
  }
  const body = JSON.stringify({
    id: `wev-bench-${process.pid}-${++eventIds}`,
    type: 'order.short_picked',
    occurred_at: Date.now(),
    account: WMS_ACCOUNT[tenant],
    data: {
      order_ref: `WO-BENCH-${FIRST_ORDER + pair}`,
      client_order_ref: orderNumber.slice(3).padStart(10, '0'),
      client_line_ref: step === 0 ? '10' : '20',
      sku: `BENCH-${step}`,
      qty_ordered: 10,
      qty_picked: 6,
      qty_short: 4,
      short_reason: 'STOCKOUT',
    },
  });
  return {
    tenant,
    path: `/events/${tenant}/wms`,
    body,
    headers: {
      'content-type': 'application/json',
      ...signWebhook('wms', embeddedWebhookSecrets(tenant).wms, body),
    },
    key,
  };
}

/**
 * The change key of an SSE `next` frame's data (`exceptionChanges { kind exception { orderNumber } }`),
 * found by string search: 100,000 frames a second must not each cost a JSON.parse in the client.
 */
export function changeKey(data: string): string | null {
  const order = data.indexOf('"orderNumber":"');
  const kind = data.indexOf('"kind":"');
  if (order < 0 || kind < 0) return null;
  const orderStart = order + 15;
  const kindStart = kind + 8;
  return `${data.slice(orderStart, data.indexOf('"', orderStart))}|${data.slice(kindStart, data.indexOf('"', kindStart))}`;
}
