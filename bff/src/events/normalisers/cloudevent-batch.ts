import { BATCH_CONTENT_TYPE, STRUCTURED_CONTENT_TYPE, mediaType } from './cloudevent-wire.js';
import { invalid, type Rejected, type WebhookInput } from './normalised.js';

/**
 * Splits a CloudEvents JSON batch (`application/cloudevents-batch+json`: a JSON array of
 * structured-mode events) into one structured-mode input per event, each to be normalised, deduped
 * and ingested on its own. Null for any other content type; `invalid` for a batch that is no array.
 *
 * @example cloudEventBatch({ tenant, headers, body: [e1, e2] }) // [{ …, body: e1 }, { …, body: e2 }]
 */
export function cloudEventBatch(input: WebhookInput): WebhookInput[] | Rejected | null {
  if (mediaType(input.headers.get('content-type')) !== BATCH_CONTENT_TYPE) return null;
  if (!Array.isArray(input.body)) return invalid('body: a CloudEvents batch is a JSON array of events');
  const headers = new Headers({ 'content-type': STRUCTURED_CONTENT_TYPE });
  return input.body.map((body: unknown) => ({ ...input, headers, body }));
}
