import {
  afterShipWebhook,
  easyPostEvent,
  shortPickData,
  structuredCloudEvent,
  wmsWebhook,
  zendeskWebhook,
} from '../normalisers/__fixtures__/webhook-fixtures.js';
import { signWebhook } from '../signatures/sign-webhook.js';
import type { WebhookSecrets } from '../signatures/verify-webhook.js';
import type { WebhookSource } from '../webhook-source.js';
import type { IntakeTenant } from '../intake-routes.js';

/** Test secrets, one per source, distinct so a signature for one source fails on another. */
export const TEST_SECRETS: WebhookSecrets = {
  wms: 'test-wms-secret',
  easypost: 'test-easypost-secret',
  aftership: 'test-aftership-secret',
  zendesk: 'test-zendesk-secret',
  cloudevents: 'test-cloudevents-secret',
};

/** Another tenant's secrets: a body signed with one tenant's secret fails at the other's URL. */
export const GLOBEX_TEST_SECRETS: WebhookSecrets = {
  wms: 'test-globex-wms-secret',
  easypost: 'test-globex-easypost-secret',
  aftership: 'test-globex-aftership-secret',
  zendesk: 'test-globex-zendesk-secret',
  cloudevents: 'test-globex-cloudevents-secret',
};

/** Intake's tenants for tests: acme signs with `TEST_SECRETS`, globex with its own. */
export const TEST_TENANTS: Readonly<Record<string, IntakeTenant>> = {
  acme: { webhookSecrets: TEST_SECRETS, wmsAccount: 'acme-eu', orderFieldId: 360001234567 },
  globex: { webhookSecrets: GLOBEX_TEST_SECRETS, wmsAccount: 'globex-us', orderFieldId: 360001234567 },
};

/** Every signature scheme intake speaks, CloudEvents in both modes. */
export type SchemeCase =
  'wms' | 'easypost' | 'aftership' | 'zendesk' | 'cloudevents-structured' | 'cloudevents-binary';

export const SCHEME_CASES: readonly SchemeCase[] = [
  'wms',
  'easypost',
  'aftership',
  'zendesk',
  'cloudevents-structured',
  'cloudevents-binary',
];

export interface WebhookRequest {
  source: WebhookSource;
  body: Uint8Array<ArrayBuffer>;
  /** Content type and, in CloudEvents binary mode, the `ce-*` headers; not the signature. */
  headers: Record<string, string>;
}

/** A realistic, unsigned webhook for a scheme; `id` varies the event id. */
export function webhookRequest(scheme: SchemeCase, id = 'evt-0001'): WebhookRequest {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const plain = { 'content-type': 'application/json' };
  switch (scheme) {
    case 'wms':
      return { source: 'wms', body: json(wmsWebhook('order.short_picked', {}, { id })), headers: plain };
    case 'easypost':
      return { source: 'easypost', body: json(easyPostEvent({}, { id })), headers: plain };
    case 'aftership':
      return { source: 'aftership', body: json(afterShipWebhook({}, { event_id: id })), headers: plain };
    case 'zendesk':
      return { source: 'zendesk', body: json(zendeskWebhook({}, { id })), headers: plain };
    case 'cloudevents-structured':
      return {
        source: 'cloudevents',
        body: json(structuredCloudEvent({ id })),
        headers: { 'content-type': 'application/cloudevents+json' },
      };
    case 'cloudevents-binary':
      return {
        source: 'cloudevents',
        body: json(shortPickData()),
        headers: {
          ...plain,
          'ce-specversion': '1.0',
          'ce-id': id,
          'ce-source': '/wms/acme-eu',
          'ce-type': 'orderlens.wms.short_pick',
          'ce-time': '2026-11-02T08:00:00Z',
        },
      };
  }
}

/** The request's headers with its source's signature added. */
export function signedHeaders(
  request: WebhookRequest,
  nowMs: number,
  secret = TEST_SECRETS[request.source],
): Record<string, string> {
  return {
    ...request.headers,
    ...signWebhook(request.source, secret, request.body, { headers: request.headers, nowMs }),
  };
}
