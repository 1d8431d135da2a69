import { embeddedWebhookSecrets } from './embedded-secrets.js';
import { signWebhook } from '../../bff/src/events/signatures/sign-webhook.js';

let counter = 0;

/**
 * A signed WMS `order.short_picked` webhook for an ERP order, as the WMS simulator would send it:
 * by default for a demo tenant with its embedded secret; another tenant gives its account and secret.
 */
export function shortPickWebhook(input: {
  tenant: string;
  orderNumber: string;
  wmsReference: string;
  id?: string;
  occurredAt?: number;
  account?: string;
  secret?: string;
}) {
  const account = input.account ?? (input.tenant === 'acme' ? 'acme-eu' : 'globex-us');
  const body = JSON.stringify({
    id: input.id ?? `wev-test-${process.pid}-${++counter}`,
    type: 'order.short_picked',
    occurred_at: input.occurredAt ?? Date.now(),
    account,
    data: {
      order_ref: input.wmsReference,
      client_order_ref: input.orderNumber.replace(/^SO-/, '').padStart(10, '0'),
      client_line_ref: '10',
      sku: 'TEST-SKU',
      qty_ordered: 10,
      qty_picked: 6,
      qty_short: 4,
      short_reason: 'STOCKOUT',
    },
  });
  const headers = {
    'content-type': 'application/json',
    ...signWebhook('wms', input.secret ?? embeddedWebhookSecrets(input.tenant).wms, body),
  };
  return { path: `/events/${input.tenant}/wms`, body, headers };
}

/** Posts a webhook to a running BFF and returns the status and JSON answer. */
export async function postWebhook(
  baseUrl: string,
  hook: { path: string; body: string; headers: Record<string, string> },
) {
  const res = await fetch(baseUrl + hook.path, { method: 'POST', body: hook.body, headers: hook.headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
