import { Hono } from 'hono';
import { DomainError, NotFoundError, UnauthenticatedError, UnavailableError } from '../domain/errors.js';
import type { EventSink } from './event-sink.js';
import { ingestItems, interpretWebhook } from './interpret-webhook.js';
import type { NormaliseOptions, NormaliseTenant } from './normalisers/normalise-webhook.js';
import { readRawBody } from './read-raw-body.js';
import { verifyWebhook, type WebhookSecrets } from './signatures/verify-webhook.js';
import { signedForTenant } from './signed-for-tenant.js';
import { isWebhookSource } from './webhook-source.js';

/** What intake needs of one tenant (from the tenants file): how its events are read, and its secrets. */
export interface IntakeTenant extends NormaliseTenant {
  /** The tenant's own secret per source: a body signed for another tenant fails here. */
  webhookSecrets: WebhookSecrets;
}

export interface IntakeRoutesOptions {
  sink: EventSink;
  /** Canonical tenant → its secrets and accounts. Its keys are the tenants that may post; others get 404. */
  tenants: Readonly<Record<string, IntakeTenant>>;
  /** Epoch milliseconds; tests move the clock to check timestamp tolerance. */
  now?: () => number;
  maxBodyBytes?: number;
}

const DEFAULT_MAX_WEBHOOK_BYTES = 256 * 1024;

/** How long a sender waits before retrying an event we could not store. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Webhook intake: `POST /events/:tenant/wms|easypost|aftership|zendesk|cloudevents`. Per request:
 * raw body (≤ 256 KB, else 413) → signature over those bytes with the URL's tenant's own secret, and
 * where the format names an account (the WMS envelope) that account is the tenant's (else 401,
 * nothing stored, no detail) → `interpretWebhook`: UTF-8, JSON, (a CloudEvents batch split into its
 * events), the source's normaliser → each canonical event to `sink.ingest`, answered 202 only once
 * it resolved: `{ status: 'applied' | 'duplicate' | 'unmatched' }`.
 * Nothing signed is lost: a verified body that is not UTF-8 or JSON, breaks the wire schema or
 * cannot be mapped goes to the dead-letter list with its reason (once per source and event id) and
 * is answered 202 `{ status: 'dead_lettered', reason }` — not 400, because a sender retries a 4xx
 * for days and its retry would be refused the same way; the entry is replayed once the mapping
 * (or the sender) is fixed. Understood events that need nothing (a Zendesk ticket event we do not
 * follow) → 202 `{ status: 'ignored' }`. A CloudEvents batch → 202 `{ status: 'batch', results }`,
 * one outcome per event in order. An event whose ingest fails for good (an engine bug, an event
 * the rules cannot take) is a dead letter too, reason `ingest failed: <message>`, answered 202
 * `dead_lettered` (per event in a batch): a 503 would have its sender retry it forever. Only a
 * transient store failure (`isTransientStoreError`), or a dead letter that could not be kept,
 * → 503 with `Retry-After: 5`, so the sender retries (its retry is deduplicated, so the events
 * already stored are not applied twice).
 * Refusals are thrown as domain errors (NOT_FOUND, PAYLOAD_TOO_LARGE, UNAUTHENTICATED without a
 * bearer challenge, UNAVAILABLE) and answered by the app's error boundary in its one shape,
 * `{ error: { code, message } }`.
 *
 * @example app.route('/', createIntakeRoutes({ sink, tenants: { acme: { webhookSecrets, wmsAccount, orderFieldId } } }));
 */
export function createIntakeRoutes(options: IntakeRoutesOptions): Hono {
  const { tenants } = options;
  const now = options.now ?? Date.now;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const normalise: NormaliseOptions = { tenants };

  return new Hono().post('/events/:tenant/:source', async (c) => {
    const tenant = c.req.param('tenant');
    const source = c.req.param('source');
    const config = Object.hasOwn(tenants, tenant) ? tenants[tenant] : undefined;
    if (!isWebhookSource(source) || config === undefined) {
      throw new NotFoundError();
    }

    const raw = await readRawBody(c.req.raw, maxBytes);
    if (raw === null)
      throw new DomainError('PAYLOAD_TOO_LARGE', `The body is larger than ${maxBytes} bytes.`);
    const headers = c.req.raw.headers;
    // A sender signs, it does not log in: no `WWW-Authenticate` challenge, and no detail.
    const refused = () =>
      new UnauthenticatedError('Missing, invalid or expired signature.', { challenge: null });
    if (!verifyWebhook(source, headers, raw, config.webhookSecrets, now())) throw refused();
    const { batch, items, body } = interpretWebhook(
      source,
      { tenant, headers, raw, receivedAt: new Date(now()).toISOString() },
      normalise,
    );
    // Nothing is kept before the body is known to be this tenant's.
    if (!signedForTenant(source, body, config)) throw refused();
    try {
      const results = await ingestItems(options.sink, items, (letter) =>
        options.sink.deadLetter({ source, tenant, ...letter }),
      );
      if (batch) return c.json({ status: 'batch', results }, 202);
      return c.json(results[0], 202);
    } catch (error) {
      // The store is down (or the dead letter could not be kept): nothing was acknowledged, and
      // the sender's retry (same event id) is safe to apply.
      throw new UnavailableError('The event could not be stored; retry later.', RETRY_AFTER_SECONDS, {
        cause: error,
      });
    }
  });
}
