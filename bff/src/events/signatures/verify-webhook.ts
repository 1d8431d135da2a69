import type { WebhookSource } from '../webhook-source.js';
import { verifyAfterShip } from './aftership-signature.js';
import { verifyCloudEvent } from './cloudevents-signature.js';
import { verifyEasyPost } from './easypost-signature.js';
import { verifyOrderlens } from './orderlens-signature.js';
import { verifyZendesk } from './zendesk-signature.js';

/** One signing secret per source, from configuration. */
export type WebhookSecrets = Readonly<Record<WebhookSource, string>>;

type Verifier = (headers: Headers, body: Uint8Array, secret: string, nowMs: number) => boolean;

const VERIFIERS: Record<WebhookSource, Verifier> = {
  wms: verifyOrderlens,
  easypost: verifyEasyPost,
  aftership: verifyAfterShip,
  zendesk: verifyZendesk,
  cloudevents: verifyCloudEvent,
};

/**
 * Checks a webhook's signature with its source's scheme, over the raw bytes, before anything
 * parses them. Never throws: any failure is simply `false`.
 *
 * @example if (!verifyWebhook('easypost', request.headers, body, secrets, Date.now())) return 401;
 */
export function verifyWebhook(
  source: WebhookSource,
  headers: Headers,
  body: Uint8Array,
  secrets: WebhookSecrets,
  nowMs: number,
): boolean {
  try {
    return VERIFIERS[source](headers, body, secrets[source], nowMs);
  } catch {
    return false;
  }
}
