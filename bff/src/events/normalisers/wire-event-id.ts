import type { WebhookSource } from '../webhook-source.js';

/** Where each format names its event id: a redelivery repeats it. */
const ID_FIELD: Record<Exclude<WebhookSource, 'cloudevents'>, string> = {
  wms: 'id',
  easypost: 'id',
  aftership: 'event_id',
  zendesk: 'id',
};

/**
 * The sender's event id of a body that did not become an event, when it names one, so that a
 * redelivery is kept once in the dead-letter list. A CloudEvent is identified by source and id
 * together (from the body, or the `ce-*` headers in binary mode). Never throws.
 *
 * @example wireEventId('aftership', headers, { event_id: '1a7b…' }) // '1a7b…'
 */
export function wireEventId(source: WebhookSource, headers: Headers, body: unknown): string | null {
  const object =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const text = (value: unknown) =>
    typeof value === 'string' && value !== '' && value.length <= 500 ? value : null;
  if (source === 'cloudevents') {
    const ceSource = text(headers.get('ce-source')) ?? text(object['source']);
    const ceId = text(headers.get('ce-id')) ?? text(object['id']);
    return ceSource && ceId ? JSON.stringify([ceSource, ceId]) : null;
  }
  return text(object[ID_FIELD[source]]);
}
