import type { WebhookSource } from '../webhook-source.js';
import { signAfterShip } from './aftership-signature.js';
import { signCloudEvent } from './cloudevents-signature.js';
import { signEasyPost } from './easypost-signature.js';
import { signOrderlens } from './orderlens-signature.js';
import { signZendesk } from './zendesk-signature.js';

/**
 * Signs a webhook the way its source does and returns the headers to add. For simulators that post
 * to intake and for tests; `headers` are the request's other headers (CloudEvents sign `ce-*`).
 *
 * @example
 * const body = JSON.stringify(event);
 * await fetch(`${bff}/events/acme/wms`, {
 *   method: 'POST', body,
 *   headers: { 'content-type': 'application/json', ...signWebhook('wms', secret, body) },
 * });
 */
export function signWebhook(
  source: WebhookSource,
  secret: string,
  body: string | Uint8Array,
  options: { headers?: Readonly<Record<string, string>>; nowMs?: number } = {},
): Record<string, string> {
  const nowMs = options.nowMs ?? Date.now();
  switch (source) {
    case 'wms':
      return signOrderlens(secret, body, nowMs);
    case 'easypost':
      return signEasyPost(secret, body);
    case 'aftership':
      return signAfterShip(secret, body);
    case 'zendesk':
      return signZendesk(secret, body, nowMs);
    case 'cloudevents':
      return signCloudEvent(secret, body, options.headers ?? {}, nowMs);
  }
}
