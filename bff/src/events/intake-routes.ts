import { Hono, type Context } from 'hono';
import type { EventSink } from './event-sink.js';
import { normaliseWebhook, type NormaliseOptions } from './normalisers/normalise-webhook.js';
import type { Normalised } from './normalisers/normalised.js';
import { readRawBody } from './read-raw-body.js';
import { verifyWebhook, type WebhookSecrets } from './signatures/verify-webhook.js';
import { isWebhookSource, type WebhookSource } from './webhook-source.js';

export interface IntakeRoutesOptions {
  sink: EventSink;
  secrets: WebhookSecrets;
  /** Canonical tenant → its WMS account id. Its keys are the tenants that may post; others get 404. */
  tenants?: Readonly<Record<string, string>>;
  /** The Zendesk ticket field holding the order number. */
  orderFieldId?: number;
  /** Epoch milliseconds; tests move the clock to check timestamp tolerance. */
  now?: () => number;
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_WEBHOOK_BYTES = 256 * 1024;

/** Headers that have no business in a webhook and must not be kept with a dead letter. */
const NOT_KEPT = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * Webhook intake: `POST /events/:tenant/wms|easypost|aftership|zendesk|cloudevents`. Per request:
 * raw body (≤ 256 KB, else 413) → signature over those bytes (401, nothing stored, no detail) →
 * JSON (400 with the reason) → canonical event → `sink.ingest`, answered 202 only once it resolved.
 * Signed but unmappable → dead-letter list, 202. The sink failing → 503, so the sender retries.
 *
 * @example app.route('/', createIntakeRoutes({ sink, secrets: env.webhookSecrets }));
 */
export function createIntakeRoutes(options: IntakeRoutesOptions): Hono {
  const tenants = options.tenants ?? { acme: 'acme-eu', globex: 'globex-us' };
  const now = options.now ?? Date.now;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const normalise: NormaliseOptions = {
    wmsAccounts: tenants,
    // The simulators' (and the CRM adapter's default) order field.
    orderFieldId: options.orderFieldId ?? 360001234567,
  };

  return new Hono().post('/events/:tenant/:source', async (c) => {
    const tenant = c.req.param('tenant');
    const source = c.req.param('source');
    if (!isWebhookSource(source) || !Object.hasOwn(tenants, tenant)) {
      return c.json({ error: 'Not found.' }, 404);
    }

    const raw = await readRawBody(c.req.raw, maxBytes);
    if (raw === null) return c.json({ error: `The body is larger than ${maxBytes} bytes.` }, 413);
    const headers = c.req.raw.headers;
    if (!verifyWebhook(source, headers, raw, options.secrets, now())) {
      return c.json({ error: 'Missing, invalid or expired signature.' }, 401);
    }

    const text = decodeUtf8(raw);
    if (text === null) return badRequest(c, 'body: not UTF-8 text');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return badRequest(c, 'body: not valid JSON');
    }

    const result = safeNormalise(source, { tenant, headers, body }, normalise);
    if (result.kind === 'invalid') return badRequest(c, result.reason);
    try {
      if (result.kind === 'unmappable') {
        await options.sink.deadLetter({
          source,
          tenant,
          reason: result.reason,
          headers: keptHeaders(headers),
          body: text,
        });
        return c.json({ status: 'dead_lettered', reason: result.reason }, 202);
      }
      return c.json({ status: await options.sink.ingest(result.event) }, 202);
    } catch {
      // Nothing was acknowledged: the sender's retry (same event id) is safe to apply.
      c.header('retry-after', '5');
      return c.json({ error: 'The event could not be stored; retry later.' }, 503);
    }
  });
}

/** A normaliser bug must not turn a signed event into a 500 or drop it: it is kept for replay. */
function safeNormalise(
  source: WebhookSource,
  input: Parameters<typeof normaliseWebhook>[1],
  options: NormaliseOptions,
): Normalised {
  try {
    return normaliseWebhook(source, input, options);
  } catch (error) {
    return {
      kind: 'unmappable',
      reason: `normaliser failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function badRequest(c: Context, reason: string): Response {
  return c.json({ error: 'The event is malformed.', reason }, 400);
}

// Without `stream`, each decode starts afresh, so one decoder serves every request.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers.entries()) if (!NOT_KEPT.has(name)) kept[name] = value;
  return kept;
}
