import {
  CLOUDEVENT_TYPE_PREFIX,
  STRUCTURED_CONTENT_TYPE,
  binaryAttributes,
  cloudEventAttributes,
  isJsonContentType,
  structuredCloudEvent,
} from './cloudevent-wire.js';
import type { CloudEventAttributes } from './cloudevent-wire.js';
import { EVENT_TYPES, eventBodySchema } from './event-body-schema.js';
import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromText } from './wire-time.js';

/**
 * Maps a CloudEvent 1.0 carrying a canonical event body as `data`, in structured mode
 * (`application/cloudevents+json`) or binary mode (`ce-*` headers, the data as the body). `source`
 * and `id` become the event's identity, as the spec intends.
 *
 * @example normaliseCloudEvent({ tenant, headers, body }).event.source // '/erp/acme'
 */
export function normaliseCloudEvent(input: WebhookInput): Normalised {
  const contentType = (input.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  let attributes: CloudEventAttributes;
  let data: unknown;
  if (contentType === STRUCTURED_CONTENT_TYPE) {
    const parsed = structuredCloudEvent.safeParse(input.body);
    if (!parsed.success) return invalid(zodReason(parsed.error));
    if (parsed.data.data_base64 !== undefined)
      return invalid('data_base64: not supported; send data as JSON');
    ({ data, ...attributes } = parsed.data);
  } else if (input.headers.has('ce-specversion')) {
    const parsed = cloudEventAttributes.safeParse(binaryAttributes(input.headers));
    if (!parsed.success) return invalid(zodReason(parsed.error).replace(/^(\w+):/, 'ce-$1:'));
    attributes = parsed.data;
    data = input.body;
  } else {
    return invalid(`not a CloudEvent: send ${STRUCTURED_CONTENT_TYPE}, or ce-* headers in binary mode`);
  }
  if (!isJsonContentType(attributes.datacontenttype)) return invalid('datacontenttype: data must be JSON');
  return toEvent(input.tenant, attributes, data);
}

function toEvent(tenant: string, attributes: CloudEventAttributes, data: unknown): Normalised {
  const type = attributes.type.startsWith(CLOUDEVENT_TYPE_PREFIX)
    ? attributes.type.slice(CLOUDEVENT_TYPE_PREFIX.length)
    : null;
  if (type === null || !EVENT_TYPES.includes(type))
    return unmappable(`unknown CloudEvent type ${quoted(attributes.type)}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return invalid('data: must be a JSON object');
  const declared = (data as { type?: unknown }).type;
  if (declared !== undefined && declared !== type)
    return invalid(`data.type: ${quoted(declared)} contradicts type ${quoted(attributes.type)}`);

  const body = eventBodySchema.safeParse({ ...data, type });
  if (!body.success) return invalid(zodReason(body.error, ['data']));
  const occurredAt = isoFromText(attributes.time);
  if (occurredAt === null) return invalid('time: not an RFC 3339 timestamp');
  return normalisedEvent({
    source: attributes.source,
    id: attributes.id,
    tenant,
    occurredAt,
    body: body.data,
  });
}
